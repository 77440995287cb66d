import { Field, ID, InputType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { ActionKind } from "./action-kind.enum";

@InputType({ description: "Narrows the list of neighbourhood actions; every given criterion must hold." })
export class NeighbourhoodActionFilter {
  @Field(() => ActionKind, { nullable: true, description: "Only actions of this kind." })
  kind?: ActionKind;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Only actions still running on or after this date: ending on or after it, or with no end.",
  })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Only actions starting on or before this date." })
  to?: IsoDate;

  @Field(() => ID, { nullable: true, description: "Only actions led by this member structure (a UUID)." })
  leadMemberId?: string;

  @Field({ nullable: true, description: "Only actions at this place (exact name, case-insensitive)." })
  @IsOptional()
  @MaxLength(200)
  place?: string;
}
