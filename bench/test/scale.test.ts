import { parseStatementLog } from "../src/scale";

// What PostgreSQL 18 writes with log_min_duration_statement = 0 and log_line_prefix '%m [%p] db=%d ', two
// backends at once: parse, bind and execute entries, DETAIL lines with the parameters, SQL over lines.
const LOG = `2026-12-08 04:00:00.001 UTC [101] db=pole_economic LOG:  duration: 0.050 ms  parse <unnamed>: SELECT a
	  FROM t WHERE x = $1
2026-12-08 04:00:00.002 UTC [101] db=pole_economic LOG:  duration: 0.020 ms  bind <unnamed>: SELECT a
	  FROM t WHERE x = $1
2026-12-08 04:00:00.002 UTC [101] db=pole_economic DETAIL:  Parameters: $1 = '{2004,2005}'
2026-12-08 04:00:00.003 UTC [202] db=pole_knowledge LOG:  duration: 1.000 ms  statement: SELECT 1
2026-12-08 04:00:00.004 UTC [101] db=pole_economic LOG:  duration: 2.500 ms  execute <unnamed>: SELECT a
	  FROM t WHERE x = $1
2026-12-08 04:00:00.005 UTC [202] db=pole_knowledge LOG:  duration: 0.300 ms  execute <unnamed>: WITH y AS (SELECT $1::text AS v, $2::int AS n) SELECT * FROM y
2026-12-08 04:00:00.005 UTC [101] db=pole_economic DETAIL:  Parameters: $1 = '{2004,2005}'
2026-12-08 04:00:00.006 UTC [202] db=pole_knowledge DETAIL:  Parameters: $1 = 'l''été', $2 = NULL
2026-12-08 04:00:00.007 UTC [202] db=pole_knowledge LOG:  duration: 0.100 ms  execute <unnamed>: BEGIN
`;

describe("parseStatementLog", () => {
  it("takes each executed SELECT once, with its own backend's parameters", () => {
    expect(parseStatementLog(LOG)).toEqual([
      { database: "pole_knowledge", sql: "SELECT 1", parameters: [] },
      { database: "pole_economic", sql: "SELECT a\n\t  FROM t WHERE x = $1", parameters: ["{2004,2005}"] },
      {
        database: "pole_knowledge",
        sql: "WITH y AS (SELECT $1::text AS v, $2::int AS n) SELECT * FROM y",
        parameters: ["l'été", null],
      },
    ]);
  });
});
