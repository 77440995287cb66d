import { MigrationInterface, QueryRunner } from "typeorm";

export class AuditTrail1795812077249 implements MigrationInterface {
  name = "AuditTrail1795812077249";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "operation" character varying(100) NOT NULL,
                "record_type" character varying(100) NOT NULL,
                "record_id" character varying(100) NOT NULL,
                "actor_subject" character varying(200) NOT NULL,
                "actor_role" character varying(20),
                "actor_member_id" uuid,
                "actor_territory_id" uuid,
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_15cd16d652cff9278f9c0f0e93" ON "audit_entry" ("occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e5a6cea63bd68521c60db699e2" ON "audit_entry" ("record_type", "record_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e5a6cea63bd68521c60db699e2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_15cd16d652cff9278f9c0f0e93"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
  }
}
