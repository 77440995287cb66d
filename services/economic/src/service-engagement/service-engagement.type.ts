import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { centsToEuros, LocalDate, type IsoDate, type OwnedResource } from "@pole/subgraph-kit";
import { ServiceCategory } from "../service-offering/service-category.enum";
import { EngagementKind } from "./engagement-kind.enum";
import type { EngagementRow } from "./engagements.sql";

/**
 * One member's use of one service: the common view of participations, collaborations, leases (per year),
 * bookings, group purchases, consulting sessions and training attendance, with prices and savings.
 * Staff and the member concerned only.
 */
@ObjectType({
  description:
    "One member's use of one service of the offer, with its member and public prices and the savings (staff and the member only).",
})
export class ServiceEngagement implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier: kind, record, member and year." })
  id!: string;

  @Field(() => EngagementKind, { description: "The record this engagement comes from." })
  kind!: EngagementKind;

  @Field(() => ServiceCategory, { description: "Family of the service." })
  category!: ServiceCategory;

  @Field(() => ID, { description: "Id of the record (lease, booking, session…) it comes from." })
  sourceId!: string;

  memberId!: string;

  @Field({ description: "What the service was (title, room, topic…)." })
  title!: string;

  @Field(() => LocalDate, {
    description: "Day it took place (for a lease: its first day in force that year).",
  })
  occurredOn!: IsoDate;

  @Field(() => Int, { description: "Calendar year it counts in." })
  year!: number;

  @Field(() => Float, { nullable: true, description: "Hours of service, where they are counted." })
  hours!: number | null;

  memberAmountCents!: number | null;
  publicAmountCents!: number | null;
  savingsCents!: number;

  @Field(() => Float, {
    nullable: true,
    description: "What the member paid, in euros; null when not priced.",
  })
  get memberAmount(): number | null {
    return this.memberAmountCents === null ? null : centsToEuros(this.memberAmountCents);
  }

  @Field(() => Float, {
    nullable: true,
    description: "The price at the public rate, in euros, where one applies.",
  })
  get publicAmount(): number | null {
    return this.publicAmountCents === null ? null : centsToEuros(this.publicAmountCents);
  }

  @Field(() => Float, {
    description: "publicAmount − memberAmount in euros; 0 where no public rate applies.",
  })
  get savings(): number {
    return centsToEuros(this.savingsCents);
  }

  owners() {
    return { memberId: this.memberId };
  }

  static fromRow(row: EngagementRow): ServiceEngagement {
    const cents = (value: string | null) => (value === null ? null : Number(value));
    return Object.assign(new ServiceEngagement(), {
      id: `${row.kind}:${row.source_id}:${row.member_id}:${row.year}`,
      kind: row.kind as EngagementKind,
      category: row.category as ServiceCategory,
      sourceId: row.source_id,
      memberId: row.member_id,
      title: row.title,
      occurredOn: row.occurred_on,
      year: row.year,
      hours: row.hours === null ? null : Number(row.hours),
      memberAmountCents: cents(row.member_amount_cents),
      publicAmountCents: cents(row.public_amount_cents),
      savingsCents: Number(row.savings_cents),
    });
  }
}
