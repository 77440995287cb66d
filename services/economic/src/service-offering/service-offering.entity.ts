import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros } from "@pole/subgraph-kit";
import { bigintCents } from "../money";
import { ServiceCategory } from "./service-category.enum";

@Entity("service_offering")
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
}
