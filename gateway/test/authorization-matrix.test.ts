import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type GraphQLNamedType,
  type OperationDefinitionNode,
} from "graphql";
import { buildEconomicSchema } from "@pole/economic";
import { buildKnowledgeSchema } from "@pole/knowledge";
import { buildNeighbourhoodSchema } from "@pole/neighbourhood";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { accessRuleCoordinates } from "@pole/subgraph-kit";
import { startGateway, type GatewayUnderTest } from "./gateway-harness";
import {
  ACTION_SAMPLE,
  ADOPTION_SAMPLE,
  asStaff,
  callGateway,
  CHALON_TILLEULS,
  CONTRIBUTION_HIDDEN,
  CONTRIBUTION_PUBLISHED,
  createFixtures,
  DEFAULT_IDENTITIES,
  DIJON,
  GRESILLES,
  GRESILLES_NAME,
  headersFor,
  M1,
  M3,
  M6,
  newAction,
  newAdoption,
  newBooking,
  newContribution,
  newMember,
  newPendingChange,
  newPractice,
  newTransfer,
  nextBookingSlot,
  PHASE_IMAGINER,
  PRACTICE_IN_REVIEW,
  PRACTICE_PUBLISHED,
  PROJECT_SAMPLE,
  REVIEW_TEXTS,
  ROLE_LABELS,
  ROLES,
  TRANSFER_SAMPLE,
  withLuhnDigit,
  type Answer,
  type Data,
  type Fixtures,
  type Identities,
  type RoleColumn,
} from "./matrix-fixtures";

// The authorization matrix (issue 7, item 6): every query, every mutation and every protected field group of
// the client-facing schema (schema/api.graphql) against every role, each cell run through the real gateway
// and the three subgraph processes on their own databases with the sample data.
//
// Columns, in this order:
//   anonymous · member (the owner of the records concerned: M1, Compagnie des Grésilles, unless the row says
//   otherwise) · other member (M2, Atelier Boutaric Images) · council · territory (the territory owning the
//   records concerned: Les Grésilles) · other territory (Quartier des Tilleuls, Chalon) · staff.
//
// Cells:
//   ok    allowed: no error at all (none of UNAUTHENTICATED, FORBIDDEN or anything else) and the value the row
//         reads came back. Mutations get inputs of their own per cell, and records of their own where the
//         change cannot be repeated, so every allowed call succeeds.
//   U     refused with extensions.code UNAUTHENTICATED (anonymous callers of a protected thing), value absent.
//   F     refused with extensions.code FORBIDDEN (signed-in callers without the right), value absent.
//         A refusal costs the refused field only (issue 11, point 1): each refusal's path is a field behind an
//         access rule, and its neighbours in the same selection (every row selects a public one; a
//         mutation's is the root __typename) are there, with data.
//   null  refused by a visibility rule: no error, the record is null or missing from the list.
//   N     refused with extensions.code NOT_FOUND: a mutation naming a record the caller may not see
//         (another territory's draft) is answered as if it did not exist (issue 13, point 8).
//   …!    a known failure: the cell states the right behaviour, the code does otherwise (see the row's bug).
//         It runs as it.failing, so it turns red once the bug is fixed: then drop the "!".

const api = buildSchema(readFileSync(join(__dirname, "..", "..", "schema", "api.graphql"), "utf8"));

type Verdict = "ok" | "U" | "F" | "N" | "null";

interface Cell {
  role: RoleColumn;
  /** The column's position, 0–6: makes dates and periods distinct per cell. */
  index: number;
  /** Unique text for the cell's inputs. */
  tag: string;
  ids: Identities;
  url: string;
}

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

interface Op {
  /** Root fields of the operation (for the guard that every Query and Mutation field has a row). */
  roots(): string[];
  build(f: Fixtures, cell: Cell): Promise<Operation>;
}

interface RowOptions {
  /** The value the row is about, from the data: present for ok, absent for every refusal. */
  value?: (data: Data, f: Fixtures) => unknown;
  /** Path of the record concerned when the answer holds others' too: only errors under it count. */
  focus?: (data: Data, f: Fixtures) => (string | number)[] | undefined;
  /** Other owners for the member and territory columns. */
  as?: Partial<Identities>;
  /** Where, what and the fix, for cells marked "!". */
  bug?: string;
}

interface Row extends RowOptions {
  name: string;
  cells: { verdict: Verdict; knownFailure: boolean }[];
  op: Op;
}

function row(name: string, cells: string, op: Op, options: RowOptions = {}): Row {
  const parsed = cells
    .trim()
    .split(/\s+/)
    .map((cell) => {
      const match = /^(ok|U|F|N|null)(!?)$/.exec(cell);
      if (!match) throw new Error(`${name}: unknown cell "${cell}"`);
      return { verdict: match[1] as Verdict, knownFailure: match[2] === "!" };
    });
  if (parsed.length !== ROLES.length) throw new Error(`${name}: ${parsed.length} cells, not ${ROLES.length}`);
  if (parsed.some((cell) => cell.knownFailure) && !options.bug) throw new Error(`${name}: "!" without a bug`);
  return { name, cells: parsed, op, ...options };
}

/** Any id: what the guard substitutes for fixture ids to read a row's root fields. */
const ANY_ID = new Proxy({}, { get: () => "00000000-0000-4000-8000-000000000000" }) as Fixtures;

/** A query whose text may name records by id. */
function q(text: (f: Fixtures) => string): Op {
  return {
    roots: () => {
      const operation = parse(text(ANY_ID)).definitions[0] as OperationDefinitionNode;
      return operation.selectionSet.selections.flatMap((s) =>
        s.kind === Kind.FIELD && !s.name.value.startsWith("__") ? [s.name.value] : [],
      );
    },
    build: async (f) => ({ query: text(f) }),
  };
}

/** A mutation of the API with its one `input` argument; `input` may first create the cell's own records. */
function m(
  name: string,
  input: (f: Fixtures, c: Cell) => Record<string, unknown> | Promise<Record<string, unknown>>,
): Op {
  return {
    roots: () => [name],
    build: async (f, c) => {
      const field = api.getMutationType()?.getFields()[name];
      if (!field) throw new Error(`no mutation ${name} in schema/api.graphql`);
      const type = field.args.find((arg) => arg.name === "input")!.type.toString();
      return {
        // The root __typename is the refused mutation's neighbour: `data` stays, with it.
        query: `mutation Cell($input: ${type}) { __typename ${name}(input: $input) { __typename } }`,
        variables: { input: await input(f, c) },
      };
    },
  };
}

const includes = (list: { node: { id: string } }[] | undefined, id: string) =>
  list?.some((edge) => edge.node.id === id) ?? false;
const month = (c: Cell) => String(c.index + 1).padStart(2, "0");

/**
 * For a record listed with others' records: `focus` is the path of the one whose id is fixture `key` in the
 * list at `list` (an item, or an edge whose node has the id), and `value` reads its `field`.
 */
