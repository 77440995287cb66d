// The neighbourhood subgraph's process: env, database, migrations, HTTP on port 4002 (PORT).
import "./start-tracing";
import "reflect-metadata";
import { runSubgraph } from "@pole/subgraph-kit";
import { neighbourhoodSubgraph } from "./subgraph";

runSubgraph(neighbourhoodSubgraph);
