// The knowledge subgraph's process: env, database, migrations, HTTP on port 4003 (PORT).
import "./start-tracing";
import "reflect-metadata";
import { runSubgraph } from "@pole/subgraph-kit";
import { knowledgeSubgraph } from "./subgraph";

runSubgraph(knowledgeSubgraph);
