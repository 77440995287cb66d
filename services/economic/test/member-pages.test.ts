import {
  readWhileChanging,
  STABLE_PAGES,
  type PageArguments,
  type PageOfIds,
  type SubgraphUnderTest,
} from "@pole/subgraph-kit/testing";
import { startEconomic } from "./economic-harness";

// Cursors mark a member's place in the sorted list, not a position: members inserted or deleted between
// two page reads (the member the cursor came from included) neither repeat nor skip anyone, reading
// forward (first/after) or backward (last/before), for every sort the list offers.

let economic: SubgraphUnderTest;
beforeAll(async () => {
  economic = await startEconomic({ sampleData: false });
});
afterAll(() => economic.stop());

// Ties on purpose (names and dates repeat): the id breaks them.
const NAMES = ["Atelier", "atelier", "École du regard", "Ecole", "Zèbre", "Ciné-Quartier", "Atelier"];
let inserted = 0;
async function insertMember(): Promise<string> {
  inserted += 1;
  const [{ id }] = await economic.dataSource.query<{ id: string }[]>(
    `INSERT INTO member (name, legal_form, membership_kind, joined_on)
     VALUES ($1, 'ASSOCIATION', 'INSTALLED', $2) RETURNING id`,
    [NAMES[inserted % NAMES.length], `201${inserted % 4}-0${1 + (inserted % 3)}-15`],
  );
  return id;
}

const MEMBERS = `query($first: Int, $after: String, $last: Int, $before: String, $sort: MemberSort) {
  members(first: $first, after: $after, last: $last, before: $before, sort: $sort) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const readMembers = (sort: unknown) => async (page: PageArguments) => {
  const result = await economic.request<{ members: PageOfIds }>(MEMBERS, { ...page, sort });
  expect(result.errors).toBeUndefined();
  return result.data!.members;
};

/**
 * Between two pages: deletes the member the cursor came from, another one already read and one not read
 * yet, and inserts one (so that offsets, which shift with what is behind the cursor, could not pass).
 */
async function change(page: PageOfIds, seen: readonly string[], backward: boolean): Promise<string[]> {
  const boundary = page.edges[backward ? 0 : page.edges.length - 1].node.id;
  const [unread] = await economic.dataSource.query<{ id: string }[]>(
    "SELECT id FROM member WHERE NOT (id = ANY($1::uuid[])) ORDER BY id LIMIT 1",
    [[...seen]],
  );
  const read = seen.find((id) => id !== boundary);
  const deleted = [boundary, ...(read ? [read] : []), ...(unread ? [unread.id] : [])];
  await economic.dataSource.query("DELETE FROM member WHERE id = ANY($1::uuid[])", [deleted]);
  await insertMember();
  return deleted;
}

const sorts = [
  ["the default order (name ascending)", null],
  ...["NAME", "JOINED_ON"].flatMap((field) =>
    ["ASC", "DESC"].map((direction) => [`${field} ${direction}`, { field, direction }] as const),
  ),
] as const;

describe.each(sorts)("members sorted by %s", (_label, sort) => {
  beforeEach(async () => {
    await economic.dataSource.query("DELETE FROM member");
    for (let i = 0; i < 9; i += 1) await insertMember();
  });

  it.each([
    ["forward (first/after)", false],
    ["backward (last/before)", true],
  ])("reads %s without a repeat or a skip while members come and go", async (_way, backward) => {
    const report = await readWhileChanging({
      read: readMembers(sort),
      change: (page, seen) => change(page, seen, backward),
      backward,
    });
    expect(report).toMatchObject(STABLE_PAGES);
    expect(report.pages).toBeGreaterThan(2);
  });
});

describe("backward pages", () => {
  beforeAll(async () => {
    await economic.dataSource.query("DELETE FROM member");
    for (let i = 0; i < 5; i += 1) await insertMember();
  });

  it("keeps the list's order within a page read backward, with flags on both sides", async () => {
    const read = readMembers({ field: "NAME", direction: "ASC" });
    const all = await read({ first: 100 });
    const last = await read({ last: 2 });
    expect(last.edges.map((edge) => edge.node.id)).toEqual(all.edges.slice(3).map((edge) => edge.node.id));
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = await read({ last: 2, before: last.pageInfo.startCursor! });
    expect(before.edges.map((edge) => edge.node.id)).toEqual(
      all.edges.slice(1, 3).map((edge) => edge.node.id),
    );
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    // `before` alone reads the default page size backward
    const rest = await read({ before: before.pageInfo.startCursor! });
    expect(rest.edges.map((edge) => edge.node.id)).toEqual([all.edges[0].node.id]);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it("refuses first with last, and last outside 0–100, before any SQL", async () => {
    for (const [variables, message] of [
      [{ first: 2, last: 2 }, /^Invalid input: last: cannot be used with first/],
      [{ last: 101 }, /^Invalid input: last: must be between 0 and 100/],
      [{ last: -1 }, /^Invalid input: last: must be between 0 and 100/],
    ] as const) {
      economic.statements.reset();
      const result = await economic.request(MEMBERS, variables);
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(message),
        extensions: { code: "BAD_USER_INPUT" },
      });
      expect(economic.statements.count).toBe(0);
    }
  });
});
