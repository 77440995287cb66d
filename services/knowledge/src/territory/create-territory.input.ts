import { QPV_CODE, QPV_CODE_MESSAGE } from "@pole/subgraph-kit";
import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, IsOptional, Matches, MaxLength } from "class-validator";
import { TerritoryKind } from "./territory-kind.enum";

/** INSEE-like codes of territories: five digits or capital letters (communes: 21231; 2A004 in Corsica). */
export const TERRITORY_CODE = /^[0-9A-Z]{5}$/;

/** SIREN shape: 9 digits (the check digit is verified by the mutation: see `isValidSiren`). */
export const SIREN = /^[0-9]{9}$/;

@InputType({
  description: "A new territory (staff only: territory tokens are issued for existing territories).",
})
export class CreateTerritoryInput {
  @Field({ description: "Name (French)." })
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "INSEE code (code officiel géographique), 5 characters, e.g. 21231: required for a commune, department or region; none for an intercommunality (give its siren).",
  })
  @IsOptional()
  @Matches(TERRITORY_CODE, { message: "format.territoryCode" })
  inseeCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "SIREN of the body that governs the territory, 9 digits with a valid check digit: required for an intercommunality (EPCI), e.g. 242100410 for Dijon Métropole; optional otherwise.",
  })
  @IsOptional()
  @Matches(SIREN, { message: "format.siren" })
  siren?: string | null;

  @Field(() => TerritoryKind, { description: "Administrative level." })
  kind!: TerritoryKind;

  @Field(() => String, {
    nullable: true,
    description:
      "QPV code when the territory is itself a priority neighbourhood: QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003).",
  })
  @IsOptional()
  @Matches(QPV_CODE, { message: QPV_CODE_MESSAGE })
  qpvCode?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "QPV codes of the priority neighbourhoods on the territory (qpvCode is added when missing).",
  })
  @IsOptional()
  @ArrayMaxSize(200)
  @Matches(QPV_CODE, { each: true, message: QPV_CODE_MESSAGE })
  qpvCodes?: string[] | null;
}
