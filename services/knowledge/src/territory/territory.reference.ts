import { isUuid, type SubgraphContext } from "@pole/subgraph-kit";
import type { Territory } from "./territory.entity";
import { territoryById } from "./territory.loader";

/** Resolves `Territory` representations from other subgraphs, batched per request. */
export const territoryReference = {
  __resolveReference(
    reference: Pick<Territory, "id">,
    context: SubgraphContext,
  ): Promise<Territory | null> | null {
    return isUuid(reference.id) ? territoryById(context).load(reference.id) : null;
  },
};
