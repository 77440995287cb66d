import { canonicalUuid, type SubgraphContext } from "@pole/subgraph-kit";
import type { NeighbourhoodAction } from "./neighbourhood-action.entity";
import { actionById } from "./neighbourhood-action.loader";

/** Resolves `NeighbourhoodAction` representations from other subgraphs, batched per request. */
export const neighbourhoodActionReference = {
  __resolveReference(
    reference: Pick<NeighbourhoodAction, "id">,
    context: SubgraphContext,
  ): Promise<NeighbourhoodAction | null> | null {
    const id = canonicalUuid(reference.id);
    return id ? actionById(context).load(id) : null;
  },
};
