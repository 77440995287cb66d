import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { QPV_CODE_MAX_LENGTH, qpvCodeCheck, qpvCodesCheck, type OwnedResource } from "@pole/subgraph-kit";
import { TerritoryKind } from "./territory-kind.enum";

@Entity("territory")
@Index(["inseeCode"])
// The filters' expression and GIN indexes (folded name, QPV codes) are the migration's; declared here,
// unsynchronized, so that schema checks leave them alone.
@Index("IDX_territory_name_folded", { synchronize: false })
@Index("IDX_territory_qpv_codes", { synchronize: false })
@Check("CHK_territory_qpv_code", qpvCodeCheck("qpv_code"))
@Check(
  "CHK_territory_qpv_codes",
  `${qpvCodesCheck("qpv_codes")} AND ("qpv_code" IS NULL OR "qpv_code" = ANY ("qpv_codes"))`,
)
// A commune, department or region has its INSEE code (code officiel géographique); an intercommunality
// (EPCI) has none: INSEE and the State identify it by its SIREN.
@Check(
  "CHK_territory_identifier",
  `("kind" = 'INTERCOMMUNALITY') = ("insee_code" IS NULL) AND ("kind" <> 'INTERCOMMUNALITY' OR "siren" IS NOT NULL)`,
)
@Check("CHK_territory_siren", `"siren" ~ '^[0-9]{9}$'`)
@ObjectType({
  description:
    "A territory where good practice comes from or is transferred to: a commune, an intercommunality… A commune, department or region is identified by its INSEE code, an intercommunality (EPCI) by its SIREN.",
})
@Directive('@key(fields: "id")')
export class Territory implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Name of the territory (French)." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "INSEE code of the territory (code officiel géographique), e.g. 21231 for Dijon; for a neighbourhood, the code of its commune. Null for an intercommunality (EPCI), which has no INSEE code: see siren.",
  })
  @Column({ name: "insee_code", type: "varchar", length: 5, nullable: true })
  inseeCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "SIREN (9 digits) of the body that governs the territory: always given for an intercommunality (EPCI), which it identifies, e.g. 242100410 for Dijon Métropole; optional for the others; null when not recorded.",
  })
  @Column({ type: "varchar", length: 9, nullable: true })
  siren!: string | null;

  @Field(() => TerritoryKind, { description: "Administrative level of the territory." })
  @Column({ type: "enum", enum: TerritoryKind, enumName: "territory_kind" })
  kind!: TerritoryKind;

  @Field(() => String, {
    nullable: true,
    description:
      "Code of the priority neighbourhood (quartier prioritaire de la politique de la ville), QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003), when the territory is itself one; null otherwise (see qpvCodes for the neighbourhoods on a larger territory).",
  })
  @Column({ name: "qpv_code", type: "varchar", length: QPV_CODE_MAX_LENGTH, nullable: true })
  qpvCode!: string | null;

  @Field(() => [String], {
    description:
      "Codes of the priority neighbourhoods (QPV) on the territory, each QN + 6 or 7 characters (2024 geography, e.g. QN02501M) or QP + 6 digits (2015 geography, e.g. QP021003); for a neighbourhood, its own code. Empty when there is none.",
  })
  @Column({ name: "qpv_codes", type: "varchar", length: QPV_CODE_MAX_LENGTH, array: true, default: "{}" })
  qpvCodes!: string[];

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  owners() {
    return { territoryId: this.id };
  }
}
