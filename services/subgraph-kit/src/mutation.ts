import { GraphQLError } from "graphql";
import type { EntityManager } from "typeorm";
import { AuditEntry } from "./audit/audit-entry.entity";
import { apiError } from "./errors";
import type { SubgraphContext } from "./subgraph-server";

/** What a mutation's work gets: the transaction's manager, and where to say which records it changed. */
export interface MutationScope {
  manager: EntityManager;
  /** Records a change to the audit trail (in the same transaction). Every mutation records at least one. */
  recordChange(recordType: string, recordId: string): void;
}

/**
 * Runs a mutation: one transaction holding its writes and their audit entries, so a failed mutation
 * writes nothing. Database constraint violations become stable API errors (CONFLICT, BAD_USER_INPUT,
 * NOT_FOUND) with a message that names no table or column.
 */
export async function runMutation<T>(
  context: SubgraphContext,
  operation: string,
  work: (scope: MutationScope) => Promise<T>,
): Promise<T> {
  try {
    return await context.dataSource.transaction(async (manager) => {
      const changes: { recordType: string; recordId: string }[] = [];
      const result = await work({
        manager,
        recordChange: (recordType, recordId) => changes.push({ recordType, recordId }),
      });
      if (changes.length === 0)
        throw new Error(`mutation ${operation} recorded no change for the audit trail`);
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
        })),
      );
      return result;
    });
  } catch (error) {
    throw toApiError(error);
  }
}

/** PostgreSQL error codes we turn into API errors (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
const constraintErrors: Record<string, () => GraphQLError> = {
  "23505": () => apiError("CONFLICT", "A record with the same unique values already exists."),
  "23P01": () => apiError("CONFLICT", "This overlaps an existing record."),
  "23503": () => apiError("NOT_FOUND", "A record this refers to does not exist."),
  "23514": () =>
    apiError("BAD_USER_INPUT", "A value breaks a rule of the data (see the field descriptions)."),
  "22001": () => apiError("BAD_USER_INPUT", "A value is too long."),
};

/** An API error for a database error, or the error itself when it is already one of ours. */
export function toApiError(error: unknown): unknown {
  if (error instanceof GraphQLError) return error;
  const code = (error as { code?: string } | null)?.code;
  const mapped = code ? constraintErrors[code] : undefined;
  return mapped ? mapped() : error;
}
