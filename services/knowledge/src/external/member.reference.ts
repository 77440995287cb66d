import { canonicalUuid } from "@pole/subgraph-kit";
import type { Member } from "./member";

/** Resolves `Member` representations: the id is all this subgraph knows, so the representation is the member. */
export const memberReference = {
  __resolveReference(reference: Pick<Member, "id">): Pick<Member, "id"> | null {
    const id = canonicalUuid(reference.id);
    return id ? { id } : null;
  },
};
