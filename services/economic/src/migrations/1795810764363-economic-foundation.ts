import { MigrationInterface, QueryRunner } from "typeorm";

export class EconomicFoundation1795810764363 implements MigrationInterface {
  name = "EconomicFoundation1795810764363";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."legal_form" AS ENUM('ASSOCIATION', 'SCIC', 'SCOP', 'SARL', 'EURL', 'SAS', 'EPCC', 'CAE_HOSTING')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."activity" AS ENUM('LIVE_PERFORMANCE', 'AUDIOVISUAL', 'CINEMA', 'GRAPHIC_DESIGN', 'WEB', 'ARTISTIC_TEAM_SUPPORT')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."membership_kind" AS ENUM('INSTALLED', 'ASSOCIATED')`);
    await queryRunner.query(
      `CREATE TABLE "member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "legal_form" "public"."legal_form" NOT NULL, "activities" "public"."activity" array NOT NULL DEFAULT '{}', "membership_kind" "public"."membership_kind" NOT NULL, "joined_on" date NOT NULL, "left_on" date, "public_description" text, "is_sample" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_97cbbe986ce9d14ca5894fdc072" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "member_year" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "year" integer NOT NULL, "fte" numeric(7,2) NOT NULL, "permanent_employees" integer NOT NULL, "budget_cents" bigint NOT NULL, "revenue_cents" bigint NOT NULL, "equity_cents" bigint NOT NULL, CONSTRAINT "PK_5c119bb38aa0f49d546d66363ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_af7eb601f3cb25c9f2f1906fcc" ON "member_year"  ("member_id", "year") `,
    );
    await queryRunner.query(
      `CREATE TABLE "office_lease" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "member_id" uuid NOT NULL, "room" character varying(100) NOT NULL, "area_sqm" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "monthly_rent_cents" bigint, CONSTRAINT "PK_a25af6d45e6ef8f898546d6fe86" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c854f9c20e0c05ecd33b81c596" ON "office_lease"  ("member_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."service_category" AS ENUM('POOLED_COMMERCIAL_ACTION', 'ECONOMIC_COLLABORATION', 'POOLED_RESOURCES', 'TAILORED_CONSULTING', 'CUSTOM_TRAINING')`,
    );
    await queryRunner.query(
      `CREATE TABLE "service_offering" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category" "public"."service_category" NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL, "member_rate_cents" bigint, "public_rate_cents" bigint, CONSTRAINT "PK_36d1431796da1e28dc90cfa58f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "member_year" ADD CONSTRAINT "FK_bd58f5f50a4948adfece59682f4" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "office_lease" ADD CONSTRAINT "FK_c854f9c20e0c05ecd33b81c5966" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "office_lease" DROP CONSTRAINT "FK_c854f9c20e0c05ecd33b81c5966"`);
    await queryRunner.query(`ALTER TABLE "member_year" DROP CONSTRAINT "FK_bd58f5f50a4948adfece59682f4"`);
    await queryRunner.query(`DROP TABLE "service_offering"`);
    await queryRunner.query(`DROP TYPE "public"."service_category"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c854f9c20e0c05ecd33b81c596"`);
    await queryRunner.query(`DROP TABLE "office_lease"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af7eb601f3cb25c9f2f1906fcc"`);
    await queryRunner.query(`DROP TABLE "member_year"`);
    await queryRunner.query(`DROP TABLE "member"`);
    await queryRunner.query(`DROP TYPE "public"."membership_kind"`);
    await queryRunner.query(`DROP TYPE "public"."activity"`);
    await queryRunner.query(`DROP TYPE "public"."legal_form"`);
  }
}
