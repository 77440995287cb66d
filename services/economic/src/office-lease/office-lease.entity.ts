import { Authorized, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
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

  owners() {
    return { memberId: this.memberId };
  }
}
