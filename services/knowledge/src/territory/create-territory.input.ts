import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, IsOptional, Matches, MaxLength } from "class-validator";
import { QPV_CODE } from "../practice/practice-details.input";
import { TerritoryKind } from "./territory-kind.enum";

/** INSEE-like codes of territories: five digits or capital letters (communes: 21231; 2A004 in Corsica). */
export const TERRITORY_CODE = /^[0-9A-Z]{5}$/;

@InputType({
  description: "A new territory (staff only: territory tokens are issued for existing territories).",
})
export class CreateTerritoryInput {
  @Field({ description: "Name (French)." })
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field({ description: "INSEE code (code officiel géographique), 5 characters, e.g. 21231." })
  @Matches(TERRITORY_CODE, { message: "format.territoryCode" })
  inseeCode!: string;

  @Field(() => TerritoryKind, { description: "Administrative level." })
  kind!: TerritoryKind;

  @Field(() => String, {
    nullable: true,
    description: "QPV code when the territory is itself a priority neighbourhood: QP + 6 digits.",
  })
  @IsOptional()
  @Matches(QPV_CODE, { message: "format.qpvCode" })
  qpvCode?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "QPV codes of the priority neighbourhoods on the territory (qpvCode is added when missing).",
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @Matches(QPV_CODE, { each: true, message: "format.qpvCode" })
  qpvCodes?: string[] | null;
}
