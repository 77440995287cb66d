import { MigrationInterface, QueryRunner } from "typeorm";
import { installAccentFolding, uninstallAccentFolding } from "@pole/subgraph-kit";

/**
 * Hand-written (TypeORM cannot express any of it): search and filters that fold accents and case.
 *
 * - `pole_french`: the French configuration with `unaccent` before the French stemmer (« École » and
 *   `ecole` give the same lexeme); `pole_simple`: the same words unstemmed, for search as you type (a
 *   prefix of the written word: `résid` is a prefix of « résidence », not of its stem « resident »).
 * - `knowledge_practice_document(...)`: the one definition of the searched document, indexed by GIN;
 *   the search calls it with the same columns (practiceSearchDocument in practice.entity.ts).
 * - `territory_name`: a copy of the practice's territory name kept by triggers, so that the index covers it.
 * - trigram index on the folded title (typo tolerance), GIN index on the folded themes (theme filters).
 *
 * Every function is IMMUTABLE with schema-qualified references (indexes and maintenance never depend on
 * `search_path`).
 */
export class FrenchSearch1796222154461 implements MigrationInterface {
  name = "FrenchSearch1796222154461";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await installAccentFolding(queryRunner);
    await queryRunner.query(
      `CREATE TEXT SEARCH CONFIGURATION "public"."pole_french" (COPY = pg_catalog.french)`,
    );
    await queryRunner.query(`
            ALTER TEXT SEARCH CONFIGURATION "public"."pole_french"
            ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.french_stem
        `);
    await queryRunner.query(`
            CREATE TEXT SEARCH DICTIONARY "public"."pole_simple_dict" (TEMPLATE = pg_catalog.simple, STOPWORDS = french)
        `);
    await queryRunner.query(
      `CREATE TEXT SEARCH CONFIGURATION "public"."pole_simple" (COPY = pg_catalog.simple)`,
    );
    await queryRunner.query(`
            ALTER TEXT SEARCH CONFIGURATION "public"."pole_simple"
            ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH public.pole_simple_dict
        `);
    await queryRunner.query(`
            ALTER TEXT SEARCH CONFIGURATION "public"."pole_simple"
            ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, public.pole_simple_dict
        `);
    // Stemmed words with their positions (phrases, ranking), then the unstemmed words without positions
    // (stripped: they serve prefixes only, and cannot make a phrase match across the two halves).
    await queryRunner.query(`
            CREATE FUNCTION "public"."knowledge_search_vector"(text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN to_tsvector('public.pole_french'::regconfig, coalesce($1, ''))
                || strip(to_tsvector('public.pole_simple'::regconfig, coalesce($1, '')))
        `);
    await queryRunner.query(`
            CREATE FUNCTION "public"."knowledge_results_text"(results jsonb) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN (
                SELECT coalesce(string_agg(
                    coalesce(result ->> 'indicator', '') || ' ' || coalesce(result ->> 'unit', '') || ' ' ||
                    coalesce(result ->> 'evidence', ''), ' '), '')
                FROM jsonb_array_elements(CASE WHEN jsonb_typeof(results) = 'array' THEN results ELSE '[]' END) AS result
            )
        `);
    await queryRunner.query(`
            CREATE FUNCTION "public"."knowledge_practice_document"(
                title text, themes text[], summary text, challenge text, description text, resources text,
                results jsonb, transferability text, lessons text, difficulties text, contact_role text,
                territory_name text
            ) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN setweight(public.knowledge_search_vector(title), 'A')
                || setweight(public.knowledge_search_vector(public.knowledge_themes_text(themes)), 'A')
                || setweight(public.knowledge_search_vector(coalesce(summary, '') || ' ' || coalesce(territory_name, '')), 'B')
                || setweight(public.knowledge_search_vector(
                       coalesce(challenge, '') || ' ' || coalesce(description, '') || ' ' || coalesce(resources, '') || ' ' ||
                       public.knowledge_results_text(results)), 'C')
                || setweight(public.knowledge_search_vector(
                       coalesce(transferability, '') || ' ' || coalesce(lessons, '') || ' ' || coalesce(difficulties, '') || ' ' ||
                       coalesce(contact_role, '')), 'D')
        `);
    await queryRunner.query(`
            CREATE FUNCTION "public"."knowledge_folded_themes"(themes text[]) RETURNS text[]
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN (SELECT coalesce(array_agg(public.pole_fold(theme)), '{}') FROM unnest(themes) AS theme)
        `);

