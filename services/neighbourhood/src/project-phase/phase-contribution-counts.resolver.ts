import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@pole/subgraph-kit";
import { ContributionCounts } from "../contribution/contribution-counts.type";
import { contributionCountsByPhase } from "../contribution/contribution-counts.loader";
import { ProjectPhase } from "./project-phase.entity";

/** `ProjectPhase.contributionCounts`: the phase's counters, batched over the phases of a request. */
@Resolver(() => ProjectPhase)
export class PhaseContributionCountsResolver {
  @FieldResolver(() => ContributionCounts, {
    description:
      "How many contributions the phase has, by moderation state, as of this answer (after the write in a mutation's payload).",
  })
  contributionCounts(
    @Root() phase: ProjectPhase,
    @Ctx() context: SubgraphContext,
  ): Promise<ContributionCounts> {
    return contributionCountsByPhase(context).load(phase.id);
  }
}
