import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13 points 8 and 9: a territory's own change of its name, codes or kind waits for staff review
 * (`territory_change`, at most one PENDING per territory; decided ones stay as history), and the
 * territories' filters are indexed: the INSEE code (btree), the QPV codes (GIN on the array: a territory's
 * own qpvCode is always among its qpvCodes) and the folded name (trigram GIN, as members' nameContains).
 */
export class TerritoryReviewAndFilters1796245891101 implements MigrationInterface {
  name = "TerritoryReviewAndFilters1796245891101";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."territory_change_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED')
        `);
    await queryRunner.query(`
            CREATE TABLE "territory_change" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "territory_id" uuid NOT NULL,
                "status" "public"."territory_change_status" NOT NULL DEFAULT 'PENDING',
                "changed_fields" character varying(20) array NOT NULL,
                "name" character varying(200) NOT NULL,
                "insee_code" character varying(5),
                "siren" character varying(9),
                "kind" "public"."territory_kind" NOT NULL,
                "qpv_code" character varying(9),
                "qpv_codes" character varying(9) array NOT NULL DEFAULT '{}',
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "rejection_reason" text,
                CONSTRAINT "PK_754599265c374e9205a4ee11cc0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_56b3ef1d76ae4091a4210d199b" ON "territory_change" ("territory_id", "requested_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_territory_change_pending" ON "territory_change" ("territory_id")
            WHERE "status" = 'PENDING'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3a3951447cd55874d1c82114c4" ON "territory" ("insee_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_territory_qpv_codes" ON "territory" USING GIN ("qpv_codes")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_territory_name_folded" ON "territory" USING GIN (pole_fold("name") gin_trgm_ops)
        `);
    await queryRunner.query(`
            ALTER TABLE "territory_change"
            ADD CONSTRAINT "FK_8593f456b85614ff43adda963c9" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "territory_change" DROP CONSTRAINT "FK_8593f456b85614ff43adda963c9"
        `);
    await queryRunner.query(`DROP INDEX "public"."IDX_territory_name_folded"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_territory_qpv_codes"`);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3a3951447cd55874d1c82114c4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_territory_change_pending"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_56b3ef1d76ae4091a4210d199b"
        `);
    await queryRunner.query(`
            DROP TABLE "territory_change"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."territory_change_status"
        `);
  }
}
