// Migrates the neighbourhood database and loads the sample data when it is empty (`npm run seed`).
import "reflect-metadata";
import { seedScaleFromEnv, seedSubgraph } from "@pole/subgraph-kit";
import { loadSampleData } from "./sample-data/load-sample-data";
import { neighbourhoodSubgraph } from "./subgraph";

// SEED_SCALE (from `npm run seed -- --scale N`): N copies of the sample data.
seedSubgraph({
  ...neighbourhoodSubgraph,
  loadSampleData: (dataSource) => loadSampleData(dataSource, seedScaleFromEnv()),
});
