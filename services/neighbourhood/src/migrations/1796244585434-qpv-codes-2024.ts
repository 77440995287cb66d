import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * QPV codes of the 2024 geography beside the 2015 ones (issue 13, point 3): `QN` + 6 or 7 characters, e.g.
 * `QN02501M`, as well as `QP` + 6 digits (the kit's QPV_CODE_SOURCE). The column widens from 8 to 9
 * characters in place (the generator dropped and re-added it, losing its data) and the CHECK constraint
 * takes the kit's rule. Existing codes all match the new rule, so nothing is backfilled.
 */
export class QpvCodes20241796244585434 implements MigrationInterface {
  name = "QpvCodes20241796244585434";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP CONSTRAINT "CHK_neighbourhood_action_qpv_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ALTER COLUMN "qpv_code" TYPE character varying(9)
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD CONSTRAINT "CHK_neighbourhood_action_qpv_code" CHECK (
                    "qpv_code" ~ '^(QP[0-9]{6}|QN[0-9]{2}[0-9AB][0-9]{2,3}[A-Z]?)$'
                )
        `);
  }

  /** Back to the 2015 codes only: refused (by the constraint) while a 2024 code is stored. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action" DROP CONSTRAINT "CHK_neighbourhood_action_qpv_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ALTER COLUMN "qpv_code" TYPE character varying(8)
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_action"
            ADD CONSTRAINT "CHK_neighbourhood_action_qpv_code" CHECK ("qpv_code" ~ '^QP[0-9]{6}$')
        `);
  }
}
