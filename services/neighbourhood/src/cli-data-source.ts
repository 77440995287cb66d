// Entry for the TypeORM CLI (migration:generate, migration:run): the DataSource of this subgraph on the
// database named by NEIGHBOURHOOD_DATABASE_URL, or pole_neighbourhood on the server of DATABASE_URL.
import "reflect-metadata";
import { subgraphDatabaseUrl } from "@pole/subgraph-kit";
import { createNeighbourhoodDataSource } from "./data-source";

export default createNeighbourhoodDataSource(subgraphDatabaseUrl("neighbourhood", process.env).url);
