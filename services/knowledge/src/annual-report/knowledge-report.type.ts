import { Field, Int, ObjectType } from "type-graphql";
import { BreakdownItem, BreakdownOf } from "@pole/subgraph-kit";
import { TRANSFER_KIND_LABELS } from "../transfer/transfer-kind.enum";

@ObjectType({
  description:
    "Knowledge indicators of a year: practices published, transfers to other territories and their participants, territories reached, adoptions. Aggregates only: no data about a person.",
})
export class KnowledgeReport {
  @Field(() => Int, { description: "Practices published during the year (and still published)." })
  practiceCount!: number;

  @Field(() => Int, {
    description: "Transfers of good practice held during the year; the sum of transfersByKind.",
  })
  transferCount!: number;

  @BreakdownOf(TRANSFER_KIND_LABELS)
  @Field(() => [BreakdownItem], {
    description:
      "Transfers held during the year by kind (in-situ trainings, briefings of elected officials, transfers to other operators, know-how transfers, project engineering), every kind listed, 0 included.",
  })
  transfersByKind!: BreakdownItem[];

  @Field(() => Int, { description: "Distinct territories that received a transfer during the year." })
  territoryCount!: number;

  @Field(() => Int, { description: "Participants in the transfers held during the year (a sum of counts)." })
  participantCount!: number;

  @Field(() => Int, {
    description:
      "Adoptions of a practice by a territory completed during the year (status ADOPTED, end date in the year).",
  })
  adoptionCount!: number;
}
