import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import {
  COMPAGNIE_DES_GRESILLES,
  firstError,
  IMMERSIONS,
  PORTRAITS_DE_L_IMMEUBLE,
  REENCHANTEZ_L_ESPLANADE,
  startNeighbourhood,
  UNKNOWN_ACTION,
  VERS_UN_PARCOURS_D_INSERTION,
} from "./neighbourhood-harness";

let neighbourhood: SubgraphUnderTest;
let staff: string;
let compagnie: string;
let otherMember: string;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood();
  staff = await tokenFor({ role: "staff" });
  compagnie = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
  otherMember = await tokenFor({ role: "member", memberId: OTHER_MEMBER });
});
afterAll(() => neighbourhood.stop());

const OTHER_MEMBER = "a0000000-0000-4000-8000-000000000002";

const ACTION_FIELDS = `id kind title description startsOn endsOn place placeKind qpvCode partners inhabitantsReached
  sessionCount hours status cancellationReason isSample leadMembers { id } participatoryProject { id }
  marketStudy { question findings nafCodes status poleRole }
  collectiveInitiative { initiative carrierGroup helpKinds helpGiven }`;

const CREATE = `mutation($input: CreateNeighbourhoodActionInput!) {
  createNeighbourhoodAction(input: $input) { action { ${ACTION_FIELDS} } }
}`;
const UPDATE = `mutation($input: UpdateNeighbourhoodActionInput!) {
  updateNeighbourhoodAction(input: $input) { action { ${ACTION_FIELDS} } }
}`;
const CANCEL = `mutation($input: CancelNeighbourhoodActionInput!) {
  cancelNeighbourhoodAction(input: $input) { action { id status cancellationReason } }
}`;

type Action = Record<string, unknown> & { id: string };

/** A valid cultural action led by the Compagnie des Grésilles, with overrides. */
const culturalAction = (overrides: Record<string, unknown> = {}) => ({
  kind: "CULTURAL_ARTISTIC",
  title: "Atelier de danse hip-hop (test)",
  description: "Ateliers de danse pour les adolescents du quartier.",
  startsOn: "2014-01-13",
  endsOn: "2014-03-28",
  place: "Maison de quartier des Grésilles",
  placeKind: "ELSEWHERE_IN_NEIGHBOURHOOD",
  qpvCode: "QP021003",
  leadMemberIds: [COMPAGNIE_DES_GRESILLES],
  partners: ["Maison de quartier des Grésilles"],
  inhabitantsReached: 24,
  sessionCount: 10,
  hours: 20,
  status: "RUNNING",
  ...overrides,
});

async function create(input: Record<string, unknown>, token?: string) {
  return neighbourhood.request<{ createNeighbourhoodAction: { action: Action } | null }>(
    CREATE,
    { input },
    token,
  );
}

async function createdAction(input: Record<string, unknown>, token = staff): Promise<Action> {
  const result = await create(input, token);
  expect(result.errors).toBeUndefined();
  return result.data!.createNeighbourhoodAction!.action;
}

