import { Field, ID, InputType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { AdoptionStatus } from "./adoption-status.enum";

@InputType({ description: "A territory's adoption of a published practice of another territory." })
export class CreateAdoptionInput {
  @Field(() => ID, { description: "Id of the practice adopted (published)." })
  practiceId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Territory adopting it. A territory token may omit it (its own territory) and may name no other; staff must give it.",
  })
  @IsOptional()
  territoryId?: string | null;

  @Field(() => AdoptionStatus, { nullable: true, description: "Where it stands; PLANNED when omitted." })
  status?: AdoptionStatus | null;

  @Field(() => LocalDate, { description: "Date the territory started adopting it." })
  startedOn!: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      "Date it ended: required for ADOPTED and ABANDONED, refused otherwise; not before startedOn.",
  })
  completedOn?: IsoDate | null;

  @Field(() => String, { nullable: true, description: "What came of it (French)." })
  @IsOptional()
  @MaxLength(10000)
  outcome?: string | null;

  @Field(() => ID, { nullable: true, description: "Id of the transfer that led to it, if any." })
  @IsOptional()
  transferId?: string | null;
}
