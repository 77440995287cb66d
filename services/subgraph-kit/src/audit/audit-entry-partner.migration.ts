import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trail says which partner's router made a change (`audit_entry.partner`). The kit owns the
 * audit entry, so it owns this migration: every subgraph lists it in its migrations (after its own
 * audit-trail migration), and their databases stay identical.
 */
export class AuditEntryPartner1796244606445 implements MigrationInterface {
  name = "AuditEntryPartner1796244606445";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "audit_entry"
            ADD "partner" character varying(60)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "audit_entry" DROP COLUMN "partner"
        `);
  }
}