const countOf = async (table: string) =>
  Number((await neighbourhood.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

/** The audit entries of a record, oldest first. */
const auditOf = (recordId: string) =>
  neighbourhood.dataSource.query(
    `SELECT operation, record_type, actor_role, actor_member_id FROM audit_entry WHERE record_id = $1 ORDER BY occurred_at, id`,
    [recordId],
  );

describe("createNeighbourhoodAction", () => {
  it("lets the staff create a market study with its details, stored as given, with an audit entry", async () => {
    const input: Record<string, unknown> = culturalAction({
      kind: "MARKET_STUDY",
      title: "Étude pour une librairie-café (test)",
      leadMemberIds: [OTHER_MEMBER.toUpperCase(), COMPAGNIE_DES_GRESILLES],
      participatoryProjectId: REENCHANTEZ_L_ESPLANADE,
      status: "DONE",
      marketStudy: {
        question: "Une librairie-café serait-elle viable aux Grésilles ?",
        findings: "Oui, avec une programmation culturelle.",
        nafCodes: ["47.61Z", "56.30Z"],
        status: "FAVOURABLE",
        poleRole: "CARRIED",
      },
    });
    const action = await createdAction(input);
    const { leadMemberIds: _leads, participatoryProjectId: _project, ...fields } = input;
    expect(action).toEqual({
      ...fields,
      id: expect.any(String),
      cancellationReason: null,
      isSample: false,
      leadMembers: [{ id: COMPAGNIE_DES_GRESILLES }, { id: OTHER_MEMBER }],
      participatoryProject: { id: REENCHANTEZ_L_ESPLANADE },
      collectiveInitiative: null,
    });
    const stored = await neighbourhood.dataSource.query(
      "SELECT title, kind, status, place_kind FROM neighbourhood_action WHERE id = $1",
      [action.id],
    );
    expect(stored).toEqual([
      { title: input.title, kind: "MARKET_STUDY", status: "DONE", place_kind: "ELSEWHERE_IN_NEIGHBOURHOOD" },
    ]);
    expect(await auditOf(action.id)).toEqual([
      {
        operation: "createNeighbourhoodAction",
        record_type: "NeighbourhoodAction",
        actor_role: "staff",
        actor_member_id: null,
      },
    ]);
  });

  it("lets a member create an action it leads, with the initiative's details", async () => {
    const action = await createdAction(
      culturalAction({
        kind: "COLLECTIVE_INITIATIVE_SUPPORT",
        collectiveInitiative: {
          initiative: "Repair café des Grésilles",
          carrierGroup: "Un groupe d'habitants bricoleurs",
          helpKinds: ["PREMISES_AND_EQUIPMENT", "COMMUNICATION"],
          helpGiven: "Une salle le samedi et des affiches.",
        },
      }),
      compagnie,
    );
    expect(action.collectiveInitiative).toEqual({
      initiative: "Repair café des Grésilles",
      carrierGroup: "Un groupe d'habitants bricoleurs",
      helpKinds: ["PREMISES_AND_EQUIPMENT", "COMMUNICATION"],
      helpGiven: "Une salle le samedi et des affiches.",
    });
    expect(await auditOf(action.id)).toEqual([
      {
        operation: "createNeighbourhoodAction",
        record_type: "NeighbourhoodAction",
        actor_role: "member",
        actor_member_id: COMPAGNIE_DES_GRESILLES,
      },
    ]);
  });

  it("refuses a member creating an action it does not lead, with FORBIDDEN, and writes nothing", async () => {
    const before = await countOf("neighbourhood_action");
    const result = await create(culturalAction({ leadMemberIds: [OTHER_MEMBER] }), compagnie);
    expect(firstError(result)).toEqual({
      code: "FORBIDDEN",
      message: "A member may only manage the actions it leads (its own id among the lead members).",
    });
    expect(await countOf("neighbourhood_action")).toBe(before);
  });

  it("asks anonymous callers to sign in and refuses the council and territories", async () => {
    expect(firstError(await create(culturalAction())).code).toBe("UNAUTHENTICATED");
    for (const token of [
      await tokenFor({ role: "council" }),
      await tokenFor({ role: "territory", territoryId: "c0000000-0000-4000-8000-000000000001" }),
    ]) {
      expect(firstError(await create(culturalAction(), token)).code).toBe("FORBIDDEN");
    }
  });

  it.each([
    [
      "a malformed QPV code",
      { qpvCode: "QP21003" },
      "input.qpvCode: must be a QPV code: QN then 6 or 7 characters (2024 geography, e.g. QN02501M) or QP then 6 digits (2015 geography, e.g. QP021003)",
    ],
    ["a title too short", { title: "A" }, "input.title: must be between 3 and 200 characters long"],
    ["negative hours", { hours: -1 }, "input.hours: must be at least 0"],
    ["no lead member", { leadMemberIds: [] }, "input.leadMemberIds: must hold at least 1 item"],
  ])("refuses %s with BAD_USER_INPUT naming the field", async (_label, overrides, message) => {
    const result = await create(culturalAction(overrides), staff);
    expect(firstError(result)).toEqual({ code: "BAD_USER_INPUT", message: `Invalid input: ${message}` });
  });

  it("refuses a malformed NAF code of a market study", async () => {
    const result = await create(
      culturalAction({
        kind: "MARKET_STUDY",
        marketStudy: {
          question: "Une question ?",
          nafCodes: ["5630Z"],
          status: "IN_PROGRESS",
          poleRole: "JOINED",
        },
      }),
      staff,
    );
    expect(firstError(result)).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.marketStudy.nafCodes[0]: must look like 56.30Z (2 digits, a dot, 2 digits, a capital)",
    });
  });

  it.each([
    [
      "a lead member id that is not a UUID",
      { leadMemberIds: ["compagnie"] },
      "Invalid input: input.leadMemberIds[0]: must be a UUID",
    ],
    [
      "an end before the start",
      { endsOn: "2014-01-01" },
      "Invalid input: input.endsOn: must not be before startsOn",
    ],
    [
      "DONE without an end",
      { status: "DONE", endsOn: null },
      "Invalid input: input.endsOn: is required when the status is DONE",
    ],
    [
      "CANCELLED at creation",
      { status: "CANCELLED" },
      "Invalid input: input.status: use cancelNeighbourhoodAction to cancel an action",
    ],
    [
      "market study details on another kind",
      {
        marketStudy: {
          question: "Une question ?",
          nafCodes: ["56.30Z"],
          status: "IN_PROGRESS",
          poleRole: "JOINED",
        },
      },
      "Invalid input: input.marketStudy: is only for actions of kind MARKET_STUDY",
    ],
    [
      "a market study without its details",
      { kind: "MARKET_STUDY" },
      "Invalid input: input.marketStudy: is required for an action of kind MARKET_STUDY",
    ],
    [
      "an initiative support without its details",
      { kind: "COLLECTIVE_INITIATIVE_SUPPORT" },
      "Invalid input: input.collectiveInitiative: is required for an action of kind COLLECTIVE_INITIATIVE_SUPPORT",
    ],
  ])("refuses %s with a clear BAD_USER_INPUT", async (_label, overrides, message) => {
    const before = await countOf("neighbourhood_action");
    expect(firstError(await create(culturalAction(overrides), staff))).toEqual({
      code: "BAD_USER_INPUT",
      message,
    });
    expect(await countOf("neighbourhood_action")).toBe(before);
  });

  it("refuses an unknown participatory project with NOT_FOUND", async () => {
    const result = await create(culturalAction({ participatoryProjectId: UNKNOWN_ACTION }), staff);
    expect(firstError(result)).toEqual({
      code: "NOT_FOUND",
      message: `No participatory project has id ${UNKNOWN_ACTION}.`,
    });
  });
});

