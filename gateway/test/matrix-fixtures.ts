// Helpers of the authorization matrix (authorization-matrix.test.ts): who each column of the table is, how a
// cell calls the gateway, and the records the rows act on, created through the gateway as staff.
import { tokenFor } from "@pole/subgraph-kit/testing";
import { postJson } from "./gateway-harness";

// ── Sample records (services/*/src/sample-data) ─────────────────────────────────────────────────────────

/** Compagnie des Grésilles: the member whose records the rows concern. */
export const M1 = "a0000000-0000-4000-8000-000000000001";
/** Atelier Boutaric Images: the other member. */
export const M2 = "a0000000-0000-4000-8000-000000000002";
/** Studio Esplanade Graphisme: a third member, partner of M1 where a record needs two members. */
export const M3 = "a0000000-0000-4000-8000-000000000003";
/** Bureau d'accompagnement artistique: contributed to the sample practice in review. */
export const M6 = "a0000000-0000-4000-8000-000000000006";

export const DIJON = "c1000000-0000-4000-8000-000000000001";
/** Les Grésilles: the territory of most sample practices, the one whose records the rows concern. */
export const GRESILLES = "c1000000-0000-4000-8000-000000000003";
/** Its name in the sample data, written back unchanged by the updateTerritory row. */
export const GRESILLES_NAME = "Les Grésilles, Dijon";
/** Quartier des Tilleuls, Chalon-sur-Saône: the other territory. */
export const CHALON_TILLEULS = "c1000000-0000-4000-8000-000000000004";
export const CHENOVE_MAIL = "c1000000-0000-4000-8000-000000000005";

/** « Résidences d'artistes avec les habitants », PUBLISHED, of Les Grésilles. */
export const PRACTICE_PUBLISHED = "c2000000-0000-4000-8000-000000000001";
/** « Visites apprenantes », IN_REVIEW, of Les Grésilles, contributed to by M6. */
export const PRACTICE_IN_REVIEW = "c2000000-0000-4000-8000-000000000006";
export const TRANSFER_SAMPLE = "c3000000-0000-4000-8000-000000000002";
export const ADOPTION_SAMPLE = "c4000000-0000-4000-8000-000000000001";

export const ACTION_SAMPLE = "b0000000-0000-4000-8000-000000000001";
export const PROJECT_SAMPLE = "b1000000-0000-4000-8000-000000000001";
/** « Imaginer l'esplanade »: holds the hidden sample contribution below. */
export const PHASE_IMAGINER = "b2000000-0000-4000-8000-000000000002";
export const CONTRIBUTION_PUBLISHED = "b3000000-0000-4000-8000-000000000001";
/** « Un passant pressé », HIDDEN by moderation. */
export const CONTRIBUTION_HIDDEN = "b3000000-0000-4000-8000-000000000007";

// ── The columns of the table ────────────────────────────────────────────────────────────────────────────

export const ROLES = [
  "anonymous",
  "member",
  "otherMember",
  "council",
  "territory",
  "otherTerritory",
  "staff",
] as const;
export type RoleColumn = (typeof ROLES)[number];

export const ROLE_LABELS: Record<RoleColumn, string> = {
  anonymous: "anonymous",
  member: "member",
  otherMember: "other member",
  council: "council",
  territory: "territory",
  otherTerritory: "other territory",
  staff: "staff",
};

/** Who the member and territory columns are: the owners of the records concerned, and others. */
export interface Identities {
  member: string;
  otherMember: string;
  territory: string;
  otherTerritory: string;
}

export const DEFAULT_IDENTITIES: Identities = {
  member: M1,
  otherMember: M2,
  territory: GRESILLES,
  otherTerritory: CHALON_TILLEULS,
};

const tokens = new Map<string, Promise<string>>();

/** A signed token for a viewer, one per viewer for the whole file. */
function cachedToken(viewer: Parameters<typeof tokenFor>[0]): Promise<string> {
  const key = JSON.stringify(viewer);
  if (!tokens.has(key)) tokens.set(key, tokenFor(viewer, "30m"));
  return tokens.get(key)!;
}

