/** @jest-config-loader ts-node */
// One jest run for the whole repository: a project per workspace, one PostgreSQL server for all suites
// (started by the global set-up, embedded unless DATABASE_URL is set), at most two workers (CI has 2 cores).
import type { Config } from "jest";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const swcOptions = JSON.parse(readFileSync(join(__dirname, ".swcrc"), "utf8")) as Record<string, unknown>;
const transform: Config["transform"] = { "^.+\\.ts$": ["@swc/jest", { ...swcOptions, swcrc: false }] };

const project = (displayName: string, rootDir: string): Config => ({
  displayName,
  rootDir: join(__dirname, rootDir),
  testEnvironment: "node",
  transform,
  testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
  setupFiles: [
    join(__dirname, "services/subgraph-kit/src/testing/setup-reflect.ts"),
    join(__dirname, "services/subgraph-kit/src/testing/setup-logs.ts"),
  ],
});

const config: Config = {
  transform,
  globalSetup: "<rootDir>/services/stack/src/testing/global-setup.ts",
  globalTeardown: "<rootDir>/services/stack/src/testing/global-teardown.ts",
  maxWorkers: 2,
  testTimeout: 60_000,
  projects: [
    project("subgraph-kit", "services/subgraph-kit"),
    project("economic", "services/economic"),
    project("neighbourhood", "services/neighbourhood"),
    project("knowledge", "services/knowledge"),
    project("stack", "services/stack"),
    project("gateway", "gateway"),
    // The benchmark's pure parts (/proc parsing, medians, tables); the bench itself is `npm run bench`.
    project("bench", "bench"),
    // The web site's browser tests (Playwright); its component tests run under Vitest (npm run test:web).
    { ...project("web", "web"), testMatch: ["<rootDir>/test/**/*.test.ts"] },
  ],
};

export default config;
