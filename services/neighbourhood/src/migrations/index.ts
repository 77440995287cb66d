import { NeighbourhoodFoundation1795811014867 } from "./1795811014867-neighbourhood-foundation";

/** Every migration of the neighbourhood subgraph, oldest first. */
export const migrations = [NeighbourhoodFoundation1795811014867];
