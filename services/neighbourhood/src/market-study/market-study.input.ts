import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { MarketStudyRole, MarketStudyStatus } from "./market-study.enums";
import { NAF_CODE } from "./market-study.entity";

@InputType({ description: "The details of a MARKET_STUDY action." })
export class MarketStudyInput {
  @Field({ description: "The question the study answers (French), 5 to 1000 characters." })
  @Length(5, 1000)
  question!: string;

  @Field(() => String, {
    nullable: true,
    description: "What the study found (French); null until it concludes.",
  })
  @IsOptional()
  @MaxLength(20_000)
  findings?: string | null;

  @Field(() => [String], { description: "Activities studied as NAF rev. 2 codes, e.g. 56.30Z (1 to 10)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Matches(NAF_CODE, {
    each: true,
    message: "format.nafCode",
  })
  nafCodes!: string[];

  @Field(() => MarketStudyStatus, { description: "How far the study has gone." })
  status!: MarketStudyStatus;

  @Field(() => MarketStudyRole, { description: "Whether the Pôle carries the study or joins it." })
  poleRole!: MarketStudyRole;
}
