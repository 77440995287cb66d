import { GraphQLError } from "graphql";
import type { EntityManager } from "typeorm";
import { AuditEntry } from "./audit/audit-entry.entity";
import { apiMessage } from "./errors";
import { claimIdempotencyKey, markIdempotencyKeyRecorded } from "./idempotency/idempotency";
import type { SubgraphContext } from "./subgraph-server";

/** What a mutation's work gets: the transaction's manager, and where to say which records it changed. */
export interface MutationScope {
  manager: EntityManager;
  /** Records a change to the audit trail (in the same transaction). Every mutation records at least one. */
  recordChange(recordType: string, recordId: string): void;
}

/** Variations of a mutation's run. */
export interface MutationOptions {
  /**
   * The mutation may find nothing to change and then writes nothing, no audit entry either (an import
   * run again with the same content). Otherwise a mutation that records no change is a bug.
   */
  mayChangeNothing?: boolean;
}

/**
 * Runs a mutation: one transaction holding its writes and their audit entries, so a failed mutation
 * writes nothing. Database constraint violations become stable API errors (CONFLICT, BAD_USER_INPUT,
 * NOT_FOUND) with a message that names no table or column. A request sent with an Idempotency-Key records
 * its key in the same transaction (see idempotency.ts).
 */
export async function runMutation<T>(
  context: SubgraphContext,
  operation: string,
  work: (scope: MutationScope) => Promise<T>,
  { mayChangeNothing = false }: MutationOptions = {},
): Promise<T> {
  try {
    let claimed = false;
    const committed = await context.dataSource.transaction(async (manager) => {
      // First: the request's Idempotency-Key, so no write commits without it (idempotency.ts).
      claimed = await claimIdempotencyKey(context, manager);
      const changes: { recordType: string; recordId: string }[] = [];
      const result = await work({
        manager,
        recordChange: (recordType, recordId) => changes.push({ recordType, recordId }),
      });
      if (changes.length === 0) {
        if (mayChangeNothing) return result;
        throw new Error(`mutation ${operation} recorded no change for the audit trail`);
      }
      const viewer = context.viewer;
      await manager.insert(
        AuditEntry,
        changes.map((change) => ({
          ...change,
          operation,
          actorSubject: viewer?.subject ?? "anonymous",
          actorRole: viewer?.role ?? null,
          actorMemberId: viewer?.memberId ?? null,
          actorTerritoryId: viewer?.territoryId ?? null,
          partner: context.partner ?? null,
        })),
      );
      return result;
    });
    if (claimed) markIdempotencyKeyRecorded(context);
    return committed;
  } catch (error) {
    throw toApiError(error);
  }
}

/** PostgreSQL error codes we turn into API errors (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const constraintErrors: Record<string, () => GraphQLError> = {
  "23505": () => apiMessage("CONFLICT", "data.duplicate"),
  "23P01": () => apiMessage("CONFLICT", "data.overlap"),
  "23503": () => apiMessage("NOT_FOUND", "data.missingReference"),
  "23514": () => apiMessage("BAD_USER_INPUT", "data.checkViolated"),
  "22001": () => apiMessage("BAD_USER_INPUT", "data.tooLong"),
};

/** An API error for a database error, or the error itself when it is already one of ours. */
export function toApiError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  const code = (error as { code?: string } | null)?.code;
  const mapped = code ? constraintErrors[code] : undefined;
  return mapped ? mapped() : error;
}