/** The headers a column's caller sends: none for anonymous, a bearer token for every other column. */
export async function headersFor(role: RoleColumn, ids: Identities): Promise<Record<string, string>> {
  let token: string;
  switch (role) {
    case "anonymous":
      return {};
    case "member":
      token = await cachedToken({ role: "member", memberId: ids.member });
      break;
    case "otherMember":
      token = await cachedToken({ role: "member", memberId: ids.otherMember });
      break;
    case "council":
      token = await cachedToken({ role: "council" });
      break;
    case "territory":
      token = await cachedToken({ role: "territory", territoryId: ids.territory });
      break;
    case "otherTerritory":
      token = await cachedToken({ role: "territory", territoryId: ids.otherTerritory });
      break;
    case "staff":
      token = await cachedToken({ role: "staff" });
      break;
  }
  return { authorization: `Bearer ${token}` };
}

// ── Calling the gateway ─────────────────────────────────────────────────────────────────────────────────

export interface AnswerError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** What a cell gets back: the HTTP status, the data and the errors (empty when none). */
export interface Answer {
  status: number;
  data: Data | null;
  errors: AnswerError[];
}

// Response data is walked by each row's own accessor: its shape is the row's query.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = any;

/**
 * POSTs an operation to the gateway. Sent once more when the gateway answers SERVICE_UNAVAILABLE: its pooled
 * connection to a subgraph idle for 5 s can be reset just as it is reused (the subgraph never saw the
 * request); that is transport, not authorization, and must not fail a cell.
 */
export async function callGateway(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  headers: Record<string, string>,
  attempts = 2,
): Promise<Answer> {
  const response = await postJson(url, { query, variables }, headers);
  const body = (response.body ?? {}) as { data?: Data; errors?: AnswerError[] };
  const answer = { status: response.status, data: body.data ?? null, errors: body.errors ?? [] };
  if (attempts > 1 && answer.errors.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE")) {
    return callGateway(url, query, variables, headers, attempts - 1);
  }
  return answer;
}

/** An operation as staff that must succeed (set-up of the rows' records); its data. */
export async function asStaff(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Data> {
  const answer = await callGateway(url, query, variables, await headersFor("staff", DEFAULT_IDENTITIES));
  if (answer.errors.length > 0 || !answer.data) {
    throw new Error(`set-up failed: ${query}\n${JSON.stringify(answer.errors, null, 2)}`);
  }
  return answer.data;
}

// ── Dates and unique values ─────────────────────────────────────────────────────────────────────────────

/** A day as YYYY-MM-DD, `offset` days from today in Dijon. */
export function dayFromToday(offset: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + offset);
  return day.toISOString().slice(0, 10);
}

let slot = 0;

/** A two-hour slot no other booking of the file uses (bookings of one resource may not overlap). */
export function nextBookingSlot(): { startsAt: string; endsAt: string } {
  const start = Date.UTC(2034, 0, 1, 8) + 3 * 3_600_000 * slot++;
  return {
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 2 * 3_600_000).toISOString(),
  };
}