describe("updateNeighbourhoodAction", () => {
  it("lets a lead member change only the fields it gives, null clearing the end date", async () => {
    const action = await createdAction(culturalAction(), compagnie);
    const result = await neighbourhood.request<{ updateNeighbourhoodAction: { action: Action } }>(
      UPDATE,
      { input: { id: action.id, inhabitantsReached: 31, endsOn: null, partners: [] } },
      compagnie,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateNeighbourhoodAction.action).toEqual({
      ...action,
      inhabitantsReached: 31,
      endsOn: null,
      partners: [],
    });
    expect((await auditOf(action.id)).map((entry: { operation: string }) => entry.operation)).toEqual([
      "createNeighbourhoodAction",
      "updateNeighbourhoodAction",
    ]);
  });

  it("replaces the lead members and a market study's details", async () => {
    const action = await createdAction(
      culturalAction({
        kind: "MARKET_STUDY",
        marketStudy: {
          question: "Une question ?",
          nafCodes: ["56.30Z"],
          status: "IN_PROGRESS",
          poleRole: "JOINED",
        },
      }),
    );
    const result = await neighbourhood.request<{ updateNeighbourhoodAction: { action: Action } }>(
      UPDATE,
      {
        input: {
          id: action.id,
          leadMemberIds: [OTHER_MEMBER],
          marketStudy: {
            question: "Une question ?",
            findings: "Défavorable.",
            nafCodes: ["56.30Z"],
            status: "UNFAVOURABLE",
            poleRole: "JOINED",
          },
        },
      },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateNeighbourhoodAction.action).toMatchObject({
      leadMembers: [{ id: OTHER_MEMBER }],
      marketStudy: { findings: "Défavorable.", status: "UNFAVOURABLE" },
    });
    expect(await countOf(`market_study WHERE action_id = '${action.id}'`)).toBe(1);
  });

  it("refuses a member that does not lead the action, and one that would leave its leads", async () => {
    const action = await createdAction(culturalAction(), compagnie);
    const notLead = await neighbourhood.request(UPDATE, { input: { id: action.id, hours: 1 } }, otherMember);
    expect(firstError(notLead).code).toBe("FORBIDDEN");
    const handOver = await neighbourhood.request(
      UPDATE,
      { input: { id: action.id, leadMemberIds: [OTHER_MEMBER] } },
      compagnie,
    );
    expect(firstError(handOver).code).toBe("FORBIDDEN");
    const stored = await neighbourhood.dataSource.query(
      "SELECT member_id FROM action_lead_member WHERE action_id = $1",
      [action.id],
    );
    expect(stored).toEqual([{ member_id: COMPAGNIE_DES_GRESILLES }]);
  });

  it("refuses a member updating a sample action it does not lead", async () => {
    // Portraits de l'immeuble is led by the Atelier Boutaric Images only.
    const result = await neighbourhood.request(
      UPDATE,
      { input: { id: PORTRAITS_DE_L_IMMEUBLE, hours: 0 } },
      compagnie,
    );
    expect(firstError(result).code).toBe("FORBIDDEN");
  });

  it("refuses null for a field that cannot be empty, and an unknown action", async () => {
    const action = await createdAction(culturalAction());
    expect(
      firstError(await neighbourhood.request(UPDATE, { input: { id: action.id, title: null } }, staff)),
    ).toEqual({
      code: "BAD_USER_INPUT",
      message: "Invalid input: input.title: cannot be null; leave it out to keep its value",
    });
    expect(
      firstError(await neighbourhood.request(UPDATE, { input: { id: UNKNOWN_ACTION, hours: 1 } }, staff)),
    ).toEqual({
      code: "NOT_FOUND",
      message: `No neighbourhood action has id ${UNKNOWN_ACTION}.`,
    });
  });

  it("refuses market study details on an action of another kind", async () => {
    const action = await createdAction(culturalAction());
    const result = await neighbourhood.request(
      UPDATE,
      {
        input: {
          id: action.id,
          marketStudy: {
            question: "Une question ?",
            nafCodes: ["56.30Z"],
            status: "IN_PROGRESS",
            poleRole: "JOINED",
          },
        },
      },
      staff,
    );
    expect(firstError(result)).toEqual({
      code: "BAD_USER_INPUT",
      message: "Invalid input: input.marketStudy: is only for actions of kind MARKET_STUDY",
    });
  });
});

