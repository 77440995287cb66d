// Test helpers for suites that need whole processes: `import ... from "@pole/stack/testing"`.
export * from "./free-port";
export * from "./otlp-receiver";
export * from "./subgraph-processes";
export * from "./scdl-validation";
