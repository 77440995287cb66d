// `npm run seed -- --scale N`: N copies of the sample data, written by each subgraph in the transaction that
// loads the sample data. Copy 1 is the sample data itself; copies 2..N are written by `INSERT … SELECT` from
// it, one statement per table, so a 100× dataset takes seconds, not minutes of row-by-row inserts.
import { ConfigError } from "./config-error";
import { logLine } from "./run-service";

/** The variable that carries `--scale` from `npm run seed` to each subgraph's seed process. */
export const SEED_SCALE_VARIABLE = "SEED_SCALE";
/** The largest accepted scale (1000 copies of 16 members: 16,000 members). */
export const MAX_SEED_SCALE = 1000;

/** Parses a scale: an integer from 1 to MAX_SEED_SCALE; anything else is a ConfigError naming `source`. */
export function parseSeedScale(text: string | undefined, source = "--scale"): number {
  if (text === undefined || text === "") return 1;
  const scale = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SEED_SCALE) {
    throw new ConfigError([
      `${source}: expected a whole number from 1 to ${MAX_SEED_SCALE} (1 = the sample data as is), got "${text}"`,
    ]);
  }
  return scale;
}

/** The scale a seed process was asked for (SEED_SCALE, default 1). */
export const seedScaleFromEnv = (env: NodeJS.ProcessEnv = process.env): number =>
  parseSeedScale(env[SEED_SCALE_VARIABLE], SEED_SCALE_VARIABLE);

/**
 * The id of copy `copy` of the row whose id is `id`: a version-4-shaped UUID from md5(id:copy). Every
 * database computes the same one, so a member copied in economic and the neighbourhood action led by it
 * in copy 7 both point at the same id, and so do the knowledge practices that cite that action.
 */
const COPY_ID_FUNCTION = `
  CREATE OR REPLACE FUNCTION pg_temp.pole_copy_id(id uuid, copy int) RETURNS uuid
  LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3)
            || '-' || substr(h, 21, 12))::uuid
      FROM md5(id::text || ':' || copy) AS h
  $$`;

/** `prefix` followed by the digit that makes it pass the Luhn check (as the kit's `withCheckDigit`). */
const CHECK_DIGIT_FUNCTION = `
  CREATE OR REPLACE FUNCTION pg_temp.pole_with_check_digit(prefix text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT prefix || d FROM generate_series(0, 9) AS d
     WHERE (SELECT sum(CASE WHEN i % 2 = 1 THEN x * 2 - CASE WHEN x > 4 THEN 9 ELSE 0 END ELSE x END)
              FROM (SELECT i, substr(prefix || d, length(prefix) + 1 - i, 1)::int AS x
                      FROM generate_series(0, length(prefix)) AS i) AS digits) % 10 = 0
     ORDER BY d LIMIT 1
  $$`;

/**
 * SQL for the placeholder SIRET of `seed` (an integer expression), the same as the kit's
 * `placeholderSiret`: SIREN `8` + 7 digits + check digit, then NIC `0001` + check digit.
 */
export const placeholderSiretSql = (seed: string) =>
  `pg_temp.pole_with_check_digit(pg_temp.pole_with_check_digit('8' || lpad((${seed})::text, 7, '0')) || '0001')`;

/** SQL for the id of the current copy of a uuid column of the original row `t` (NULL stays NULL). */
export const copyIdSql = (column: string) => `pg_temp.pole_copy_id(t."${column}", copy)`;

/** How one table is copied. Expressions see the original row as `t` and the copy number (2..N) as `copy`. */
export interface TableCopy {
  table: string;
  /**
   * uuid columns holding ids of rows that are copied too (the row's own id, its member, its action…):
   * each becomes the id of the same copy. Other columns keep the original's value unless `set` says.
   */
  copyIds: string[];
  /** SQL expressions for columns that must differ between copies (unique names, rooms, SIRET…). */
  set?: Record<string, string>;
}

/** Anything that runs SQL with parameters: a TypeORM EntityManager or a pg client. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Writes copies 2..`scale` of every row of each table, in the order given (parents before children), with
 * one `INSERT … SELECT` per table. Run it inside the transaction that loaded the sample data, right after
 * it, so every row is an original and a failure leaves nothing. Progress lines go to stderr.
 * Returns the rows written per table.
 */
export async function writeScaledCopies(
  runner: SqlRunner,
  service: string,
  scale: number,
  tables: TableCopy[],
): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  if (scale <= 1) return written;
  const started = Date.now();
  await runner.query(COPY_ID_FUNCTION);
  await runner.query(CHECK_DIGIT_FUNCTION);
  for (const { table, copyIds, set = {} } of tables) {
    const columns = (await runner.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER'
        ORDER BY ordinal_position`,
      [table],
    )) as { column_name: string }[];
    if (columns.length === 0) throw new Error(`scaled copies: no table ${table}`);
    const names = columns.map((c) => c.column_name);
    for (const column of [...copyIds, ...Object.keys(set)]) {
      if (!names.includes(column)) throw new Error(`scaled copies: no column ${table}.${column}`);
    }
    const values = names.map((column) =>
      column in set ? set[column] : copyIds.includes(column) ? copyIdSql(column) : `t."${column}"`,
    );
    const tableStarted = Date.now();
    const result = (await runner.query(
      `WITH copied AS (
         INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")})
         SELECT ${values.join(", ")} FROM "${table}" AS t CROSS JOIN generate_series(2, $1::int) AS copy
         RETURNING 1)
       SELECT count(*)::int AS rows FROM copied`,
      [scale],
    )) as { rows: number }[];
    written[table] = result[0].rows;
    logLine(service, `×${scale}: ${table} +${written[table]} rows (${Date.now() - tableStarted} ms)`);
  }
  logLine(service, `×${scale}: copies written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return written;
}