describe("cancelNeighbourhoodAction", () => {
  it("lets a lead member cancel its running action with a reason; a cancelled action no longer changes", async () => {
    const action = await createdAction(culturalAction(), compagnie);
    const result = await neighbourhood.request<{ cancelNeighbourhoodAction: { action: Action } }>(
      CANCEL,
      { input: { id: action.id, reason: "Salle indisponible." } },
      compagnie,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.cancelNeighbourhoodAction.action).toEqual({
      id: action.id,
      status: "CANCELLED",
      cancellationReason: "Salle indisponible.",
    });
    expect(
      firstError(await neighbourhood.request(UPDATE, { input: { id: action.id, hours: 3 } }, compagnie)),
    ).toEqual({
      code: "CONFLICT",
      message: "This action is cancelled: it can no longer change.",
    });
    expect(firstError(await neighbourhood.request(CANCEL, { input: { id: action.id } }, staff))).toEqual({
      code: "CONFLICT",
      message: "This action is already cancelled.",
    });
  });

  it("refuses to cancel a finished action, and a member that does not lead it", async () => {
    expect(
      firstError(await neighbourhood.request(CANCEL, { input: { id: PORTRAITS_DE_L_IMMEUBLE } }, staff)),
    ).toEqual({
      code: "CONFLICT",
      message: "This action is done: a finished action cannot be cancelled.",
    });
    const action = await createdAction(culturalAction(), compagnie);
    expect(
      firstError(await neighbourhood.request(CANCEL, { input: { id: action.id } }, otherMember)).code,
    ).toBe("FORBIDDEN");
    expect(firstError(await neighbourhood.request(CANCEL, { input: { id: action.id } })).code).toBe(
      "UNAUTHENTICATED",
    );
    const [stored] = await neighbourhood.dataSource.query(
      "SELECT status FROM neighbourhood_action WHERE id = $1",
      [action.id],
    );
    expect(stored.status).toBe("RUNNING");
  });
});

