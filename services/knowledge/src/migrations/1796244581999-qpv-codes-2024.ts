import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * QPV codes of the 2024 geography beside the 2015 ones (issue 13, point 3): `QN` + 6 or 7 characters, e.g.
 * `QN02501M`, as well as `QP` + 6 digits (the kit's QPV_CODE_SOURCE). The columns widen from 8 to 9
 * characters in place (the generator dropped and re-added them, losing their data) and the CHECK
 * constraints take the kit's rule; the array's constraint is rewritten by hand too (the generator does not
 * compare check expressions). Existing codes all match the new rule, so nothing is backfilled.
 */
export class QpvCodes20241796244581999 implements MigrationInterface {
  name = "QpvCodes20241796244581999";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "territory" DROP CONSTRAINT "CHK_territory_qpv_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "territory" DROP CONSTRAINT "CHK_territory_qpv_codes"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_qpv_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ALTER COLUMN "qpv_code" TYPE character varying(9),
            ALTER COLUMN "qpv_codes" TYPE character varying(9) array
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ALTER COLUMN "qpv_code" TYPE character varying(9)
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD CONSTRAINT "CHK_territory_qpv_code" CHECK (
                    "qpv_code" ~ '^(QP[0-9]{6}|QN[0-9]{2}[0-9AB][0-9]{2,3}[A-Z]?)$'
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD CONSTRAINT "CHK_territory_qpv_codes" CHECK (
                    array_to_string("qpv_codes", ',') ~ '^((QP[0-9]{6}|QN[0-9]{2}[0-9AB][0-9]{2,3}[A-Z]?)(,(QP[0-9]{6}|QN[0-9]{2}[0-9AB][0-9]{2,3}[A-Z]?))*)?$'
                    AND (
                        "qpv_code" IS NULL
                        OR "qpv_code" = ANY ("qpv_codes")
                    )
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_qpv_code" CHECK (
                    "qpv_code" ~ '^(QP[0-9]{6}|QN[0-9]{2}[0-9AB][0-9]{2,3}[A-Z]?)$'
                )
        `);
  }

  /** Back to the 2015 codes only: refused (by the constraints) while a 2024 code is stored. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "practice" DROP CONSTRAINT "CHK_practice_qpv_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "territory" DROP CONSTRAINT "CHK_territory_qpv_codes"
        `);
    await queryRunner.query(`
            ALTER TABLE "territory" DROP CONSTRAINT "CHK_territory_qpv_code"
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ALTER COLUMN "qpv_code" TYPE character varying(8)
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ALTER COLUMN "qpv_code" TYPE character varying(8),
            ALTER COLUMN "qpv_codes" TYPE character varying(8) array
        `);
    await queryRunner.query(`
            ALTER TABLE "practice"
            ADD CONSTRAINT "CHK_practice_qpv_code" CHECK ("qpv_code" ~ '^QP[0-9]{6}$')
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD CONSTRAINT "CHK_territory_qpv_codes" CHECK (
                    array_to_string("qpv_codes", ',') ~ '^(QP[0-9]{6}(,QP[0-9]{6})*)?$'
                    AND (
                        "qpv_code" IS NULL
                        OR "qpv_code" = ANY ("qpv_codes")
                    )
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "territory"
            ADD CONSTRAINT "CHK_territory_qpv_code" CHECK ("qpv_code" ~ '^QP[0-9]{6}$')
        `);
  }
}
