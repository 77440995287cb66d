import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The good-practice record of Interreg Europe's form (issue 13, point 7): the organisation in charge (any
 * organisation, as JSON: name, kind, SIRET, web site), main stakeholders and beneficiaries, WGS 84
 * coordinates (world bounds, both or neither), a further-information address, images (with their text
 * alternative) and funding sources (amounts in cents) as JSON lists, the policy instrument; the reviewers'
 * comments left when a practice is returned to draft (a table of their own, touching the practice's
 * updated_at as its other child rows do); and the territory a transfer came from (null: the Pôle).
 */
export class GoodPracticeRecord1796245583093 implements MigrationInterface {
  name = "GoodPracticeRecord1796245583093";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "practice_review_comment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "practice_id" uuid NOT NULL,
                "author_role" character varying(20) NOT NULL,
                "author_subject" character varying(200) NOT NULL,
                "comment" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a95e9753dadaff5e2db755d9e9e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3283a4fcfe443b1afc9b8aaeab" ON "practice_review_comment" ("practice_id", "created_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "organisation_in_charge" jsonb
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "main_stakeholders" text
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "beneficiaries" text
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "latitude" double precision
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "longitude" double precision
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "further_information_url" character varying(2000)
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "images" jsonb NOT NULL DEFAULT '[]'
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "funding_sources" jsonb NOT NULL DEFAULT '[]'
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "policy_instrument" text
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer"
            ADD "from_territory_id" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e276a5330fddab9ea3462a102e" ON "transfer" ("from_territory_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_coordinates" CHECK (
                    ("latitude" IS NULL) = ("longitude" IS NULL)
                    AND (
                        "latitude" IS NULL
                        OR (
                            "latitude" BETWEEN -90 AND 90
                            AND "longitude" BETWEEN -180 AND 180
                        )
                    )
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer"
            ADD CONSTRAINT "CHK_transfer_from_other_territory" CHECK (
                    "from_territory_id" IS NULL
                    OR "from_territory_id" <> "territory_id"
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer"
            ADD CONSTRAINT "FK_e276a5330fddab9ea3462a102ef" FOREIGN KEY ("from_territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_review_comment"
            ADD CONSTRAINT "FK_c68c8c88fe6477b40b017e0545d" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE TRIGGER "TRG_practice_review_comment_touches_practice" AFTER INSERT OR UPDATE OR DELETE
            ON "practice_review_comment"
            FOR EACH ROW EXECUTE FUNCTION knowledge_touch_parent('practice', 'practice_id')
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TRIGGER "TRG_practice_review_comment_touches_practice" ON "practice_review_comment"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice_review_comment" DROP CONSTRAINT "FK_c68c8c88fe6477b40b017e0545d"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer" DROP CONSTRAINT "FK_e276a5330fddab9ea3462a102ef"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer" DROP CONSTRAINT "CHK_transfer_from_other_territory"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_coordinates"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e276a5330fddab9ea3462a102e"
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer" DROP COLUMN "from_territory_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "policy_instrument"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "funding_sources"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "images"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "further_information_url"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "longitude"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "latitude"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "beneficiaries"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "main_stakeholders"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "organisation_in_charge"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3283a4fcfe443b1afc9b8aaeab"
        `);
    await queryRunner.query(`
            DROP TABLE "practice_review_comment"
        `);
  }
}