describe("employment outcomes", () => {
  const CREATE_OUTCOME = `mutation($input: CreateEmploymentOutcomeInput!) { createEmploymentOutcome(input: $input) {
    employmentOutcome { id periodStart periodEnd trainingCount immersionCount returnToEmploymentCount }
    action { id employmentOutcomes { id } }
  } }`;
  const UPDATE_OUTCOME = `mutation($input: UpdateEmploymentOutcomeInput!) { updateEmploymentOutcome(input: $input) {
    employmentOutcome { id returnToEmploymentCount }
  } }`;

  /** A fresh employment partnership led by the Compagnie, running through 2014 and 2015. */
  const partnership = () =>
    createdAction(
      culturalAction({ kind: "EMPLOYMENT_PARTNERSHIP", startsOn: "2014-01-06", endsOn: "2015-06-30" }),
      compagnie,
    );
  const period = (actionId: string, overrides: Record<string, unknown> = {}) => ({
    actionId,
    periodStart: "2014-01-06",
    periodEnd: "2014-06-30",
    trainingCount: 4,
    immersionCount: 6,
    returnToEmploymentCount: 2,
    ...overrides,
  });

  it("lets a lead member record a period's counts", async () => {
    const action = await partnership();
    const result = await neighbourhood.request<{
      createEmploymentOutcome: { employmentOutcome: Record<string, unknown>; action: Action };
    }>(CREATE_OUTCOME, { input: period(action.id) }, compagnie);
    expect(result.errors).toBeUndefined();
    const { actionId: _action, ...counts } = period(action.id);
    const outcome = result.data!.createEmploymentOutcome.employmentOutcome;
    expect(outcome).toEqual({ id: expect.any(String), ...counts });
    expect(result.data!.createEmploymentOutcome.action).toEqual({
      id: action.id,
      employmentOutcomes: [{ id: outcome.id }],
    });
    const corrected = await neighbourhood.request<{
      updateEmploymentOutcome: { employmentOutcome: unknown };
    }>(UPDATE_OUTCOME, { input: { id: outcome.id, returnToEmploymentCount: 3 } }, compagnie);
    expect(corrected.data?.updateEmploymentOutcome.employmentOutcome).toEqual({
      id: outcome.id,
      returnToEmploymentCount: 3,
    });
  });

  it("refuses an overlapping period of the same action with CONFLICT (exclusion constraint)", async () => {
    const action = await partnership();
    expect(
      (await neighbourhood.request(CREATE_OUTCOME, { input: period(action.id) }, staff)).errors,
    ).toBeUndefined();
    const overlapping = await neighbourhood.request(
      CREATE_OUTCOME,
      { input: period(action.id, { periodStart: "2014-06-30", periodEnd: "2014-09-30" }) },
      staff,
    );
    expect(firstError(overlapping).code).toBe("CONFLICT");
    const next = await neighbourhood.request(
      CREATE_OUTCOME,
      { input: period(action.id, { periodStart: "2014-07-01", periodEnd: "2014-12-31" }) },
      staff,
    );
    expect(next.errors).toBeUndefined();
  });

  it.each([
    [
      "a period across two years",
      { periodStart: "2014-10-01", periodEnd: "2015-02-28" },
      "Invalid input: input.periodEnd: must fall in the same calendar year as periodStart (record one period per year, so each count belongs to one annual report)",
    ],
    [
      "a period outside the action's dates",
      { periodStart: "2013-12-01", periodEnd: "2013-12-31" },
      "Invalid input: input.periodStart: must lie within the action's dates (2014-01-06 to 2015-06-30)",
    ],
    [
      "an end before the start",
      { periodStart: "2014-05-01", periodEnd: "2014-04-01" },
      "Invalid input: input.periodEnd: must not be before periodStart",
    ],
  ])("refuses %s with BAD_USER_INPUT", async (_label, overrides, message) => {
    const action = await partnership();
    expect(
      firstError(await neighbourhood.request(CREATE_OUTCOME, { input: period(action.id, overrides) }, staff)),
    ).toEqual({
      code: "BAD_USER_INPUT",
      message,
    });
  });

  it("refuses new action dates that would leave a recorded period outside them", async () => {
    const action = await partnership();
    expect(
      (await neighbourhood.request(CREATE_OUTCOME, { input: period(action.id) }, staff)).errors,
    ).toBeUndefined();
    const shorter = await neighbourhood.request(
      UPDATE,
      { input: { id: action.id, endsOn: "2014-03-31" } },
      compagnie,
    );
    expect(firstError(shorter)).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.startsOn: 1 employment outcome(s) or insertion cohort(s) of the action would fall outside its new dates: change them first",
    });
    const longer = await neighbourhood.request(
      UPDATE,
      { input: { id: action.id, endsOn: "2015-12-31" } },
      compagnie,
    );
    expect(longer.errors).toBeUndefined();
  });

  it("refuses outcomes on another kind of action, and a member that does not lead the action", async () => {
    expect(
      firstError(
        await neighbourhood.request(CREATE_OUTCOME, { input: period(VERS_UN_PARCOURS_D_INSERTION) }, staff),
      ),
    ).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.actionId: is for actions of kind EMPLOYMENT_PARTNERSHIP; the action is of kind INSERTION_PATHWAY",
    });
    // The sample immersions are led by the Compagnie and the Collectif Scènes ouvertes, not the Atelier.
    const forbidden = await neighbourhood.request(
      CREATE_OUTCOME,
      { input: period(IMMERSIONS, { periodStart: "2013-06-01", periodEnd: "2013-06-28" }) },
      otherMember,
    );
    expect(firstError(forbidden).code).toBe("FORBIDDEN");
    expect(firstError(await neighbourhood.request(CREATE_OUTCOME, { input: period(IMMERSIONS) })).code).toBe(
      "UNAUTHENTICATED",
    );
    expect(
      firstError(await neighbourhood.request(CREATE_OUTCOME, { input: period(UNKNOWN_ACTION) }, staff)),
    ).toEqual({
      code: "NOT_FOUND",
      message: `No neighbourhood action has id ${UNKNOWN_ACTION}.`,
    });
  });
});

