// Migrates the knowledge database and loads the sample data when it is empty (`npm run seed`).
import "reflect-metadata";
import { seedSubgraph } from "@pole/subgraph-kit";
import { knowledgeSubgraph } from "./subgraph";

seedSubgraph(knowledgeSubgraph);
