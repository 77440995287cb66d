import {
  readWhileChanging,
  STABLE_PAGES,
  tokenFor,
  type PageArguments,
  type PageOfIds,
  type SubgraphUnderTest,
} from "@pole/subgraph-kit/testing";
import { createOpenPhase, startNeighbourhood } from "./neighbourhood-harness";

// Cursors mark an item's place in its sorted list, not a position: actions and contributions inserted or
// deleted between two page reads (the one the cursor came from included) neither repeat nor skip an
// item, reading forward (first/after) or backward (last/before), for every sort each list offers — the
// actions list, a member's actions (ranked per-member pages) and a phase's contributions.

let neighbourhood: SubgraphUnderTest;
let phaseId: string;
const MEMBER = "a0000000-0000-4000-8000-0000000000aa";
beforeAll(async () => {
  neighbourhood = await startNeighbourhood({ sampleData: false });
  phaseId = await createOpenPhase(neighbourhood, await tokenFor({ role: "staff" }));
});
afterAll(() => neighbourhood.stop());

const query = <T>(sql: string, parameters: unknown[] = []) =>
  neighbourhood.dataSource.query<T>(sql, parameters);

// Ties on purpose (titles, dates, counts and votes repeat): the id breaks them.
const TITLES = ["Atelier", "atelier", "École du regard", "Ecole", "Zèbre", "Ciné-Quartier"];
let counter = 0;
async function insertAction(): Promise<void> {
  counter += 1;
  const [{ id }] = await query<{ id: string }[]>(
    `INSERT INTO neighbourhood_action (kind, title, description, starts_on, place, place_kind, inhabitants_reached)
     VALUES ('CULTURAL_ARTISTIC', $1, 'Action de test.', $2, 'Esplanade Boutaric', 'ESPLANADE_BOUTARIC', $3)
     RETURNING id`,
    [TITLES[counter % TITLES.length], `2013-0${1 + (counter % 3)}-15`, (counter % 4) * 10],
  );
  await query("INSERT INTO action_lead_member (action_id, member_id) VALUES ($1, $2)", [id, MEMBER]);
}
async function insertContribution(): Promise<void> {
  counter += 1;
  // Microseconds and ties: a cursor must carry the timestamp exactly.
  await query(
    `INSERT INTO contribution (phase_id, display_name, body, submitted_at, vote_count)
     VALUES ($1, 'Une voisine', 'Une idée pour le square.', now() - make_interval(secs => $2), $3)`,
    [phaseId, (counter % 3) * 3600 + (counter % 2) * 0.000123, counter % 3],
  );
}

/**
 * Between two pages: deletes the item the cursor came from, another one already read and one not read
 * yet, and inserts one (so that offsets, which shift with what is behind the cursor, could not pass).
 */
const changeOf =
  (table: string, insert: () => Promise<void>, backward: boolean) =>
  async (page: PageOfIds, seen: readonly string[]): Promise<string[]> => {
    const boundary = page.edges[backward ? 0 : page.edges.length - 1].node.id;
    const [unread] = await query<{ id: string }[]>(
      `SELECT id FROM ${table} WHERE NOT (id = ANY($1::uuid[])) ORDER BY id LIMIT 1`,
      [[...seen]],
    );
    const read = seen.find((id) => id !== boundary);
    const deleted = [boundary, ...(read ? [read] : []), ...(unread ? [unread.id] : [])];
    await query(`DELETE FROM ${table} WHERE id = ANY($1::uuid[])`, [deleted]);
    await insert();
    return deleted;
  };

const PAGE = "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
const ARGS = "$first: Int, $after: String, $last: Int, $before: String";
const PASS = "first: $first, after: $after, last: $last, before: $before";

const readActions = (sort: unknown) => async (page: PageArguments) => {
  const result = await neighbourhood.request<{ neighbourhoodActions: PageOfIds }>(
    `query(${ARGS}, $sort: NeighbourhoodActionSort) { neighbourhoodActions(${PASS}, sort: $sort) { ${PAGE} } }`,
    { ...page, sort },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.neighbourhoodActions;
};
const readMemberActions = (sort: unknown) => async (page: PageArguments) => {
  const result = await neighbourhood.request<{ _entities: { neighbourhoodActions: PageOfIds }[] }>(
    `query($representations: [_Any!]!, ${ARGS}, $sort: NeighbourhoodActionSort) {
       _entities(representations: $representations) {
         ... on Member { neighbourhoodActions(${PASS}, sort: $sort) { ${PAGE} } } } }`,
    { ...page, sort, representations: [{ __typename: "Member", id: MEMBER }] },
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0].neighbourhoodActions;
};
const readContributions = (sort: unknown) => async (page: PageArguments) => {
  const result = await neighbourhood.request<{ projectPhase: { contributions: PageOfIds } }>(
    `query($phase: ID!, ${ARGS}, $sort: ContributionSort) {
       projectPhase(id: $phase) { contributions(${PASS}, sort: $sort) { ${PAGE} } } }`,
    { ...page, sort, phase: phaseId },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.projectPhase.contributions;
};

const sortsOf = (fields: string[]) => [
  ["the default order", null] as const,
  ...fields.flatMap((field) =>
    ["ASC", "DESC"].map((direction) => [`${field} ${direction}`, { field, direction }] as const),
  ),
];
const WAYS = [
  ["forward (first/after)", false],
  ["backward (last/before)", true],
] as const;

describe.each([
  ["neighbourhoodActions", readActions],
  ["Member.neighbourhoodActions", readMemberActions],
])("%s", (_list, read) => {
  describe.each(sortsOf(["STARTS_ON", "TITLE", "INHABITANTS_REACHED"]))("sorted by %s", (_label, sort) => {
    beforeEach(async () => {
      await query("DELETE FROM neighbourhood_action");
      for (let i = 0; i < 9; i += 1) await insertAction();
    });

    it.each(WAYS)("reads %s without a repeat or a skip while actions come and go", async (_way, backward) => {
      const report = await readWhileChanging({
        read: read(sort),
        change: changeOf("neighbourhood_action", insertAction, backward),
        backward,
      });
      expect(report).toMatchObject(STABLE_PAGES);
      expect(report.pages).toBeGreaterThan(2);
    });
  });
});

describe("ProjectPhase.contributions", () => {
  describe.each(sortsOf(["SUBMITTED_AT", "VOTE_COUNT"]))("sorted by %s", (_label, sort) => {
    beforeEach(async () => {
      await query("DELETE FROM contribution");
      for (let i = 0; i < 9; i += 1) await insertContribution();
    });

    it.each(WAYS)(
      "reads %s without a repeat or a skip while contributions come and go",
      async (_way, backward) => {
        const report = await readWhileChanging({
          read: readContributions(sort),
          change: changeOf("contribution", insertContribution, backward),
          backward,
        });
        expect(report).toMatchObject(STABLE_PAGES);
        expect(report.pages).toBeGreaterThan(2);
      },
    );
  });

  it("refuses a cursor of the actions list, and first with last, before any SQL", async () => {
    await insertAction();
    const actions = await readActions(null)({ first: 1 });
    for (const variables of [{ after: actions.pageInfo.endCursor }, { first: 1, last: 1 }]) {
      neighbourhood.statements.reset();
      const result = await neighbourhood.request(
        `query($phase: ID!, ${ARGS}) { projectPhase(id: $phase) { id } p: projectPhase(id: $phase) {
           contributions(${PASS}) { totalCount } } }`,
        { ...variables, phase: phaseId },
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      // the phases are read; the contributions' statement is never sent
      expect(neighbourhood.statements.count).toBe(1);
    }
  });
});