describe("insertion cohorts", () => {
  const CREATE_COHORT = `mutation($input: CreateInsertionCohortInput!) { createInsertionCohort(input: $input) {
    insertionCohort { id label startsOn endsOn entryCount exitsToEmployment exitsToTraining otherExits }
  } }`;
  const UPDATE_COHORT = `mutation($input: UpdateInsertionCohortInput!) { updateInsertionCohort(input: $input) {
    insertionCohort { id endsOn exitsToEmployment exitsToTraining }
  } }`;
  const pathway = () =>
    createdAction(
      culturalAction({ kind: "INSERTION_PATHWAY", startsOn: "2014-01-06", endsOn: null }),
      compagnie,
    );
  const cohort = (actionId: string, overrides: Record<string, unknown> = {}) => ({
    actionId,
    label: "Cohorte printemps 2014",
    startsOn: "2014-03-03",
    entryCount: 8,
    exitsToEmployment: 0,
    exitsToTraining: 0,
    otherExits: 0,
    ...overrides,
  });

  it("lets a lead member record a cohort, then its exits as they happen", async () => {
    const action = await pathway();
    const created = await neighbourhood.request<{
      createInsertionCohort: { insertionCohort: { id: string } };
    }>(CREATE_COHORT, { input: cohort(action.id) }, compagnie);
    expect(created.errors).toBeUndefined();
    const { actionId: _action, ...fields } = cohort(action.id);
    expect(created.data?.createInsertionCohort.insertionCohort).toEqual({
      id: expect.any(String),
      endsOn: null,
      ...fields,
    });
    const id = created.data!.createInsertionCohort.insertionCohort.id;
    const updated = await neighbourhood.request(
      UPDATE_COHORT,
      { input: { id, endsOn: "2014-12-19", exitsToEmployment: 3, exitsToTraining: 2 } },
      compagnie,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data).toEqual({
      updateInsertionCohort: {
        insertionCohort: { id, endsOn: "2014-12-19", exitsToEmployment: 3, exitsToTraining: 2 },
      },
    });
  });

  it("refuses more exits than entries, and a label already used in the action", async () => {
    const action = await pathway();
    expect(
      firstError(
        await neighbourhood.request(
          CREATE_COHORT,
          { input: cohort(action.id, { exitsToEmployment: 5, exitsToTraining: 3, otherExits: 1 }) },
          staff,
        ),
      ),
    ).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.entryCount: exitsToEmployment + exitsToTraining + otherExits (9) must not exceed entryCount (8)",
    });
    expect(
      (await neighbourhood.request(CREATE_COHORT, { input: cohort(action.id) }, staff)).errors,
    ).toBeUndefined();
    expect(
      firstError(await neighbourhood.request(CREATE_COHORT, { input: cohort(action.id) }, staff)).code,
    ).toBe("CONFLICT");
  });

  it("refuses a cohort on another kind of action and a member that does not lead the pathway", async () => {
    expect(
      firstError(await neighbourhood.request(CREATE_COHORT, { input: cohort(IMMERSIONS) }, staff)).code,
    ).toBe("BAD_USER_INPUT");
    const action = await pathway();
    expect(
      firstError(await neighbourhood.request(CREATE_COHORT, { input: cohort(action.id) }, otherMember)).code,
    ).toBe("FORBIDDEN");
  });
});