    await queryRunner.query(`ALTER TABLE "practice" ADD "territory_name" character varying(200)`);
    await queryRunner.query(`
            CREATE FUNCTION "public"."knowledge_practice_territory_name"() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                NEW.territory_name := (SELECT name FROM public.territory WHERE id = NEW.territory_id);
                RETURN NEW;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TRG_practice_territory_name" BEFORE INSERT OR UPDATE OF "territory_id" ON "practice"
            FOR EACH ROW EXECUTE FUNCTION public.knowledge_practice_territory_name()
        `);
    await queryRunner.query(`
            CREATE FUNCTION "public"."knowledge_territory_renamed"() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE public.practice SET territory_name = NEW.name WHERE territory_id = NEW.id;
                RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TRG_territory_renamed" AFTER UPDATE OF "name" ON "territory"
            FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
            EXECUTE FUNCTION public.knowledge_territory_renamed()
        `);
    await queryRunner.query(`
            UPDATE "practice" SET "territory_name" = territory.name
            FROM "territory" WHERE territory.id = practice.territory_id
        `);

    await queryRunner.query(`DROP INDEX "public"."IDX_practice_search"`);
    await queryRunner.query(`
            CREATE INDEX "IDX_practice_search" ON "practice" USING GIN (knowledge_practice_document(
                "title", "themes", "summary", "challenge", "description", "resources_description", "results",
                "transferability", "lessons_learned", "difficulties", "contact_role", "territory_name"
            ))
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practice_title_folded" ON "practice" USING GIN (pole_fold("title") gin_trgm_ops)
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practice_themes_folded" ON "practice" USING GIN (knowledge_folded_themes("themes"))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_practice_themes_folded"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_practice_title_folded"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_practice_search"`);
    await queryRunner.query(`
            CREATE INDEX "IDX_practice_search" ON "practice" USING GIN ((
                setweight(to_tsvector('french'::regconfig, "title"::text), 'A') ||
                setweight(to_tsvector('french'::regconfig, knowledge_themes_text("themes")), 'A') ||
                setweight(to_tsvector('french'::regconfig, "summary"), 'B') ||
                setweight(to_tsvector('french'::regconfig, coalesce("challenge", '') || ' ' || coalesce("description", '')), 'C') ||
                setweight(to_tsvector('french'::regconfig, coalesce("transferability", '') || ' ' || coalesce("lessons_learned", '') || ' ' || coalesce("difficulties", '')), 'D')
            ))
        `);
    await queryRunner.query(`DROP TRIGGER "TRG_territory_renamed" ON "territory"`);
    await queryRunner.query(`DROP FUNCTION "public"."knowledge_territory_renamed"()`);
    await queryRunner.query(`DROP TRIGGER "TRG_practice_territory_name" ON "practice"`);
    await queryRunner.query(`DROP FUNCTION "public"."knowledge_practice_territory_name"()`);
    await queryRunner.query(`ALTER TABLE "practice" DROP COLUMN "territory_name"`);
    await queryRunner.query(`DROP FUNCTION "public"."knowledge_folded_themes"(text[])`);
    await queryRunner.query(`
            DROP FUNCTION "public"."knowledge_practice_document"(
                text, text[], text, text, text, text, jsonb, text, text, text, text, text
            )
        `);
    await queryRunner.query(`DROP FUNCTION "public"."knowledge_results_text"(jsonb)`);
    await queryRunner.query(`DROP FUNCTION "public"."knowledge_search_vector"(text)`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "public"."pole_simple"`);
    await queryRunner.query(`DROP TEXT SEARCH DICTIONARY "public"."pole_simple_dict"`);
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "public"."pole_french"`);
    await uninstallAccentFolding(queryRunner);
  }
}
