import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ClassType } from "type-graphql";
import {
  conflict,
  InputProblems,
  missingRecord,
  requireUuid,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { assertPhaseOpen } from "../project-phase/phase-calendar";
import { ProjectPhase } from "../project-phase/project-phase.entity";
import { phaseById } from "../project-phase/project-phase.loader";
import { ContributionGuard } from "./contribution-guard";
import { ContributionStatus } from "./contribution-status.enum";
import { ContributionVote } from "./contribution-vote.entity";
import { Contribution } from "./contribution.entity";
import { contributionById } from "./contribution.loader";
import {
  ModerateContributionPayload,
  SubmitContributionPayload,
  VoteForContributionPayload,
} from "./contribution.payloads";
import { ModerateContributionInput } from "./moderate-contribution.input";
import { SubmitContributionInput } from "./submit-contribution.input";
import { VoteForContributionInput } from "./vote-for-contribution.input";

/**
 * Contributions of the inhabitants: anyone (anonymous included) submits to an open phase and votes, within
 * the per-client bounds of the guard; staff moderate. Hidden contributions and moderation details are
 * visible to staff only. Built per schema, since the guard holds the process's counters and secret.
 */
export function createContributionResolver(guard: ContributionGuard): ClassType {
  @Resolver(() => Contribution)
  class ContributionResolver {
    @Query(() => Contribution, {
      nullable: true,
      description:
        "A contribution by id; null when there is none, or when it is hidden or awaits moderation and the caller is not staff.",
    })
    async contribution(
      @Arg("id", () => ID) id: string,
      @Ctx() context: SubgraphContext,
    ): Promise<Contribution | null> {
      const found = await contributionById(context).load(requireUuid(id));
      return found && visibleTo(context, found) ? found : null;
    }

    @FieldResolver(() => ProjectPhase, { description: "The phase the contribution was made to." })
    async phase(@Root() contribution: Contribution, @Ctx() context: SubgraphContext): Promise<ProjectPhase> {
      return (await phaseById(context).load(contribution.phaseId))!;
    }

    @Authorized<AccessRule>("staff")
    @FieldResolver(() => String, {
      nullable: true,
      description: "Why the staff hid the contribution; null when it is not hidden (staff only).",
    })
    moderationReason(@Root() contribution: Contribution): string | null {
      return contribution.moderationReason;
    }

    @Authorized<AccessRule>("staff")
    @FieldResolver(() => Date, {
      nullable: true,
      description: "When the staff last moderated the contribution; null if never (staff only).",
    })
    moderatedAt(@Root() contribution: Contribution): Date | null {
      return contribution.moderatedAt;
    }

    @Mutation(() => SubmitContributionPayload, {
      nullable: true,
      description:
        "Submits a contribution to an open phase; anyone may, signed in or not. When contributions are pre-moderated it waits (PENDING) for the staff to publish it before anyone else sees it; otherwise it is published at once. Refused with BAD_USER_INPUT when the phase is closed or not yet open, and with RATE_LIMITED (saying when to retry) beyond the submissions allowed per connection.",
    })
    async submitContribution(
      @Arg("input", () => SubmitContributionInput, {
        description: "The phase, your display name and your text.",
      })
      input: SubmitContributionInput,
      @Ctx() context: SubgraphContext,
    ): Promise<SubmitContributionPayload> {
      const phaseId = requireUuid(input.phaseId, "input.phaseId");
      await guard.countSubmission(context.clientIp);
      return runMutation(context, "submitContribution", async ({ manager, recordChange }) => {
        const phase = await manager.findOne(ProjectPhase, {
          where: { id: phaseId },
          lock: { mode: "pessimistic_read" },
        });
        if (!phase) throw missingRecord("input.phaseId", "neighbourhood.noPhase", { id: phaseId });
        assertPhaseOpen(phase, "contributions", "input.phaseId");
        const contribution = await manager.save(
          manager.create(Contribution, {
            phaseId,
            displayName: input.displayName.trim(),
            body: input.body.trim(),
            status: guard.premoderated ? ContributionStatus.PENDING : ContributionStatus.PUBLISHED,
          }),
        );
        recordChange("Contribution", contribution.id);
        return { contribution, awaitsModeration: contribution.status === ContributionStatus.PENDING, phase };
      });
    }

    @Mutation(() => VoteForContributionPayload, {
      nullable: true,
      description:
        "Votes for a published contribution of an open phase; anyone may, once per connection and contribution (a second vote is refused with CONFLICT).",
    })
    async voteForContribution(
      @Arg("input", () => VoteForContributionInput, { description: "The contribution." })
      input: VoteForContributionInput,
      @Ctx() context: SubgraphContext,
    ): Promise<VoteForContributionPayload> {
      const contributionId = requireUuid(input.contributionId, "input.contributionId");
      return runMutation(context, "voteForContribution", async ({ manager, recordChange }) => {
        const contribution = await manager.findOne(Contribution, {
          where: { id: contributionId },
          lock: { mode: "pessimistic_write" },
        });
        if (!contribution || contribution.status !== ContributionStatus.PUBLISHED) {
          throw missingRecord("input.contributionId", "neighbourhood.noPublishedContribution", {
            id: contributionId,
          });
        }
        const phase = await manager.findOneOrFail(ProjectPhase, { where: { id: contribution.phaseId } });
        assertPhaseOpen(phase, "votes", "input.contributionId");
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(ContributionVote)
          .values({ contributionId, voterHash: guard.voterHash(contributionId, context.clientIp) })
          .orIgnore()
          .returning(["contributionId"])
          .execute();
        if (inserted.raw.length === 0) {
          throw conflict("neighbourhood.alreadyVoted");
        }
        contribution.voteCount += 1;
        await manager.update(Contribution, { id: contributionId }, { voteCount: () => "vote_count + 1" });
        recordChange("Contribution", contributionId);
        return { contribution };
      });
    }

    @Authorized<AccessRule>("staff")
    @Mutation(() => ModerateContributionPayload, {
      nullable: true,
      description:
        "Publishes or hides a contribution, hiding with a reason (staff); publishing one that awaits moderation approves it.",
    })
    async moderateContribution(
      @Arg("input", () => ModerateContributionInput, { description: "The contribution and the decision." })
      input: ModerateContributionInput,
      @Ctx() context: SubgraphContext,
    ): Promise<ModerateContributionPayload> {
      const contributionId = requireUuid(input.contributionId, "input.contributionId");
      const problems = new InputProblems();
      if (input.status === ContributionStatus.PENDING) {
        problems.add("input.status", "enum", "neighbourhood.pendingIsNoDecision");
      }
      const hiding = input.status === ContributionStatus.HIDDEN;
      if (hiding && !input.reason?.trim())
        problems.add("input.reason", "required", "neighbourhood.reasonToHide");
      problems.throwIfAny();
      return runMutation(context, "moderateContribution", async ({ manager, recordChange }) => {
        const contribution = await manager.findOne(Contribution, {
          where: { id: contributionId },
          lock: { mode: "pessimistic_write" },
        });
        if (!contribution) {
          throw missingRecord("input.contributionId", "neighbourhood.noContribution", { id: contributionId });
        }
        contribution.status = input.status;
        contribution.moderationReason = hiding ? input.reason!.trim() : null;
        contribution.moderatedAt = new Date();
        const saved = await manager.save(contribution);
        recordChange("Contribution", contributionId);
        const phase = await manager.findOneByOrFail(ProjectPhase, { id: contribution.phaseId });
        return { contribution: saved, phase };
      });
    }
  }
  return ContributionResolver;
}

/** Published contributions are public; hidden ones and those awaiting moderation are the staff's. */
function visibleTo(context: SubgraphContext, contribution: Contribution): boolean {
  return contribution.status === ContributionStatus.PUBLISHED || context.viewer?.role === "staff";
}