function owned(list: (string | number)[], key: string, field: string): Pick<RowOptions, "focus" | "value"> {
  type Item = { id?: string; node?: { id: string } };
  const focus = (data: Data, f: Fixtures) => {
    const items = list.reduce((value, step) => value?.[step], data) as Item[] | undefined;
    const index = items?.findIndex((item) => (item.node?.id ?? item.id) === f[key]) ?? -1;
    return index < 0 ? undefined : [...list, index];
  };
  const value = (data: Data, f: Fixtures) => {
    const path = focus(data, f);
    const item = path?.reduce((value, step) => value?.[step], data) as
      (Item & Record<string, unknown>) | undefined;
    return (item?.node as Record<string, unknown> | undefined)?.[field] ?? item?.[field];
  };
  return { focus, value };
}

// prettier-ignore
const MATRIX: Row[] = [
  // ── economic: queries ─────────────────────────────── anon   mem    oth    cncl   terr   othT   staff
  row("annualReport (each pillar's part inside)",          "U      F      F      ok     F      F      ok",
    q(() => `{ annualReport(year: 2013) { year economy { memberCount } neighbourhood { actionCount } knowledge { practiceCount } } members(first: 1) { totalCount } }`),
    { value: (d) => d?.annualReport?.knowledge?.practiceCount }),
  row("annualReports (each pillar's part inside)",         "U      F      F      ok     F      F      ok",
    q(() => `{ annualReports(from: 2012, to: 2013) { year economy { memberCount } neighbourhood { actionCount } knowledge { practiceCount } } members(first: 1) { totalCount } }`),
    { value: (d) => d?.annualReports?.[1]?.neighbourhood?.actionCount }),
  row("annualReport's story (milestones, awards, meetings, fundings)", "U      F      F      ok     F      F      ok",
    q(() => `{ annualReport(year: 2013) { year milestones { title } awards { name } steeringCommitteeMeetings { heldOn decisions { title } } fundings { amount } economy { membersReporting coverage sampleData } } members(first: 1) { totalCount } }`),
    { value: (d) => d?.annualReport?.fundings?.length }),
  row("fundingOpenData",                                   "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ fundingOpenData(year: 2013) { nomAttribuant montant } }`)),
  row("reportIndicators (each pillar's list inside)",      "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ reportIndicators { id economy { key } neighbourhood { key } knowledge { key label } } }`),
    { value: (d) => d?.reportIndicators?.knowledge?.[0]?.label }),
  row("fundings",                                          "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ fundings(first: 5) { totalCount edges { node { object amount } } } }`)),
  row("collaborations (a member sees its own)",            "U      ok     ok     F      F      F      ok",
    q(() => `{ collaborations(first: 5) { totalCount edges { node { title amount } } } members(first: 1) { totalCount } }`)),
  row("collaborations of M1 (filter.memberId)",            "U      ok     F      F      F      F      ok",
    q(() => `{ collaborations(filter: { memberId: "${M1}" }, first: 5) { totalCount } members(first: 1) { totalCount } }`)),
  row("commercialAction",                                  "ok     ok     ok     ok     ok     ok     ok",
    q((f) => `{ commercialAction(id: "${f.commercialAction}") { title participants { id hours } } }`)),
  row("commercialActions",                                 "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ commercialActions(first: 5) { totalCount edges { node { title } } } }`)),
  row("commercialActions of M1 (filter.memberId)",         "U      ok     F      F      F      F      ok",
    q(() => `{ commercialActions(filter: { memberId: "${M1}" }, first: 5) { totalCount } members(first: 1) { totalCount } }`)),
  row("CommercialActionParticipant.member, contribution, publicValue, savings (M1's; the only participant)",
                                                           "U      ok     F      F      F      F      ok",
    q((f) => `{ commercialAction(id: "${f.commercialAction}") { participants { id member { id } contribution publicValue savings } } }`),
    { value: (d) => d?.commercialAction?.participants?.[0]?.member?.id }),
  row("CommercialActionParticipant.contribution, publicValue, savings (M1's; M3 takes part too)",
                                                           "U      ok     F      F      F      F      ok",
    q((f) => `{ commercialAction(id: "${f.sharedCommercialAction}") { participants { id contribution publicValue savings } } }`),
    { ...owned(["commercialAction", "participants"], "sharedCommercialActionM1Participant", "contribution") }),
  row("consultingSessions (a member sees its own)",        "U      ok     ok     F      F      F      ok",
    q(() => `{ consultingSessions(first: 5) { totalCount edges { node { topic memberAmount savings } } } members(first: 1) { totalCount } }`)),
  row("consultingSessions of M1 (filter.memberId)",        "U      ok     F      F      F      F      ok",
    q(() => `{ consultingSessions(filter: { memberId: "${M1}" }, first: 5) { totalCount } members(first: 1) { totalCount } }`)),
  row("associationMembers",                                "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ associationMembers(first: 5) { totalCount edges { node { name member { name } } } } }`)),
  row("colleges",                                          "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ colleges(on: "2013-06-01") { college memberCount votes } }`)),
  row("milestones",                                        "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ milestones(first: 5) { totalCount edges { node { title } } } }`)),
  row("awards",                                            "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ awards(first: 5) { totalCount edges { node { name } } } }`)),
  row("operatingTeam",                                     "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ operatingTeam(first: 3) { totalCount edges { node { jobTitle startsOn } } } }`)),
  row("OperatingTeamMember.fullName",                      "U      ok     ok     F      F      F      ok",
    q(() => `{ operatingTeam(first: 3) { edges { node { jobTitle fullName } } } }`),
    { value: (d) => d?.operatingTeam?.edges?.[0]?.node?.fullName }),
  row("steeringCommittee",                                 "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ steeringCommittee { chair { bodyName } seats { bodyName } } }`)),
  row("steeringCommitteeMeetings",                         "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ steeringCommitteeMeetings(first: 5) { totalCount edges { node { heldOn decisions { title } } } } }`)),
  row("groupPurchases",                                    "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ groupPurchases(first: 5) { totalCount edges { node { title participants { id } } } } }`)),
  row("groupPurchases of M1 (filter.memberId)",            "U      ok     F      F      F      F      ok",
    q(() => `{ groupPurchases(filter: { memberId: "${M1}" }, first: 5) { totalCount } members(first: 1) { totalCount } }`)),
  row("GroupPurchase.totalSavings",                        "U      F      F      F      F      F      ok",
    q((f) => `{ groupPurchases(filter: { from: "${f.groupPurchaseDay}", to: "${f.groupPurchaseDay}" }) { edges { node { title totalSavings } } } }`),
    { value: (d) => d?.groupPurchases?.edges?.[0]?.node?.totalSavings }),
  row("GroupPurchaseParticipant.member (M1's participation; M3 takes part too)",
                                                           "U      ok     F      F      F      F      ok",
    q((f) => `{ groupPurchases(filter: { from: "${f.groupPurchaseDay}", to: "${f.groupPurchaseDay}" }) { edges { node { participants { id member { id } } } } } }`),
    owned(["groupPurchases", "edges", 0, "node", "participants"], "groupPurchaseM1Participant", "member")),
  row("GroupPurchaseParticipant.amount, publicAmount, savings (M1's participation; M3 takes part too)",
                                                           "U      ok     F      F      F      F      ok",
    q((f) => `{ groupPurchases(filter: { from: "${f.groupPurchaseDay}", to: "${f.groupPurchaseDay}" }) { edges { node { participants { id amount publicAmount savings } } } } }`),
    { ...owned(["groupPurchases", "edges", 0, "node", "participants"], "groupPurchaseM1Participant", "amount") }),
  row("member",                                            "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ member(id: "${M1}") { name legalForm membershipKind officeLeases { room } membershipHistory { kind } } }`)),
  row("members",                                           "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ members(first: 5) { totalCount edges { node { name } } } }`)),
  row("Member.website, logoUrl, legalFormLabel (M1)",     "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ member(id: "${M1}") { website logoUrl legalFormLabel activityLabels } }`),
    { value: (d) => d?.member?.legalFormLabel }),
  row("Member.siret, siren, rnaNumber (M1)",               "U      ok     F      F      F      F      ok",
    q(() => `{ member(id: "${M1}") { name siret siren rnaNumber } }`),
    { value: (d) => d?.member?.siret }),
  row("Member.figures (M1)",                               "U      ok     F      ok     F      F      ok",
    q(() => `{ member(id: "${M1}") { name figures { year fte budget } } }`),
    { value: (d) => d?.member?.figures?.[0]?.year }),
  row("Member.serviceEngagements, savings, collaborations (M1)",
                                                           "U      ok     F      F      F      F      ok",
    q(() => `{ member(id: "${M1}") { name serviceEngagements { kind memberAmount } savings collaborations { title } } }`),
    { value: (d) => d?.member?.savings }),
  row("Member.siret reached through another subgraph (NeighbourhoodAction.leadMembers, M1's action)",
                                                           "U      ok     F      F      F      F      ok",
    q((f) => `{ neighbourhoodAction(id: "${f.action}") { title leadMembers { id name siret } } }`),
    { value: (d) => d?.neighbourhoodAction?.leadMembers?.[0]?.siret }),
  row("Member.practices, transfers, neighbourhoodActions", "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ member(id: "${M1}") { practices(first: 3) { totalCount } transfers(first: 3) { totalCount } neighbourhoodActions(first: 3) { totalCount } } }`),
    { value: (d) => d?.member?.neighbourhoodActions?.totalCount }),
  row("Member.practices — a practice in review (M6's)",    "null   null   null   null   ok     null   ok",
    q(() => `{ member(id: "${M6}") { practices(first: 50) { edges { node { id } } } } }`),
    { as: { member: M6 }, value: (d) => includes(d?.member?.practices?.edges, PRACTICE_IN_REVIEW) }),
  row("officeLeases",                                      "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ officeLeases(first: 5) { totalCount edges { node { room areaSqm publicMonthlyRent member { name } } } } }`)),
  row("OfficeLease.monthlyRent, monthlySavings (M1's)",    "U      ok     F      F      F      F      ok",
    q((f) => `{ officeLeases(filter: { memberId: "${M1}", room: "${f.leaseRoom}" }) { edges { node { room monthlyRent monthlySavings } } } }`),
    { value: (d) => d?.officeLeases?.edges?.[0]?.node?.monthlyRent }),
  row("serviceEngagements (a member sees its own)",        "U      ok     ok     F      F      F      ok",
    q(() => `{ serviceEngagements(first: 5) { totalCount edges { node { kind memberAmount savings } } } members(first: 1) { totalCount } }`)),
  row("serviceEngagements of M1 (filter.memberId)",        "U      ok     F      F      F      F      ok",
    q(() => `{ serviceEngagements(filter: { memberId: "${M1}" }, first: 5) { totalCount } members(first: 1) { totalCount } }`)),
  row("serviceOfferings",                                  "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ serviceOfferings(first: 5) { totalCount edges { node { name memberRate publicRate } } } }`)),
  row("sharedResources",                                   "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ sharedResources(first: 5) { totalCount edges { node { name memberHourlyRate } } } }`)),
  row("bookings (slots are public)",                       "ok     ok     ok     ok     ok     ok     ok",
    q((f) => `{ bookings(filter: { resourceId: "${f.resource}" }, first: 5) { totalCount edges { node { startsAt endsAt hours resource { name } } } } }`)),
  row("bookings of M1 (filter.memberId)",                  "U      ok     F      F      F      F      ok",
    q(() => `{ bookings(filter: { memberId: "${M1}" }, first: 5) { totalCount } members(first: 1) { totalCount } }`)),
  row("Booking.purpose, member, memberAmount, publicAmount, savings (M1's; alone in the window)",
                                                           "U      ok     F      F      F      F      ok",
    q((f) => `{ bookings(filter: { resourceId: "${f.resource}", from: "${f.bookingFrom}", to: "${f.bookingTo}" }) { edges { node { startsAt purpose member { id } memberAmount publicAmount savings } } } }`),
    { value: (d) => d?.bookings?.edges?.[0]?.node?.memberAmount }),
  row("Booking.memberAmount, publicAmount, savings (M1's; listed with M3's booking)",
                                                           "U      ok     F      F      F      F      ok",
    q((f) => `{ bookings(filter: { resourceId: "${f.resource}", from: "${f.bookingFrom}", to: "${f.sharedBookingTo}" }) { edges { node { id memberAmount publicAmount savings } } } }`),
    { ...owned(["bookings", "edges"], "booking", "memberAmount") }),
  row("training",                                          "ok     ok     ok     ok     ok     ok     ok",
    q((f) => `{ training(id: "${f.training}") { title totalHours sessions { heldOn attendance { participantCount } } } }`)),
  row("TrainingAttendance.member, memberAmount, publicAmount, savings (M1's; the only attendee)",
                                                           "U      ok     F      F      F      F      ok",
    q((f) => `{ training(id: "${f.training}") { sessions { attendance { participantCount member { id } memberAmount publicAmount savings } } } }`),
    { value: (d) => d?.training?.sessions?.[0]?.attendance?.[0]?.memberAmount }),
  row("TrainingAttendance.memberAmount, publicAmount, savings (M1's; M3 attended too)",
                                                           "U      ok     F      F      F      F      ok",
    q((f) => `{ training(id: "${f.sharedTraining}") { sessions { attendance { id memberAmount publicAmount savings } } } }`),
    { ...owned(["training", "sessions", 0, "attendance"], "sharedAttendanceM1", "memberAmount") }),
  row("trainings",                                         "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ trainings(first: 5) { totalCount edges { node { title } } } }`)),
  row("trainings of M1 (filter.memberId)",                 "U      ok     F      F      F      F      ok",
    q(() => `{ trainings(filter: { memberId: "${M1}" }, first: 5) { totalCount } members(first: 1) { totalCount } }`)),
  row("economicAuditTrail",                                "U      F      F      F      F      F      ok",
    q(() => `{ economicAuditTrail(first: 3) { totalCount edges { node { operation recordId } } } members(first: 1) { totalCount } }`)),
  row("viewer (null for an anonymous caller)",            "null   ok     ok     ok     ok     ok     ok",
    q(() => `{ viewer { subject role roleLabel } }`),
    { value: (d) => d?.viewer?.role }),
  row("Viewer.member (the member a token acts for)",      "null   ok     ok     null   null   null   null",
    q(() => `{ viewer { member { id name } } }`),
    { value: (d) => d?.viewer?.member?.name }),
  row("Viewer.territory (resolved by knowledge)",         "null   null   null   null   ok     ok     null",
    q(() => `{ viewer { territory { id name } } }`),
    { value: (d) => d?.viewer?.territory?.name }),

  // ── economic: mutations ───────────────────────────── anon   mem    oth    cncl   terr   othT   staff
  row("createCollaboration (M1 leads, M3 partner)",        "U      ok     F      F      F      F      ok",
    m("createCollaboration", (_f, c) => ({ kind: "JOINT_BID", leadMemberId: M1, partnerMemberId: M3, title: `Collaboration ${c.tag}`, startsOn: "2030-01-01" }))),
  row("createCommercialAction",                            "U      F      F      F      F      F      ok",
    m("createCommercialAction", (_f, c) => ({ kind: "PROSPECTING", title: `Prospection ${c.tag}`, startsOn: "2030-02-01", participants: [{ memberId: M1, contribution: 10 }] }))),
  row("recordCommercialActionOutcome",                     "U      F      F      F      F      F      ok",
    m("recordCommercialActionOutcome", (f) => ({ actionId: f.commercialAction, outcome: "Trois contacts pris (exemple).", leads: 3 }))),
  row("recordConsultingSession",                           "U      F      F      F      F      F      ok",
    m("recordConsultingSession", (f, c) => ({ memberId: M1, offeringId: f.consultingOffering, heldOn: "2030-06-01", hours: 2, topic: `Conseil ${c.tag}` }))),
  row("recordFunding",                                     "U      F      F      F      F      F      ok",
    m("recordFunding", (_f, c) => ({ year: 2030, funderKind: "CITY", attributingBodyName: "Ville de Dijon (exemple)", attributingBodySiret: withLuhnDigit("2121002310001"),
      agreementDate: "2030-02-01", beneficiaryName: "Pôle (exemple)", beneficiaryRna: "W212009999", object: `Fonctionnement ${c.tag}`, amount: 1000, natures: ["CASH"],
      paymentConditions: "SINGLE", paymentDates: ["2030-03-01"], euNotification: false, subsidyPercentage: 50 }))),
  row("addAssociationMember",                              "U      F      F      F      F      F      ok",
    m("addAssociationMember", (_f, c) => ({ college: "PARTNERS", kind: "ORGANISATION", name: `Partenaire ${c.tag}`, hasVotingRights: false, joinedOn: "2030-01-01" }))),
  row("updateAssociationMember",                           "U      F      F      F      F      F      ok",
    m("updateAssociationMember", (f) => ({ id: f.associationMember, hasVotingRights: false }))),
  row("createMilestone",                                   "U      F      F      F      F      F      ok",
    m("createMilestone", (_f, c) => ({ startsOn: "2030-01-01", title: `Jalon ${c.tag}` }))),
  row("createAward",                                       "U      F      F      F      F      F      ok",
    m("createAward", (_f, c) => ({ name: `Prix ${c.tag}`, awardedBy: "Jury (exemple)", awardedOn: "2030-01-01" }))),
  row("addOperatingTeamMember",                            "U      F      F      F      F      F      ok",
    m("addOperatingTeamMember", (_f, c) => ({ fullName: `Personne fictive ${c.tag}`, jobTitle: "Chargée de mission (exemple)", startsOn: "2030-01-01" }))),
  row("addSteeringCommitteeSeat",                          "U      F      F      F      F      F      ok",
    m("addSteeringCommitteeSeat", (_f, c) => ({ bodyName: `Organisme ${c.tag}`, bodyKind: "OTHER", isChair: false, since: "2030-01-01" }))),
  row("recordSteeringCommitteeMeeting",                    "U      F      F      F      F      F      ok",
    m("recordSteeringCommitteeMeeting", (_f, c) => ({ heldOn: "2030-01-10", summary: `Séance ${c.tag}`, decisions: [{ title: "Décision (exemple)", outcome: "ADOPTED" }] }))),
  row("createGroupPurchase",                               "U      F      F      F      F      F      ok",
    m("createGroupPurchase", (_f, c) => ({ title: `Achat ${c.tag}`, supplier: "Fournisseur (exemple)", orderedOn: "2030-01-20",
      participants: [{ memberId: M1, amount: 80, publicAmount: 100 }, { memberId: M3, amount: 80, publicAmount: 100 }] }))),
  row("createMember",                                      "U      F      F      F      F      F      ok",
    m("createMember", (_f, c) => ({ name: `Nouvelle structure ${c.tag}`, legalForm: "SARL", activities: ["DESIGN"], membershipKind: "ASSOCIATED", joinedOn: "2030-01-01" }))),
  row("updateMember (M1's profile)",                       "U      ok     F      F      F      F      ok",
    m("updateMember", (_f, c) => ({ id: M1, publicDescription: `Compagnie de théâtre installée dans l'immeuble Boutaric (${c.tag}).` }))),
  row("recordMemberDeparture",                             "U      F      F      F      F      F      ok",
    m("recordMemberDeparture", async (_f, c) => ({ memberId: await newMember(c.url, c.tag), leftOn: "2030-06-30" }))),
  row("recordMembershipChange",                            "U      F      F      F      F      F      ok",
    m("recordMembershipChange", async (_f, c) => ({ memberId: await newMember(c.url, c.tag), kind: "INSTALLED", effectiveOn: "2030-02-01" }))),
  row("recordMemberYear (M1's figures)",                   "U      ok     F      F      F      F      ok",
    m("recordMemberYear", () => ({ memberId: M1, year: 2020, fte: 5, permanentEmployees: 4, budget: 100000, revenue: 50000, equity: 10000 }))),
  row("createOfficeLease",                                 "U      F      F      F      F      F      ok",
    m("createOfficeLease", (_f, c) => ({ memberId: M1, room: `Bureau ${c.tag}`, areaSqm: 10, startsOn: "2030-01-01", monthlyRent: 100 }))),
  row("endOfficeLease",                                    "U      F      F      F      F      F      ok",
    m("endOfficeLease", (f) => ({ leaseId: f.leaseToEnd, endsOn: "2030-12-31" }))),
  row("createServiceOffering",                             "U      F      F      F      F      F      ok",
    m("createServiceOffering", (_f, c) => ({ category: "POOLED_RESOURCES", name: `Service ${c.tag}`, description: "Un service (exemple).", unit: "FLAT" }))),
  row("updateServiceOffering",                             "U      F      F      F      F      F      ok",
    m("updateServiceOffering", (f) => ({ id: f.serviceOffering, name: "Service de la matrice" }))),
  row("createSharedResource",                              "U      F      F      F      F      F      ok",
    m("createSharedResource", (_f, c) => ({ kind: "EQUIPMENT", name: `Matériel ${c.tag}`, memberHourlyRate: 5 }))),
  row("bookSharedResource (for M1)",                       "U      ok     F      F      F      F      ok",
    m("bookSharedResource", (f, c) => ({ resourceId: f.resource, memberId: M1, ...nextBookingSlot(), purpose: `Réunion ${c.tag}` }))),
  row("cancelBooking (M1's booking)",                      "U      ok     F      F      F      F      ok",
    m("cancelBooking", async (f, c) => ({ bookingId: (await newBooking(c.url, f.resource, M1, `À annuler ${c.tag}`)).id }))),
  row("createTraining",                                    "U      F      F      F      F      F      ok",
    m("createTraining", (f, c) => ({ offeringId: f.trainingOffering, title: `Formation ${c.tag}` }))),
  row("scheduleTrainingSession",                           "U      F      F      F      F      F      ok",
    m("scheduleTrainingSession", (f, c) => ({ trainingId: f.training, heldOn: `2030-05-${month(c)}`, hours: 2 }))),
  row("recordTrainingAttendance",                          "U      F      F      F      F      F      ok",
    m("recordTrainingAttendance", (f) => ({ sessionId: f.trainingSession, memberId: M1, participantCount: 2 }))),

  // ── knowledge: queries ────────────────────────────── anon   mem    oth    cncl   terr   othT   staff
  row("adoption",                                          "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ adoption(id: "${ADOPTION_SAMPLE}") { status practice { title } territory { name } } }`)),
  row("adoption — of a withdrawn practice of Les Grésilles",
                                                           "ok     ok     ok     ok     ok     ok     ok",
    q((f) => `{ adoption(id: "${f.adoptionOfWithdrawnPractice}") { id } }`),
    { value: (d) => d?.adoption?.id }),
  row("adoptions",                                         "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ adoptions(first: 5) { totalCount edges { node { status } } } }`)),
  row("adoptions — of a withdrawn practice of Les Grésilles",
                                                           "ok     ok     ok     ok     ok     ok     ok",
    q((f) => `{ adoptions(filter: { practiceId: "${f.withdrawnPractice}" }) { edges { node { id } } } }`),
    { value: (d, f) => includes(d?.adoptions?.edges, f.adoptionOfWithdrawnPractice) }),
  row("practice",                                          "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ practice(id: "${PRACTICE_PUBLISHED}") { title territory { name } contributingMembers { name } adoptions { status } transfers { title } } }`)),
  row("practice — in review, of Les Grésilles",            "null   null   null   null   ok     null   ok",
    q(() => `{ practice(id: "${PRACTICE_IN_REVIEW}") { id } }`),
    { value: (d) => d?.practice?.id }),
  row("practices",                                         "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ practices(first: 5) { totalCount edges { node { title } } } }`)),
  row("practices — in review, of Les Grésilles",           "null   null   null   null   ok     null   ok",
    q(() => `{ practices(filter: { status: IN_REVIEW }, first: 50) { edges { node { id } } } }`),
    { value: (d) => includes(d?.practices?.edges, PRACTICE_IN_REVIEW) }),
  row("searchPractices",                                   "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ searchPractices(query: "résidences", first: 5) { totalCount edges { rank node { title } } } }`)),
  row("themes",                                            "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ themes(contains: "habitants", limit: 5) { name practiceCount } }`)),
  row("territory",                                         "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ territory(id: "${GRESILLES}") { name inseeCode qpvCodes } }`)),
  row("territories",                                       "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ territories(first: 5) { totalCount edges { node { name } } } }`)),
  row("transfer",                                          "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ transfer(id: "${TRANSFER_SAMPLE}") { title territory { name } practices { title } facilitatingMembers { name } } }`)),
  row("transfers",                                         "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ transfers(first: 5) { totalCount edges { node { title } } } }`)),
  row("Transfer.practices — a practice in review of Les Grésilles",
                                                           "null   null   null   null   ok     null   ok",
    q((f) => `{ transfer(id: "${f.transferWithPracticeInReview}") { practices { id } } }`),
    { value: (d) => d?.transfer?.practices?.some((p: { id: string }) => p.id === PRACTICE_IN_REVIEW) }),
  row("knowledgeAuditTrail (a territory: its own records' entries)",
                                                           "U      F      F      F      ok     ok     ok",
    q(() => `{ knowledgeAuditTrail(first: 3) { totalCount edges { node { operation recordId } } } territories(first: 1) { totalCount } }`)),

  // ── knowledge: mutations ──────────────────────────── anon   mem    oth    cncl   terr   othT   staff
  row("createAdoption (by Les Grésilles)",                 "U      F      F      F      ok     F      ok",
    m("createAdoption", async (_f, c) => ({ practiceId: await newPractice(c.url, c.tag, DIJON, "PUBLISHED"), territoryId: GRESILLES, startedOn: "2030-02-01" }))),
  row("updateAdoption (Les Grésilles' adoption)",          "U      F      F      F      ok     F      ok",
    m("updateAdoption", (f, c) => ({ id: f.adoption, outcome: `Bureaux partagés ouverts (${c.tag}).` }))),
  row("deleteAdoption (Les Grésilles' adoption)",          "U      F      F      F      ok     F      ok",
    m("deleteAdoption", async (_f, c) => ({ id: await newAdoption(c.url, await newPractice(c.url, c.tag, DIJON, "PUBLISHED"), GRESILLES) }))),
  row("createPractice (for Les Grésilles)",                "U      F      F      F      ok     F      ok",
    m("createPractice", (_f, c) => ({ title: `Pratique ${c.tag}`, summary: "Une pratique (exemple).", pillar: "NEIGHBOURHOOD", territoryId: GRESILLES }))),
  row("createPractice — created PUBLISHED",                "U      F      F      F      F      F      ok",
    m("createPractice", (_f, c) => ({ title: `Pratique publiée ${c.tag}`, pillar: "NEIGHBOURHOOD", territoryId: GRESILLES, status: "PUBLISHED", ...REVIEW_TEXTS }))),
  row("importPractices (for Les Grésilles)",               "U      F      F      F      ok     F      ok",
    m("importPractices", (_f, c) => ({ territoryId: GRESILLES, practices: [{ externalId: `import-${c.tag}`, title: `Pratique importée ${c.tag}`, summary: "Une pratique importée (exemple).", pillar: "NEIGHBOURHOOD" }] }))),
  row("updatePractice (Les Grésilles' draft)",             "U      F      F      F      ok     N      ok",
    m("updatePractice", (f, c) => ({ id: f.draftPractice, summary: `Une pratique en cours d'écriture (${c.tag}).` }))),
  row("updatePractice — Les Grésilles' PUBLISHED practice","U      F      F      F      F      F      ok",
    m("updatePractice", (f, c) => ({ id: f.publishedPractice, summary: `Une pratique publiée, corrigée (${c.tag}).` }))),
  row("submitPractice (Les Grésilles' draft)",             "U      F      F      F      ok     N      ok",
    m("submitPractice", async (_f, c) => ({ id: await newPractice(c.url, c.tag, GRESILLES, "DRAFT") }))),
  row("returnPracticeToDraft (Les Grésilles' practice)",   "U      F      F      F      ok     N      ok",
    m("returnPracticeToDraft", async (_f, c) => ({ id: await newPractice(c.url, c.tag, GRESILLES, "IN_REVIEW") }))),
  row("publishPractice (Les Grésilles' practice)",         "U      F      F      F      F      F      ok",
    m("publishPractice", async (_f, c) => ({ id: await newPractice(c.url, c.tag, GRESILLES, "IN_REVIEW") }))),
  row("withdrawPractice (Les Grésilles' practice)",        "U      F      F      F      ok     N      ok",
    m("withdrawPractice", async (_f, c) => ({ id: await newPractice(c.url, c.tag, GRESILLES, "DRAFT"), reason: "Retirée (exemple)." }))),
  row("createTerritory",                                   "U      F      F      F      F      F      ok",
    m("createTerritory", (_f, c) => ({ name: `Territoire ${c.tag}`, inseeCode: "21999", kind: "COMMUNE" }))),
  row("updateTerritory (Les Grésilles itself)",            "U      F      F      F      ok     F      ok",
    m("updateTerritory", () => ({ id: GRESILLES, name: GRESILLES_NAME }))),
  row("approveTerritoryChange",                            "U      F      F      F      F      F      ok",
    m("approveTerritoryChange", async (_f, c) => ({ territoryId: await newPendingChange(c.url, c.tag) }))),
  row("rejectTerritoryChange",                             "U      F      F      F      F      F      ok",
    m("rejectTerritoryChange", async (_f, c) => ({ territoryId: await newPendingChange(c.url, c.tag), reason: "Refusée (exemple)." }))),
  row("createTransfer (to Les Grésilles)",                 "U      F      F      F      ok     F      ok",
    m("createTransfer", (_f, c) => ({ kind: "IN_SITU_TRAINING", title: `Transfert ${c.tag}`, heldOn: "2030-01-15", territoryId: GRESILLES,
      audience: "élus (exemple)", audienceKind: "ELECTED_OFFICIALS", participantCount: 4 }))),
  row("updateTransfer (Les Grésilles' transfer)",          "U      F      F      F      ok     F      ok",
    m("updateTransfer", (f, c) => ({ id: f.transfer, title: `Transfert revu ${c.tag}` }))),
  row("updateTransfer — giving it to another territory",   "U      F      F      F      F      F      ok",
    m("updateTransfer", async (_f, c) => ({ id: await newTransfer(c.url, c.tag, GRESILLES), territoryId: CHALON_TILLEULS }))),
  row("deleteTransfer (Les Grésilles' transfer)",          "U      F      F      F      ok     F      ok",
    m("deleteTransfer", async (_f, c) => ({ id: await newTransfer(c.url, c.tag, GRESILLES) }))),

  // ── neighbourhood: queries ────────────────────────── anon   mem    oth    cncl   terr   othT   staff
  row("neighbourhoodAction",                               "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ neighbourhoodAction(id: "${ACTION_SAMPLE}") { title leadMembers { name } employmentOutcomes { periodStart } insertionCohorts { label } } }`)),
  row("neighbourhoodActions",                              "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ neighbourhoodActions(first: 5) { totalCount edges { node { title status } } } }`)),
  row("participatoryProject",                              "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ participatoryProject(id: "${PROJECT_SAMPLE}") { title progress phases { title } results { title milestones { title } } } }`)),
  row("participatoryProjects",                             "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ participatoryProjects(first: 5) { totalCount edges { node { title } } } }`)),
  row("projectPhase (published contributions)",            "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ projectPhase(id: "${PHASE_IMAGINER}") { title contributions(first: 20) { totalCount edges { node { body voteCount } } } } }`)),
  row("ProjectPhase.contributions — a hidden contribution",
                                                           "null   null   null   null   null   null   ok",
    q(() => `{ projectPhase(id: "${PHASE_IMAGINER}") { contributions(first: 50) { edges { node { id } } } } }`),
    { value: (d) => includes(d?.projectPhase?.contributions?.edges, CONTRIBUTION_HIDDEN) }),
  row("ProjectPhase.contributions(filter: { status: HIDDEN })",
                                                           "U      F      F      F      F      F      ok",
    q(() => `{ projectPhase(id: "${PHASE_IMAGINER}") { title contributions(filter: { status: HIDDEN }, first: 50) { edges { node { id } } } } }`),
    { value: (d) => includes(d?.projectPhase?.contributions?.edges, CONTRIBUTION_HIDDEN) }),
  row("contribution",                                      "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ contribution(id: "${CONTRIBUTION_PUBLISHED}") { displayName body voteCount phase { title } } }`)),
  row("contribution — hidden by moderation",               "null   null   null   null   null   null   ok",
    q(() => `{ contribution(id: "${CONTRIBUTION_HIDDEN}") { id } }`),
    { value: (d) => d?.contribution?.id }),
  row("ProjectPhase.contributionCounts.published",        "ok     ok     ok     ok     ok     ok     ok",
    q(() => `{ projectPhase(id: "${PHASE_IMAGINER}") { contributionCounts { published } } }`),
    { value: (d) => d?.projectPhase?.contributionCounts?.published }),
  row("ContributionCounts.pending, hidden",                "U      F      F      F      F      F      ok",
    q(() => `{ projectPhase(id: "${PHASE_IMAGINER}") { contributionCounts { published pending hidden } } }`),
    { value: (d) => d?.projectPhase?.contributionCounts?.hidden }),
  row("Contribution.moderationReason, moderatedAt",        "U      F      F      F      F      F      ok",
    q((f) => `{ contribution(id: "${f.moderatedContribution}") { body moderationReason moderatedAt } }`),
    { value: (d) => d?.contribution?.moderatedAt }),
  row("neighbourhoodAuditTrail",                           "U      F      F      F      F      F      ok",
    q(() => `{ neighbourhoodAuditTrail(first: 3) { totalCount edges { node { operation recordId } } } participatoryProjects(first: 1) { totalCount } }`)),

  // ── neighbourhood: mutations ──────────────────────── anon   mem    oth    cncl   terr   othT   staff
  row("createEmploymentOutcome (M1's action)",             "U      ok     F      F      F      F      ok",
    m("createEmploymentOutcome", (f, c) => ({ actionId: f.employmentAction, periodStart: `2030-${month(c)}-01`, periodEnd: `2030-${month(c)}-28`, trainingCount: 2 }))),
  row("updateEmploymentOutcome (M1's action)",             "U      ok     F      F      F      F      ok",
    m("updateEmploymentOutcome", (f) => ({ id: f.employmentOutcome, trainingCount: 2 }))),
  row("createInsertionCohort (M1's action)",               "U      ok     F      F      F      F      ok",
    m("createInsertionCohort", (f, c) => ({ actionId: f.insertionAction, label: `Cohorte ${c.tag}`, startsOn: "2030-03-01", entryCount: 8 }))),
  row("updateInsertionCohort (M1's action)",               "U      ok     F      F      F      F      ok",
    m("updateInsertionCohort", (f) => ({ id: f.insertionCohort, entryCount: 12 }))),
  row("createNeighbourhoodAction (led by M1)",             "U      ok     F      F      F      F      ok",
    m("createNeighbourhoodAction", (_f, c) => ({ kind: "CULTURAL_ARTISTIC", title: `Atelier ${c.tag}`, description: "Un atelier (exemple).", startsOn: "2030-04-01",
      place: "Esplanade Boutaric", placeKind: "ESPLANADE_BOUTARIC", leadMemberIds: [M1] }))),
  row("updateNeighbourhoodAction (M1's action)",           "U      ok     F      F      F      F      ok",
    m("updateNeighbourhoodAction", (f, c) => ({ id: f.action, inhabitantsReached: 10 + c.index }))),
  row("updateNeighbourhoodAction — handing M1's action to another member only",
                                                           "U      F      F      F      F      F      ok",
    m("updateNeighbourhoodAction", async (_f, c) => ({ id: await newAction(c.url, c.tag, [M1]), leadMemberIds: [M3] }))),
  row("cancelNeighbourhoodAction (M1's action)",           "U      ok     F      F      F      F      ok",
    m("cancelNeighbourhoodAction", async (_f, c) => ({ id: await newAction(c.url, c.tag, [M1]), reason: "Annulée (exemple)." }))),
  row("createParticipatoryProject",                        "U      F      F      F      F      F      ok",
    m("createParticipatoryProject", (_f, c) => ({ title: `Projet ${c.tag}`, summary: "Un projet (exemple).", startsOn: "2030-01-01", place: "Esplanade Boutaric" }))),
  row("updateParticipatoryProject",                        "U      F      F      F      F      F      ok",
    m("updateParticipatoryProject", (f, c) => ({ id: f.laterProject, summary: `Projet de 2040 (${c.tag}).` }))),
  row("createProjectPhase",                                "U      F      F      F      F      F      ok",
    m("createProjectPhase", (f, c) => ({ projectId: f.laterProject, title: `Phase ${c.tag}`, description: "Une phase (exemple).", startsOn: `2040-${month(c)}-01`, endsOn: `2040-${month(c)}-20` }))),
  row("updateProjectPhase",                                "U      F      F      F      F      F      ok",
    m("updateProjectPhase", (f) => ({ id: f.laterPhase, title: "Phase de décembre" }))),
  row("createProjectResult",                               "U      F      F      F      F      F      ok",
    m("createProjectResult", (f, c) => ({ projectId: f.openProject, title: `Résultat ${c.tag}`, description: "Un résultat (exemple)." }))),
  row("updateProjectResult",                               "U      F      F      F      F      F      ok",
    m("updateProjectResult", (f) => ({ id: f.projectResult, progress: 50 }))),
  row("createResultMilestone",                             "U      F      F      F      F      F      ok",
    m("createResultMilestone", (f, c) => ({ resultId: f.projectResult, occurredOn: "2030-05-01", title: `Jalon ${c.tag}` }))),
  row("submitContribution (to an open phase)",             "ok     ok     ok     ok     ok     ok     ok",
    m("submitContribution", (f, c) => ({ phaseId: f.openPhase, displayName: `Voisin ${c.tag}`.slice(0, 60), body: `Des bancs à l'ombre, s'il vous plaît (${c.tag}).` }))),
  row("voteForContribution (a published one, open phase)","ok     ok     ok     ok     ok     ok     ok",
    m("voteForContribution", async (f, c) => ({ contributionId: await newContribution(c.url, f.openPhase, c.tag) }))),
  row("moderateContribution",                              "U      F      F      F      F      F      ok",
    m("moderateContribution", (f) => ({ contributionId: f.moderatedContribution, status: "PUBLISHED" }))),
];

const AUTH_CODES = ["UNAUTHENTICATED", "FORBIDDEN"];

/** Schema coordinates (`Type.field`) of the fields behind an access rule, from the subgraphs' metadata. */
let ruled: Set<string>;

/** The coordinate of the field a path of an answer ends at, walking the API schema from the root. */
function coordinateAt(path: (string | number)[], mutation: boolean): string | undefined {
  let type: GraphQLNamedType | undefined = mutation ? api.getMutationType()! : api.getQueryType()!;
  let coordinate: string | undefined;
  for (const step of path) {
    if (typeof step === "number") continue;
    if (!type || !(isObjectType(type) || isInterfaceType(type))) return undefined;
    const field = type.getFields()[step] as { type: Parameters<typeof getNamedType>[0] } | undefined;
    if (!field) return undefined;
    coordinate = `${type.name}.${step}`;
    type = getNamedType(field.type) as GraphQLNamedType;
  }
  return coordinate;
}

/**
 * What a refusal erased besides the refused field: an error whose path is not a field behind an access
 * rule, a parent that is null, a selection with no public neighbour, a neighbour without data. Empty when
 * each refusal cost its own field only.
 */
function refusalDamage(answer: Answer, mutation: boolean): string[] {
  const refusals = answer.errors.filter((e) => AUTH_CODES.includes(e.extensions?.code ?? ""));
  const refused = new Set(refusals.map((e) => JSON.stringify(e.path)));
  return refusals.flatMap((error) => {
    const path = error.path ?? [];
    const at = path.join(".") || "(no path)";
    const coordinate = coordinateAt(path, mutation);
    if (
      path.length === 0 ||
      typeof path[path.length - 1] !== "string" ||
      !coordinate ||
      !ruled.has(coordinate)
    ) {
      return [`${at}: ${error.extensions?.code} not on a field behind an access rule (${coordinate ?? "?"})`];
    }
    const parentPath = path.slice(0, -1);
    const parent = parentPath.reduce<Data>((value, step) => value?.[step], answer.data);
    if (parent === null || parent === undefined)
      return [`${at}: its parent ${parentPath.join(".") || "data"} is null`];
    const neighbours = Object.entries(parent as Record<string, unknown>).filter(
      ([key]) =>
        !refused.has(JSON.stringify([...parentPath, key])) &&
        (key !== "__typename" || parentPath.length === 0),
    );
    if (neighbours.length === 0) return [`${at}: the row selects no public neighbour`];
    return neighbours
      .filter(([, value]) => value === null || value === undefined)
      .map(([key]) => `${at}: its neighbour ${key} is null`);
  });
}

const isPresent = (value: unknown) => value !== null && value !== undefined && value !== false;

const startsWith = (path: (string | number)[] | undefined, prefix: (string | number)[]) =>
  path !== undefined && prefix.every((key, i) => path[i] === key);

/** What a cell's answer shows, in the terms of the table. */
function observe(row: Row, answer: Answer, f: Fixtures) {
  const focus = row.focus?.(answer.data, f);
  const errors = focus ? answer.errors.filter((e) => !e.path || startsWith(e.path, focus)) : answer.errors;
  const codes = errors.map((e) => e.extensions?.code ?? "(no code)");
  const value = row.value ? row.value(answer.data, f) : answer.data?.[row.op.roots()[0]];
  return {
    status: answer.status,
    authCodes: [...new Set(codes.filter((code) => AUTH_CODES.includes(code)))],
    otherErrors: errors
      .filter((e) => !AUTH_CODES.includes(e.extensions?.code ?? ""))
      .map((e) => `${e.extensions?.code}: ${e.message}`),
    present: isPresent(value),
  };
}

function expectation(verdict: Verdict) {
  switch (verdict) {
    case "ok":
      return { authCodes: [], otherErrors: [], present: true };
    case "U":
      return { authCodes: ["UNAUTHENTICATED"], present: false };
    case "F":
      return { authCodes: ["FORBIDDEN"], present: false };
    case "N":
      return { authCodes: [], otherErrors: [expect.stringMatching(/^NOT_FOUND: /)], present: false };
    case "null":
      return { authCodes: [], otherErrors: [], present: false };
  }
}

const VERDICT_LABELS: Record<Verdict, string> = {
  ok: "allowed",
  U: "refused (UNAUTHENTICATED)",
  F: "refused (FORBIDDEN)",
  N: "refused (NOT_FOUND: as if it did not exist)",
  null: "refused (absent: null or not listed)",
};

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
let fixtures: Fixtures;
const contributionLimit = process.env.NEIGHBOURHOOD_CONTRIBUTION_LIMIT;

beforeAll(async () => {
  await Promise.all([buildEconomicSchema(), buildNeighbourhoodSchema(), buildKnowledgeSchema()]);
  ruled = accessRuleCoordinates();
  // Every cell of submitContribution and voteForContribution submits from 127.0.0.1: raise the neighbourhood
  // subgraph's per-client limit on submissions (5 an hour by default) for this file's processes only.
  process.env.NEIGHBOURHOOD_CONTRIBUTION_LIMIT = "10000";
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes, {
    rateLimit: { perIp: 100_000, perToken: 100_000, windowSeconds: 60 },
  });
  fixtures = await createFixtures(gateway.url);
}, 120_000);

afterAll(async () => {
  if (contributionLimit === undefined) delete process.env.NEIGHBOURHOOD_CONTRIBUTION_LIMIT;
  else process.env.NEIGHBOURHOOD_CONTRIBUTION_LIMIT = contributionLimit;
  await gateway?.stop();
  await subgraphs?.stop();
});

describe("the authorization matrix", () => {
  it("has a row for every query and mutation of schema/api.graphql, and no row for a field it lacks", () => {
    const covered = new Set(MATRIX.flatMap((r) => r.op.roots()));
    const fields = [
      ...Object.keys(api.getQueryType()!.getFields()),
      ...Object.keys(api.getMutationType()!.getFields()),
    ];
    expect(fields.filter((field) => !covered.has(field))).toEqual([]);
    expect([...covered].filter((field) => !fields.includes(field))).toEqual([]);
  });

  MATRIX.forEach((r, rowIndex) => {
    ROLES.forEach((role, index) => {
      const { verdict, knownFailure } = r.cells[index];
      const name = `${r.name} — ${ROLE_LABELS[role]}: ${VERDICT_LABELS[verdict]}${knownFailure ? " [known failure]" : ""}`;
      (knownFailure ? it.failing : it)(name, async () => {
        const ids = { ...DEFAULT_IDENTITIES, ...r.as };
        const cell: Cell = { role, index, ids, tag: `r${rowIndex}-${role}`, url: gateway.url };
        const { query, variables } = await r.op.build(fixtures, cell);
        const answer = await callGateway(gateway.url, query, variables, await headersFor(role, ids));
        const seen = observe(r, answer, fixtures);
        expect(seen.status).toBeLessThan(500);
        expect(seen).toMatchObject(expectation(verdict));
        if (verdict === "U" || verdict === "F") {
          expect(refusalDamage(answer, query.trimStart().startsWith("mutation"))).toEqual([]);
        }
      });
    });
  });
});

interface AuditEntry {
  operation: string;
  recordType: string;
  recordId: string;
  actorSubject: string;
  actorRole: string | null;
  actorMemberId: string | null;
  actorTerritoryId: string | null;
  occurredAt: string;
}

const AUDIT_ENTRY = `edges { node { operation recordType recordId actorSubject actorRole actorMemberId actorTerritoryId occurredAt } }`;

describe("the audit trail", () => {
  it("shows staff who changed what and which record, for a member's successful mutations in two subgraphs", async () => {
    const started = Date.now();
    const member = await headersFor("member", DEFAULT_IDENTITIES);
    const profile = await callGateway(
      gateway.url,
      `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { id } } }`,
      {
        input: { id: M1, publicDescription: "Compagnie de théâtre, profil revu pour le journal (exemple)." },
      },
      member,
    );
    expect(profile.errors).toEqual([]);
    const action = await callGateway(
      gateway.url,
      `mutation($input: CreateNeighbourhoodActionInput!) { createNeighbourhoodAction(input: $input) { action { id } } }`,
      {
        input: {
          kind: "CULTURAL_ARTISTIC",
          title: "Atelier pour le journal",
          description: "Un atelier (exemple).",
          startsOn: "2030-09-01",
          place: "Immeuble Boutaric",
          placeKind: "BOUTARIC_BUILDING",
          leadMemberIds: [M1],
        },
      },
      member,
    );
    expect(action.errors).toEqual([]);
    const actionId = action.data.createNeighbourhoodAction.action.id as string;

    const trails = await asStaff(
      gateway.url,
      `{ economicAuditTrail(first: 20) { ${AUDIT_ENTRY} } neighbourhoodAuditTrail(first: 20) { ${AUDIT_ENTRY} } }`,
    );
    const entries = (trail: { edges: { node: AuditEntry }[] }) => trail.edges.map((edge) => edge.node);
    const byMember = {
      actorSubject: "dev-member",
      actorRole: "member",
      actorMemberId: M1,
      actorTerritoryId: null,
    };
    const economic = entries(trails.economicAuditTrail).find(
      (entry) => entry.operation === "updateMember" && entry.recordId === M1 && entry.actorRole === "member",
    );
    expect(economic).toMatchObject({ recordType: "Member", ...byMember });
    const neighbourhood = entries(trails.neighbourhoodAuditTrail).find(
      (entry) => entry.recordId === actionId,
    );
    expect(neighbourhood).toMatchObject({
      operation: "createNeighbourhoodAction",
      recordType: "NeighbourhoodAction",
      ...byMember,
    });
    for (const entry of [economic!, neighbourhood!]) {
      expect(Date.parse(entry.occurredAt)).toBeGreaterThanOrEqual(started - 5_000);
    }
  });

  it("shows staff a territory's successful mutation in the knowledge trail", async () => {
    const transfer = await callGateway(
      gateway.url,
      `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { transfer { id } } }`,
      {
        input: {
          kind: "IN_SITU_TRAINING",
          title: "Transfert pour le journal",
          heldOn: "2030-10-01",
          audience: "agents (exemple)",
          audienceKind: "LOCAL_AUTHORITY_STAFF",
          participantCount: 3,
        },
      },
      await headersFor("territory", DEFAULT_IDENTITIES),
    );
    expect(transfer.errors).toEqual([]);
    const transferId = transfer.data.createTransfer.transfer.id as string;
    const trail = await asStaff(gateway.url, `{ knowledgeAuditTrail(first: 20) { ${AUDIT_ENTRY} } }`);
    const entry = (trail.knowledgeAuditTrail.edges as { node: AuditEntry }[])
      .map((edge) => edge.node)
      .find((node) => node.recordId === transferId);
    expect(entry).toMatchObject({
      operation: "createTransfer",
      recordType: "Transfer",
      actorSubject: "dev-territory",
      actorRole: "territory",
      actorMemberId: null,
      actorTerritoryId: GRESILLES,
    });
  });
});
