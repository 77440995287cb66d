import { Field, ID, InputType } from "type-graphql";

@InputType({
  description: "A vote for a published contribution of an open phase: one per connection and contribution.",
})
export class VoteForContributionInput {
  @Field(() => ID, { description: "The contribution (UUID)." })
  contributionId!: string;
}
