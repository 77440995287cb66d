export { createServer } from "./server";
export { buildEconomicSchema } from "./schema";
export { createEconomicDataSource } from "./data-source";
export { loadSampleData } from "./sample-data/load-sample-data";
