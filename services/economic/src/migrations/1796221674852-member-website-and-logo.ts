import { MigrationInterface, QueryRunner } from "typeorm";

export class MemberWebsiteAndLogo1796221674852 implements MigrationInterface {
  name = "MemberWebsiteAndLogo1796221674852";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD "website" character varying(2000)
        `);
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD "logo_url" character varying(2000)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "member" DROP COLUMN "logo_url"
        `);
    await queryRunner.query(`
            ALTER TABLE "member" DROP COLUMN "website"
        `);
  }
}
