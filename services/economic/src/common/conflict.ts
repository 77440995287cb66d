import { apiError } from "@pole/subgraph-kit";

/** PostgreSQL's exclusion_violation: the row overlaps another under an exclusion constraint. */
const EXCLUSION_VIOLATION = "23P01";

/**
 * Runs a write guarded by an exclusion constraint and turns an overlap into CONFLICT with a message that
 * says what overlaps (the transaction is aborted either way, so nothing is written).
 */
export async function refuseOverlap<T>(write: Promise<T>, text: string): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if ((error as { code?: string } | null)?.code === EXCLUSION_VIOLATION) throw apiError("CONFLICT", text);
    throw error;
  }
}
