// Migrates the economic database and loads the sample data when it is empty (`npm run seed`).
import "reflect-metadata";
import { seedSubgraph } from "@pole/subgraph-kit";
import { economicSubgraph } from "./subgraph";

seedSubgraph(economicSubgraph);
