import { MigrationInterface, QueryRunner } from "typeorm";

/** The outbox of partners' webhooks: one row per event and partner, written with the change it announces. */
export class WebhookDelivery1796245142126 implements MigrationInterface {
  name = "WebhookDelivery1796245142126";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "webhook_delivery" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "partner" character varying(60) NOT NULL,
                "event" character varying(60) NOT NULL,
                "payload" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "attempts" integer NOT NULL DEFAULT '0',
                "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "delivered_at" TIMESTAMP WITH TIME ZONE,
                "failed_at" TIMESTAMP WITH TIME ZONE,
                "last_error" character varying(300),
                CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_webhook_delivery_pending" ON "webhook_delivery" ("next_attempt_at")
            WHERE "delivered_at" IS NULL
                AND "failed_at" IS NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_webhook_delivery_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "webhook_delivery"
        `);
  }
}
