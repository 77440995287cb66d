import { Field, Int, ObjectType } from "type-graphql";
import { BreakdownItem, BreakdownOf, ReportCoverage } from "@pole/subgraph-kit";
import { TRANSFER_KIND_LABELS } from "../transfer/transfer-kind.enum";

/** What a null transfer figure means, repeated in each of their descriptions. */
const NO_TRANSFERS =
  "Null when no transfer at all (the Pôle's or a partner's) was recorded as held that year.";

@ObjectType({
  description:
    "Knowledge indicators of a year: practices published, the Pôle's transfers of good practice to other territories and their participants, territories reached, adoptions; apart, the transfers other territories report about themselves. Three sources: practices, transfers, adoptions; a figure whose source holds nothing for the year is null (no data), never 0. Aggregates only: no data about a person.",
})
export class KnowledgeReport {
  @Field(() => ReportCoverage, {
    description:
      "How many of the three sources (practices published, transfers held, adoptions started or completed) hold records for the year: COMPLETE (all), PARTIAL, NONE (every figure null).",
  })
  coverage!: ReportCoverage;

  @Field({
    description:
      "True when any record the year's figures count (a published practice, a transfer of either origin, a completed adoption) is an invented sample record (isSample): such a report must not be published as real.",
  })
  sampleData!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      "Practices published during the year (and still published). Null when the library holds no practice published that year, withdrawn ones included.",
  })
  practiceCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `The Pôle's own transfers of good practice held during the year: those its team recorded (Transfer.origin POLE); the sum of transfersByKind. Transfers a territory records about itself are not the Pôle's work and count in partnerTransferCount instead. ${NO_TRANSFERS}`,
  })
  transferCount!: number | null;

  @BreakdownOf(TRANSFER_KIND_LABELS)
  @Field(() => [BreakdownItem], {
    description:
      "transferCount (the Pôle's own transfers) by kind (in-situ trainings, briefings of elected officials, transfers to other operators, know-how transfers, project engineering), every kind listed, 0 included; values null when transferCount is.",
  })
  transfersByKind!: BreakdownItem[];

  @Field(() => Int, {
    nullable: true,
    description: `Distinct territories that received one of the Pôle's own transfers during the year. ${NO_TRANSFERS}`,
  })
  territoryCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Participants in the Pôle's own transfers held during the year (a sum of counts: a person at two transfers counts twice). ${NO_TRANSFERS}`,
  })
  participantCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Transfers held during the year that other territories recorded about themselves (Transfer.origin PARTNER_TERRITORY): their own report, not the Pôle's work, so not in transferCount. ${NO_TRANSFERS}`,
  })
  partnerTransferCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Participants in the transfers counted by partnerTransferCount (a sum of counts). ${NO_TRANSFERS}`,
  })
  partnerParticipantCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Adoptions of a practice by a territory completed during the year (status ADOPTED, end date in the year). Null when no adoption was started or completed that year.",
  })
  adoptionCount!: number | null;
}
