import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The table of idempotency keys (`idempotency_key`, see IdempotencyKey). The kit owns the entity, so it owns
 * this migration: every subgraph lists it in its migrations, and their databases stay identical.
 */
export class IdempotencyKeys1796300000000 implements MigrationInterface {
  name = "IdempotencyKeys1796300000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "idempotency_key" (
                "caller" character varying(300) NOT NULL,
                "key" character varying(120) NOT NULL,
                "request_hash" character(64) NOT NULL,
                "response" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1482d923e254705fd82e4d392f6" PRIMARY KEY ("caller", "key")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_72d9c713a563e6e92176fe0e44" ON "idempotency_key" ("created_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_72d9c713a563e6e92176fe0e44"
        `);
    await queryRunner.query(`
            DROP TABLE "idempotency_key"
        `);
  }
}
