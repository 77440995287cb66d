import { isUuid, type SubgraphContext } from "@pole/subgraph-kit";
import type { Transfer } from "./transfer.entity";
import { transferById } from "./transfer.loader";

/** Resolves `Transfer` representations from other subgraphs, batched per request. */
export const transferReference = {
  __resolveReference(
    reference: Pick<Transfer, "id">,
    context: SubgraphContext,
  ): Promise<Transfer | null> | null {
    return isUuid(reference.id) ? transferById(context).load(reference.id) : null;
  },
};
