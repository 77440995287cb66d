import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros } from "@pole/subgraph-kit";
import { bigintCents } from "../money";
import { PricingUnit } from "./pricing-unit.enum";
import { ServiceCategory } from "./service-category.enum";

@Entity("service_offering")
// The trigram index on the folded name (nameContains), created by the accent-folding migration.
@Index("IDX_service_offering_name_folded", { synchronize: false })
@ObjectType({ description: "A service the Pôle offers to its members, with its rates." })
export class ServiceOffering {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => ServiceCategory, { description: "Family of the service." })
  @Column({ type: "enum", enum: ServiceCategory, enumName: "service_category" })
  category!: ServiceCategory;

  @Field({ description: "Name of the service (French)." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field({ description: "What the service provides (French)." })
  @Column({ type: "text" })
  description!: string;

  @Field(() => PricingUnit, {
    description: "What one unit of the rates buys (per hour, per day, per m² and month…).",
  })
  @Column({ type: "enum", enum: PricingUnit, enumName: "pricing_unit", default: PricingUnit.FLAT })
  unit!: PricingUnit;

  @Column({ name: "member_rate_cents", type: "bigint", nullable: true, transformer: bigintCents })
  memberRateCents!: number | null;

  @Column({ name: "public_rate_cents", type: "bigint", nullable: true, transformer: bigintCents })
  publicRateCents!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Rate for members in euros, when the service is priced.",
  })
  get memberRate(): number | null {
    return this.memberRateCents === null ? null : centsToEuros(this.memberRateCents);
  }

  @Field(() => Float, { nullable: true, description: "Public (non-member) rate in euros, when one applies." })
  get publicRate(): number | null {
    return this.publicRateCents === null ? null : centsToEuros(this.publicRateCents);
  }

  @Field(() => Float, {
    nullable: true,
    description: "What a member saves per unit against the public rate, in euros; null without both rates.",
  })
  get savingsPerUnit(): number | null {
    if (this.memberRateCents === null || this.publicRateCents === null) return null;
    return centsToEuros(this.publicRateCents - this.memberRateCents);
  }
}
