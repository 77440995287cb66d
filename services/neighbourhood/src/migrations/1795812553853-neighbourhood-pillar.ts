import { MigrationInterface, QueryRunner } from "typeorm";

export class NeighbourhoodPillar1795812553853 implements MigrationInterface {
  name = "NeighbourhoodPillar1795812553853";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."initiative_help_kind" AS ENUM(
                'PROJECT_DESIGN',
                'FUNDING_SEARCH',
                'TECHNICAL_SUPPORT',
                'COMMUNICATION',
                'LEGAL_STRUCTURING',
                'TRAINING',
                'PREMISES_AND_EQUIPMENT'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "collective_initiative" (
                "action_id" uuid NOT NULL,
                "initiative" character varying(200) NOT NULL,
                "carrier_group" character varying(300) NOT NULL,
                "help_kinds" "public"."initiative_help_kind" array NOT NULL DEFAULT '{}',
                "help_given" text NOT NULL,
                CONSTRAINT "PK_f5864c2e5a904f07ac6179fb762" PRIMARY KEY ("action_id")
            )
        `);
    // Hand-written: the exclusion constraints below compare uuids with = in a GiST index.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
            CREATE TABLE "project_phase" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                "accepts_contributions" boolean NOT NULL DEFAULT true,
                "is_sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_project_phase_dates" CHECK ("ends_on" >= "starts_on"),
                CONSTRAINT "EXC_project_phase_overlap" EXCLUDE USING gist (
                    "project_id" WITH =,
                    daterange("starts_on", "ends_on", '[]') WITH &&
                ),
                CONSTRAINT "PK_8f69900eea72afccb22af8e5988" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_6397b242d86704b5badb30970e" ON "project_phase" ("project_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contribution_status" AS ENUM('PUBLISHED', 'HIDDEN')
        `);
    await queryRunner.query(`
            CREATE TABLE "contribution" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "phase_id" uuid NOT NULL,
                "display_name" character varying(60) NOT NULL,
                "body" text NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "status" "public"."contribution_status" NOT NULL DEFAULT 'PUBLISHED',
                "moderation_reason" character varying(500),
                "moderated_at" TIMESTAMP WITH TIME ZONE,
                "vote_count" integer NOT NULL DEFAULT '0',
                "is_sample" boolean NOT NULL DEFAULT false,
                CONSTRAINT "CHK_contribution_vote_count" CHECK ("vote_count" >= 0),
                CONSTRAINT "CHK_contribution_hidden_reason" CHECK (
                    "status" <> 'HIDDEN'
                    OR "moderation_reason" IS NOT NULL
                ),
                CONSTRAINT "CHK_contribution_lengths" CHECK (
                    char_length("display_name") BETWEEN 2 AND 60
                    AND char_length("body") BETWEEN 10 AND 2000
                ),
                CONSTRAINT "PK_878330fa5bb34475732a5883d58" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fc18aec75c4348a14dcf1f3ef3" ON "contribution" ("phase_id", "status")
        `);
    await queryRunner.query(`
            CREATE TABLE "contribution_vote" (
                "contribution_id" uuid NOT NULL,
                "voter_hash" character(64) NOT NULL,
                "voted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4ee146c57c9c857815cecb7c023" PRIMARY KEY ("contribution_id", "voter_hash")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "employment_outcome" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "action_id" uuid NOT NULL,
                "period_start" date NOT NULL,
                "period_end" date NOT NULL,
                "training_count" integer NOT NULL DEFAULT '0',
                "immersion_count" integer NOT NULL DEFAULT '0',
                "return_to_employment_count" integer NOT NULL DEFAULT '0',
                "is_sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_employment_outcome_counts" CHECK (
                    "training_count" >= 0
                    AND "immersion_count" >= 0
                    AND "return_to_employment_count" >= 0
                ),
                CONSTRAINT "CHK_employment_outcome_one_year" CHECK (
                    date_part('year', "period_start") = date_part('year', "period_end")
                ),
                CONSTRAINT "CHK_employment_outcome_period" CHECK ("period_end" >= "period_start"),
                CONSTRAINT "EXC_employment_outcome_overlap" EXCLUDE USING gist (
                    "action_id" WITH =,
                    daterange("period_start", "period_end", '[]') WITH &&
                ),
                CONSTRAINT "PK_c1dfcc20227093ead3f2da47d35" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b24e84c3dbb7ab35debd9e460a" ON "employment_outcome" ("action_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "insertion_cohort" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "action_id" uuid NOT NULL,
                "label" character varying(200) NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date,
                "entry_count" integer NOT NULL,
                "exits_to_employment" integer NOT NULL DEFAULT '0',
                "exits_to_training" integer NOT NULL DEFAULT '0',
                "other_exits" integer NOT NULL DEFAULT '0',
                "is_sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_insertion_cohort_label" UNIQUE ("action_id", "label"),
                CONSTRAINT "CHK_insertion_cohort_exits" CHECK (
                    "exits_to_employment" + "exits_to_training" + "other_exits" <= "entry_count"
                ),
                CONSTRAINT "CHK_insertion_cohort_counts" CHECK (
                    "entry_count" >= 0
                    AND "exits_to_employment" >= 0
                    AND "exits_to_training" >= 0
                    AND "other_exits" >= 0
                ),
                CONSTRAINT "CHK_insertion_cohort_dates" CHECK (
                    "ends_on" IS NULL
                    OR "ends_on" >= "starts_on"
                ),
                CONSTRAINT "PK_6607118ae2feb56881a4a250631" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."market_study_status" AS ENUM(
                'IN_PROGRESS',
                'FAVOURABLE',
                'UNFAVOURABLE',
                'ACTIVITY_OPENED',
                'ABANDONED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."market_study_role" AS ENUM('CARRIED', 'JOINED')
        `);
    await queryRunner.query(`
            CREATE TABLE "market_study" (
                "action_id" uuid NOT NULL,
                "question" character varying(1000) NOT NULL,
                "findings" text,
                "naf_codes" character varying(6) array NOT NULL DEFAULT '{}',
                "status" "public"."market_study_status" NOT NULL,
                "pole_role" "public"."market_study_role" NOT NULL,
                CONSTRAINT "CHK_market_study_naf_codes" CHECK (
                    array_to_string("naf_codes", ' ') ~ '^([0-9]{2}\\.[0-9]{2}[A-Z]( |$))*$'
                ),
                CONSTRAINT "PK_d7af64c6c82cd1ebed7c65d9e50" PRIMARY KEY ("action_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "project_result" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL,
                "progress" smallint NOT NULL DEFAULT '0',
                "starts_on" date,
                "ends_on" date,
                "is_sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_project_result_dates" CHECK (
                    "ends_on" IS NULL
                    OR "starts_on" IS NULL
                    OR "ends_on" >= "starts_on"
                ),
                CONSTRAINT "CHK_project_result_progress" CHECK (
                    "progress" BETWEEN 0 AND 100
                ),
                CONSTRAINT "PK_17b53a4a0a25094b1dfed1807e4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a29211f012a5317db452f7ecac" ON "project_result" ("project_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "result_milestone" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "result_id" uuid NOT NULL,
                "occurred_on" date NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text,
                "is_sample" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_885e02d954775187abd8ed90641" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_36c57af1cfac0fad2ae97b1fb9" ON "result_milestone" ("result_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."action_place_kind" AS ENUM(
                'BOUTARIC_BUILDING',
                'ESPLANADE_BOUTARIC',
                'ELSEWHERE_IN_NEIGHBOURHOOD'
            )
        `);
    // Hand-written: actions stored before this migration get their place kind from their place's name,
    // then the column becomes NOT NULL (as generated).
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD "place_kind" "public"."action_place_kind"
        `);
    await queryRunner.query(`
            UPDATE "neighbourhood_action"
            SET "place_kind" = CASE
                    WHEN lower("place") LIKE '%esplanade%' THEN 'ESPLANADE_BOUTARIC'
                    WHEN lower("place") LIKE '%boutaric%' THEN 'BOUTARIC_BUILDING'
                    ELSE 'ELSEWHERE_IN_NEIGHBOURHOOD'
                END::"public"."action_place_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ALTER COLUMN "place_kind" SET NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD "partners" character varying(200) array NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."action_status" AS ENUM('PLANNED', 'RUNNING', 'DONE', 'CANCELLED')
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD "status" "public"."action_status" NOT NULL DEFAULT 'PLANNED'
        `);
    // Hand-written: actions stored before this migration get the status their dates say.
    await queryRunner.query(`
            UPDATE "neighbourhood_action"
            SET "status" = CASE
                    WHEN "ends_on" IS NOT NULL AND "ends_on" < CURRENT_DATE THEN 'DONE'
                    WHEN "starts_on" <= CURRENT_DATE THEN 'RUNNING'
                    ELSE 'PLANNED'
                END::"public"."action_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD "cancellation_reason" character varying(500)
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD "participatory_project_id" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a83e4abcd383bbdae8cebb26a5" ON "neighbourhood_action" ("participatory_project_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_99dccc7332b185621ae0026716" ON "neighbourhood_action" ("starts_on")
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD CONSTRAINT "CHK_neighbourhood_action_cancellation_reason" CHECK (
                    "cancellation_reason" IS NULL
                    OR "status" = 'CANCELLED'
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD CONSTRAINT "CHK_neighbourhood_action_done_has_end" CHECK (
                    "status" <> 'DONE'
                    OR "ends_on" IS NOT NULL
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD CONSTRAINT "FK_a83e4abcd383bbdae8cebb26a52" FOREIGN KEY ("participatory_project_id") REFERENCES "participatory_project"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "collective_initiative"
            ADD CONSTRAINT "FK_f5864c2e5a904f07ac6179fb762" FOREIGN KEY ("action_id") REFERENCES "neighbourhood_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_phase"
            ADD CONSTRAINT "FK_6397b242d86704b5badb30970e3" FOREIGN KEY ("project_id") REFERENCES "participatory_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution"
            ADD CONSTRAINT "FK_998677cf8c450298c52e5b3d635" FOREIGN KEY ("phase_id") REFERENCES "project_phase"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution_vote"
            ADD CONSTRAINT "FK_79df408c1a53f2876cdfabdea70" FOREIGN KEY ("contribution_id") REFERENCES "contribution"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "employment_outcome"
            ADD CONSTRAINT "FK_b24e84c3dbb7ab35debd9e460a2" FOREIGN KEY ("action_id") REFERENCES "neighbourhood_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "insertion_cohort"
            ADD CONSTRAINT "FK_535cd446c38d3b7a6ad3b135c0f" FOREIGN KEY ("action_id") REFERENCES "neighbourhood_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "market_study"
            ADD CONSTRAINT "FK_d7af64c6c82cd1ebed7c65d9e50" FOREIGN KEY ("action_id") REFERENCES "neighbourhood_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project_result"
            ADD CONSTRAINT "FK_a29211f012a5317db452f7ecaca" FOREIGN KEY ("project_id") REFERENCES "participatory_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "result_milestone"
            ADD CONSTRAINT "FK_36c57af1cfac0fad2ae97b1fb9e" FOREIGN KEY ("result_id") REFERENCES "project_result"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "result_milestone" DROP CONSTRAINT "FK_36c57af1cfac0fad2ae97b1fb9e"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_result" DROP CONSTRAINT "FK_a29211f012a5317db452f7ecaca"
        `);
    await queryRunner.query(`
            ALTER TABLE "market_study" DROP CONSTRAINT "FK_d7af64c6c82cd1ebed7c65d9e50"
        `);
    await queryRunner.query(`
            ALTER TABLE "insertion_cohort" DROP CONSTRAINT "FK_535cd446c38d3b7a6ad3b135c0f"
        `);
    await queryRunner.query(`
            ALTER TABLE "employment_outcome" DROP CONSTRAINT "FK_b24e84c3dbb7ab35debd9e460a2"
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution_vote" DROP CONSTRAINT "FK_79df408c1a53f2876cdfabdea70"
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution" DROP CONSTRAINT "FK_998677cf8c450298c52e5b3d635"
        `);
    await queryRunner.query(`
            ALTER TABLE "project_phase" DROP CONSTRAINT "FK_6397b242d86704b5badb30970e3"
        `);
    await queryRunner.query(`
            ALTER TABLE "collective_initiative" DROP CONSTRAINT "FK_f5864c2e5a904f07ac6179fb762"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP CONSTRAINT "FK_a83e4abcd383bbdae8cebb26a52"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP CONSTRAINT "CHK_neighbourhood_action_done_has_end"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP CONSTRAINT "CHK_neighbourhood_action_cancellation_reason"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_99dccc7332b185621ae0026716"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a83e4abcd383bbdae8cebb26a5"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP COLUMN "participatory_project_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP COLUMN "cancellation_reason"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP COLUMN "status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."action_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP COLUMN "partners"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP COLUMN "place_kind"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."action_place_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_36c57af1cfac0fad2ae97b1fb9"
        `);
    await queryRunner.query(`
            DROP TABLE "result_milestone"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a29211f012a5317db452f7ecac"
        `);
    await queryRunner.query(`
            DROP TABLE "project_result"
        `);
    await queryRunner.query(`
            DROP TABLE "market_study"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."market_study_role"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."market_study_status"
        `);
    await queryRunner.query(`
            DROP TABLE "insertion_cohort"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b24e84c3dbb7ab35debd9e460a"
        `);
    await queryRunner.query(`
            DROP TABLE "employment_outcome"
        `);
    await queryRunner.query(`
            DROP TABLE "contribution_vote"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fc18aec75c4348a14dcf1f3ef3"
        `);
    await queryRunner.query(`
            DROP TABLE "contribution"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contribution_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6397b242d86704b5badb30970e"
        `);
    await queryRunner.query(`
            DROP TABLE "project_phase"
        `);
    await queryRunner.query(`
            DROP TABLE "collective_initiative"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."initiative_help_kind"
        `);
    // btree_gist stays: an extension may serve other objects of the database.
  }
}
