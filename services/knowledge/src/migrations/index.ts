import { KnowledgeFoundation1795811030890 } from "./1795811030890-knowledge-foundation";

/** Every migration of the knowledge subgraph, oldest first. */
export const migrations = [KnowledgeFoundation1795811030890];
