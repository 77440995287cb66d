import { MigrationInterface, QueryRunner } from "typeorm";

export class PendingContributions1796198052875 implements MigrationInterface {
  name = "PendingContributions1796198052875";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fc18aec75c4348a14dcf1f3ef3"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."contribution_status"
            ADD VALUE 'PENDING'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fc18aec75c4348a14dcf1f3ef3" ON "contribution" ("phase_id", "status")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // By hand: contributions still awaiting moderation are hidden (never published unseen), and the
    // column's default and the check naming a status are dropped and restored around the type change.
    await queryRunner.query(`
            UPDATE "contribution"
            SET "status" = 'HIDDEN', "moderation_reason" = 'En attente de modération lors du retour arrière'
            WHERE "status" = 'PENDING'
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution" ALTER COLUMN "status" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution" DROP CONSTRAINT "CHK_contribution_hidden_reason"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fc18aec75c4348a14dcf1f3ef3"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contribution_status_old" AS ENUM('PUBLISHED', 'HIDDEN')
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution"
            ALTER COLUMN "status" TYPE "public"."contribution_status_old" USING "status"::"text"::"public"."contribution_status_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contribution_status"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."contribution_status_old"
            RENAME TO "contribution_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution" ALTER COLUMN "status" SET DEFAULT 'PUBLISHED'
        `);
    await queryRunner.query(`
            ALTER TABLE "contribution"
            ADD CONSTRAINT "CHK_contribution_hidden_reason" CHECK ("status" <> 'HIDDEN' OR "moderation_reason" IS NOT NULL)
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fc18aec75c4348a14dcf1f3ef3" ON "contribution" USING btree ("phase_id", "status")
        `);
  }
}
