import "reflect-metadata";

export * from "./auth";
export * from "./connection";
export * from "./database";
export * from "./env";
export * from "./errors";
export * from "./federated-schema";
export * from "./listen";
export * from "./loaders";
export * from "./print-sdl";
export * from "./report-year";
export * from "./run-service";
export * from "./scalars";
export * from "./sort-direction";
export * from "./subgraph-main";
export * from "./subgraph-server";
