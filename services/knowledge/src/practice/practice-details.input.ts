import { Field, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  IsIn,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { IsWebUrl, LocalDate, QPV_CODE, QPV_CODE_MESSAGE, type IsoDate } from "@pole/subgraph-kit";
import { PRACTICE_LICENCES } from "./practice.entity";
import { PracticeCoordinatesInput } from "./practice-coordinates.input";
import { PracticeFundingSourceInput } from "./practice-funding-source.input";
import { PracticeImageInput } from "./practice-image.input";
import { PracticeOrganisationInput } from "./practice-organisation.input";
import { PracticeResourcesInput } from "./practice-resources.input";
import { PracticeResultInput } from "./practice-result.input";

/** INSEE commune codes: two digits (or 2A / 2B for Corsica) then three digits. */
export const INSEE_COMMUNE_CODE = /^([0-9]{2}|2A|2B)[0-9]{3}$/;
/** The most images a practice shows, and the most funding sources it lists. */
export const MAX_PRACTICE_IMAGES = 10;
export const MAX_FUNDING_SOURCES = 20;

/**
 * The optional content of a practice, shared by its creation and its update. In an update, an omitted
 * field stays as it is and `null` clears it (lists: `null` empties them).
 */
@InputType({ description: "The optional content of a practice (base of its create and update inputs)." })
export abstract class PracticeDetailsInput {
  @Field(() => String, { nullable: true, description: "Title in English." })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: "Summary in English." })
  @IsOptional()
  @MaxLength(5000)
  summaryEn?: string | null;

  @Field(() => String, { nullable: true, description: "The challenge addressed (French)." })
  @IsOptional()
  @MaxLength(10000)
  challenge?: string | null;

  @Field(() => String, { nullable: true, description: "How the practice works (French)." })
  @IsOptional()
  @MaxLength(20000)
  description?: string | null;

  @Field(() => PracticeResourcesInput, {
    nullable: true,
    description: "Resources needed (replaces the three values together; null clears them).",
  })
  @IsOptional()
  @ValidateNested()
  resources?: PracticeResourcesInput | null;

  @Field(() => [PracticeResultInput], {
    nullable: true,
    description: "Results with their evidence, at most 20 (replaces the list).",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  results?: PracticeResultInput[] | null;

  @Field(() => String, { nullable: true, description: "Difficulties met (French)." })
  @IsOptional()
  @MaxLength(10000)
  difficulties?: string | null;

  @Field(() => String, { nullable: true, description: "Lessons learned (French)." })
  @IsOptional()
  @MaxLength(10000)
  lessonsLearned?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Potential for transfer to other territories (French).",
  })
  @IsOptional()
  @MaxLength(10000)
  transferability?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Free keywords (French), at most 20 (replaces the list).",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  themes?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "INSEE code of the commune where it runs: 5 characters, e.g. 21231 (2A/2B for Corsica).",
  })
  @IsOptional()
  @Matches(INSEE_COMMUNE_CODE, { message: "format.inseeCommuneCode" })
  inseeCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "QPV code of the priority neighbourhood: QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003).",
  })
  @IsOptional()
  @Matches(QPV_CODE, { message: QPV_CODE_MESSAGE })
  qpvCode?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "Date the practice started." })
  startedOn?: IsoDate | null;

  @Field(() => LocalDate, { nullable: true, description: "Date it ended; not before startedOn." })
  endedOn?: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description: "Who to contact, as a role in an organisation (French); never a person's name.",
  })
  @IsOptional()
  @MaxLength(200)
  contactRole?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Licence (SPDX identifier): ${PRACTICE_LICENCES.join(", ")}. CC-BY-SA-4.0 when omitted at creation.`,
  })
  @IsOptional()
  @IsIn([...PRACTICE_LICENCES])
  licence?: string | null;

  @Field(() => PracticeOrganisationInput, {
    nullable: true,
    description: "The organisation in charge (replaced as a whole; null clears it).",
  })
  @IsOptional()
  @ValidateNested()
  organisationInCharge?: PracticeOrganisationInput | null;

  @Field(() => String, { nullable: true, description: "Main stakeholders (French)." })
  @IsOptional()
  @MaxLength(5000)
  mainStakeholders?: string | null;

  @Field(() => String, { nullable: true, description: "Beneficiaries, as groups (French)." })
  @IsOptional()
  @MaxLength(5000)
  beneficiaries?: string | null;

  @Field(() => PracticeCoordinatesInput, {
    nullable: true,
    description: "WGS 84 coordinates of where it runs (null clears them).",
  })
  @IsOptional()
  @ValidateNested()
  coordinates?: PracticeCoordinatesInput | null;

  @Field(() => String, {
    nullable: true,
    description: "Where to read more: an absolute https address, at most 2000 characters.",
  })
  @IsOptional()
  @IsWebUrl({ httpsOnly: true })
  furtherInformationUrl?: string | null;

  @Field(() => [PracticeImageInput], {
    nullable: true,
    description: `Images, at most ${MAX_PRACTICE_IMAGES}, each with its text alternative (replaces the list).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PRACTICE_IMAGES)
  @ValidateNested({ each: true })
  images?: PracticeImageInput[] | null;

  @Field(() => [PracticeFundingSourceInput], {
    nullable: true,
    description: `Funding sources, at most ${MAX_FUNDING_SOURCES} (replaces the list).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FUNDING_SOURCES)
  @ValidateNested({ each: true })
  fundingSources?: PracticeFundingSourceInput[] | null;

  @Field(() => String, { nullable: true, description: "The policy instrument it relates to (French)." })
  @IsOptional()
  @MaxLength(2000)
  policyInstrument?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Ids of the neighbourhood actions the practice was drawn from, at most 50 (replaces the list).",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  sourceActionIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Ids of the Pôle's member structures that contributed, at most 50 (replaces the list).",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  contributingMemberIds?: string[] | null;
}
