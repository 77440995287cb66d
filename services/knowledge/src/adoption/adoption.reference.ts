import { canonicalUuid, type SubgraphContext } from "@pole/subgraph-kit";
import { practiceById } from "../practice/practice.loader";
import { isPracticeVisible, practiceVisibility } from "../practice/practice.visibility";
import type { Adoption } from "./adoption.entity";
import { adoptionById } from "./adoption.loader";

/** An adoption if the caller may see its practice (adoptions follow their practice's visibility), else null. */
export async function visibleAdoption(id: string, context: SubgraphContext): Promise<Adoption | null> {
  const adoption = await adoptionById(context).load(id);
  if (!adoption) return null;
  const practice = await practiceById(context).load(adoption.practiceId);
  return practice && isPracticeVisible(practice, practiceVisibility(context.viewer)) ? adoption : null;
}

/** Resolves `Adoption` representations, batched per request; null for one the caller may not see. */
export const adoptionReference = {
  __resolveReference(
    reference: Pick<Adoption, "id">,
    context: SubgraphContext,
  ): Promise<Adoption | null> | null {
    const id = canonicalUuid(reference.id);
    return id ? visibleAdoption(id, context) : null;
  },
};
