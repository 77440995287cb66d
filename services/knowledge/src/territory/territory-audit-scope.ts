import type { AuditTrailScope } from "@pole/subgraph-kit";

/** A territory's own records of one type: the entry's record is a row of `table` of its territory. */
const ownRecords = (type: string, table: string) =>
  `(entry.record_type = '${type}' AND entry.record_id IN (SELECT id::text FROM ${table} WHERE territory_id = :auditTerritoryId))`;

/**
 * Who reads which entries of the knowledge audit trail besides staff: a territory token reads the entries of
 * its own territory's records, and nothing else: its practices, the transfers to it, its adoptions, its
 * territory record and the changes to it it asked for (each record's current territory decides); and every
 * entry it made itself, deletions included, whose record is gone.
 */
export const knowledgeAuditScope: AuditTrailScope = {
  roles: ["territory"],
  restrict(query, viewer) {
    const conditions = [
      "entry.actor_territory_id = :auditTerritoryId",
      "(entry.record_type = 'Territory' AND entry.record_id = CAST(:auditTerritoryId AS text))",
      ownRecords("Practice", "practice"),
      ownRecords("Transfer", "transfer"),
      ownRecords("Adoption", "adoption"),
      ownRecords("TerritoryChange", "territory_change"),
    ];
    query.andWhere(`(${conditions.join(" OR ")})`, {
      auditTerritoryId: viewer.territoryId?.toLowerCase() ?? "",
    });
  },
};
