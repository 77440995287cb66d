// What a backup reads from, and a restore writes back to, a subgraph database: its tables, their columns,
// its sequences and the migrations applied, found in the system catalogues rather than listed by hand.
import type { ClientBase } from "pg";
import { quoteIdentifier } from "@pole/subgraph-kit";
import type { SequenceEntry } from "./archive-format";

/** TypeORM's record of the migrations applied (see the kit's createDataSource). */
export const MIGRATIONS_TABLE = "typeorm_migrations";

/**
 * Session settings that fix how COPY writes values (dates, intervals, floats, bytea), so the same rows give
 * the same bytes, whatever the server's or the role's defaults.
 */
export const COPY_SESSION_SETTINGS = [
  "SET DateStyle = ISO, YMD",
  "SET IntervalStyle = postgres",
  "SET TimeZone = 'UTC'",
  "SET extra_float_digits = 3",
  "SET bytea_output = hex",
  "SET client_encoding = 'UTF8'",
];

export async function applyCopySettings(client: ClientBase): Promise<void> {
  for (const statement of COPY_SESSION_SETTINGS) await client.query(statement);
}

export interface CatalogTable {
  schema: string;
  name: string;
  columns: string[];
}

/** `"schema"."table"` */
export const qualified = (table: { schema: string; name: string }) =>
  `${quoteIdentifier(table.schema)}.${quoteIdentifier(table.name)}`;

/** The COPY column list of a table. */
export const columnList = (table: { columns: string[] }) => table.columns.map(quoteIdentifier).join(", ");

/**
 * The user tables holding data: ordinary tables outside the system schemas, not owned by an extension, not
 * TypeORM's migrations table (a restore rebuilds it by running the migrations). Columns in table order,
 * generated columns left out (the server computes them again).
 */
export async function listTables(client: ClientBase): Promise<CatalogTable[]> {
  const { rows } = await client.query<{ schema: string; name: string; columns: string[] }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relkind = 'r'
        AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        AND NOT (n.nspname = 'public' AND c.relname = $1)
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
      GROUP BY n.nspname, c.relname
      ORDER BY n.nspname, c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows;
}

/** Every sequence outside the system schemas and not an extension's, with where it stands. */
export async function listSequences(client: ClientBase): Promise<SequenceEntry[]> {
  const { rows } = await client.query<{ schema: string; name: string; lastValue: string | null }>(
    `SELECT s.schemaname AS schema, s.sequencename AS name, s.last_value::text AS "lastValue"
       FROM pg_sequences s
      WHERE s.schemaname NOT IN ('pg_catalog', 'information_schema')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.classid = 'pg_class'::regclass
                           AND d.objid = (quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename))::regclass
                           AND d.deptype = 'e')
      ORDER BY 1, 2`,
  );
  return rows;
}

/** Names of the migrations applied, oldest first; none when the migrations table does not exist. */
export async function appliedMigrations(client: ClientBase): Promise<string[]> {
  const exists = await client.query("SELECT to_regclass($1) IS NOT NULL AS present", [
    `public.${MIGRATIONS_TABLE}`,
  ]);
  if (!(exists.rows[0] as { present: boolean }).present) return [];
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM public.${quoteIdentifier(MIGRATIONS_TABLE)} ORDER BY id`,
  );
  return rows.map((row) => row.name);
}

/** Whether any user table holds a row. */
export async function holdsData(client: ClientBase): Promise<boolean> {
  for (const table of await listTables(client)) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${qualified(table)} LIMIT 1`);
    if ((rowCount ?? 0) > 0) return true;
  }
  return false;
}

/** server_version_num, e.g. 180004. */
export async function serverVersionNum(client: ClientBase): Promise<number> {
  const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  return Number(rows[0]!.v);
}
