import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A territory's identifiers fit its kind (issue 12): a commune, department or region keeps its INSEE code;
 * an intercommunality (EPCI) has none and is identified by its SIREN.
 *
 * Backfill: the sample data's Grand Dijon carried the made-up INSEE-like code 21E01; it gets its SIREN,
 * 242100410 (Dijon Métropole). Any other intercommunality has no SIREN on record, and none can be made up:
 * the migration stops and names them, so the staff record their SIREN (and clear the code) before it runs.
 */
export class TerritorySiren1796236906506 implements MigrationInterface {
  name = "TerritorySiren1796236906506";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD "siren" character varying(9)
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ALTER COLUMN "insee_code" DROP NOT NULL
        `);
    await queryRunner.query(`
            UPDATE "territory" SET "insee_code" = NULL, "siren" = '242100410'
             WHERE "id" = 'c1000000-0000-4000-8000-000000000002' AND "is_sample" AND "insee_code" = '21E01'
        `);
    const withoutSiren = (await queryRunner.query(`
            SELECT "id", "name" FROM "territory"
             WHERE "kind" = 'INTERCOMMUNALITY' AND "siren" IS NULL ORDER BY "name"
        `)) as { id: string; name: string }[];
    if (withoutSiren.length > 0) {
      throw new Error(
        `TerritorySiren: an intercommunality is identified by its SIREN, not an INSEE code; record the SIREN of ${withoutSiren
          .map(({ id, name }) => `« ${name} » (${id})`)
          .join(
            ", ",
          )} (UPDATE territory SET siren = '…', insee_code = NULL WHERE id = '…'), then migrate again`,
      );
    }
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD CONSTRAINT "CHK_territory_siren" CHECK ("siren" ~ '^[0-9]{9}$')
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD CONSTRAINT "CHK_territory_identifier" CHECK (
                    ("kind" = 'INTERCOMMUNALITY') = ("insee_code" IS NULL)
                    AND (
                        "kind" <> 'INTERCOMMUNALITY'
                        OR "siren" IS NOT NULL
                    )
                )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "territory" DROP CONSTRAINT "CHK_territory_identifier"
        `);
    await queryRunner.query(`
            ALTER TABLE "territory" DROP CONSTRAINT "CHK_territory_siren"
        `);
    await queryRunner.query(`
            UPDATE "territory" SET "insee_code" = '21E01'
             WHERE "id" = 'c1000000-0000-4000-8000-000000000002' AND "is_sample" AND "insee_code" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ALTER COLUMN "insee_code"
            SET NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "territory" DROP COLUMN "siren"
        `);
  }
}
