import { Directive, Field, ID, ObjectType, UseMiddleware } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import {
  LocalDate,
  QPV_CODE_MAX_LENGTH,
  qpvCodeCheck,
  type IsoDate,
  type OwnedResource,
} from "@pole/subgraph-kit";
import { Territory } from "../territory/territory.entity";
import { bigintNumber } from "../numbers";
import { Pillar } from "./practice-pillar.enum";
import type { StoredFundingSource } from "./practice-funding-source.type";
import type { StoredImage } from "./practice-image.type";
import type { StoredOrganisation } from "./practice-organisation.type";
import type { PracticeResult } from "./practice-result.type";
import { PracticeStatus } from "./practice-status.enum";
import { hiddenOnTombstone } from "./practice.visibility";

/** Licence of a practice unless stated otherwise: others may reuse and adapt it, crediting the Pôle. */
export const DEFAULT_PRACTICE_LICENCE = "CC-BY-SA-4.0";

/** What a content field's description adds: who still reads it once the practice is withdrawn. */
export const TOMBSTONE_NULL =
  " Null on a withdrawn practice's tombstone (its content is no longer distributed), except for staff, its own territory and the territories that adopted it.";
/** The same for a list field: empty on a tombstone. */
export const TOMBSTONE_EMPTY =
  " Empty on a withdrawn practice's tombstone (its content is no longer distributed), except for staff, its own territory and the territories that adopted it.";

/** The open licences a practice may be shared under (SPDX identifiers). */
export const PRACTICE_LICENCES = ["CC-BY-SA-4.0", "CC-BY-4.0", "CC0-1.0", "etalab-2.0"] as const;

/**
 * The document the full-text search indexes, for the practice aliased `alias`: the French-search
 * migration's `knowledge_practice_document` (title and themes weigh most, then the summary and the
 * territory's name, then the challenge, description, resources and results, then transferability, lessons,
 * difficulties and contact role; accents folded, French stems plus the unstemmed words for prefixes). The
 * GIN index is on this very call, so searches must build it here for PostgreSQL to use the index.
 */
export const practiceSearchDocument = (alias: string) =>
  `knowledge_practice_document(${alias}.title, ${alias}.themes, ${alias}.summary, ${alias}.challenge, ` +
  `${alias}.description, ${alias}.resources_description, ${alias}.results, ${alias}.transferability, ` +
  `${alias}.lessons_learned, ${alias}.difficulties, ${alias}.contact_role, ${alias}.territory_name)`;

