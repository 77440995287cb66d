import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { pageRequest, toConnection, type ConnectionShape, type PageArgs } from "../connection";
import { createTestDatabase, dropTestDatabase } from "../testing/test-database";
import { keyColumnsSql, keyOfRow, orderSql, positionSql } from "./keyset-sql";
import { inRankedPage, rankedColumnsSql, rankedCounts, rankedPageSql } from "./ranked-pages";
import { keyset, type KeyPart, type Keyset } from "./sort-key";

// The keyset SQL against real PostgreSQL: pages read forward and backward while rows are inserted and
// deleted between them, for every kind of key (nullable or not, each direction, text, timestamps with
// microseconds, dates, search-rank floats, several columns), through a single list (WHERE on the
// cursor's place) and through per-key ranked pages (one statement for several lists).

let url: string;
let client: Client;
beforeAll(async () => {
  url = await createTestDatabase("keyset");
  client = new Client({ connectionString: url });
  await client.connect();
  await client.query(`CREATE TABLE item (
    id uuid PRIMARY KEY, grp int NOT NULL, n int, t text NOT NULL, ts timestamptz NOT NULL, d date, r real NOT NULL)`);
});
afterAll(async () => {
  await client.end();
  await dropTestDatabase(url);
});

const parts = {
  n: { sql: "item.n", type: "int", nullable: true },
  t: { sql: "item.t", type: "text" },
  ts: { sql: "item.ts", type: "timestamptz" },
  d: { sql: "item.d", type: "date", nullable: true },
  r: { sql: "item.r", type: "real" },
} satisfies Record<string, KeyPart>;
const id: KeyPart = { sql: "item.id", type: "uuid" };

const orders: [string, KeyPart[]][] = [
  ["a nullable int ascending", [{ ...parts.n, direction: "ASC" }]],
  ["a nullable int descending", [{ ...parts.n, direction: "DESC" }]],
  ["text ascending (accents, case, duplicates)", [{ ...parts.t, direction: "ASC" }]],
  ["timestamps with microseconds descending", [{ ...parts.ts, direction: "DESC" }]],
  ["a nullable date descending, then text ascending", [{ ...parts.d, direction: "DESC" }, { ...parts.t }]],
  ["a search rank (float4) descending", [{ ...parts.r, direction: "DESC" }]],
];

let counter = 0;
/** Inserts `count` rows in group `grp` with many ties and nulls; returns their ids. */
async function insert(count: number, grp = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    counter += 1;
    const row = [
      randomUUID(),
      grp,
      counter % 4 === 0 ? null : counter % 5,
      ["école", "Ecole", "zèbre", "Ciné-Quartier", "abc"][counter % 5],
      `2026-01-0${1 + (counter % 3)}T10:00:00.${String(counter * 7919)
        .padStart(6, "0")
        .slice(-6)}Z`,
      counter % 3 === 0 ? null : `2013-0${1 + (counter % 2)}-15`,
      [0.0607927, 0.1, 1e-20][counter % 3],
    ];
    await client.query(`INSERT INTO item VALUES ($1, $2, $3, $4, $5, $6, $7)`, row);
    ids.push(row[0] as string);
  }
  return ids;
}

/** One page of a single list (group 1): the cursor's place in WHERE, the counts apart, as `keysetRows` does. */
async function singlePage(list: Keyset, args: PageArgs): Promise<ConnectionShape<string>> {
  const request = pageRequest(args, list);
  const parameters: unknown[] = [];
  const bind = (value: string) => `$${parameters.push(value)}`;
  const after = request.after && positionSql(list, request.after, "after", bind);
  const before = request.before && positionSql(list, request.before, "before", bind);
  const where = ["item.grp = 1", after, before].filter(Boolean).join(" AND ");
  const rows = (
    await client.query(
      `SELECT item.id, ${keyColumnsSql(list).join(", ")} FROM item WHERE ${where}
        ORDER BY ${orderSql(list, request.backward)} LIMIT ${request.limit}`,
      parameters,
    )
  ).rows.map((row) => ({ node: row.id as string, key: keyOfRow(list, row) }));
  if (request.backward) rows.reverse();
  const counts = (
    await client.query(
      `SELECT count(*) AS total, ${after ? `count(*) FILTER (WHERE NOT ${after})` : "0"} AS preceding,
              ${before ? `count(*) FILTER (WHERE NOT ${before})` : "0"} AS following
         FROM item WHERE item.grp = 1`,
      parameters,
    )
  ).rows[0];
  return toConnection(rows, request, {
    total: Number(counts.total),
    preceding: Number(counts.preceding),
    following: Number(counts.following),
  });
}

