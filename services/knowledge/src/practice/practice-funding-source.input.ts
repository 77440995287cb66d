import { Field, Float, InputType } from "type-graphql";
import { IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { IsEuros } from "@pole/subgraph-kit";

@InputType({ description: "A funding source of a practice." })
export class PracticeFundingSourceInput {
  @Field({ description: "The funder (French), at most 200 characters." })
  @IsNotEmpty()
  @MaxLength(200)
  funder!: string;

  @Field(() => String, { nullable: true, description: "The programme or call, at most 200 characters." })
  @IsOptional()
  @MaxLength(200)
  programme?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "Amount in euros, 0 to a billion, at most two decimals.",
  })
  @IsOptional()
  @IsEuros()
  amount?: number | null;
}
