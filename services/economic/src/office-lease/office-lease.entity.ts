import { Authorized, Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import {
  centsToEuros,
  LocalDate,
  type AccessRule,
  type IsoDate,
  type OwnedResource,
} from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { bigintCents } from "../money";

@Entity("office_lease")
@Index(["memberId"])
@Check(`"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@Check(`"area_sqm" > 0`)
// Two leases of one room may not overlap (needs btree_gist for the equality on room).
@Exclusion(`USING gist ("room" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&)`)
@ObjectType({ description: "An office rented by a member in the Boutaric building." })
export class OfficeLease implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "member_id", type: "uuid" })
  memberId!: string;

  @ManyToOne(() => Member, { onDelete: "CASCADE" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Field({ description: "Room or office name in the building." })
  @Column({ type: "varchar", length: 100 })
  room!: string;

  @Field(() => Int, { description: "Floor area in square metres." })
  @Column({ name: "area_sqm", type: "int" })
  areaSqm!: number;

  @Field(() => LocalDate, { description: "First day of the lease." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the lease; null while open-ended." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;

  @Column({ name: "monthly_rent_cents", type: "bigint", nullable: true, transformer: bigintCents })
  monthlyRentCents!: number | null;

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, { nullable: true, description: "Monthly rent in euros (staff and the tenant only)." })
  get monthlyRent(): number | null {
    return this.monthlyRentCents === null ? null : centsToEuros(this.monthlyRentCents);
  }

  @Column({ name: "public_monthly_rent_cents", type: "bigint", nullable: true, transformer: bigintCents })
  publicMonthlyRentCents!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Monthly rent of the same office at the public (non-member) rate, in euros.",
  })
  get publicMonthlyRent(): number | null {
    return this.publicMonthlyRentCents === null ? null : centsToEuros(this.publicMonthlyRentCents);
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description: "What the member saves each month against the public rate, in euros (staff and the tenant).",
  })
  get monthlySavings(): number | null {
    if (this.monthlyRentCents === null || this.publicMonthlyRentCents === null) return null;
    return centsToEuros(this.publicMonthlyRentCents - this.monthlyRentCents);
  }

  owners() {
    return { memberId: this.memberId };
  }
}
