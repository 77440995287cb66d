import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Length } from "class-validator";
import { ContributionStatus } from "./contribution-status.enum";

@InputType({ description: "A moderation decision on a contribution (staff)." })
export class ModerateContributionInput {
  @Field(() => ID, { description: "The contribution (UUID)." })
  contributionId!: string;

  @Field(() => ContributionStatus, {
    description:
      "PUBLISHED to show it (approving it when it awaits moderation), HIDDEN to hide it (a reason is then required); PENDING is refused.",
  })
  status!: ContributionStatus;

  @Field(() => String, {
    nullable: true,
    description:
      "Why it is hidden (French, 3 to 500 characters; required to hide, dropped when publishing). Staff only.",
  })
  @IsOptional()
  @Length(3, 500)
  reason?: string | null;
}
