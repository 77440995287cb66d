import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dropTestDatabase, testDatabaseUrl } from "@pole/subgraph-kit/testing";
import { ownDatabaseVariable } from "@pole/subgraph-kit";
import { spawnService, stopProcess } from "../service-process";
import { SUBGRAPHS, subgraphUrlVariable } from "../services";

/** The three subgraphs as real processes, each on a database of its own with the sample data. */
export interface RunningSubgraphs {
  /** GraphQL URL by subgraph name. */
  urls: Record<string, string>;
  /** URL and the secret it shares with the gateway, by subgraph name (what the gateway needs). */
  routes: Record<string, { url: string; secret: string }>;
  /** Database URL by subgraph name, for tests that change rows behind a subgraph's back. */
  databases: Record<string, string>;
  /** What a subgraph process wrote on stderr so far (its log lines), by subgraph name. */
  output(name: string): string;
  /** PIDs by subgraph name, to prove they are gone after `stop`. */
  pids: Record<string, number>;
  /** One subgraph's current process (tests that signal it themselves and read its exit status). */
  child(name: string): ChildProcess;
  /** Stops one subgraph's process (SIGTERM to its PID), for outage tests; the others keep running. */
  stopSubgraph(name: string): Promise<void>;
  /** Starts a stopped subgraph again, on the same port, database and secret (its route is unchanged). */
  startSubgraph(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** The variables a gateway process needs to reach these subgraphs: each one's URL and secret. */
export function gatewayEnvFor(routes: RunningSubgraphs["routes"]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(routes).flatMap(([name, route]) => [
      [subgraphUrlVariable(name), route.url],
      [`${name.toUpperCase()}_SUBGRAPH_SECRET`, route.secret],
    ]),
  );
}

const READY_LINE = /ready at (http:\/\/\S+\/graphql)/;

/** Resolves with the GraphQL URL a service process logs once it is ready ("ready at …/graphql"). */
export function waitForReadyLine(name: string, child: ChildProcess, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`${name} did not start in time:\n${output}`)), timeoutMs);
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it was ready:\n${output}`));
    });
  });
}

/**
 * Starts the three subgraphs; `env` adds variables to some of them (e.g. `{ knowledge: { CACHE_MAX_AGE:
 * "30" } }`).
 */
export async function startSubgraphProcesses(
  env: Record<string, Record<string, string>> = {},
): Promise<RunningSubgraphs> {
  const databases = SUBGRAPHS.map((service) => testDatabaseUrl(`e2e_${service.name}`));
  const secrets = SUBGRAPHS.map(() => randomBytes(24).toString("base64url"));
  const outputs = SUBGRAPHS.map(() => "");
  const spawnSubgraph = (i: number, port = "0") => {
    const child = spawnService(
      SUBGRAPHS[i],
      {
        PORT: port,
        HOST: "127.0.0.1",
        SAMPLE_DATA: "load-if-empty",
        SUBGRAPH_SECRET: secrets[i],
        [ownDatabaseVariable(SUBGRAPHS[i].name)]: databases[i],
        ...env[SUBGRAPHS[i].name],
      },
      "main",
      "pipe",
    );
    child.stderr!.on("data", (chunk: Buffer) => (outputs[i] += chunk.toString()));
    return child;
  };
  const children = SUBGRAPHS.map((_, i) => spawnSubgraph(i));
  const stop = async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await Promise.all(databases.map((url) => dropTestDatabase(url)));
  };
  try {
    const urls = await Promise.all(
      SUBGRAPHS.map((service, i) => waitForReadyLine(service.name, children[i])),
    );
    const pids = Object.fromEntries(SUBGRAPHS.map((service, i) => [service.name, children[i].pid!]));
    const indexOf = (name: string) => {
      const i = SUBGRAPHS.findIndex((service) => service.name === name);
      if (i < 0) throw new Error(`no subgraph named ${name}`);
      return i;
    };
    return {
      urls: Object.fromEntries(SUBGRAPHS.map((service, i) => [service.name, urls[i]])),
      routes: Object.fromEntries(
        SUBGRAPHS.map((service, i) => [service.name, { url: urls[i], secret: secrets[i] }]),
      ),
      databases: Object.fromEntries(SUBGRAPHS.map((service, i) => [service.name, databases[i]])),
      pids,
      output: (name) => outputs[indexOf(name)],
      child: (name) => children[indexOf(name)],
      stopSubgraph: (name) => stopProcess(children[indexOf(name)]),
      async startSubgraph(name) {
        const i = indexOf(name);
        if (children[i].exitCode === null && children[i].signalCode === null) return;
        children[i] = spawnSubgraph(i, new URL(urls[i]).port);
        pids[name] = children[i].pid!;
        await waitForReadyLine(name, children[i]);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