/** Completes a string of digits with the Luhn check digit (a SIRET the economic subgraph accepts). */
export function withLuhnDigit(prefix: string): string {
  for (let digit = 0; digit <= 9; digit += 1) {
    const candidate = `${prefix}${digit}`;
    let sum = 0;
    for (let i = 0; i < candidate.length; i += 1) {
      let value = Number(candidate[candidate.length - 1 - i]);
      if (i % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
      sum += value;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error(`no Luhn digit for ${prefix}`);
}

// ── Records created as staff, for one cell or for the whole table ───────────────────────────────────────

/** A new ASSOCIATED member that joined on 2030-01-01. */
export async function newMember(url: string, tag: string): Promise<string> {
  const data = await asStaff(
    url,
    `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } } }`,
    {
      input: {
        name: `Structure de la matrice ${tag}`,
        legalForm: "SARL",
        activities: ["WEB"],
        membershipKind: "ASSOCIATED",
        joinedOn: "2030-01-01",
      },
    },
  );
  return data.createMember.member.id;
}

/** A booking of `memberId` on the resource, in a slot of its own. */
export async function newBooking(url: string, resourceId: string, memberId: string, purpose: string) {
  const data = await asStaff(
    url,
    `mutation($input: BookSharedResourceInput!) { bookSharedResource(input: $input) { booking { id startsAt endsAt } } }`,
    { input: { resourceId, memberId, ...nextBookingSlot(), purpose } },
  );
  return data.bookSharedResource.booking as { id: string; startsAt: string; endsAt: string };
}

/** A PLANNED action led by the given members. */
export async function newAction(
  url: string,
  tag: string,
  leadMemberIds: string[],
  kind = "CULTURAL_ARTISTIC",
): Promise<string> {
  const data = await asStaff(
    url,
    `mutation($input: CreateNeighbourhoodActionInput!) { createNeighbourhoodAction(input: $input) { action { id } } }`,
    {
      input: {
        kind,
        title: `Action de la matrice ${tag}`,
        description: "Action créée par le test de la matrice des autorisations (exemple).",
        startsOn: "2030-01-01",
        place: "Immeuble Boutaric",
        placeKind: "BOUTARIC_BUILDING",
        leadMemberIds,
      },
    },
  );
  return data.createNeighbourhoodAction.action.id;
}

/** The texts a practice needs before review (and publication), as long as the review asks. */
export const REVIEW_TEXTS = {
  summary:
    "Une pratique de la matrice des autorisations, avec un résumé assez long pour passer la relecture (exemple).",
  challenge: "Un enjeu décrit pour la matrice des autorisations, assez long pour la relecture (exemple).",
  description:
    "Une description de la pratique pour la matrice des autorisations : qui fait quoi, quand et avec quels moyens, assez longue pour que la relecture l'accepte (exemple).",
  transferability:
    "Transférable à tout lieu de coopération qui dispose d'une équipe et d'un lieu d'accueil (exemple).",
};

/** A practice of a territory, in the status given, with the texts a review needs. */
export async function newPractice(
  url: string,
  tag: string,
  territoryId: string,
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED",
): Promise<string> {
  const data = await asStaff(
    url,
    `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } } }`,
    {
      input: {
        title: `Pratique de la matrice ${tag}`,
        pillar: "KNOWLEDGE_SHARING",
        territoryId,
        status,
        ...REVIEW_TEXTS,
      },
    },
  );
  return data.createPractice.practice.id;
}

/** An adoption by `territoryId` of a practice (published, of another territory). */
export async function newAdoption(url: string, practiceId: string, territoryId: string): Promise<string> {
  const data = await asStaff(
    url,
    `mutation($input: CreateAdoptionInput!) { createAdoption(input: $input) { adoption { id } } }`,
    { input: { practiceId, territoryId, startedOn: "2030-01-01" } },
  );
  return data.createAdoption.adoption.id;
}

/** A transfer to a territory, optionally naming practices. */
export async function newTransfer(
  url: string,
  tag: string,
  territoryId: string,
  practiceIds: string[] = [],
): Promise<string> {
  const data = await asStaff(
    url,
    `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { transfer { id } } }`,
    {
      input: {
        kind: "KNOW_HOW_TRANSFER",
        title: `Transfert de la matrice ${tag}`,
        heldOn: "2030-01-15",
        territoryId,
        audience: "opérateurs de quartier (exemple)",
        audienceKind: "NEIGHBOURHOOD_OPERATORS",
        participantCount: 5,
        practiceIds,
      },
    },
  );
  return data.createTransfer.transfer.id;
}

/** A new territory with a change of its name it asked for itself, pending staff review; its id. */
export async function newPendingChange(url: string, tag: string): Promise<string> {
  const data = await asStaff(
    url,
    `mutation($input: CreateTerritoryInput!) { createTerritory(input: $input) { territory { id } } }`,
    { input: { name: `Territoire de la matrice ${tag}`, inseeCode: "25056", kind: "COMMUNE" } },
  );
  const territoryId: string = data.createTerritory.territory.id;
  const answer = await callGateway(
    url,
    `mutation($input: UpdateTerritoryInput!) { updateTerritory(input: $input) { pendingChange { status } } }`,
    { input: { id: territoryId, name: `Territoire renommé ${tag}` } },
    { authorization: `Bearer ${await tokenFor({ role: "territory", territoryId }, "30m")}` },
  );
  if (answer.errors.length > 0 || answer.data?.updateTerritory?.pendingChange?.status !== "PENDING") {
    throw new Error(`set-up failed: pending change\n${JSON.stringify(answer.errors, null, 2)}`);
  }
  return territoryId;
}

/** A contribution submitted anonymously to an open phase. */
export async function newContribution(url: string, phaseId: string, tag: string): Promise<string> {
  const answer = await callGateway(
    url,
    `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { contribution { id } } }`,
    {
      input: {
        phaseId,
        displayName: `Voisine ${tag}`.slice(0, 60),
        body: `Une proposition pour l'esplanade, écrite par la matrice (${tag}).`,
      },
    },
    {},
  );
  if (answer.errors.length > 0) throw new Error(`set-up failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.submitContribution.contribution.id;
}

/** The id of `memberId`'s participant among a record's participants. */
function participantOf(participants: { id: string; member: { id: string } }[], memberId: string): string {
  return participants.find((participant) => participant.member.id === memberId)!.id;
}

/** Ids of the records the rows act on (besides the sample ones above), by name. */
export type Fixtures = Record<string, string>;

/**
 * Creates, as staff, the records the rows read or change: each owned by M1 (economic, neighbourhood) or by
 * Les Grésilles (knowledge), so the member and territory columns are their owners.
 */
export async function createFixtures(url: string): Promise<Fixtures> {
  const f: Fixtures = {};
  const run = (query: string, input: Record<string, unknown>) => asStaff(url, query, { input });

  // economic
  const offerings = await asStaff(
    url,
    `{ training: serviceOfferings(filter: { category: CUSTOM_TRAINING }, first: 1) { edges { node { id } } }
       consulting: serviceOfferings(filter: { category: TAILORED_CONSULTING }, first: 1) { edges { node { id } } } }`,
  );
  f.trainingOffering = offerings.training.edges[0].node.id;
  f.consultingOffering = offerings.consulting.edges[0].node.id;

  f.resource = (
    await run(
      `mutation($input: CreateSharedResourceInput!) { createSharedResource(input: $input) { sharedResource { id } } }`,
      { kind: "ROOM", name: "Salle de la matrice", memberHourlyRate: 10, publicHourlyRate: 25 },
    )
  ).createSharedResource.sharedResource.id;
  const booking = await newBooking(url, f.resource, M1, "Répétition de la matrice (exemple)");
  f.booking = booking.id;
  f.bookingFrom = booking.startsAt;
  f.bookingTo = booking.endsAt;
  // The next slot, booked by M3: from bookingFrom to sharedBookingTo, M1's booking is listed with another's.
  f.sharedBookingTo = (await newBooking(url, f.resource, M3, "Tournage (exemple)")).endsAt;

  const lease = (room: string) =>
    run(
      `mutation($input: CreateOfficeLeaseInput!) { createOfficeLease(input: $input) { officeLease { id } } }`,
      { memberId: M1, room, areaSqm: 12, startsOn: "2030-01-01", monthlyRent: 300, publicMonthlyRent: 450 },
    );
  f.leaseRoom = "Bureau de la matrice";
  f.lease = (await lease(f.leaseRoom)).createOfficeLease.officeLease.id;
  f.leaseToEnd = (await lease("Bureau de la matrice à rendre")).createOfficeLease.officeLease.id;

  f.commercialAction = (
    await run(
      `mutation($input: CreateCommercialActionInput!) { createCommercialAction(input: $input) { commercialAction { id } } }`,
      {
        kind: "COMMUNICATION",
        title: "Action commerciale de la matrice",
        startsOn: "2030-03-01",
        participants: [{ memberId: M1, hours: 4, contribution: 200, publicValue: 500 }],
      },
    )
  ).createCommercialAction.commercialAction.id;

  const sharedAction = (
    await run(
      `mutation($input: CreateCommercialActionInput!) { createCommercialAction(input: $input) { commercialAction { id participants { id member { id } } } } }`,
      {
        kind: "MARKETING",
        title: "Action commerciale partagée de la matrice",
        startsOn: "2030-03-15",
        participants: [
          { memberId: M1, contribution: 150, publicValue: 400 },
          { memberId: M3, contribution: 150, publicValue: 400 },
        ],
      },
    )
  ).createCommercialAction.commercialAction;
  f.sharedCommercialAction = sharedAction.id;
  f.sharedCommercialActionM1Participant = participantOf(sharedAction.participants, M1);

  f.groupPurchaseDay = "2032-02-02";
  const purchase = (
    await run(
      `mutation($input: CreateGroupPurchaseInput!) { createGroupPurchase(input: $input) { groupPurchase { id participants { id member { id } } } } }`,
      {
        title: "Achat groupé de la matrice",
        supplier: "Fournisseur (exemple)",
        orderedOn: f.groupPurchaseDay,
        participants: [
          { memberId: M1, amount: 78, publicAmount: 100 },
          { memberId: M3, amount: 78, publicAmount: 100 },
        ],
      },
    )
  ).createGroupPurchase.groupPurchase;
  f.groupPurchase = purchase.id;
  f.groupPurchaseM1Participant = participantOf(purchase.participants, M1);

  f.training = (
    await run(
      `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { training { id } } }`,
      { offeringId: f.trainingOffering, title: "Formation de la matrice" },
    )
  ).createTraining.training.id;
  f.trainingSession = (
    await run(
      `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { trainingSession { id } } }`,
      { trainingId: f.training, heldOn: "2030-04-01", hours: 3 },
    )
  ).scheduleTrainingSession.trainingSession.id;
  const attend = async (sessionId: string, memberId: string) =>
    (
      await run(
        `mutation($input: RecordTrainingAttendanceInput!) { recordTrainingAttendance(input: $input) { trainingAttendance { id } } }`,
        { sessionId, memberId, participantCount: 2 },
      )
    ).recordTrainingAttendance.trainingAttendance.id as string;
  await attend(f.trainingSession, M1);
  // A second training whose one session M1 and M3 both attended.
  f.sharedTraining = (
    await run(
      `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { training { id } } }`,
      { offeringId: f.trainingOffering, title: "Formation partagée de la matrice" },
    )
  ).createTraining.training.id;
  const sharedSession = (
    await run(
      `mutation($input: ScheduleTrainingSessionInput!) { scheduleTrainingSession(input: $input) { trainingSession { id } } }`,
      { trainingId: f.sharedTraining, heldOn: "2030-04-15", hours: 2 },
    )
  ).scheduleTrainingSession.trainingSession.id;
  f.sharedAttendanceM1 = await attend(sharedSession, M1);
  await attend(sharedSession, M3);

  f.associationMember = (
    await run(
      `mutation($input: AddAssociationMemberInput!) { addAssociationMember(input: $input) { associationMember { id } } }`,
      {
        college: "PARTNERS",
        kind: "ORGANISATION",
        name: "Partenaire de la matrice",
        hasVotingRights: false,
        joinedOn: "2030-01-01",
      },
    )
  ).addAssociationMember.associationMember.id;
  f.serviceOffering = (
    await run(
      `mutation($input: CreateServiceOfferingInput!) { createServiceOffering(input: $input) { serviceOffering { id } } }`,
      {
        category: "POOLED_RESOURCES",
        name: "Service de la matrice",
        description: "Un service créé par le test de la matrice (exemple).",
        unit: "FLAT",
      },
    )
  ).createServiceOffering.serviceOffering.id;

  // neighbourhood: actions led by M1, a project with a phase open today, another with room for phases
  f.action = await newAction(url, "à modifier", [M1]);
  f.employmentAction = await newAction(url, "emploi", [M1], "EMPLOYMENT_PARTNERSHIP");
  f.employmentOutcome = (
    await run(
      `mutation($input: CreateEmploymentOutcomeInput!) { createEmploymentOutcome(input: $input) { employmentOutcome { id } } }`,
      { actionId: f.employmentAction, periodStart: "2031-01-01", periodEnd: "2031-01-31", trainingCount: 1 },
    )
  ).createEmploymentOutcome.employmentOutcome.id;
  f.insertionAction = await newAction(url, "insertion", [M1], "INSERTION_PATHWAY");
  f.insertionCohort = (
    await run(
      `mutation($input: CreateInsertionCohortInput!) { createInsertionCohort(input: $input) { insertionCohort { id } } }`,
      { actionId: f.insertionAction, label: "Cohorte de la matrice", startsOn: "2030-02-01", entryCount: 10 },
    )
  ).createInsertionCohort.insertionCohort.id;

  const project = (title: string, startsOn: string, endsOn: string | null) =>
    run(
      `mutation($input: CreateParticipatoryProjectInput!) { createParticipatoryProject(input: $input) { participatoryProject { id } } }`,
      {
        title,
        summary: "Projet créé par le test de la matrice (exemple).",
        startsOn,
        endsOn,
        place: "Esplanade Boutaric",
      },
    );
  const phase = (projectId: string, title: string, startsOn: string, endsOn: string) =>
    run(`mutation($input: CreateProjectPhaseInput!) { createProjectPhase(input: $input) { phase { id } } }`, {
      projectId,
      title,
      description: "Phase de la matrice (exemple).",
      startsOn,
      endsOn,
    });
  f.openProject = (
    await project("Projet ouvert de la matrice", dayFromToday(-30), null)
  ).createParticipatoryProject.participatoryProject.id;
  f.openPhase = (
    await phase(f.openProject, "Phase ouverte", dayFromToday(-7), dayFromToday(60))
  ).createProjectPhase.phase.id;
  f.laterProject = (
    await project("Projet de 2040 de la matrice", "2040-01-01", "2040-12-31")
  ).createParticipatoryProject.participatoryProject.id;
  f.laterPhase = (
    await phase(f.laterProject, "Phase de décembre", "2040-12-01", "2040-12-20")
  ).createProjectPhase.phase.id;
  f.projectResult = (
    await run(
      `mutation($input: CreateProjectResultInput!) { createProjectResult(input: $input) { result { id } } }`,
      { projectId: f.openProject, title: "Résultat de la matrice", description: "Un résultat (exemple)." },
    )
  ).createProjectResult.result.id;
  // A published contribution that staff moderated (so moderatedAt has a value to show or refuse).
  f.moderatedContribution = await newContribution(url, f.openPhase, "modérée");
  await run(
    `mutation($input: ModerateContributionInput!) { moderateContribution(input: $input) { __typename } }`,
    { contributionId: f.moderatedContribution, status: "PUBLISHED" },
  );

  // knowledge: Les Grésilles' practices and transfer, its adoption of a practice of Dijon
  f.draftPractice = await newPractice(url, "brouillon", GRESILLES, "DRAFT");
  f.publishedPractice = await newPractice(url, "publiée", GRESILLES, "PUBLISHED");
  f.dijonPractice = await newPractice(url, "de Dijon", DIJON, "PUBLISHED");
  f.adoption = await newAdoption(url, f.dijonPractice, GRESILLES);
  f.transfer = await newTransfer(url, "à modifier", GRESILLES);
  // A transfer naming the sample practice in review: Transfer.practices shows it only to those who may see it.
  f.transferWithPracticeInReview = await newTransfer(url, "avec pratique en revue", CHALON_TILLEULS, [
    PRACTICE_IN_REVIEW,
    PRACTICE_PUBLISHED,
  ]);
  // An adoption (by Chenôve) of a practice of Les Grésilles that was then withdrawn: public, beside its tombstone.
  f.withdrawnPractice = await newPractice(url, "retirée", GRESILLES, "PUBLISHED");
  f.adoptionOfWithdrawnPractice = await newAdoption(url, f.withdrawnPractice, CHENOVE_MAIL);
  await run(`mutation($input: WithdrawPracticeInput!) { withdrawPractice(input: $input) { __typename } }`, {
    id: f.withdrawnPractice,
    reason: "Retirée pour la matrice (exemple).",
  });
  return f;
}
