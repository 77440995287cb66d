// The economic subgraph's process: env, database, migrations, HTTP on port 4001 (PORT).
import "./start-tracing";
import "reflect-metadata";
import { runSubgraph } from "@pole/subgraph-kit";
import { economicSubgraph } from "./subgraph";

runSubgraph(economicSubgraph);
