import { Field, InputType } from "type-graphql";
import { IsOptional, Matches, MaxLength } from "class-validator";
import { QPV_CODE, QPV_CODE_MESSAGE } from "@pole/subgraph-kit";
import { TERRITORY_CODE } from "./create-territory.input";

@InputType({ description: "Narrows the list of territories; every given criterion must hold." })
export class TerritoryFilter {
  @Field(() => String, {
    nullable: true,
    description: "Only the territory with this INSEE code (exactly, 5 characters, e.g. 25056 for Besançon).",
  })
  @IsOptional()
  @Matches(TERRITORY_CODE, { message: "format.territoryCode" })
  inseeCode?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Only territories with this priority neighbourhood (QPV) code (QN… of the 2024 geography or QP + 6 digits): the territory's own qpvCode or one of its qpvCodes.",
  })
  @IsOptional()
  @Matches(QPV_CODE, { message: QPV_CODE_MESSAGE })
  qpvCode?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Only territories whose name contains this text, ignoring case and accents (`besancon` finds « Besançon – Planoise »).",
  })
  @IsOptional()
  @MaxLength(100)
  nameContains?: string;
}
