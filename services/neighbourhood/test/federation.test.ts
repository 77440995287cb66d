import {
  schemaDriftAfterMigrations,
  tablesLeftAfterRevertingAll,
  tokenFor,
  type SubgraphUnderTest,
} from "@pole/subgraph-kit/testing";
import { createNeighbourhoodDataSource } from "../src/data-source";
import { sampleActions } from "../src/sample-data/sample-actions";
import {
  COMPAGNIE_DES_GRESILLES,
  FIFTEEN_MEMBERS,
  newestFirst,
  PORTRAITS_DE_L_IMMEUBLE,
  startNeighbourhood,
  UNKNOWN_ACTION,
} from "./neighbourhood-harness";

let neighbourhood: SubgraphUnderTest;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood();
});
afterAll(() => neighbourhood.stop());

interface LedActions {
  totalCount: number;
  edges: { node: { id: string; title: string; leadMembers: { id: string }[] } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on NeighbourhoodAction { id title leadMembers { id } }
  ... on Member { id neighbourhoodActions(first: 2) { totalCount edges { node { id } } } }
  ... on AnnualReport { year neighbourhood { actionCount } }
} }`;

const MEMBER_ACTIONS = `query($representations: [_Any!]!, $after: String) {
  _entities(representations: $representations) {
    ... on Member { id neighbourhoodActions(first: 5, after: $after) {
      totalCount edges { node { id title leadMembers { id } } } pageInfo { hasNextPage endCursor }
    } }
  }
}`;

const ACTION_LEADS = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on NeighbourhoodAction { id title leadMembers { id } }
} }`;

/** The sample actions a member leads, in the API's order. */
const ledBy = (memberId: string) =>
  newestFirst(sampleActions.filter((action) => action.leadMemberIds.includes(memberId)));

const sortedLeads = (memberIds: string[]) => [...memberIds].sort().map((id) => ({ id }));

