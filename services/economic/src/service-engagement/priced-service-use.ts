import { Authorized, Field, Float, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { centsToEuros, type AccessRule, type OwnedResource } from "@pole/subgraph-kit";
import { bigintCents } from "../money";

/**
 * What every record of a member's paid use of a service shares (a booking, a consulting session, a training
 * attendance): the member, and the prices at the member and public rates taken from the offering or
 * resource when recorded. The prices and the savings are for staff and that member only.
 */
@ObjectType({
  description: "A member's priced use of a service (base of bookings, consulting sessions, attendance).",
})
export abstract class PricedServiceUse implements OwnedResource {
  @Column({ name: "member_id", type: "uuid" })
  memberId!: string;

  @Column({ name: "member_amount_cents", type: "bigint", transformer: bigintCents })
  memberAmountCents!: number;

  @Column({ name: "public_amount_cents", type: "bigint", nullable: true, transformer: bigintCents })
  publicAmountCents!: number | null;

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description: "Price at the member rate, in euros (staff and the member itself).",
  })
  get memberAmount(): number {
    return centsToEuros(this.memberAmountCents);
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description: "Price at the public rate, in euros, where one applies (staff and the member itself).",
  })
  get publicAmount(): number | null {
    return this.publicAmountCents === null ? null : centsToEuros(this.publicAmountCents);
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => Float, {
    nullable: true,
    description:
      "publicAmount − memberAmount in euros, 0 without a public rate (staff and the member itself).",
  })
  get savings(): number {
    return this.publicAmountCents === null
      ? 0
      : centsToEuros(this.publicAmountCents - this.memberAmountCents);
  }

  owners() {
    return { memberId: this.memberId };
  }
}
