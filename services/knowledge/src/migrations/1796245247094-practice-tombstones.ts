import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13 point 4: a withdrawn practice is a tombstone, with the date it was withdrawn. Existing withdrawn
 * practices get the date of their withdrawPractice audit entry (Paris time), or of their last change when
 * the trail has none; then every WITHDRAWN practice must have one, and only those.
 */
export class PracticeTombstones1796245247094 implements MigrationInterface {
  name = "PracticeTombstones1796245247094";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "withdrawn_on" date
        `);
    await queryRunner.query(`
            UPDATE "practice" AS p
            SET "withdrawn_on" = (
                    COALESCE(
                        (
                            SELECT max(e."occurred_at")
                            FROM "audit_entry" AS e
                            WHERE e."record_type" = 'Practice'
                                AND e."record_id" = p."id"::text
                                AND e."operation" = 'withdrawPractice'
                        ),
                        p."updated_at"
                    ) AT TIME ZONE 'Europe/Paris'
                )::date
            WHERE p."status" = 'WITHDRAWN'
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_withdrawn_on" CHECK (
                    ("status" = 'WITHDRAWN') = ("withdrawn_on" IS NOT NULL)
                )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_withdrawn_on"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "withdrawn_on"
        `);
  }
}
