import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * The change feed's horizon: the start of the oldest transaction of this database that is still writing
 * (has a transaction id), or infinity when none is. Rows stamped at or after it are held back until that
 * transaction ends: it may still commit rows stamped before anything the feed would return now, which a
 * harvester asking again "since the latest time seen" would otherwise miss for ever. The rows it holds
 * back come in the next ask. Requires rows stamped with `clock_timestamp()` when written (not `now()`), so
 * that a transaction which had not yet written when the feed looked stamps its rows later than the horizon
 * then; and the service's connections to share one database role (other roles' sessions hide their
 * transaction ids). A session left idle inside a writing transaction holds the feed back until it ends:
 * production databases should set `idle_in_transaction_session_timeout`.
 */
export const CHANGE_FEED_HORIZON_SQL =
  "COALESCE((SELECT min(activity.xact_start) FROM pg_stat_activity activity" +
  " WHERE activity.datname = current_database() AND activity.backend_xid IS NOT NULL" +
  " AND activity.pid <> pg_backend_pid()), 'infinity'::timestamptz)";

/**
 * Narrows a query (alias `alias`, a table with an `updated_at` column) to the rows changed at or after
 * `since` and settled (before the change feed's horizon). Callers order by (updated_at, id) ascending and
 * page with a keyset cursor, so a page read while writes happen neither repeats nor skips a row: a row
 * changed meanwhile moves to the end of the feed and comes again there, once per change.
 */
export function changedSince<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  since: Date,
): SelectQueryBuilder<T> {
  return query
    .andWhere(`${alias}.updated_at >= :changedSince`, { changedSince: since })
    .andWhere(`${alias}.updated_at < ${CHANGE_FEED_HORIZON_SQL}`);
}
