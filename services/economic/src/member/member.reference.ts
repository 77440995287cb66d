import { canonicalUuid, type SubgraphContext } from "@pole/subgraph-kit";
import type { Member } from "./member.entity";
import { memberById } from "./member.loader";

/** Resolves `Member` representations from other subgraphs, batched per request. */
export const memberReference = {
  __resolveReference(reference: Pick<Member, "id">, context: SubgraphContext): Promise<Member | null> | null {
    const id = canonicalUuid(reference.id);
    return id ? memberById(context).load(id) : null;
  },
};