@Entity("practice")
@Index(["status"])
@Index(["territoryId"])
// The change feed's order (`practices(filter: { updatedSince })`).
@Index(["updatedAt", "id"])
// A territory's own identifier of a practice it imports names one practice of that territory.
@Unique("UQ_practice_territory_external_id", ["territoryId", "externalId"])
// The full-text index is an expression index the migration creates (TypeORM cannot express it); declared
// here, unsynchronized, so that schema checks leave it alone.
@Index("IDX_practice_search", { synchronize: false })
// Likewise the trigram index on the folded title (typo-tolerant search) and the index on the folded themes.
@Index("IDX_practice_title_folded", { synchronize: false })
@Index("IDX_practice_themes_folded", { synchronize: false })
@Check("CHK_practice_published_on", `"status" <> 'PUBLISHED' OR "published_on" IS NOT NULL`)
@Check("CHK_practice_withdrawal_reason", `"status" <> 'WITHDRAWN' OR "withdrawal_reason" IS NOT NULL`)
@Check("CHK_practice_withdrawn_on", `("status" = 'WITHDRAWN') = ("withdrawn_on" IS NOT NULL)`)
@Check("CHK_practice_insee_code", `"insee_code" ~ '^([0-9]{2}|2A|2B)[0-9]{3}$'`)
@Check("CHK_practice_qpv_code", qpvCodeCheck("qpv_code"))
@Check("CHK_practice_timescale", `"ended_on" IS NULL OR "started_on" IS NULL OR "ended_on" >= "started_on"`)
@Check("CHK_practice_budget_cents", `"budget_cents" >= 0`)
@Check("CHK_practice_people_count", `"people_count" >= 0`)
@Check("CHK_practice_external_id", `"external_id" IS NULL OR "territory_id" IS NOT NULL`)
@Check(
  "CHK_practice_coordinates",
  `("latitude" IS NULL) = ("longitude" IS NULL) AND ("latitude" IS NULL OR ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180))`,
)
@Check("CHK_practice_licence", `"licence" IN ('CC-BY-SA-4.0', 'CC-BY-4.0', 'CC0-1.0', 'etalab-2.0')`)
@ObjectType({
  description:
    "A good practice of the Pôle or of another territory, modelled so that other territories can read and reuse it (after Interreg Europe's policy-learning platform: challenge, description, resources, evidence of success, difficulties and lessons, transferability).",
})
@Directive('@key(fields: "id")')
export class Practice implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Title of the practice (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: "Title of the practice in English, when translated." })
  @Column({ name: "title_en", type: "varchar", length: 200, nullable: true })
  titleEn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What the practice is and what it achieved, in a few paragraphs (French)." + TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ type: "text" })
  summary!: string;

  @Field(() => String, {
    nullable: true,
    description: "The summary in English, when translated." + TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "summary_en", type: "text", nullable: true })
  summaryEn!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The challenge the practice addresses (French): the problem or need on the territory. Required before review." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ type: "text", nullable: true })
  challenge!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "How the practice works, step by step, who does what (French). Required before review." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Column({ name: "resources_description", type: "text", nullable: true })
  resourcesDescription!: string | null;

  @Column({ name: "budget_cents", type: "bigint", nullable: true, transformer: bigintNumber })
  budgetCents!: number | null;

  @Column({ name: "people_count", type: "int", nullable: true })
  peopleCount!: number | null;

  /** Results with their evidence; exposed by the `results` field. */
  @Column({ type: "jsonb", default: () => "'[]'" })
  results!: PracticeResult[];

  @Field(() => String, {
    nullable: true,
    description: "Difficulties met while running the practice (French)." + TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ type: "text", nullable: true })
  difficulties!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Lessons learned, advice to whoever adopts it (French)." + TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "lessons_learned", type: "text", nullable: true })
  lessonsLearned!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Potential for transfer (French): what another territory needs to adopt it, what is specific to the original context. Required before review." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ type: "text", nullable: true })
  transferability!: string | null;

  @Field(() => PracticeStatus, {
    description:
      "Editorial status: DRAFT → IN_REVIEW → PUBLISHED, or WITHDRAWN with a reason. Anonymous callers, members and the council only ever see PUBLISHED; a territory also sees its own practices.",
  })
  @Column({ type: "enum", enum: PracticeStatus, enumName: "practice_status", default: PracticeStatus.DRAFT })
  status!: PracticeStatus;

  @Field(() => [String], {
    description: "Free keywords describing the practice (French), e.g. « mutualisation »." + TOMBSTONE_EMPTY,
  })
  @UseMiddleware(hiddenOnTombstone([]))
  @Column({ type: "text", array: true, default: "{}" })
  themes!: string[];

  @Field(() => Pillar, { description: "Pillar of the Pôle's project the practice mainly belongs to." })
  @Column({ type: "enum", enum: Pillar, enumName: "practice_pillar" })
  pillar!: Pillar;

  @Column({ name: "territory_id", type: "uuid", nullable: true })
  territoryId!: string | null;

  /** The territory's name, copied by database triggers for the search index; never written by the API. */
  @Column({
    name: "territory_name",
    type: "varchar",
    length: 200,
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  territoryName?: string | null;

  @ManyToOne(() => Territory, { onDelete: "SET NULL" })
  @JoinColumn({ name: "territory_id" })
  territory?: Territory;

  @Field(() => String, {
    nullable: true,
    description:
      "INSEE code of the commune where the practice runs (code officiel géographique, 5 characters, e.g. 21231 for Dijon)." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "insee_code", type: "varchar", length: 5, nullable: true })
  inseeCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Code of the priority neighbourhood (quartier prioritaire de la politique de la ville) where it runs: QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003)." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "qpv_code", type: "varchar", length: QPV_CODE_MAX_LENGTH, nullable: true })
  qpvCode!: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Date the practice started." + TOMBSTONE_NULL })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "started_on", type: "date", nullable: true })
  startedOn!: IsoDate | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Date the practice ended; null while it is still running." + TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "ended_on", type: "date", nullable: true })
  endedOn!: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Who to contact about the practice, as a role in an organisation (French), e.g. « chargée de mission du Pôle »; never a person's name." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "contact_role", type: "varchar", length: 200, nullable: true })
  contactRole!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Date the practice was published; null until then.",
  })
  @Column({ name: "published_on", type: "date", nullable: true })
  publishedOn!: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description: "Why the practice was withdrawn (French); null unless it is WITHDRAWN.",
  })
  @Column({ name: "withdrawal_reason", type: "text", nullable: true })
  withdrawalReason!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      "Date the practice was withdrawn (Paris time); null unless it is WITHDRAWN. With the reason, what the tombstone of a withdrawn practice shows.",
  })
  @Column({ name: "withdrawn_on", type: "date", nullable: true })
  withdrawnOn!: IsoDate | null;

  @Field({
    description:
      "SPDX identifier of the licence the practice is shared under: CC-BY-SA-4.0 (default), CC-BY-4.0, CC0-1.0 or etalab-2.0.",
  })
  @Column({ type: "varchar", length: 40, default: DEFAULT_PRACTICE_LICENCE })
  licence!: string;

  /** The organisation in charge; exposed by the `organisationInCharge` field. */
  @Column({ name: "organisation_in_charge", type: "jsonb", nullable: true })
  organisationInCharge!: StoredOrganisation | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Main stakeholders (French): the organisations and groups that run or support the practice beside the organisation in charge." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "main_stakeholders", type: "text", nullable: true })
  mainStakeholders!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Beneficiaries (French): who the practice is for, as groups (never names), e.g. « jeunes de 16 à 25 ans du quartier »." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ type: "text", nullable: true })
  beneficiaries!: string | null;

  @Column({ type: "double precision", nullable: true })
  latitude!: number | null;

  @Column({ type: "double precision", nullable: true })
  longitude!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Where to read more about the practice: an https address (a page of the territory, a report)." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "further_information_url", type: "varchar", length: 2000, nullable: true })
  furtherInformationUrl!: string | null;

  /** Images; exposed by the `images` field. */
  @Column({ type: "jsonb", default: () => "'[]'" })
  images!: StoredImage[];

  /** Funding sources, amounts in cents; exposed by the `fundingSources` field. */
  @Column({ name: "funding_sources", type: "jsonb", default: () => "'[]'" })
  fundingSources!: StoredFundingSource[];

  @Field(() => String, {
    nullable: true,
    description:
      "The policy instrument the practice relates to (French), e.g. « Contrat de ville de Dijon Métropole 2024-2030 », « Programme régional FEDER »." +
      TOMBSTONE_NULL,
  })
  @UseMiddleware(hiddenOnTombstone(null))
  @Column({ name: "policy_instrument", type: "text", nullable: true })
  policyInstrument!: string | null;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "The territory's own identifier of the practice, given when it was imported (importPractices): unique within its territory, so that importing it again updates it instead of adding a copy.",
  })
  @Column({ name: "external_id", type: "varchar", length: 100, nullable: true })
  externalId!: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  /**
   * Set by the database on every change of the row or of its child rows (members, source actions, review
   * comments): see the incremental-sync migration.
   */
  @Field({
    description:
      "When the practice last changed (its content, status, territory, links), to the microsecond in the database; set by the database on every write. Harvesters ask for practices(filter: { updatedSince }).",
  })
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  owners() {
    return { territoryId: this.territoryId ?? undefined };
  }
}
