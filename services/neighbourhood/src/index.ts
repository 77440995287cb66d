export { createServer } from "./server";
export { buildNeighbourhoodSchema } from "./schema";
export { createNeighbourhoodDataSource } from "./data-source";
export { loadSampleData } from "./sample-data/load-sample-data";
