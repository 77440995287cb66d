export * from "./embedded-cluster";
export * from "./services";
export * from "./service-process";
export * from "./report/council-operations";
