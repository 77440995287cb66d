import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Incremental sync and bulk import (issue 13, point 6).
 *
 * `updated_at` of practices, transfers and adoptions is kept by the database, not by the API code: a
 * trigger sets it on every insert and every real change of the row, and triggers on the child tables
 * (a practice's members and source actions, a transfer's practices and members) touch their parent. So
 * every writer — workflow steps, link replacements, foreign-key actions (a deleted transfer unlinking
 * adoptions), a territory renamed (its name is copied into its practices), the sample data, a script in
 * psql — moves the record up the change feed, and no future mutation can forget to. An UPDATE that
 * changes nothing keeps the old time.
 *
 * The time is `clock_timestamp()` (when the row is written), not `now()` (when its transaction began): the
 * change feed holds back rows at or after the start of any transaction still writing (see the kit's
 * change-feed horizon), and a row written later by a transaction that had not yet written then is stamped
 * later than anything the feed returned.
 *
 * `external_id`: the territory's own identifier of an imported practice, unique within the territory.
 */
export class IncrementalSync1796244595082 implements MigrationInterface {
  name = "IncrementalSync1796244595082";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD "external_id" character varying(100)
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_0d600a6b2c2cab927d7e726b7b" ON "practice" ("updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_83d80730fb66da5c8034da2c2c" ON "transfer" ("updated_at", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5d02244a35879bbe8d96f9aaa4" ON "adoption" ("updated_at", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "UQ_practice_territory_external_id" UNIQUE ("territory_id", "external_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_external_id" CHECK (
                    "external_id" IS NULL
                    OR "territory_id" IS NOT NULL
                )
        `);
    // The row's own changes: stamped when written; an UPDATE that changes nothing keeps the old stamp.
    await queryRunner.query(`
            CREATE FUNCTION knowledge_stamp_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              -- Nothing changed (not even updated_at, which a touch by a child row sets): keep the stamp.
              IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
                RETURN NEW;
              END IF;
              NEW.updated_at := clock_timestamp();
              RETURN NEW;
            END $$
        `);
    // A child row inserted, changed or deleted touches its parent: TG_ARGV = parent table, parent key column.
    await queryRunner.query(`
            CREATE FUNCTION knowledge_touch_parent() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              parent_id uuid;
            BEGIN
              IF TG_OP = 'DELETE' THEN
                parent_id := (to_jsonb(OLD) ->> TG_ARGV[1])::uuid;
              ELSE
                parent_id := (to_jsonb(NEW) ->> TG_ARGV[1])::uuid;
              END IF;
              EXECUTE format('UPDATE %I SET updated_at = clock_timestamp() WHERE id = $1', TG_ARGV[0])
                USING parent_id;
              IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) ->> TG_ARGV[1]) IS DISTINCT FROM (to_jsonb(NEW) ->> TG_ARGV[1]) THEN
                EXECUTE format('UPDATE %I SET updated_at = clock_timestamp() WHERE id = $1', TG_ARGV[0])
                  USING (to_jsonb(OLD) ->> TG_ARGV[1])::uuid;
              END IF;
              RETURN NULL;
            END $$
        `);
    for (const table of ["practice", "transfer", "adoption"]) {
      await queryRunner.query(`
            CREATE TRIGGER "TRG_${table}_updated_at" BEFORE INSERT OR UPDATE ON "${table}"
            FOR EACH ROW EXECUTE FUNCTION knowledge_stamp_updated_at()
        `);
    }
    for (const [child, parent, column] of [
      ["practice_member", "practice", "practice_id"],
      ["practice_source_action", "practice", "practice_id"],
      ["transfer_member", "transfer", "transfer_id"],
      ["transfer_practice", "transfer", "transfer_id"],
    ]) {
      await queryRunner.query(`
            CREATE TRIGGER "TRG_${child}_touches_${parent}" AFTER INSERT OR UPDATE OR DELETE ON "${child}"
            FOR EACH ROW EXECUTE FUNCTION knowledge_touch_parent('${parent}', '${column}')
        `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [child, parent] of [
      ["practice_member", "practice"],
      ["practice_source_action", "practice"],
      ["transfer_member", "transfer"],
      ["transfer_practice", "transfer"],
    ]) {
      await queryRunner.query(`DROP TRIGGER "TRG_${child}_touches_${parent}" ON "${child}"`);
    }
    for (const table of ["practice", "transfer", "adoption"]) {
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_updated_at" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION knowledge_touch_parent()`);
    await queryRunner.query(`DROP FUNCTION knowledge_stamp_updated_at()`);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_external_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "UQ_practice_territory_external_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5d02244a35879bbe8d96f9aaa4"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_83d80730fb66da5c8034da2c2c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0d600a6b2c2cab927d7e726b7b"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP COLUMN "external_id"
        `);
  }
}
