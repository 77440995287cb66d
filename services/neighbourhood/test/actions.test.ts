import type { SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { ActionKind } from "../src/neighbourhood-action/action-kind.enum";
import { ActionPlaceKind } from "../src/neighbourhood-action/action-place-kind.enum";
import { ActionStatus } from "../src/neighbourhood-action/action-status.enum";
import {
  sampleCollectiveInitiatives,
  sampleEmploymentOutcomes,
  sampleInsertionCohorts,
  sampleMarketStudies,
} from "../src/sample-data/sample-details";
import {
  ESPLANADE_BOUTARIC,
  sampleActions,
  sampleProject,
  type SampleAction,
} from "../src/sample-data/sample-actions";
import {
  COMPAGNIE_DES_GRESILLES,
  CAFE_CULTUREL_STUDY,
  IMMERSIONS,
  INAUGURATION_DE_L_ESPLANADE,
  JARDIN_PARTAGE_SUPPORT,
  LECTURES_AU_JARDIN,
  newestFirst,
  REENCHANTEZ_L_ESPLANADE,
  UNKNOWN_ACTION,
  UNKNOWN_MEMBER,
  VERS_UN_PARCOURS_D_INSERTION,
  startNeighbourhood,
} from "./neighbourhood-harness";

let neighbourhood: SubgraphUnderTest;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood();
});
afterAll(() => neighbourhood.stop());

