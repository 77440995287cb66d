import type { SubgraphContext } from "@pole/subgraph-kit";
import { ContributionStatus } from "./contribution-status.enum";
import { ContributionCounts } from "./contribution-counts.type";

/** Contribution counts of phases by moderation state: ONE statement for any number of phases. */
export const contributionCountsByPhase = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, ContributionCounts>("contributionCountsByPhase", async (phaseIds) => {
    // One row per phase and state that has contributions; states without a row count 0.
    const rows = await dataSource.query<{ phase_id: string; status: ContributionStatus; n: string }[]>(
      `SELECT phase_id, status, count(*) AS n
         FROM contribution
        WHERE phase_id = ANY($1::uuid[])
        GROUP BY phase_id, status`,
      [[...phaseIds]],
    );
    const counts = new Map(
      phaseIds.map((id) => [
        id,
        Object.assign(new ContributionCounts(), { published: 0, pending: 0, hidden: 0 }),
      ]),
    );
    const field = {
      [ContributionStatus.PUBLISHED]: "published",
      [ContributionStatus.PENDING]: "pending",
      [ContributionStatus.HIDDEN]: "hidden",
    } as const;
    for (const row of rows) counts.get(row.phase_id)![field[row.status]] = Number(row.n);
    return phaseIds.map((id) => counts.get(id)!);
  });
