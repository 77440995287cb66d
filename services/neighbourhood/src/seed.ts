// Migrates the neighbourhood database and loads the sample data when it is empty (`npm run seed`).
import "reflect-metadata";
import { seedSubgraph } from "@pole/subgraph-kit";
import { neighbourhoodSubgraph } from "./subgraph";

seedSubgraph(neighbourhoodSubgraph);
