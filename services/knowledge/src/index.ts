export { createServer } from "./server";
export { buildKnowledgeSchema } from "./schema";
export { createKnowledgeDataSource } from "./data-source";
export { loadSampleData } from "./sample-data/load-sample-data";
