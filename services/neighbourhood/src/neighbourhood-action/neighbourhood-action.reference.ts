import { isUuid, type SubgraphContext } from "@pole/subgraph-kit";
import type { NeighbourhoodAction } from "./neighbourhood-action.entity";
import { actionById } from "./neighbourhood-action.loader";

/** Resolves `NeighbourhoodAction` representations from other subgraphs, batched per request. */
export const neighbourhoodActionReference = {
  __resolveReference(
    reference: Pick<NeighbourhoodAction, "id">,
    context: SubgraphContext,
  ): Promise<NeighbourhoodAction | null> | null {
    return isUuid(reference.id) ? actionById(context).load(reference.id) : null;
  },
};
