import { placeholderSiretSql, type TableCopy } from "@pole/subgraph-kit";

/**
 * What `npm run seed -- --scale N` copies in the economic database: every member and everything hanging
 * off a member (membership periods, yearly figures, leases and every service engagement, with the
 * commercial actions, group purchases, trainings and shared resources they belong to). Copy k of a member
 * is « <name> n°k (exemple) » with its own placeholder SIRET and RNA number; its offices are rooms of its
 * own and its bookings are of its copy of each resource, so no lease or booking overlaps another. The
 * service offerings, governance and funding records are the Pôle's own: not copied.
 */
export const economicScaledTables: TableCopy[] = [
  {
    table: "member",
    copyIds: ["id"],
    set: {
      name: `regexp_replace(t.name, ' \\(exemple\\)$', '') || ' n°' || copy || ' (exemple)'`,
      // The sample SIRETs are placeholderSiret(n) for member n (n < 100): copy k gets k·100 + n.
      siret: `CASE WHEN t.siret IS NULL THEN NULL ELSE ${placeholderSiretSql("copy * 100 + substr(t.siret, 2, 7)::int")} END`,
      rna_number: `CASE WHEN t.rna_number IS NULL THEN NULL
                        ELSE 'W3' || lpad((copy * 100 + right(t.rna_number, 2)::int)::text, 8, '0') END`,
    },
  },
  { table: "membership_period", copyIds: ["id", "member_id"] },
  { table: "member_year", copyIds: ["id", "member_id"] },
  { table: "office_lease", copyIds: ["id", "member_id"], set: { room: `t.room || ' · ' || copy` } },
  { table: "commercial_action", copyIds: ["id"] },
  { table: "commercial_action_participant", copyIds: ["id", "action_id", "member_id"] },
  { table: "collaboration", copyIds: ["id", "lead_member_id", "partner_member_id"] },
  { table: "shared_resource", copyIds: ["id"], set: { name: `t.name || ' · ' || copy` } },
  { table: "booking", copyIds: ["id", "resource_id", "member_id"] },
  { table: "group_purchase", copyIds: ["id"] },
  { table: "group_purchase_participant", copyIds: ["id", "purchase_id", "member_id"] },
  { table: "consulting_session", copyIds: ["id", "member_id"] },
  { table: "training", copyIds: ["id"] },
  { table: "training_session", copyIds: ["id", "training_id"] },
  { table: "training_attendance", copyIds: ["id", "session_id", "member_id"] },
];
