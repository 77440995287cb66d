// Entry for the TypeORM CLI (migration:generate, migration:run): the DataSource of this subgraph on the
// database named by KNOWLEDGE_DATABASE_URL, or pole_knowledge on the server of DATABASE_URL.
import "reflect-metadata";
import { subgraphDatabaseUrl } from "@pole/subgraph-kit";
import { createKnowledgeDataSource } from "./data-source";

export default createKnowledgeDataSource(subgraphDatabaseUrl("knowledge", process.env).url);
