// Entry for the TypeORM CLI (migration:generate, migration:run): the DataSource of this subgraph on the
// database named by ECONOMIC_DATABASE_URL, or pole_economic on the server of DATABASE_URL.
import "reflect-metadata";
import { subgraphDatabaseUrl } from "@pole/subgraph-kit";
import { createEconomicDataSource } from "./data-source";

export default createEconomicDataSource(subgraphDatabaseUrl("economic", process.env).url);
