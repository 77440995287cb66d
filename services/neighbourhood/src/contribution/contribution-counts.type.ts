import { Authorized, Field, Int, ObjectType } from "type-graphql";
import type { AccessRule } from "@pole/subgraph-kit";

/** How many contributions a phase has in each moderation state. */
@ObjectType({
  description:
    "How many contributions a phase has, by moderation state: what a counter shows, also in the payloads of submitContribution and moderateContribution.",
})
export class ContributionCounts {
  @Field(() => Int, { description: "Published contributions: those everyone sees." })
  published!: number;

  @Authorized<AccessRule>("staff")
  @Field(() => Int, {
    nullable: true,
    description:
      "Contributions awaiting the staff's moderation (pre-moderation) (staff only: nobody else sees them, not even as a count; their submitter has awaitsModeration).",
  })
  pending!: number;

  @Authorized<AccessRule>("staff")
  @Field(() => Int, { nullable: true, description: "Contributions hidden by the moderation (staff only)." })
  hidden!: number;
}
