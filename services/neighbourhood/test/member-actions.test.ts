import type { SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { sampleActions, type SampleAction } from "../src/sample-data/sample-actions";
import {
  COMPAGNIE_DES_GRESILLES,
  FIFTEEN_MEMBERS,
  newestFirst,
  REENCHANTEZ_L_ESPLANADE,
  startNeighbourhood,
} from "./neighbourhood-harness";

let neighbourhood: SubgraphUnderTest;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood();
});
afterAll(() => neighbourhood.stop());

interface MemberPages {
  _entities: {
    id: string;
    neighbourhoodActions: { totalCount: number; edges: { node: { id: string } }[] };
  }[];
}

const MEMBER_ACTIONS = `query($representations: [_Any!]!, $filter: NeighbourhoodActionFilter, $sort: NeighbourhoodActionSort) {
  _entities(representations: $representations) {
    ... on Member { id neighbourhoodActions(first: 100, filter: $filter, sort: $sort) {
      totalCount edges { node { id leadMembers { id } } }
    } }
  }
}`;

const members = (ids: string[]) => ids.map((id) => ({ __typename: "Member", id }));

/** What each member's filtered list should hold, from the sample data. */
const expectedFor = (memberId: string, keep: (action: SampleAction) => boolean) =>
  newestFirst(sampleActions.filter((action) => action.leadMemberIds.includes(memberId) && keep(action))).map(
    (action) => action.id,
  );

async function memberIds(filter: Record<string, unknown>, ids = FIFTEEN_MEMBERS, sort?: unknown) {
  const result = await neighbourhood.request<MemberPages>(MEMBER_ACTIONS, {
    representations: members(ids),
    filter,
    sort,
  });
  expect(result.errors).toBeUndefined();
  return result.data!._entities.map((member) => {
    expect(member.neighbourhoodActions.totalCount).toBe(member.neighbourhoodActions.edges.length);
    return member.neighbourhoodActions.edges.map((edge) => edge.node.id);
  });
}

describe("Member.neighbourhoodActions, with the same filters as neighbourhoodActions", () => {
  const criteria: [string, Record<string, unknown>, (action: SampleAction) => boolean][] = [
    ["kind", { kind: "CULTURAL_ARTISTIC" }, (a) => a.kind === "CULTURAL_ARTISTIC"],
    [
      "a calendar from/to",
      { from: "2011-01-01", to: "2012-12-31" },
      (a) => (a.endsOn === null || a.endsOn >= "2011-01-01") && a.startsOn <= "2012-12-31",
    ],
    ["place, ignoring case", { place: "immeuble boutaric" }, (a) => a.place === "Immeuble Boutaric"],
    ["place kind", { placeKind: "ESPLANADE_BOUTARIC" }, (a) => a.placeKind === "ESPLANADE_BOUTARIC"],
    ["status", { status: "RUNNING" }, (a) => a.status === "RUNNING"],
    [
      "participatory project",
      { participatoryProjectId: REENCHANTEZ_L_ESPLANADE },
      (a) => a.participatoryProjectId === REENCHANTEZ_L_ESPLANADE,
    ],
    [
      "several criteria at once",
      { kind: "CULTURAL_ARTISTIC", placeKind: "ESPLANADE_BOUTARIC", to: "2011-12-31" },
      (a) =>
        a.kind === "CULTURAL_ARTISTIC" && a.placeKind === "ESPLANADE_BOUTARIC" && a.startsOn <= "2011-12-31",
    ],
  ];

  it.each(criteria)("filters every member's actions by %s", async (_label, filter, keep) => {
    const expected = FIFTEEN_MEMBERS.map((id) => expectedFor(id, keep));
    expect(expected.flat().length).toBeGreaterThan(0);
    expect(expected.flat().length).toBeLessThan(
      FIFTEEN_MEMBERS.map((id) => expectedFor(id, () => true)).flat().length,
    );
    expect(await memberIds(filter)).toEqual(expected);
  });

  it("gives the same actions as neighbourhoodActions filtered by that lead member", async () => {
    const filter = { kind: "CULTURAL_ARTISTIC", from: "2010-01-01" };
    const root = await neighbourhood.request<{ neighbourhoodActions: { edges: { node: { id: string } }[] } }>(
      `query($filter: NeighbourhoodActionFilter) { neighbourhoodActions(first: 100, filter: $filter) { edges { node { id } } } }`,
      { filter: { ...filter, leadMemberId: COMPAGNIE_DES_GRESILLES } },
    );
    const [fromMember] = await memberIds(filter, [COMPAGNIE_DES_GRESILLES]);
    expect(fromMember).toEqual(root.data!.neighbourhoodActions.edges.map((edge) => edge.node.id));
    expect(fromMember).toEqual(
      expectedFor(
        COMPAGNIE_DES_GRESILLES,
        (a) => a.kind === "CULTURAL_ARTISTIC" && (a.endsOn ?? "9999") >= "2010-01-01",
      ),
    );
  });

  it("sorts every member's actions as asked", async () => {
    const sort = { field: "INHABITANTS_REACHED", direction: "DESC" };
    const expected = FIFTEEN_MEMBERS.map((memberId) =>
      sampleActions
        .filter((action) => action.leadMemberIds.includes(memberId))
        .sort((a, b) => b.inhabitantsReached - a.inhabitantsReached || a.id.localeCompare(b.id))
        .map((action) => action.id),
    );
    expect(await memberIds({}, FIFTEEN_MEMBERS, sort)).toEqual(expected);
  });

  it("answers two differently filtered lists of one member in one request", async () => {
    const result = await neighbourhood.request<{
      _entities: { esplanade: { totalCount: number }; building: { totalCount: number } }[];
    }>(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Member {
        esplanade: neighbourhoodActions(filter: { placeKind: ESPLANADE_BOUTARIC }) { totalCount }
        building: neighbourhoodActions(filter: { placeKind: BOUTARIC_BUILDING }) { totalCount }
      } } }`,
      { representations: members([COMPAGNIE_DES_GRESILLES]) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0]).toEqual({
      esplanade: {
        totalCount: expectedFor(COMPAGNIE_DES_GRESILLES, (a) => a.placeKind === "ESPLANADE_BOUTARIC").length,
      },
      building: {
        totalCount: expectedFor(COMPAGNIE_DES_GRESILLES, (a) => a.placeKind === "BOUTARIC_BUILDING").length,
      },
    });
  });

  it("stays batched with a filter: 1 and 15 members cost the same two statements", async () => {
    const statementsFor = async (count: number) => {
      neighbourhood.statements.reset();
      await memberIds({ kind: "CULTURAL_ARTISTIC", from: "2009-01-01" }, FIFTEEN_MEMBERS.slice(0, count));
      return neighbourhood.statements.count;
    };
    const one = await statementsFor(1);
    expect(one).toBe(2); // every member's filtered page in one statement, then the actions' lead members
    expect(await statementsFor(15)).toBe(one);
  });

  it("refuses a bad filter as neighbourhoodActions does", async () => {
    const result = await neighbourhood.request(MEMBER_ACTIONS, {
      representations: members([COMPAGNIE_DES_GRESILLES]),
      filter: { from: "2013-12-31", to: "2013-01-01" },
    });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toBe("Invalid input: filter.from: must not be after filter.to");
  });
});
