import { Field, ObjectType } from "type-graphql";
import { Contribution } from "./contribution.entity";

@ObjectType({ description: "Result of submitContribution." })
export class SubmitContributionPayload {
  @Field(() => Contribution, { description: "The contribution, published." })
  contribution!: Contribution;
}

@ObjectType({ description: "Result of moderateContribution." })
export class ModerateContributionPayload {
  @Field(() => Contribution, { description: "The contribution as it now is." })
  contribution!: Contribution;
}

@ObjectType({ description: "Result of voteForContribution." })
export class VoteForContributionPayload {
  @Field(() => Contribution, { description: "The contribution, with its new vote count." })
  contribution!: Contribution;
}
