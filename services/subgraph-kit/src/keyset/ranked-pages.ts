import type { PageCounts, PageRequest } from "../connection";
import { orderSql, positionSql, type Bind } from "./keyset-sql";

/**
 * Keyset pages of many lists in ONE statement (a page of actions per member, of contributions per
 * phase…). Window functions over each list (`PARTITION BY`) number its rows in keyset order and count
 * the rows at or before `after` and at or after `before`: those are exactly the first and last rows of
 * the numbering, so the page is the next `limit` numbers after them (or the `limit` before them,
 * backward). Positions come from the cursors' values, never from an offset.
 *
 * One list alone (`partitionBy` null) works the same way, its counts riding on its rows.
 *
 * `rankedColumns` gives the select expressions of the numbered rows; `rankedPageSql` the condition
 * that keeps a page's rows, on the alias of those rows; `inRankedPage` the same test in JavaScript.
 */
export function rankedColumns(
  request: PageRequest,
  partitionBy: string | null,
  bind: Bind,
): [string, string][] {
  const { keyset } = request;
  const partition = partitionBy === null ? "" : `PARTITION BY ${partitionBy} `;
  const over = `OVER (${partition.trim()})`;
  const countNot = (condition: string | null) =>
    condition === null ? "0" : `count(*) FILTER (WHERE NOT ${condition}) ${over}`;
  return [
    [`row_number() OVER (${partition}ORDER BY ${orderSql(keyset)})`, "keyset_rn"],
    [`count(*) ${over}`, "keyset_total"],
    [countNot(request.after && positionSql(keyset, request.after, "after", bind)), "keyset_preceding"],
    [countNot(request.before && positionSql(keyset, request.before, "before", bind)), "keyset_following"],
  ];
}

/** `rankedColumns` as SQL select expressions. */
export function rankedColumnsSql(request: PageRequest, partitionBy: string | null, bind: Bind): string {
  return rankedColumns(request, partitionBy, bind)
    .map(([sql, alias]) => `${sql} AS ${alias}`)
    .join(",\n");
}

/** The rows of the page among numbered rows aliased `alias` (the limit is a checked integer). */
export function rankedPageSql({ limit, backward }: PageRequest, alias: string): string {
  const [rn, total, preceding, following] = ["rn", "total", "preceding", "following"].map(
    (name) => `${alias}.keyset_${name}`,
  );
  const range = `${rn} > ${preceding} AND ${rn} <= ${total} - ${following}`;
  return backward
    ? `(${range} AND ${rn} > ${total} - ${following} - ${limit})`
    : `(${range} AND ${rn} <= ${preceding} + ${limit})`;
}

/** The counts of a numbered row, as `toConnection` takes them. */
export function rankedCounts(row: Record<string, unknown> | undefined): PageCounts {
  return {
    total: Number(row?.keyset_total ?? 0),
    preceding: Number(row?.keyset_preceding ?? 0),
    following: Number(row?.keyset_following ?? 0),
  };
}

/** Whether a numbered row (rank `rn`, its list's counts) belongs to the page: `rankedPageSql` in JavaScript. */
export function inRankedPage({ limit, backward }: PageRequest, rn: number, counts: PageCounts): boolean {
  const end = counts.total - counts.following;
  if (rn <= counts.preceding || rn > end) return false;
  return backward ? rn > end - limit : rn <= counts.preceding + limit;
}
