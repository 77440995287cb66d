import { Connection } from "@pole/subgraph-kit";
import { Adoption } from "./adoption.entity";

/** A page of adoptions (Relay connection). */
export const AdoptionConnection = Connection(Adoption, "Adoption", "A page of adoptions (Relay connection).");
export type AdoptionConnection = InstanceType<typeof AdoptionConnection>;
