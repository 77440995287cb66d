import { MigrationInterface, QueryRunner } from "typeorm";

export class KnowledgePillar1795812956964 implements MigrationInterface {
  name = "KnowledgePillar1795812956964";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."adoption_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'ADOPTED', 'ABANDONED')
        `);
    await queryRunner.query(`
            CREATE TABLE "adoption" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "practice_id" uuid NOT NULL,
                "territory_id" uuid NOT NULL,
                "status" "public"."adoption_status" NOT NULL DEFAULT 'PLANNED',
                "started_on" date NOT NULL,
                "completed_on" date,
                "outcome" text,
                "transfer_id" uuid,
                "is_sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_adoption_practice_territory" UNIQUE ("practice_id", "territory_id"),
                CONSTRAINT "CHK_adoption_completed_on" CHECK (
                    ("status" IN ('ADOPTED', 'ABANDONED')) = ("completed_on" IS NOT NULL)
                    AND (
                        "completed_on" IS NULL
                        OR "completed_on" >= "started_on"
                    )
                ),
                CONSTRAINT "PK_bf86d90324541b197d4ac5362a5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4a5713851a3757e929a8585d75" ON "adoption" ("completed_on")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ea87a4e1da362d4e60133c3522" ON "adoption" ("territory_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "practice_source_action" (
                "practice_id" uuid NOT NULL,
                "action_id" uuid NOT NULL,
                CONSTRAINT "PK_e5978d1056d86a95c46120675ab" PRIMARY KEY ("practice_id", "action_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_af7e088b9b71436da1a2d8d517" ON "practice_source_action" ("action_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "transfer_member" (
                "transfer_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                CONSTRAINT "PK_b4754dd1eac9750d1913cc69b86" PRIMARY KEY ("transfer_id", "member_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_92f12b6377b80859213444e2bb" ON "transfer_member" ("member_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "transfer_practice" (
                "transfer_id" uuid NOT NULL,
                "practice_id" uuid NOT NULL,
                CONSTRAINT "PK_8751b1049098b66db36c5ae5f14" PRIMARY KEY ("transfer_id", "practice_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f89eaa9155942767584ca0c1f6" ON "transfer_practice" ("practice_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD "qpv_codes" character varying(8) array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "title_en" character varying(200)
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "summary_en" text
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "challenge" text
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "description" text
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "resources_description" text
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "budget_cents" bigint
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "people_count" integer
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "results" jsonb NOT NULL DEFAULT '[]'
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "difficulties" text
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "lessons_learned" text
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "transferability" text
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."practice_pillar" AS ENUM(
                'ECONOMIC_DEVELOPMENT',
                'NEIGHBOURHOOD',
                'KNOWLEDGE_SHARING'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "pillar" "public"."practice_pillar" NOT NULL DEFAULT 'NEIGHBOURHOOD'
        `);
    // Hand-written: practices recorded before this migration get a pillar (most of the Pôle's practices
    // come from its neighbourhood actions; staff can correct it), then new ones must say theirs.
    await queryRunner.query(`
            ALTER TABLE "practice" ALTER COLUMN "pillar" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "insee_code" character varying(5)
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "qpv_code" character varying(8)
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "started_on" date
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "ended_on" date
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "contact_role" character varying(200)
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "withdrawal_reason" text
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."audience_kind" AS ENUM(
                'ELECTED_OFFICIALS',
                'LOCAL_AUTHORITY_STAFF',
                'NEIGHBOURHOOD_OPERATORS',
                'CULTURAL_OPERATORS',
                'SOCIAL_LANDLORDS',
                'ENTERPRISES',
                'MIXED'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer"
            ADD "audience_kind" "public"."audience_kind" NOT NULL DEFAULT 'MIXED'
        `);
    // Hand-written: transfers recorded before this migration get MIXED (their free-text audience stays),
    // then new ones must say their kind of audience.
    await queryRunner.query(`
            ALTER TABLE "transfer" ALTER COLUMN "audience_kind" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer"
            ADD "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer"
            ADD "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
        `);
    // Hand-written: a territory that is a neighbourhood lists its own QPV code (the check below requires it).
    await queryRunner.query(`
            UPDATE "territory" SET "qpv_codes" = ARRAY["qpv_code"] WHERE "qpv_code" IS NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD CONSTRAINT "CHK_territory_qpv_codes" CHECK (
                    array_to_string("qpv_codes", ',') ~ '^(QP[0-9]{6}(,QP[0-9]{6})*)?$'
                    AND (
                        "qpv_code" IS NULL
                        OR "qpv_code" = ANY ("qpv_codes")
                    )
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_licence" CHECK (
                    "licence" IN (
                        'CC-BY-SA-4.0',
                        'CC-BY-4.0',
                        'CC0-1.0',
                        'etalab-2.0'
                    )
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_people_count" CHECK ("people_count" >= 0)
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_budget_cents" CHECK ("budget_cents" >= 0)
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_timescale" CHECK (
                    "ended_on" IS NULL
                    OR "started_on" IS NULL
                    OR "ended_on" >= "started_on"
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_qpv_code" CHECK ("qpv_code" ~ '^QP[0-9]{6}$')
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_insee_code" CHECK ("insee_code" ~ '^([0-9]{2}|2A|2B)[0-9]{3}$')
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_withdrawal_reason" CHECK (
                    "status" <> 'WITHDRAWN'
                    OR "withdrawal_reason" IS NOT NULL
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "adoption"
            ADD CONSTRAINT "FK_26532c576d434fe7abf543e334e" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "adoption"
            ADD CONSTRAINT "FK_ea87a4e1da362d4e60133c35227" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "adoption"
            ADD CONSTRAINT "FK_373a1e010f11ff3019addd5b144" FOREIGN KEY ("transfer_id") REFERENCES "transfer"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_source_action"
            ADD CONSTRAINT "FK_658cdc98c1be881ebffc2756504" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer_member"
            ADD CONSTRAINT "FK_6fa9ad98e7547eab30fd1cd6311" FOREIGN KEY ("transfer_id") REFERENCES "transfer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer_practice"
            ADD CONSTRAINT "FK_eb018ff0d135f2e67ba30a94e7a" FOREIGN KEY ("transfer_id") REFERENCES "transfer"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer_practice"
            ADD CONSTRAINT "FK_f89eaa9155942767584ca0c1f68" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Hand-written (TypeORM cannot express them): the full-text search over practices, French
    // configuration. text[] to text is only STABLE in PostgreSQL, so the themes go through an IMMUTABLE
    // function (safe: text output does not depend on settings); the GIN index is on the very expression
    // the search builds (practiceSearchDocument in practice.entity.ts), declared there unsynchronized.
    await queryRunner.query(`
            CREATE FUNCTION "knowledge_themes_text"(themes text[]) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT coalesce(array_to_string(themes, ' '), '') $$
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_practice_search" ON "practice" USING GIN ((
                setweight(to_tsvector('french'::regconfig, "title"::text), 'A') ||
                setweight(to_tsvector('french'::regconfig, knowledge_themes_text("themes")), 'A') ||
                setweight(to_tsvector('french'::regconfig, "summary"), 'B') ||
                setweight(to_tsvector('french'::regconfig, coalesce("challenge", '') || ' ' || coalesce("description", '')), 'C') ||
                setweight(to_tsvector('french'::regconfig, coalesce("transferability", '') || ' ' || coalesce("lessons_learned", '') || ' ' || coalesce("difficulties", '')), 'D')
            ))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_practice_search"
        `);
    await queryRunner.query(`
            DROP FUNCTION "knowledge_themes_text"(text[])
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer_practice" DROP CONSTRAINT "FK_f89eaa9155942767584ca0c1f68"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer_practice" DROP CONSTRAINT "FK_eb018ff0d135f2e67ba30a94e7a"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer_member" DROP CONSTRAINT "FK_6fa9ad98e7547eab30fd1cd6311"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_source_action" DROP CONSTRAINT "FK_658cdc98c1be881ebffc2756504"
        `);
    await queryRunner.query(`
            ALTER TABLE "adoption" DROP CONSTRAINT "FK_373a1e010f11ff3019addd5b144"
        `);
    await queryRunner.query(`
            ALTER TABLE "adoption" DROP CONSTRAINT "FK_ea87a4e1da362d4e60133c35227"
        `);
    await queryRunner.query(`
            ALTER TABLE "adoption" DROP CONSTRAINT "FK_26532c576d434fe7abf543e334e"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_withdrawal_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_insee_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_qpv_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_timescale"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_budget_cents"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_people_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_licence"
        `);
    await queryRunner.query(`
            ALTER TABLE "territory" DROP CONSTRAINT "CHK_territory_qpv_codes"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer" DROP COLUMN "updated_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer" DROP COLUMN "created_at"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer" DROP COLUMN "audience_kind"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."audience_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "withdrawal_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "contact_role"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "ended_on"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "started_on"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "qpv_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "insee_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "pillar"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."practice_pillar"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "transferability"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "lessons_learned"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "difficulties"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "results"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "people_count"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "budget_cents"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "resources_description"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "description"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "challenge"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "summary_en"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "title_en"
        `);
    await queryRunner.query(`
            ALTER TABLE "territory" DROP COLUMN "qpv_codes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f89eaa9155942767584ca0c1f6"
        `);
    await queryRunner.query(`
            DROP TABLE "transfer_practice"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_92f12b6377b80859213444e2bb"
        `);
    await queryRunner.query(`
            DROP TABLE "transfer_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_af7e088b9b71436da1a2d8d517"
        `);
    await queryRunner.query(`
            DROP TABLE "practice_source_action"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ea87a4e1da362d4e60133c3522"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4a5713851a3757e929a8585d75"
        `);
    await queryRunner.query(`
            DROP TABLE "adoption"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."adoption_status"
        `);
  }
}
