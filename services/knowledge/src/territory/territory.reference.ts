import { canonicalUuid, type SubgraphContext } from "@pole/subgraph-kit";
import type { Territory } from "./territory.entity";
import { territoryById } from "./territory.loader";

/** Resolves `Territory` representations from other subgraphs, batched per request. */
export const territoryReference = {
  __resolveReference(
    reference: Pick<Territory, "id">,
    context: SubgraphContext,
  ): Promise<Territory | null> | null {
    const id = canonicalUuid(reference.id);
    return id ? territoryById(context).load(id) : null;
  },
};
