import { MigrationInterface, QueryRunner } from "typeorm";

export class KnowledgeFoundation1795811030890 implements MigrationInterface {
  name = "KnowledgeFoundation1795811030890";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."territory_kind" AS ENUM('COMMUNE', 'INTERCOMMUNALITY', 'DEPARTMENT', 'REGION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "territory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "insee_code" character varying(5) NOT NULL, "kind" "public"."territory_kind" NOT NULL, "qpv_code" character varying(8), "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_territory_qpv_code" CHECK ("qpv_code" ~ '^QP[0-9]{6}$'), CONSTRAINT "PK_2250448f958bc52a8d040b48f82" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."practice_status" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'WITHDRAWN')`,
    );
    await queryRunner.query(
      `CREATE TABLE "practice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "summary" text NOT NULL, "status" "public"."practice_status" NOT NULL DEFAULT 'DRAFT', "themes" text array NOT NULL DEFAULT '{}', "territory_id" uuid, "published_on" date, "licence" character varying(40) NOT NULL DEFAULT 'CC-BY-SA-4.0', "is_sample" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_practice_published_on" CHECK ("status" <> 'PUBLISHED' OR "published_on" IS NOT NULL), CONSTRAINT "PK_4d094a10eae690da34cc5b8ea32" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7a21e99e483897be3cf57da4fb" ON "practice"  ("territory_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fb930472f5a7017fb24ff760b3" ON "practice"  ("status") `);
    await queryRunner.query(
      `CREATE TABLE "practice_member" ("practice_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_d2f51c751886f7eb55249743c67" PRIMARY KEY ("practice_id", "member_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8144b5dbbd08abe5c0af0f84b4" ON "practice_member"  ("member_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."transfer_kind" AS ENUM('IN_SITU_TRAINING', 'ELECTED_OFFICIALS_BRIEFING', 'OPERATOR_TRANSFER', 'KNOW_HOW_TRANSFER', 'PROJECT_ENGINEERING')`,
    );
    await queryRunner.query(
      `CREATE TABLE "transfer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."transfer_kind" NOT NULL, "title" character varying(200) NOT NULL, "held_on" date NOT NULL, "territory_id" uuid NOT NULL, "audience" character varying(200) NOT NULL, "participant_count" integer NOT NULL, "is_sample" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_transfer_participant_count" CHECK ("participant_count" >= 0), CONSTRAINT "PK_fd9ddbdd49a17afcbe014401295" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_15bb03840e9ebea8fafcf793ad" ON "transfer"  ("held_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_69536c15d6fa4985dc10c46537" ON "transfer"  ("territory_id") `);
    await queryRunner.query(
      `ALTER TABLE "practice" ADD CONSTRAINT "FK_7a21e99e483897be3cf57da4fb1" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_member" ADD CONSTRAINT "FK_714ddef79c0d0e4b88b7ecde331" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "transfer" ADD CONSTRAINT "FK_69536c15d6fa4985dc10c465371" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "transfer" DROP CONSTRAINT "FK_69536c15d6fa4985dc10c465371"`);
    await queryRunner.query(`ALTER TABLE "practice_member" DROP CONSTRAINT "FK_714ddef79c0d0e4b88b7ecde331"`);
    await queryRunner.query(`ALTER TABLE "practice" DROP CONSTRAINT "FK_7a21e99e483897be3cf57da4fb1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69536c15d6fa4985dc10c46537"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15bb03840e9ebea8fafcf793ad"`);
    await queryRunner.query(`DROP TABLE "transfer"`);
    await queryRunner.query(`DROP TYPE "public"."transfer_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8144b5dbbd08abe5c0af0f84b4"`);
    await queryRunner.query(`DROP TABLE "practice_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb930472f5a7017fb24ff760b3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a21e99e483897be3cf57da4fb"`);
    await queryRunner.query(`DROP TABLE "practice"`);
    await queryRunner.query(`DROP TYPE "public"."practice_status"`);
    await queryRunner.query(`DROP TABLE "territory"`);
    await queryRunner.query(`DROP TYPE "public"."territory_kind"`);
  }
}
