import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Who recorded each transfer: the Pôle's team (its own work) or the territory that received it (a
 * partner's report), so the council's report counts them apart (issue 12).
 *
 * Backfill: a transfer whose creation the audit trail attributes to a territory token is a partner's
 * report; every other one (the sample data, staff's records, rows older than the trail) was recorded by the
 * Pôle's team, as only staff and territories may create transfers. The column has no default afterwards:
 * every new transfer says where it comes from.
 */
export class TransferOrigin1796236013805 implements MigrationInterface {
  name = "TransferOrigin1796236013805";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."transfer_origin" AS ENUM('POLE', 'PARTNER_TERRITORY')
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer"
            ADD "origin" "public"."transfer_origin" NOT NULL DEFAULT 'POLE'
        `);
    await queryRunner.query(`
            UPDATE "transfer" t SET "origin" = 'PARTNER_TERRITORY'
             WHERE EXISTS (
                   SELECT 1 FROM "audit_entry" e
                    WHERE e."record_type" = 'Transfer' AND e."record_id" = t."id"::text
                      AND e."operation" = 'createTransfer' AND e."actor_role" = 'territory'
             )
        `);
    await queryRunner.query(`
            ALTER TABLE "transfer" ALTER COLUMN "origin" DROP DEFAULT
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "transfer" DROP COLUMN "origin"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."transfer_origin"
        `);
  }
}
