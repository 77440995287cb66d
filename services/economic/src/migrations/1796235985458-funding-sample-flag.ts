import { MigrationInterface, QueryRunner } from "typeorm";

/** Funding records say whether they are invented sample data, as members do (reports show it). */
export class FundingSampleFlag1796235985458 implements MigrationInterface {
  name = "FundingSampleFlag1796235985458";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "funding"
            ADD "is_sample" boolean NOT NULL DEFAULT false
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "funding" DROP COLUMN "is_sample"
        `);
  }
}
