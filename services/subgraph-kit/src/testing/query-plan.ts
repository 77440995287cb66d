import type { DataSource, SelectQueryBuilder } from "typeorm";

/**
 * The plan PostgreSQL picks for a query (a query builder, or SQL and its parameters) when sequential scans
 * are forbidden: test tables are tiny, so the planner would rather scan them; with scans off the plan
 * shows whether an index can serve the query. The setting is local to a transaction rolled back.
 */
export async function planWithoutSeqScan(
  dataSource: DataSource,
  query: SelectQueryBuilder<object> | [sql: string, parameters: unknown[]],
): Promise<string> {
  const [sql, parameters] = Array.isArray(query) ? query : query.getQueryAndParameters();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query("SET LOCAL enable_seqscan = off");
    const rows: { "QUERY PLAN": string }[] = await runner.query(`EXPLAIN ${sql}`, parameters);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
