import { canonicalUuid, type SubgraphContext } from "@pole/subgraph-kit";
import type { Practice } from "./practice.entity";
import { practiceById } from "./practice.loader";
import { isPracticeVisible, practiceVisibility } from "./practice.visibility";

/** Resolves `Practice` representations, batched per request; null for a practice the caller may not see. */
export const practiceReference = {
  async __resolveReference(
    reference: Pick<Practice, "id">,
    context: SubgraphContext,
  ): Promise<Practice | null> {
    const id = canonicalUuid(reference.id);
    if (!id) return null;
    const practice = await practiceById(context).load(id);
    return practice && isPracticeVisible(practice, practiceVisibility(context.viewer)) ? practice : null;
  },
};
