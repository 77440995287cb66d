import { MigrationInterface, QueryRunner } from "typeorm";
import { installAccentFolding, uninstallAccentFolding } from "@pole/subgraph-kit";

/**
 * Hand-written (TypeORM cannot express expression indexes): accent and case folding (the kit's
 * `pole_fold`), the trigram index that serves `titleContains` on actions and the indexes on the folded
 * places the `place` filters compare. Declared unsynchronized in the entities so that schema checks leave
 * them alone.
 */
export class AccentFolding1796221910310 implements MigrationInterface {
  name = "AccentFolding1796221910310";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await installAccentFolding(queryRunner);
    await queryRunner.query(`
            CREATE INDEX "IDX_neighbourhood_action_title_folded" ON "neighbourhood_action"
            USING GIN (pole_fold("title") gin_trgm_ops)
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_neighbourhood_action_place_folded" ON "neighbourhood_action" (pole_fold("place"))
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_participatory_project_place_folded" ON "participatory_project" (pole_fold("place"))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_participatory_project_place_folded"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_neighbourhood_action_place_folded"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_neighbourhood_action_title_folded"`);
    await uninstallAccentFolding(queryRunner);
  }
}
