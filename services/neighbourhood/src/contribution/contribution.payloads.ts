import { Field, ObjectType } from "type-graphql";
import { ProjectPhase } from "../project-phase/project-phase.entity";
import { Contribution } from "./contribution.entity";

@ObjectType({ description: "Result of submitContribution." })
export class SubmitContributionPayload {
  @Field(() => Contribution, {
    description:
      "The contribution: published, or awaiting moderation (PENDING) when contributions are pre-moderated.",
  })
  contribution!: Contribution;

  @Field({
    description:
      "True when the contribution waits for the staff's approval before anyone else sees it (pre-moderation); false when it is published.",
  })
  awaitsModeration!: boolean;

  @Field(() => ProjectPhase, {
    description:
      "The phase contributed to, as it is after this submission: its contributionCounts count the new contribution, so a counter updates without another query.",
  })
  phase!: ProjectPhase;
}

@ObjectType({ description: "Result of moderateContribution." })
export class ModerateContributionPayload {
  @Field(() => Contribution, { description: "The contribution as it now is." })
  contribution!: Contribution;

  @Field(() => ProjectPhase, {
    description: "The contribution's phase, as it is after this decision (see contributionCounts).",
  })
  phase!: ProjectPhase;
}

@ObjectType({ description: "Result of voteForContribution." })
export class VoteForContributionPayload {
  @Field(() => Contribution, { description: "The contribution, with its new vote count." })
  contribution!: Contribution;
}