describe("federation contract", () => {
  it("publishes a Federation 2 SDL with every entity key", async () => {
    const result = await neighbourhood.request<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    const sdl = result.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.');
    expect(sdl).toMatch(/type NeighbourhoodAction\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Member\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type AnnualReport\s+@key\(fields: "year"\)/);
  });

  it("resolves every key form through _entities, and null for an unknown action", async () => {
    const portraits = sampleActions.find((action) => action.id === PORTRAITS_DE_L_IMMEUBLE)!;
    const compagnie = ledBy(COMPAGNIE_DES_GRESILLES);
    const startedIn2013 = sampleActions.filter((action) => action.startsOn.startsWith("2013-")).length;
    const result = await neighbourhood.request<{ _entities: unknown[] }>(
      ENTITIES,
      {
        representations: [
          { __typename: "NeighbourhoodAction", id: PORTRAITS_DE_L_IMMEUBLE },
          { __typename: "Member", id: COMPAGNIE_DES_GRESILLES },
          { __typename: "AnnualReport", year: 2013 },
          { __typename: "NeighbourhoodAction", id: UNKNOWN_ACTION },
        ],
      },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: PORTRAITS_DE_L_IMMEUBLE,
        title: "Portraits de l'immeuble Boutaric (exemple)",
        leadMembers: sortedLeads(portraits.leadMemberIds),
      },
      {
        id: COMPAGNIE_DES_GRESILLES,
        neighbourhoodActions: {
          totalCount: compagnie.length,
          edges: compagnie.slice(0, 2).map(({ id }) => ({ node: { id } })),
        },
      },
      { year: 2013, neighbourhood: { actionCount: startedIn2013 } },
      null,
    ]);
  });

  it("answers null, not an error, for an action representation whose id is not a UUID", async () => {
    neighbourhood.statements.reset();
    const result = await neighbourhood.request<{ _entities: unknown[] }>(ACTION_LEADS, {
      representations: [{ __typename: "NeighbourhoodAction", id: "not-a-uuid" }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([null]);
    expect(neighbourhood.statements.count).toBe(0);
  });

  it("pages through a member's actions with cursors", async () => {
    const expected = ledBy(COMPAGNIE_DES_GRESILLES);
    expect(expected.length).toBeGreaterThan(5);
    const representations = [{ __typename: "Member", id: COMPAGNIE_DES_GRESILLES }];
    const first = await neighbourhood.request<{ _entities: { neighbourhoodActions: LedActions }[] }>(
      MEMBER_ACTIONS,
      { representations },
    );
    const firstPage = first.data!._entities[0].neighbourhoodActions;
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const second = await neighbourhood.request<{ _entities: { neighbourhoodActions: LedActions }[] }>(
      MEMBER_ACTIONS,
      { representations, after: firstPage.pageInfo.endCursor },
    );
    expect(second.errors).toBeUndefined();
    const secondPage = second.data!._entities[0].neighbourhoodActions;
    expect(secondPage.totalCount).toBe(expected.length);
    expect(secondPage.pageInfo.hasNextPage).toBe(false);
    expect([...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.id)).toEqual(
      expected.map((action) => action.id),
    );
  });

  it("finds a member's actions whatever the case of its id", async () => {
    const result = await neighbourhood.request<{ _entities: { neighbourhoodActions: LedActions }[] }>(
      MEMBER_ACTIONS,
      { representations: [{ __typename: "Member", id: COMPAGNIE_DES_GRESILLES.toUpperCase() }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0].neighbourhoodActions.totalCount).toBe(
      ledBy(COMPAGNIE_DES_GRESILLES).length,
    );
  });

  it("resolves an action representation whatever the case of its id", async () => {
    const result = await neighbourhood.request<{ _entities: ({ id: string } | null)[] }>(ACTION_LEADS, {
      representations: [{ __typename: "NeighbourhoodAction", id: PORTRAITS_DE_L_IMMEUBLE.toUpperCase() }],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0]?.id).toBe(PORTRAITS_DE_L_IMMEUBLE);
  });

  it("resolves 1 and 15 Member representations with the same number of SQL statements", async () => {
    const statementsFor = async (count: number) => {
      const memberIds = FIFTEEN_MEMBERS.slice(0, count);
      const representations = memberIds.map((id) => ({ __typename: "Member", id }));
      neighbourhood.statements.reset();
      const result = await neighbourhood.request<{
        _entities: { id: string; neighbourhoodActions: LedActions }[];
      }>(MEMBER_ACTIONS, { representations });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual(
        memberIds.map((id) => {
          const led = ledBy(id);
          return {
            id,
            neighbourhoodActions: {
              totalCount: led.length,
              edges: led.slice(0, 5).map((action) => ({
                node: { id: action.id, title: action.title, leadMembers: sortedLeads(action.leadMemberIds) },
              })),
              pageInfo: expect.objectContaining({ hasNextPage: led.length > 5 }),
            },
          };
        }),
      );
      return neighbourhood.statements.count;
    };
    const one = await statementsFor(1);
    const fifteen = await statementsFor(15);
    expect(one).toBe(2); // the members' pages of actions, then the actions' lead members
    expect(fifteen).toBe(one);
  });

  it("resolves 5 and every NeighbourhoodAction representation with the same number of SQL statements", async () => {
    const statementsFor = async (count: number) => {
      const actions = sampleActions.slice(0, count);
      neighbourhood.statements.reset();
      const result = await neighbourhood.request<{ _entities: unknown[] }>(ACTION_LEADS, {
        representations: actions.map(({ id }) => ({ __typename: "NeighbourhoodAction", id })),
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual(
        actions.map((action) => ({
          id: action.id,
          title: action.title,
          leadMembers: sortedLeads(action.leadMemberIds),
        })),
      );
      return neighbourhood.statements.count;
    };
    const five = await statementsFor(5);
    const all = await statementsFor(sampleActions.length);
    expect(five).toBe(2); // the actions, then their lead members
    expect(all).toBe(five);
  });

  it("keeps action lists batched: a page of 5 and of 15 cost the same statements, the whole list no more", async () => {
    const statementsFor = async (first: number) => {
      neighbourhood.statements.reset();
      const result = await neighbourhood.request<{ neighbourhoodActions: { edges: unknown[] } }>(
        `query($first: Int) { neighbourhoodActions(first: $first) { edges { node { title leadMembers { id } } } } }`,
        { first },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.neighbourhoodActions.edges).toHaveLength(Math.min(first, sampleActions.length));
      return neighbourhood.statements.count;
    };
    const five = await statementsFor(5);
    expect(five).toBe(3); // the page, its total count, the actions' lead members
    expect(await statementsFor(15)).toBe(five);
    // A page holding the whole list needs no count (TypeORM infers it from the rows), hence one fewer.
    expect(await statementsFor(100)).toBe(five - 1);
  });
});

describe("migrations", () => {
  it("match the entities exactly (nothing left for migration:generate)", async () => {
    expect(await schemaDriftAfterMigrations("neighbourhood", createNeighbourhoodDataSource)).toEqual([]);
  });

  it("revert cleanly down to an empty schema", async () => {
    expect(await tablesLeftAfterRevertingAll("neighbourhood", createNeighbourhoodDataSource)).toEqual([]);
  });
});
