import type { TableCopy } from "@pole/subgraph-kit";

/**
 * What `npm run seed -- --scale N` copies in the knowledge database: every practice (same state, same
 * territory, carried by the same copy of its members and citing the same copy of its source actions),
 * every transfer with its members and practices, and every adoption. Territories are shared: not copied.
 */
export const knowledgeScaledTables: TableCopy[] = [
  {
    table: "practice",
    copyIds: ["id"],
    // Unique per territory: an imported practice's external id gets the copy number.
    set: { external_id: `CASE WHEN t.external_id IS NULL THEN NULL ELSE t.external_id || '-' || copy END` },
  },
  { table: "practice_member", copyIds: ["practice_id", "member_id"] },
  { table: "practice_source_action", copyIds: ["practice_id", "action_id"] },
  { table: "transfer", copyIds: ["id"] },
  { table: "transfer_member", copyIds: ["transfer_id", "member_id"] },
  { table: "transfer_practice", copyIds: ["transfer_id", "practice_id"] },
  { table: "adoption", copyIds: ["id", "practice_id", "transfer_id"] },
];
