import { MigrationInterface, QueryRunner } from "typeorm";

export class NeighbourhoodFoundation1795811014867 implements MigrationInterface {
  name = "NeighbourhoodFoundation1795811014867";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."action_kind" AS ENUM('CULTURAL_ARTISTIC', 'COLLECTIVE_INITIATIVE_SUPPORT', 'MARKET_STUDY', 'EMPLOYMENT_PARTNERSHIP', 'INSERTION_PATHWAY')`,
    );
    await queryRunner.query(
      `CREATE TABLE "neighbourhood_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."action_kind" NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "place" character varying(200) NOT NULL, "qpv_code" character varying(8), "inhabitants_reached" integer NOT NULL DEFAULT '0', "session_count" integer NOT NULL DEFAULT '0', "hours" integer NOT NULL DEFAULT '0', "is_sample" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_neighbourhood_action_counts" CHECK ("inhabitants_reached" >= 0 AND "session_count" >= 0 AND "hours" >= 0), CONSTRAINT "CHK_neighbourhood_action_dates" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "CHK_neighbourhood_action_qpv_code" CHECK ("qpv_code" ~ '^QP[0-9]{6}$'), CONSTRAINT "PK_1c49d73b96036bd5ffb2fa5cb39" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_lead_member" ("action_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_d39ce88e5d5769824238d213b05" PRIMARY KEY ("action_id", "member_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_54e1fd40ec8fc29d6366d1bc35" ON "action_lead_member"  ("member_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "participatory_project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "summary" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "place" character varying(200) NOT NULL, "is_sample" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_participatory_project_dates" CHECK ("ends_on" IS NULL OR "ends_on" >= "starts_on"), CONSTRAINT "PK_d665acdb53b77d084c02cf8882e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_lead_member" ADD CONSTRAINT "FK_5a8a063b98048435fda7e2c6f7e" FOREIGN KEY ("action_id") REFERENCES "neighbourhood_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "action_lead_member" DROP CONSTRAINT "FK_5a8a063b98048435fda7e2c6f7e"`,
    );
    await queryRunner.query(`DROP TABLE "participatory_project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54e1fd40ec8fc29d6366d1bc35"`);
    await queryRunner.query(`DROP TABLE "action_lead_member"`);
    await queryRunner.query(`DROP TABLE "neighbourhood_action"`);
    await queryRunner.query(`DROP TYPE "public"."action_kind"`);
  }
}
