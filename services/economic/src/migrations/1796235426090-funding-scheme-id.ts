import { MigrationInterface, QueryRunner } from "typeorm";

export class FundingSchemeId1796235426090 implements MigrationInterface {
  name = "FundingSchemeId1796235426090";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "funding"
            ADD "scheme_id" character varying(200)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "funding" DROP COLUMN "scheme_id"
        `);
  }
}
