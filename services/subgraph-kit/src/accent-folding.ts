import type { QueryRunner } from "typeorm";

/**
 * Accent and case folding, as French users type: `ecole` finds « École », `GRESILLES` finds « Grésilles ».
 *
 * PostgreSQL's `unaccent()` is only STABLE (it reads a dictionary found through `search_path`), so it cannot
 * be indexed. `pole_fold(text)` wraps the two-argument form with the dictionary schema-qualified, which
 * does not depend on any setting, and lowers the result: IMMUTABLE, so indexes can be built on
 * `pole_fold(column)` and every filter that folds through it can use them.
 */
export const FOLD_FUNCTION = "pole_fold";

/** `pole_fold(<sql>)`: the folded form of a column or expression. */
export const folded = (sql: string) => `${FOLD_FUNCTION}(${sql})`;

/** Escapes LIKE wildcards (and the escape character) so user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * A WHERE condition "the folded `column` contains the folded text of parameter `parameter`", with the value
 * to bind: `query.andWhere(...foldedContains("member.name", "name", text))`. A trigram GIN index on
 * `pole_fold(column)` (`gin_trgm_ops`) serves it.
 */
export function foldedContains(
  column: string,
  parameter: string,
  text: string,
): [condition: string, parameters: Record<string, string>] {
  return [
    `${folded(column)} LIKE '%' || ${folded(`:${parameter}`)} || '%'`,
    { [parameter]: escapeLike(text) },
  ];
}

/** A WHERE condition "the folded `column` equals the folded text of parameter `parameter`". */
export function foldedEquals(
  column: string,
  parameter: string,
  text: string,
): [condition: string, parameters: Record<string, string>] {
  return [`${folded(column)} = ${folded(`:${parameter}`)}`, { [parameter]: text }];
}

/**
 * Migration step (each subgraph's accent-folding migration calls it): the `unaccent` and `pg_trgm`
 * extensions (both trusted: a database owner may create them) and the IMMUTABLE `pole_fold` wrapper.
 */
export async function installAccentFolding(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
  await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
  await queryRunner.query(`
            CREATE FUNCTION "public"."${FOLD_FUNCTION}"(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1))
        `);
}

/** Reverts `installAccentFolding` (after the migration has dropped what it built on it). */
export async function uninstallAccentFolding(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP FUNCTION "public"."${FOLD_FUNCTION}"(text)`);
  await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
}
