import type { TableCopy } from "@pole/subgraph-kit";

/**
 * What `npm run seed -- --scale N` copies in the neighbourhood database: every action (led by the same
 * copy of its lead members) with its details, outcomes and cohorts, and every contribution with its votes,
 * in the same phase of the one participatory project at the same time (so still within its phase). The
 * project, its phases and results are the Pôle's own: not copied.
 */
export const neighbourhoodScaledTables: TableCopy[] = [
  { table: "neighbourhood_action", copyIds: ["id"] },
  { table: "action_lead_member", copyIds: ["action_id", "member_id"] },
  { table: "market_study", copyIds: ["action_id"] },
  { table: "collective_initiative", copyIds: ["action_id"] },
  { table: "employment_outcome", copyIds: ["id", "action_id"] },
  { table: "insertion_cohort", copyIds: ["id", "action_id"] },
  { table: "contribution", copyIds: ["id"] },
  { table: "contribution_vote", copyIds: ["contribution_id"] },
];
