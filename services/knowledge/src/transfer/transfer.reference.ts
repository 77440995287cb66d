import { canonicalUuid, type SubgraphContext } from "@pole/subgraph-kit";
import type { Transfer } from "./transfer.entity";
import { transferById } from "./transfer.loader";

/** Resolves `Transfer` representations from other subgraphs, batched per request. */
export const transferReference = {
  __resolveReference(
    reference: Pick<Transfer, "id">,
    context: SubgraphContext,
  ): Promise<Transfer | null> | null {
    const id = canonicalUuid(reference.id);
    return id ? transferById(context).load(id) : null;
  },
};
