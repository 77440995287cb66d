// Test helpers shared by every workspace's tests: `import ... from "@pole/subgraph-kit/testing"`.
export * from "./subgraph-harness";
export * from "./test-database";
export * from "./tokens";
export * from "./logs";
export * from "./contract";
export * from "./tcp-proxy";
export * from "./resetting-proxy";
export * from "./redis";
export * from "./stable-pages";
export * from "./query-plan";