interface ActionsPage {
  neighbourhoodActions: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; title: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const ACTIONS = `query Actions(
  $first: Int
  $after: String
  $filter: NeighbourhoodActionFilter
  $sort: NeighbourhoodActionSort
) {
  neighbourhoodActions(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges { cursor node { id title } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const ACTION = `query($id: ID!) { neighbourhoodAction(id: $id) {
  id kind title description startsOn endsOn place placeKind qpvCode inhabitantsReached sessionCount hours
  partners status isSample leadMembers { id } participatoryProject { id }
} }`;

/** The ids the list should return for a filter, in the API's order, computed from the sample data. */
const expectedIds = (keep: (action: SampleAction) => boolean) =>
  newestFirst(sampleActions.filter(keep)).map((action) => action.id);

/** The ids the list returns for a filter (and a sort), all on one page. */
async function idsFor(filter: Record<string, unknown>, sort?: Record<string, unknown>): Promise<string[]> {
  const result = await neighbourhood.request<ActionsPage>(ACTIONS, { first: 100, filter, sort });
  expect(result.errors).toBeUndefined();
  const page = result.data!.neighbourhoodActions;
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((edge) => edge.node.id);
}

describe("a neighbourhood action by id", () => {
  it.each([
    ["the action with four lead members", INAUGURATION_DE_L_ESPLANADE],
    ["the open-ended action", VERS_UN_PARCOURS_D_INSERTION],
  ])("returns %s with its fields as stored in the sample data", async (_label, id) => {
    const { leadMemberIds, participatoryProjectId, ...stored } = sampleActions.find(
      (action) => action.id === id,
    )!;
    const result = await neighbourhood.request<{ neighbourhoodAction: unknown }>(ACTION, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.neighbourhoodAction).toEqual({
      ...stored,
      isSample: true,
      leadMembers: [...leadMemberIds].sort().map((memberId) => ({ id: memberId })),
      participatoryProject: participatoryProjectId ? { id: participatoryProjectId } : null,
    });
  });

  it("keeps the open-ended action's end date null", async () => {
    const result = await neighbourhood.request<{ neighbourhoodAction: { endsOn: string | null } }>(
      `query($id: ID!) { neighbourhoodAction(id: $id) { title endsOn } }`,
      { id: VERS_UN_PARCOURS_D_INSERTION },
    );
    expect(result.data?.neighbourhoodAction).toEqual({
      title: "Vers un parcours d'insertion par les métiers culturels et créatifs (exemple)",
      endsOn: null,
    });
  });

  it("finds an action whatever the case of its id", async () => {
    const result = await neighbourhood.request<{ neighbourhoodAction: { id: string } | null }>(
      `query($id: ID!) { neighbourhoodAction(id: $id) { id } }`,
      { id: INAUGURATION_DE_L_ESPLANADE.toUpperCase() },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.neighbourhoodAction?.id).toBe(INAUGURATION_DE_L_ESPLANADE);
  });

  it("answers null for an unknown id", async () => {
    const result = await neighbourhood.request(ACTION, { id: UNKNOWN_ACTION });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ neighbourhoodAction: null });
  });

  it("refuses a malformed id with BAD_USER_INPUT before any SQL", async () => {
    neighbourhood.statements.reset();
    const result = await neighbourhood.request(ACTION, { id: "1; DROP TABLE neighbourhood_action" });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toBe("Invalid input: id: must be a UUID");
    expect(result.data).toEqual({ neighbourhoodAction: null });
    expect(neighbourhood.statements.count).toBe(0);
  });

  it("returns the lead members as Member stubs carrying only their id", async () => {
    const result = await neighbourhood.request<{ neighbourhoodAction: unknown }>(
      `query($id: ID!) { neighbourhoodAction(id: $id) { leadMembers { __typename id } } }`,
      { id: INAUGURATION_DE_L_ESPLANADE },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.neighbourhoodAction).toEqual({
      leadMembers: [
        { __typename: "Member", id: "a0000000-0000-4000-8000-000000000001" },
        { __typename: "Member", id: "a0000000-0000-4000-8000-000000000005" },
        { __typename: "Member", id: "a0000000-0000-4000-8000-000000000009" },
        { __typename: "Member", id: "a0000000-0000-4000-8000-000000000012" },
      ],
    });
  });
});

describe("the list of neighbourhood actions", () => {
  it("pages through every action newest first, with cursors and a stable total", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: ActionsPage | null } = await neighbourhood.request<ActionsPage>(ACTIONS, {
        first: 5,
        after,
      });
      const page: ActionsPage["neighbourhoodActions"] = result.data!.neighbourhoodActions;
      expect(page.totalCount).toBe(sampleActions.length);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(Math.ceil(sampleActions.length / 5));
    expect(seen).toEqual(expectedIds(() => true));
  });

  it("returns every sample action on one default page (up to 20)", async () => {
    const result = await neighbourhood.request<ActionsPage>(ACTIONS);
    expect(result.data?.neighbourhoodActions.edges).toHaveLength(Math.min(20, sampleActions.length));
  });

  it.each(Object.values(ActionKind))("filters by kind %s", async (kind) => {
    const expected = expectedIds((action) => action.kind === kind);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsFor({ kind })).toEqual(expected);
  });

  it("keeps the actions running during a calendar year, the open-ended one included", async () => {
    const ids = await idsFor({ from: "2013-01-01", to: "2013-12-31" });
    expect(ids).toEqual(
      expectedIds(
        (action) =>
          (action.endsOn === null || action.endsOn >= "2013-01-01") && action.startsOn <= "2013-12-31",
      ),
    );
    expect(ids).toContain(VERS_UN_PARCOURS_D_INSERTION);
  });

  it("counts from and to inclusively: a one-day calendar keeps the actions running that day", async () => {
    const ids = await idsFor({ from: "2010-06-19", to: "2010-06-19" });
    expect(ids).toEqual(
      expectedIds(
        (action) =>
          (action.endsOn === null || action.endsOn >= "2010-06-19") && action.startsOn <= "2010-06-19",
      ),
    );
    expect(ids).toHaveLength(2);
  });

  it("keeps the actions ending on or after from, and those with no end, when only from is given", async () => {
    const ids = await idsFor({ from: "2013-06-28" });
    expect(ids).toEqual(expectedIds((action) => action.endsOn === null || action.endsOn >= "2013-06-28"));
    expect(ids).toContain(VERS_UN_PARCOURS_D_INSERTION);
  });

  it("keeps the actions starting on or before to when only to is given", async () => {
    const ids = await idsFor({ to: "2008-10-06" });
    expect(ids).toEqual(expectedIds((action) => action.startsOn <= "2008-10-06"));
    expect(ids).toHaveLength(3);
  });

  it("refuses a calendar whose from is after its to", async () => {
    const result = await neighbourhood.request(ACTIONS, { filter: { from: "2013-12-31", to: "2013-01-01" } });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toBe("Invalid input: filter.from: must not be after filter.to");
    expect(result.data).toEqual({ neighbourhoodActions: null });
  });

  it("refuses a date that is not a calendar date", async () => {
    const result = await neighbourhood.request(ACTIONS, { filter: { from: "2013-02-30" } });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters by lead member", async () => {
    const expected = expectedIds((action) => action.leadMemberIds.includes(COMPAGNIE_DES_GRESILLES));
    expect(expected.length).toBeGreaterThan(1);
    expect(await idsFor({ leadMemberId: COMPAGNIE_DES_GRESILLES })).toEqual(expected);
  });

  it("filters by lead member whatever the case of its id", async () => {
    expect(await idsFor({ leadMemberId: COMPAGNIE_DES_GRESILLES.toUpperCase() })).toEqual(
      expectedIds((action) => action.leadMemberIds.includes(COMPAGNIE_DES_GRESILLES)),
    );
  });

  it("finds no action for a member that leads none", async () => {
    expect(await idsFor({ leadMemberId: UNKNOWN_MEMBER })).toEqual([]);
  });

  it("refuses a lead member id that is not a UUID", async () => {
    const result = await neighbourhood.request(ACTIONS, { filter: { leadMemberId: "compagnie" } });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toBe("Invalid input: filter.leadMemberId: must be a UUID");
  });

  it("filters by place, ignoring case", async () => {
    const expected = expectedIds((action) => action.place === ESPLANADE_BOUTARIC);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(sampleActions.length);
    expect(await idsFor({ place: "esplanade BOUTARIC" })).toEqual(expected);
  });

  it("matches the place's whole name, not a part of it", async () => {
    expect(await idsFor({ place: "Esplanade" })).toEqual([]);
    expect(await idsFor({ place: "%" })).toEqual([]);
  });

  it("applies every given criterion together", async () => {
    const ids = await idsFor({
      kind: "CULTURAL_ARTISTIC",
      place: ESPLANADE_BOUTARIC,
      leadMemberId: COMPAGNIE_DES_GRESILLES,
      from: "2010-01-01",
      to: "2012-12-31",
    });
    const expected = expectedIds(
      (action) =>
        action.kind === ActionKind.CULTURAL_ARTISTIC &&
        action.place === ESPLANADE_BOUTARIC &&
        action.leadMemberIds.includes(COMPAGNIE_DES_GRESILLES) &&
        (action.endsOn === null || action.endsOn >= "2010-01-01") &&
        action.startsOn <= "2012-12-31",
    );
    expect(ids).toEqual(expected);
    expect(ids).toHaveLength(2);
  });

  it("refuses a page larger than 100 and a forged cursor", async () => {
    const tooMany = await neighbourhood.request(ACTIONS, { first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0].message).toBe("Invalid input: first: must be between 0 and 100");
    const forged = await neighbourhood.request(ACTIONS, { after: "not-a-cursor" });
    expect(forged.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("the list of neighbourhood actions, new criteria", () => {
  it.each(Object.values(ActionPlaceKind))("filters by place kind %s", async (placeKind) => {
    const expected = expectedIds((action) => action.placeKind === placeKind);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsFor({ placeKind })).toEqual(expected);
  });

  it("finds the action held elsewhere in the neighbourhood, at the shared garden", async () => {
    expect(await idsFor({ placeKind: ActionPlaceKind.ELSEWHERE_IN_NEIGHBOURHOOD })).toEqual([
      LECTURES_AU_JARDIN,
    ]);
  });

  it.each([ActionStatus.DONE, ActionStatus.RUNNING])("filters by status %s", async (status) => {
    const expected = expectedIds((action) => action.status === status);
    expect(expected.length).toBeGreaterThan(0);
    expect(await idsFor({ status })).toEqual(expected);
  });

  it("filters by participatory project", async () => {
    const expected = expectedIds((action) => action.participatoryProjectId === REENCHANTEZ_L_ESPLANADE);
    expect(expected).toHaveLength(3);
    expect(await idsFor({ participatoryProjectId: REENCHANTEZ_L_ESPLANADE.toUpperCase() })).toEqual(expected);
  });

  it("refuses a participatory project id that is not a UUID", async () => {
    const result = await neighbourhood.request(ACTIONS, { filter: { participatoryProjectId: "esplanade" } });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toBe("Invalid input: filter.participatoryProjectId: must be a UUID");
  });

  it("sorts by inhabitants reached, both ways, ties broken by id", async () => {
    const byReach = (a: SampleAction, b: SampleAction) =>
      a.inhabitantsReached - b.inhabitantsReached || a.id.localeCompare(b.id);
    const ascending = [...sampleActions].sort(byReach).map((action) => action.id);
    const descending = [...sampleActions]
      .sort((a, b) => b.inhabitantsReached - a.inhabitantsReached || a.id.localeCompare(b.id))
      .map((action) => action.id);
    expect(await idsFor({}, { field: "INHABITANTS_REACHED", direction: "ASC" })).toEqual(ascending);
    expect(await idsFor({}, { field: "INHABITANTS_REACHED", direction: "DESC" })).toEqual(descending);
  });

  it("sorts by title in the database's collation, and oldest first on request", async () => {
    const rows: { id: string }[] = await neighbourhood.dataSource.query(
      "SELECT id FROM neighbourhood_action ORDER BY title ASC, id ASC",
    );
    expect(await idsFor({}, { field: "TITLE" })).toEqual(rows.map((row) => row.id));
    expect(await idsFor({}, { field: "STARTS_ON", direction: "ASC" })).toEqual(
      [...sampleActions]
        .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id))
        .map((action) => action.id),
    );
  });
});

describe("the details of each kind of action", () => {
  const DETAILS = `query($id: ID!) { neighbourhoodAction(id: $id) {
    marketStudy { question findings nafCodes status poleRole }
    collectiveInitiative { initiative carrierGroup helpKinds helpGiven }
    employmentOutcomes { id periodStart periodEnd trainingCount immersionCount returnToEmploymentCount }
    insertionCohorts { id label startsOn endsOn entryCount exitsToEmployment exitsToTraining otherExits }
  } }`;

  it("returns a market study's question, findings, NAF codes, status and the Pôle's role", async () => {
    const { actionId: _action, ...study } = sampleMarketStudies[0];
    const result = await neighbourhood.request<{ neighbourhoodAction: Record<string, unknown> }>(DETAILS, {
      id: CAFE_CULTUREL_STUDY,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.neighbourhoodAction).toEqual({
      marketStudy: study,
      collectiveInitiative: null,
      employmentOutcomes: [],
      insertionCohorts: [],
    });
  });

  it("returns a supported initiative with its carriers as a group and the help given", async () => {
    const { actionId: _action, ...initiative } = sampleCollectiveInitiatives.find(
      (item) => item.actionId === JARDIN_PARTAGE_SUPPORT,
    )!;
    const result = await neighbourhood.request<{ neighbourhoodAction: Record<string, unknown> }>(DETAILS, {
      id: JARDIN_PARTAGE_SUPPORT,
    });
    expect(result.data?.neighbourhoodAction.collectiveInitiative).toEqual(initiative);
    expect(result.data?.neighbourhoodAction.marketStudy).toBeNull();
  });

  it("returns an employment partnership's counts per period, oldest first", async () => {
    const expected = sampleEmploymentOutcomes
      .filter((outcome) => outcome.actionId === IMMERSIONS)
      .map(({ actionId: _action, ...outcome }) => outcome);
    expect(expected).toHaveLength(2);
    const result = await neighbourhood.request<{ neighbourhoodAction: Record<string, unknown> }>(DETAILS, {
      id: IMMERSIONS,
    });
    expect(result.data?.neighbourhoodAction.employmentOutcomes).toEqual(expected);
  });

  it("returns an insertion pathway's cohorts with entries and exits", async () => {
    const expected = sampleInsertionCohorts.map(({ actionId: _action, ...cohort }) => cohort);
    const result = await neighbourhood.request<{ neighbourhoodAction: Record<string, unknown> }>(DETAILS, {
      id: VERS_UN_PARCOURS_D_INSERTION,
    });
    expect(result.data?.neighbourhoodAction.insertionCohorts).toEqual(expected);
  });
});

describe("participatory projects", () => {
  interface ProjectsPage {
    participatoryProjects: {
      totalCount: number;
      edges: { node: Record<string, unknown> }[];
      pageInfo: { hasNextPage: boolean };
    };
  }

  it("lists « Réenchantez l'Esplanade Boutaric » with its dates", async () => {
    const result = await neighbourhood.request<ProjectsPage>(
      `{ participatoryProjects { totalCount edges { node { id title startsOn endsOn place isSample } } pageInfo { hasNextPage } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.participatoryProjects).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            id: REENCHANTEZ_L_ESPLANADE,
            title: "Réenchantez l'Esplanade Boutaric",
            startsOn: "2010-09-01",
            endsOn: "2013-12-31",
            place: "Esplanade Boutaric",
            isSample: true,
          },
        },
      ],
      pageInfo: { hasNextPage: false },
    });
  });

  it("returns a project by id with its summary, and null for an unknown id", async () => {
    const found = await neighbourhood.request<{ participatoryProject: unknown }>(
      `query($id: ID!) { participatoryProject(id: $id) { title summary } }`,
      { id: REENCHANTEZ_L_ESPLANADE },
    );
    expect(found.data?.participatoryProject).toEqual({
      title: sampleProject.title,
      summary: sampleProject.summary,
    });
    const unknown = await neighbourhood.request(`query($id: ID!) { participatoryProject(id: $id) { id } }`, {
      id: UNKNOWN_ACTION,
    });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ participatoryProject: null });
  });
});
