import { Field, ID, InputType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { AdoptionStatus } from "./adoption-status.enum";

@InputType({
  description:
    "Changes to an adoption: omitted fields stay as they are, null clears the optional ones. Staff, or the adopting territory.",
})
export class UpdateAdoptionInput {
  @Field(() => ID, { description: "Id of the adoption." })
  id!: string;

  @Field(() => AdoptionStatus, { nullable: true, description: "Where it stands." })
  status?: AdoptionStatus;

  @Field(() => LocalDate, { nullable: true, description: "Date the territory started adopting it." })
  startedOn?: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Date it ended: required for ADOPTED and ABANDONED, refused otherwise.",
  })
  completedOn?: IsoDate | null;

  @Field(() => String, { nullable: true, description: "What came of it (French)." })
  @IsOptional()
  @MaxLength(10000)
  outcome?: string | null;

  @Field(() => ID, { nullable: true, description: "Id of the transfer that led to it; null unlinks it." })
  @IsOptional()
  transferId?: string | null;
}
