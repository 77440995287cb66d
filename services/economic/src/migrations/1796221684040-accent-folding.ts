import { MigrationInterface, QueryRunner } from "typeorm";
import { installAccentFolding, uninstallAccentFolding } from "@pole/subgraph-kit";

/**
 * Hand-written (TypeORM cannot express expression indexes): accent and case folding (the kit's
 * `pole_fold`) and the trigram indexes that serve the `nameContains` filters on the folded names.
 * Declared unsynchronized in the entities so that schema checks leave them alone.
 */
export class AccentFolding1796221684040 implements MigrationInterface {
  name = "AccentFolding1796221684040";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await installAccentFolding(queryRunner);
    await queryRunner.query(`
            CREATE INDEX "IDX_member_name_folded" ON "member" USING GIN (pole_fold("name") gin_trgm_ops)
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_service_offering_name_folded" ON "service_offering"
            USING GIN (pole_fold("name") gin_trgm_ops)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_service_offering_name_folded"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_member_name_folded"`);
    await uninstallAccentFolding(queryRunner);
  }
}
