import { canonicalUuid } from "@pole/subgraph-kit";
import type { Member } from "./member";

/**
 * Resolves `Member` representations sent by the gateway. The economic subgraph owns members: the key is all
 * this subgraph needs, so the representation is returned as it is (null when the id is not a UUID).
 */
export const memberReference = {
  __resolveReference(reference: Pick<Member, "id">): Pick<Member, "id"> | null {
    const id = canonicalUuid(reference.id);
    return id ? { id } : null;
  },
};