/** The same page through ranked per-key pages: groups 1 and 2 in one statement, group 1's page kept. */
async function rankedPage(list: Keyset, args: PageArgs): Promise<ConnectionShape<string>> {
  const request = pageRequest(args, list);
  const parameters: unknown[] = [];
  const bind = (value: string) => `$${parameters.push(value)}`;
  const rows = (
    await client.query(
      `WITH ranked AS (SELECT item.id, item.grp, ${rankedColumnsSql(request, "item.grp", bind)},
                              ${keyColumnsSql(list).join(", ")}
                         FROM item WHERE item.grp IN (1, 2))
       SELECT * FROM ranked WHERE ${rankedPageSql(request, "ranked")} OR ranked.keyset_rn = 1
        ORDER BY grp, keyset_rn`,
      parameters,
    )
  ).rows.filter((row) => row.grp === 1);
  const counts = rankedCounts(rows[0]);
  const page = rows.filter((row) => inRankedPage(request, Number(row.keyset_rn), counts));
  return toConnection(
    page.map((row) => ({ node: row.id as string, key: keyOfRow(list, row) })),
    request,
    counts,
  );
}

async function fullOrder(list: Keyset): Promise<string[]> {
  return (await client.query(`SELECT item.id FROM item WHERE grp = 1 ORDER BY ${orderSql(list)}`)).rows.map(
    (row) => row.id as string,
  );
}

/**
 * Reads a whole list page by page (forward or backward), inserting and deleting rows between pages, and
 * checks that no row repeats, no row present from start to end is skipped, and the rows read keep the
 * list's order.
 */
async function readThrough(list: Keyset, read: typeof singlePage, backward: boolean) {
  await client.query("DELETE FROM item");
  const initial = await insert(12);
  await insert(5, 2);
  const seen: string[] = [];
  const deleted = new Set<string>();
  let cursor: string | null = null;
  for (let step = 0; step < 40; step += 1) {
    const args: PageArgs = backward
      ? { last: 3, before: cursor ?? undefined }
      : { first: 3, after: cursor ?? undefined };
    const page = await read(list, args);
    const nodes = page.edges.map((edge) => edge.node);
    if (backward) seen.unshift(...nodes);
    else seen.push(...nodes);
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (step === 0) expect(backward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage).toBe(false);
    else expect(backward ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage).toBe(true);
    if (!more) break;
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    // Between pages: delete the row the cursor came from and another one, insert two rows.
    const victims = [page.edges[backward ? 0 : page.edges.length - 1].node];
    const others = (
      await client.query("SELECT id FROM item WHERE grp = 1 AND NOT (id = ANY($1)) LIMIT 1", [seen])
    ).rows;
    victims.push(...others.map((row) => row.id as string));
    await client.query("DELETE FROM item WHERE id = ANY($1)", [victims]);
    victims.forEach((victim) => deleted.add(victim));
    await insert(2);
  }
  const stillThere = await fullOrder(list);
  expect(new Set(seen).size).toBe(seen.length); // no repeat
  // every row present from the start to the end was read (rows inserted meanwhile may fall behind the cursor)
  expect(initial.filter((row) => !deleted.has(row) && !seen.includes(row))).toEqual([]);
  const readInOrder = seen.filter((row) => stillThere.includes(row));
  expect(readInOrder).toEqual(stillThere.filter((row) => readInOrder.includes(row)));
  return seen;
}

describe.each([
  ["a single list", singlePage],
  ["ranked per-key pages", rankedPage],
])("keyset pages of %s", (_label, read) => {
  describe.each(orders)("sorted by %s", (_order, order) => {
    const list = keyset("items", [...order, id]);

    it("neither repeats nor skips a row while rows come and go, forward", async () => {
      await readThrough(list, read, false);
    });

    it("neither repeats nor skips a row while rows come and go, backward", async () => {
      await readThrough(list, read, true);
    });

    it("reads every row once forward and backward when nothing changes, in the same order", async () => {
      await client.query("DELETE FROM item");
      await insert(10);
      await insert(4, 2);
      const all = await fullOrder(list);
      const forward: string[] = [];
      let page = await read(list, { first: 4 });
      forward.push(...page.edges.map((edge) => edge.node));
      while (page.pageInfo.hasNextPage) {
        page = await read(list, { first: 4, after: page.pageInfo.endCursor! });
        forward.push(...page.edges.map((edge) => edge.node));
      }
      expect(forward).toEqual(all);
      const backward: string[] = [];
      page = await read(list, { last: 4 });
      backward.unshift(...page.edges.map((edge) => edge.node));
      while (page.pageInfo.hasPreviousPage) {
        page = await read(list, { last: 4, before: page.pageInfo.startCursor! });
        backward.unshift(...page.edges.map((edge) => edge.node));
      }
      expect(backward).toEqual(all);
      // a page between two cursors, and one past the end
      const middle = await read(list, { first: 100, after: page.edges[0].cursor });
      expect(middle.edges.map((edge) => edge.node)).toEqual(all.slice(1));
      expect(middle.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    });
  });
});
