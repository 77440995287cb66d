import { QPV_CODE, QPV_CODE_MESSAGE } from "@pole/subgraph-kit";
import { Field, ID, InputType } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, IsOptional, Matches, MaxLength } from "class-validator";
import { SIREN, TERRITORY_CODE } from "./create-territory.input";
import { TerritoryKind } from "./territory-kind.enum";

@InputType({
  description:
    "Changes to a territory: omitted fields stay as they are. Staff, or the territory itself (its own token).",
})
export class UpdateTerritoryInput {
  @Field(() => ID, { description: "Id of the territory." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Name (French)." })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "INSEE code, 5 characters; null clears it (an intercommunality has none). A commune, department or region keeps one.",
  })
  @IsOptional()
  @Matches(TERRITORY_CODE, { message: "format.territoryCode" })
  inseeCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "SIREN, 9 digits with a valid check digit; null clears it (an intercommunality keeps one).",
  })
  @IsOptional()
  @Matches(SIREN, { message: "format.siren" })
  siren?: string | null;

  @Field(() => TerritoryKind, { nullable: true, description: "Administrative level." })
  kind?: TerritoryKind;

  @Field(() => String, {
    nullable: true,
    description:
      "QPV code when the territory is itself a priority neighbourhood, QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003); null clears it.",
  })
  @IsOptional()
  @Matches(QPV_CODE, { message: QPV_CODE_MESSAGE })
  qpvCode?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "QPV codes on the territory (replaces the list; qpvCode is added when missing).",
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @Matches(QPV_CODE, { each: true, message: QPV_CODE_MESSAGE })
  qpvCodes?: string[] | null;
}
