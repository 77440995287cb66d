import { MigrationInterface, QueryRunner } from "typeorm";

export class EconomicPillar1795812635771 implements MigrationInterface {
  name = "EconomicPillar1795812635771";

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Exclusion constraints below compare uuids and texts with `=` inside a GiST index.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`
            CREATE TYPE "public"."commercial_action_kind" AS ENUM('COMMUNICATION', 'PROSPECTING', 'MARKETING')
        `);
    await queryRunner.query(`
            CREATE TABLE "commercial_action" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."commercial_action_kind" NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text,
                "starts_on" date NOT NULL,
                "ends_on" date,
                "outcome" text,
                "leads" integer,
                "contracts_won" integer,
                "revenue_generated_cents" bigint,
                CONSTRAINT "CHK_6128b7aa079c06b0642a6ae147" CHECK (
                    "ends_on" IS NULL
                    OR "ends_on" >= "starts_on"
                ),
                CONSTRAINT "PK_2f8f77f295494bd74fa76e25068" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9177b649088c919ff2c40505ad" ON "commercial_action" ("starts_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "commercial_action_participant" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "action_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "hours" numeric(7, 2),
                "contribution_cents" bigint NOT NULL,
                "public_value_cents" bigint,
                CONSTRAINT "PK_aee9842a275a6210d4fa53e697f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_836df3b78c71b34b311fd29c9f" ON "commercial_action_participant" ("member_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_0828c898218fa574a12e587831" ON "commercial_action_participant" ("action_id", "member_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."collaboration_kind" AS ENUM('CO_CONTRACTING', 'SUBCONTRACTING', 'JOINT_BID')
        `);
    await queryRunner.query(`
            CREATE TABLE "collaboration" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."collaboration_kind" NOT NULL,
                "lead_member_id" uuid NOT NULL,
                "partner_member_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "client" character varying(200),
                "amount_cents" bigint,
                "starts_on" date NOT NULL,
                "ends_on" date,
                CONSTRAINT "CHK_31d4915eca985a296d04414fe5" CHECK (
                    "ends_on" IS NULL
                    OR "ends_on" >= "starts_on"
                ),
                CONSTRAINT "CHK_ebd76dcfc25786b2c1b1ea6aaf" CHECK ("lead_member_id" <> "partner_member_id"),
                CONSTRAINT "PK_16651fd53e1fc690513e3346063" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5e06e3ca224028eca9d2021561" ON "collaboration" ("partner_member_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_809f7081297ef6623c614948b1" ON "collaboration" ("lead_member_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "consulting_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "offering_id" uuid NOT NULL,
                "held_on" date NOT NULL,
                "hours" numeric(5, 2) NOT NULL,
                "topic" character varying(200) NOT NULL,
                "consultant" character varying(200),
                "member_amount_cents" bigint NOT NULL,
                "public_amount_cents" bigint,
                CONSTRAINT "CHK_ed7fb9cbee4512c58c0f7a22ec" CHECK ("hours" > 0),
                CONSTRAINT "PK_3461921171f5347bbb8f1537b9d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_dca8b757f2a63b860d4d361e0d" ON "consulting_session" ("member_id", "held_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."funder_kind" AS ENUM(
                'CITY',
                'METROPOLIS',
                'DEPARTMENT',
                'REGION',
                'STATE',
                'FOUNDATION',
                'EU'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."aid_nature" AS ENUM('CASH', 'IN_KIND')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."payment_conditions" AS ENUM('SINGLE', 'INSTALMENTS')
        `);
    await queryRunner.query(`
            CREATE TABLE "funding" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "year" integer NOT NULL,
                "funder_kind" "public"."funder_kind" NOT NULL,
                "attributing_body_name" character varying(200) NOT NULL,
                "attributing_body_siret" character varying(14) NOT NULL,
                "agreement_date" date NOT NULL,
                "decision_reference" character varying(100),
                "beneficiary_name" character varying(200) NOT NULL,
                "beneficiary_siret" character varying(14),
                "beneficiary_rna" character varying(10),
                "object" text NOT NULL,
                "amount_cents" bigint NOT NULL,
                "natures" "public"."aid_nature" array NOT NULL,
                "payment_conditions" "public"."payment_conditions" NOT NULL,
                "payment_dates" date array NOT NULL,
                "rae_id" character varying(50),
                "eu_notification" boolean NOT NULL DEFAULT false,
                "subsidy_percentage" numeric(5, 2) NOT NULL,
                "scheme" character varying(200),
                CONSTRAINT "CHK_2154426145587148509e315334" CHECK (
                    "subsidy_percentage" > 0
                    AND "subsidy_percentage" <= 100
                ),
                CONSTRAINT "CHK_3a5dfa9e3b828b8684c27c6ada" CHECK ("amount_cents" > 0),
                CONSTRAINT "PK_096afc0d11a08deb52da61f039e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2041634fd90062f411e12b9846" ON "funding" ("year")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."college" AS ENUM(
                'MEMBER_ENTERPRISES',
                'PARTNERS',
                'QUALIFIED_PERSONS'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."association_member_kind" AS ENUM('ORGANISATION', 'PERSON')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."board_role" AS ENUM(
                'PRESIDENT',
                'VICE_PRESIDENT',
                'TREASURER',
                'SECRETARY',
                'BOARD_MEMBER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "association_member" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "college" "public"."college" NOT NULL,
                "kind" "public"."association_member_kind" NOT NULL,
                "name" character varying(200) NOT NULL,
                "member_id" uuid,
                "has_voting_rights" boolean NOT NULL,
                "votes" integer NOT NULL,
                "board_role" "public"."board_role",
                "joined_on" date NOT NULL,
                "left_on" date,
                CONSTRAINT "CHK_13845a765a9ec7dcc081586b42" CHECK (
                    "left_on" IS NULL
                    OR "left_on" >= "joined_on"
                ),
                CONSTRAINT "CHK_3c0a31bd3b9c34a4ef4bbd1375" CHECK ("votes" >= 0),
                CONSTRAINT "CHK_ba3d29eb6bfc73aeff4bca9433" CHECK (
                    "college" <> 'MEMBER_ENTERPRISES'
                    OR "member_id" IS NOT NULL
                ),
                CONSTRAINT "PK_f8d146da7120a23a11d8b688202" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1e4ef63a52e2f7c2b9715ed6dc" ON "association_member" ("college")
        `);
    await queryRunner.query(`
            CREATE TABLE "award" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "awarded_by" character varying(200) NOT NULL,
                "awarded_on" date NOT NULL,
                "description" text,
                "amount_cents" bigint,
                CONSTRAINT "PK_e887e4e69663925ebb60d3a7775" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "milestone" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "starts_on" date NOT NULL,
                "ends_on" date,
                "title" character varying(200) NOT NULL,
                "description" text,
                CONSTRAINT "CHK_d6407e5457b31067c8d2a1a51a" CHECK (
                    "ends_on" IS NULL
                    OR "ends_on" >= "starts_on"
                ),
                CONSTRAINT "PK_f8372abce331f60ba7b33fe23a7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c255b6ade12896f8e4c464c522" ON "milestone" ("starts_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "operating_team_member" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "full_name" character varying(200) NOT NULL,
                "job_title" character varying(200) NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date,
                CONSTRAINT "CHK_b174158fbe9393781bb7f57e32" CHECK (
                    "ends_on" IS NULL
                    OR "ends_on" >= "starts_on"
                ),
                CONSTRAINT "PK_b779fa30ae5cc8199e99d8e456e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "steering_committee_meeting" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "held_on" date NOT NULL,
                "place" character varying(200),
                "summary" text,
                CONSTRAINT "PK_ac8c5b9d8b271686a6af8a280b0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2422ece032b3b8e4ea7999a76b" ON "steering_committee_meeting" ("held_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."decision_outcome" AS ENUM('ADOPTED', 'REJECTED', 'POSTPONED')
        `);
    await queryRunner.query(`
            CREATE TABLE "steering_committee_decision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "title" character varying(300) NOT NULL,
                "description" text,
                "outcome" "public"."decision_outcome" NOT NULL,
                CONSTRAINT "PK_db89c9fcd334f2b2b4e26833df7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9299ab5f705d8c3f53db2a2452" ON "steering_committee_decision" ("meeting_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."body_kind" AS ENUM(
                'CITY',
                'METROPOLIS',
                'DEPARTMENT',
                'REGION',
                'STATE',
                'SOCIAL_LANDLORD',
                'ASSOCIATION',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "steering_committee_seat" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "body_name" character varying(200) NOT NULL,
                "body_kind" "public"."body_kind" NOT NULL,
                "is_chair" boolean NOT NULL DEFAULT false,
                "since" date NOT NULL,
                "until" date,
                CONSTRAINT "CHK_ae93fcb0d1933a897217236332" CHECK (
                    "until" IS NULL
                    OR "until" >= "since"
                ),
                CONSTRAINT "PK_1b4db4396936b4206369a6ee8d0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c4d6611bfeecbd2b02cc213c4f" ON "steering_committee_seat" ("is_chair")
            WHERE "is_chair"
                AND "until" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "group_purchase" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(200) NOT NULL,
                "supplier" character varying(200) NOT NULL,
                "ordered_on" date NOT NULL,
                "description" text,
                CONSTRAINT "PK_1076a218930268002d851abdb1b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3d926282cfd564203c1b82379c" ON "group_purchase" ("ordered_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "group_purchase_participant" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "purchase_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "amount_cents" bigint NOT NULL,
                "public_amount_cents" bigint NOT NULL,
                CONSTRAINT "PK_9f3a66f3fc734976d6c2501cdf0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e8b3e7d9f41c7d47197b80d132" ON "group_purchase_participant" ("member_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_8f40b0ed7bd6fcec110d749c08" ON "group_purchase_participant" ("purchase_id", "member_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "membership_period" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "member_id" uuid NOT NULL,
                "kind" "public"."membership_kind" NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date,
                CONSTRAINT "CHK_edb5a786244a15e9b15c670f5b" CHECK (
                    "ends_on" IS NULL
                    OR "ends_on" >= "starts_on"
                ),
                CONSTRAINT "XCL_75910fd0e2929ea60d061ea854" EXCLUDE USING gist (
                    "member_id" WITH =,
                    daterange("starts_on", "ends_on", '[]') WITH &&
                ),
                CONSTRAINT "PK_2f0ab2df09b02a350acdfd4eb66" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_602ce68de6f8d5b9ac3b740726" ON "membership_period" ("member_id", "starts_on")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."shared_resource_kind" AS ENUM('ROOM', 'EQUIPMENT')
        `);
    await queryRunner.query(`
            CREATE TABLE "shared_resource" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."shared_resource_kind" NOT NULL,
                "name" character varying(200) NOT NULL,
                "description" text,
                "capacity" integer,
                "member_hourly_rate_cents" bigint NOT NULL,
                "public_hourly_rate_cents" bigint,
                CONSTRAINT "UQ_82ecfabd3634169429ba4d45c85" UNIQUE ("name"),
                CONSTRAINT "PK_80ef028e12394d2dca95dcefa9e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "booking" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "resource_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "purpose" character varying(300),
                "member_amount_cents" bigint NOT NULL,
                "public_amount_cents" bigint,
                CONSTRAINT "CHK_ab4f477c5662b3eb83583385ea" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "XCL_453840a502e5299c537b524465" EXCLUDE USING gist (
                    "resource_id" WITH =,
                    tstzrange("starts_at", "ends_at") WITH &&
                ),
                CONSTRAINT "PK_49171efc69702ed84c812f33540" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1b01d128c53ed1aa2b87ea33bf" ON "booking" ("member_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "training" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "offering_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text,
                "trainer" character varying(200),
                CONSTRAINT "PK_c436c96be3adf1aa439ef471427" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "training_session" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "training_id" uuid NOT NULL,
                "held_on" date NOT NULL,
                "hours" numeric(5, 2) NOT NULL,
                "place" character varying(200),
                CONSTRAINT "CHK_2922c0498ffec925d8bb26f6a2" CHECK ("hours" > 0),
                CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e99db174389176190331b6ac3c" ON "training_session" ("training_id", "held_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "training_attendance" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "session_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "participant_count" integer NOT NULL,
                "member_amount_cents" bigint NOT NULL,
                "public_amount_cents" bigint,
                CONSTRAINT "CHK_38a1b5434800e3ad4c659ef20e" CHECK ("participant_count" > 0),
                CONSTRAINT "PK_ec1cf074a9001ef4aa80a74bd61" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_64a74da62e6c95482586d56c3e" ON "training_attendance" ("member_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_8fe7ef47f864dc90afb0669d5b" ON "training_attendance" ("session_id", "member_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD "siret" character varying(14)
        `);
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD CONSTRAINT "UQ_b0aeaf79c99da68d3c97dcf7f98" UNIQUE ("siret")
        `);
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD "rna_number" character varying(10)
        `);
    await queryRunner.query(`
            ALTER TABLE "member"
            ADD CONSTRAINT "UQ_3554c00f8c43bf3a12664294684" UNIQUE ("rna_number")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."pricing_unit" AS ENUM('FLAT', 'HOUR', 'DAY', 'SQM_MONTH')
        `);
    await queryRunner.query(`
            ALTER TABLE "service_offering"
            ADD "unit" "public"."pricing_unit" NOT NULL DEFAULT 'FLAT'
        `);
    await queryRunner.query(`
            ALTER TABLE "office_lease"
            ADD "public_monthly_rent_cents" bigint
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."activity"
            ADD VALUE 'MUSIC'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."activity"
            ADD VALUE 'VISUAL_ARTS'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."activity"
            ADD VALUE 'PHOTOGRAPHY'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."activity"
            ADD VALUE 'PUBLISHING'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."activity"
            ADD VALUE 'DESIGN'
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."activity"
            ADD VALUE 'VIDEO_GAMES'
        `);
    await queryRunner.query(`
            ALTER TABLE "office_lease"
            ADD CONSTRAINT "CHK_f232a511cc3310244a3bfaef46" CHECK ("area_sqm" > 0)
        `);
    await queryRunner.query(`
            ALTER TABLE "office_lease"
            ADD CONSTRAINT "CHK_1bff6c82e1f3ff2083fae5f17f" CHECK (
                    "ends_on" IS NULL
                    OR "ends_on" >= "starts_on"
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "office_lease"
            ADD CONSTRAINT "XCL_7fb2e3e8d275d3886d4fda987f" EXCLUDE USING gist (
                    "room" WITH =,
                    daterange("starts_on", "ends_on", '[]') WITH &&
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "commercial_action_participant"
            ADD CONSTRAINT "FK_ef12493a64a420ba63a7bc08ef2" FOREIGN KEY ("action_id") REFERENCES "commercial_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "commercial_action_participant"
            ADD CONSTRAINT "FK_836df3b78c71b34b311fd29c9f0" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration"
            ADD CONSTRAINT "FK_809f7081297ef6623c614948b18" FOREIGN KEY ("lead_member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration"
            ADD CONSTRAINT "FK_5e06e3ca224028eca9d2021561c" FOREIGN KEY ("partner_member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "consulting_session"
            ADD CONSTRAINT "FK_e886a4dac44f44bf871b7e17f2b" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "consulting_session"
            ADD CONSTRAINT "FK_c893d1ea9ac9b4e098de552e6ba" FOREIGN KEY ("offering_id") REFERENCES "service_offering"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "association_member"
            ADD CONSTRAINT "FK_917c33386948a41773598f21cba" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "steering_committee_decision"
            ADD CONSTRAINT "FK_9299ab5f705d8c3f53db2a24521" FOREIGN KEY ("meeting_id") REFERENCES "steering_committee_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "group_purchase_participant"
            ADD CONSTRAINT "FK_6ebb1e44ac7ed7d8a47a6538691" FOREIGN KEY ("purchase_id") REFERENCES "group_purchase"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "group_purchase_participant"
            ADD CONSTRAINT "FK_e8b3e7d9f41c7d47197b80d1325" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "membership_period"
            ADD CONSTRAINT "FK_6af97d6ebc7272a73f5e86d465e" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Existing members get one period each: their current kind from joining to leaving.
    await queryRunner.query(`
            INSERT INTO "membership_period" ("member_id", "kind", "starts_on", "ends_on")
            SELECT "id", "membership_kind", "joined_on", "left_on" FROM "member"
        `);
    await queryRunner.query(`
            ALTER TABLE "booking"
            ADD CONSTRAINT "FK_3c713d1882da9841cf225d99c3a" FOREIGN KEY ("resource_id") REFERENCES "shared_resource"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "booking"
            ADD CONSTRAINT "FK_1b01d128c53ed1aa2b87ea33bf9" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "training"
            ADD CONSTRAINT "FK_34ec9f1eda593ce410095cc859e" FOREIGN KEY ("offering_id") REFERENCES "service_offering"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "training_session"
            ADD CONSTRAINT "FK_1aae02e18ead8406f563eee93ca" FOREIGN KEY ("training_id") REFERENCES "training"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "training_attendance"
            ADD CONSTRAINT "FK_090affd9d04b9767b5fe2ace682" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "training_attendance"
            ADD CONSTRAINT "FK_64a74da62e6c95482586d56c3e5" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "training_attendance" DROP CONSTRAINT "FK_64a74da62e6c95482586d56c3e5"
        `);
    await queryRunner.query(`
            ALTER TABLE "training_attendance" DROP CONSTRAINT "FK_090affd9d04b9767b5fe2ace682"
        `);
    await queryRunner.query(`
            ALTER TABLE "training_session" DROP CONSTRAINT "FK_1aae02e18ead8406f563eee93ca"
        `);
    await queryRunner.query(`
            ALTER TABLE "training" DROP CONSTRAINT "FK_34ec9f1eda593ce410095cc859e"
        `);
    await queryRunner.query(`
            ALTER TABLE "booking" DROP CONSTRAINT "FK_1b01d128c53ed1aa2b87ea33bf9"
        `);
    await queryRunner.query(`
            ALTER TABLE "booking" DROP CONSTRAINT "FK_3c713d1882da9841cf225d99c3a"
        `);
    await queryRunner.query(`
            ALTER TABLE "membership_period" DROP CONSTRAINT "FK_6af97d6ebc7272a73f5e86d465e"
        `);
    await queryRunner.query(`
            ALTER TABLE "group_purchase_participant" DROP CONSTRAINT "FK_e8b3e7d9f41c7d47197b80d1325"
        `);
    await queryRunner.query(`
            ALTER TABLE "group_purchase_participant" DROP CONSTRAINT "FK_6ebb1e44ac7ed7d8a47a6538691"
        `);
    await queryRunner.query(`
            ALTER TABLE "steering_committee_decision" DROP CONSTRAINT "FK_9299ab5f705d8c3f53db2a24521"
        `);
    await queryRunner.query(`
            ALTER TABLE "association_member" DROP CONSTRAINT "FK_917c33386948a41773598f21cba"
        `);
    await queryRunner.query(`
            ALTER TABLE "consulting_session" DROP CONSTRAINT "FK_c893d1ea9ac9b4e098de552e6ba"
        `);
    await queryRunner.query(`
            ALTER TABLE "consulting_session" DROP CONSTRAINT "FK_e886a4dac44f44bf871b7e17f2b"
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration" DROP CONSTRAINT "FK_5e06e3ca224028eca9d2021561c"
        `);
    await queryRunner.query(`
            ALTER TABLE "collaboration" DROP CONSTRAINT "FK_809f7081297ef6623c614948b18"
        `);
    await queryRunner.query(`
            ALTER TABLE "commercial_action_participant" DROP CONSTRAINT "FK_836df3b78c71b34b311fd29c9f0"
        `);
    await queryRunner.query(`
            ALTER TABLE "commercial_action_participant" DROP CONSTRAINT "FK_ef12493a64a420ba63a7bc08ef2"
        `);
    await queryRunner.query(`
            ALTER TABLE "office_lease" DROP CONSTRAINT "XCL_7fb2e3e8d275d3886d4fda987f"
        `);
    await queryRunner.query(`
            ALTER TABLE "office_lease" DROP CONSTRAINT "CHK_1bff6c82e1f3ff2083fae5f17f"
        `);
    await queryRunner.query(`
            ALTER TABLE "office_lease" DROP CONSTRAINT "CHK_f232a511cc3310244a3bfaef46"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."activity_old" AS ENUM(
                'LIVE_PERFORMANCE',
                'AUDIOVISUAL',
                'CINEMA',
                'GRAPHIC_DESIGN',
                'WEB',
                'ARTISTIC_TEAM_SUPPORT'
            )
        `);
    // The column's default is of the enum type: drop it around the change of type, then put it back.
    await queryRunner.query(`ALTER TABLE "member" ALTER COLUMN "activities" DROP DEFAULT`);
    await queryRunner.query(`
            ALTER TABLE "member"
            ALTER COLUMN "activities" TYPE "public"."activity_old" [] USING "activities"::"text"::"public"."activity_old" []
        `);
    await queryRunner.query(`ALTER TABLE "member" ALTER COLUMN "activities" SET DEFAULT '{}'`);
    await queryRunner.query(`
            DROP TYPE "public"."activity"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."activity_old"
            RENAME TO "activity"
        `);
    await queryRunner.query(`
            ALTER TABLE "office_lease" DROP COLUMN "public_monthly_rent_cents"
        `);
    await queryRunner.query(`
            ALTER TABLE "service_offering" DROP COLUMN "unit"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."pricing_unit"
        `);
    await queryRunner.query(`
            ALTER TABLE "member" DROP CONSTRAINT "UQ_3554c00f8c43bf3a12664294684"
        `);
    await queryRunner.query(`
            ALTER TABLE "member" DROP COLUMN "rna_number"
        `);
    await queryRunner.query(`
            ALTER TABLE "member" DROP CONSTRAINT "UQ_b0aeaf79c99da68d3c97dcf7f98"
        `);
    await queryRunner.query(`
            ALTER TABLE "member" DROP COLUMN "siret"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8fe7ef47f864dc90afb0669d5b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_64a74da62e6c95482586d56c3e"
        `);
    await queryRunner.query(`
            DROP TABLE "training_attendance"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e99db174389176190331b6ac3c"
        `);
    await queryRunner.query(`
            DROP TABLE "training_session"
        `);
    await queryRunner.query(`
            DROP TABLE "training"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1b01d128c53ed1aa2b87ea33bf"
        `);
    await queryRunner.query(`
            DROP TABLE "booking"
        `);
    await queryRunner.query(`
            DROP TABLE "shared_resource"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."shared_resource_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_602ce68de6f8d5b9ac3b740726"
        `);
    await queryRunner.query(`
            DROP TABLE "membership_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_8f40b0ed7bd6fcec110d749c08"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e8b3e7d9f41c7d47197b80d132"
        `);
    await queryRunner.query(`
            DROP TABLE "group_purchase_participant"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3d926282cfd564203c1b82379c"
        `);
    await queryRunner.query(`
            DROP TABLE "group_purchase"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c4d6611bfeecbd2b02cc213c4f"
        `);
    await queryRunner.query(`
            DROP TABLE "steering_committee_seat"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."body_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9299ab5f705d8c3f53db2a2452"
        `);
    await queryRunner.query(`
            DROP TABLE "steering_committee_decision"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."decision_outcome"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2422ece032b3b8e4ea7999a76b"
        `);
    await queryRunner.query(`
            DROP TABLE "steering_committee_meeting"
        `);
    await queryRunner.query(`
            DROP TABLE "operating_team_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c255b6ade12896f8e4c464c522"
        `);
    await queryRunner.query(`
            DROP TABLE "milestone"
        `);
    await queryRunner.query(`
            DROP TABLE "award"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1e4ef63a52e2f7c2b9715ed6dc"
        `);
    await queryRunner.query(`
            DROP TABLE "association_member"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."board_role"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."association_member_kind"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."college"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2041634fd90062f411e12b9846"
        `);
    await queryRunner.query(`
            DROP TABLE "funding"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."payment_conditions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."aid_nature"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."funder_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_dca8b757f2a63b860d4d361e0d"
        `);
    await queryRunner.query(`
            DROP TABLE "consulting_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_809f7081297ef6623c614948b1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5e06e3ca224028eca9d2021561"
        `);
    await queryRunner.query(`
            DROP TABLE "collaboration"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."collaboration_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_0828c898218fa574a12e587831"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_836df3b78c71b34b311fd29c9f"
        `);
    await queryRunner.query(`
            DROP TABLE "commercial_action_participant"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9177b649088c919ff2c40505ad"
        `);
    await queryRunner.query(`
            DROP TABLE "commercial_action"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."commercial_action_kind"
        `);
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
