import {
  readWhileChanging,
  STABLE_PAGES,
  tokenFor,
  type PageArguments,
  type PageOfIds,
  type SubgraphUnderTest,
} from "@pole/subgraph-kit/testing";
import { startKnowledge } from "./knowledge-harness";

// Cursors mark a practice's place in the library (most recently published first, unpublished ones —
// no date — last, then by id), not a position: practices inserted or deleted between two page reads
// neither repeat nor skip one, forward (first/after) or backward (last/before), in the library and in a
// member's practices (ranked per-member pages), and in search results (most relevant first: the rank is
// in the cursor). Read as staff, who see drafts too: the nulls are there.

let knowledge: SubgraphUnderTest;
let staff: string;
const MEMBER = "a0000000-0000-4000-8000-0000000000aa";
beforeAll(async () => {
  knowledge = await startKnowledge({ sampleData: false });
  staff = await tokenFor({ role: "staff" });
});
afterAll(() => knowledge.stop());

const query = <T>(sql: string, parameters: unknown[] = []) => knowledge.dataSource.query<T>(sql, parameters);

let counter = 0;
/** A practice: a third are drafts (no publication date), the others share a few dates (ties). */
async function insertPractice(): Promise<void> {
  counter += 1;
  const published = counter % 3 !== 0;
  const [{ id }] = await query<{ id: string }[]>(
    `INSERT INTO practice (title, summary, pillar, status, published_on)
     VALUES ($1, 'Une pratique de test.', 'NEIGHBOURHOOD', $2, $3) RETURNING id`,
    [
      `Pratique ${counter}`,
      published ? "PUBLISHED" : "DRAFT",
      published ? `2013-0${1 + (counter % 2)}-15` : null,
    ],
  );
  await query("INSERT INTO practice_member (practice_id, member_id) VALUES ($1, $2)", [id, MEMBER]);
}

/** A published practice about gardens, more or less relevant to `jardin` (ties on purpose). */
async function insertGardenPractice(): Promise<void> {
  counter += 1;
  await query(
    `INSERT INTO practice (title, summary, pillar, status, published_on)
     VALUES ($1, $2, 'NEIGHBOURHOOD', 'PUBLISHED', $3)`,
    [
      `Jardin partagé ${counter}`,
      `${"Un jardin avec les habitants. ".repeat(1 + (counter % 3))}`,
      `2013-0${1 + (counter % 2)}-15`,
    ],
  );
}

/**
 * Between two pages: deletes the practice the cursor came from, another one already read and one not
 * read yet, and inserts one (so that offsets, which shift with what is behind the cursor, could not pass).
 */
const changeOf =
  (backward: boolean, insert = insertPractice) =>
  async (page: PageOfIds, seen: readonly string[]): Promise<string[]> => {
    const boundary = page.edges[backward ? 0 : page.edges.length - 1].node.id;
    const [unread] = await query<{ id: string }[]>(
      "SELECT id FROM practice WHERE NOT (id = ANY($1::uuid[])) ORDER BY id LIMIT 1",
      [[...seen]],
    );
    const read = seen.find((id) => id !== boundary);
    const deleted = [boundary, ...(read ? [read] : []), ...(unread ? [unread.id] : [])];
    await query("DELETE FROM practice_member WHERE practice_id = ANY($1::uuid[])", [deleted]);
    await query("DELETE FROM practice WHERE id = ANY($1::uuid[])", [deleted]);
    await insert();
    return deleted;
  };

const PAGE = "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
const ARGS = "$first: Int, $after: String, $last: Int, $before: String";
const PASS = "first: $first, after: $after, last: $last, before: $before";

async function readPractices(page: PageArguments): Promise<PageOfIds> {
  const result = await knowledge.request<{ practices: PageOfIds }>(
    `query(${ARGS}) { practices(${PASS}) { ${PAGE} } }`,
    { ...page },
    staff,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.practices;
}
async function readMemberPractices(page: PageArguments): Promise<PageOfIds> {
  const result = await knowledge.request<{ _entities: { practices: PageOfIds }[] }>(
    `query($representations: [_Any!]!, ${ARGS}) { _entities(representations: $representations) {
       ... on Member { practices(${PASS}) { ${PAGE} } } } }`,
    { ...page, representations: [{ __typename: "Member", id: MEMBER }] },
    staff,
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0].practices;
}

describe.each([
  ["practices", readPractices],
  ["Member.practices", readMemberPractices],
])("%s", (_list, read) => {
  beforeEach(async () => {
    await query("DELETE FROM practice_member");
    await query("DELETE FROM practice");
    for (let i = 0; i < 10; i += 1) await insertPractice();
  });

  it.each([
    ["forward (first/after)", false],
    ["backward (last/before)", true],
  ])("reads %s without a repeat or a skip while practices come and go", async (_way, backward) => {
    const report = await readWhileChanging({ read, change: changeOf(backward), backward });
    expect(report).toMatchObject(STABLE_PAGES);
    expect(report.pages).toBeGreaterThan(2);
  });

  it("puts unpublished practices last, forward and backward alike", async () => {
    const all = (await read({ first: 100 })).edges.map((edge) => edge.node.id);
    const drafts = await query<{ id: string }[]>("SELECT id FROM practice WHERE published_on IS NULL");
    expect(all.slice(-drafts.length).sort()).toEqual(drafts.map((row) => row.id).sort());
    expect((await read({ last: 100 })).edges.map((edge) => edge.node.id)).toEqual(all);
  });
});

describe("searchPractices", () => {
  beforeEach(async () => {
    await query("DELETE FROM practice_member");
    await query("DELETE FROM practice");
    for (let i = 0; i < 10; i += 1) await insertGardenPractice();
  });

  async function search(page: PageArguments): Promise<PageOfIds> {
    const result = await knowledge.request<{ searchPractices: PageOfIds }>(
      `query(${ARGS}) { searchPractices(query: "jardin", ${PASS}) { ${PAGE} } }`,
      { ...page },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.searchPractices;
  }

  it.each([
    ["forward (first/after)", false],
    ["backward (last/before)", true],
  ])("reads %s without a repeat or a skip while practices come and go", async (_way, backward) => {
    const report = await readWhileChanging({
      read: search,
      change: changeOf(backward, insertGardenPractice),
      backward,
    });
    expect(report).toMatchObject(STABLE_PAGES);
    expect(report.pages).toBeGreaterThan(2);
  });
});
