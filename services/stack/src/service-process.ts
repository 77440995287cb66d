import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT, type ServiceDefinition } from "./services";

/**
 * Starts `<service>/src/<entry>.ts` as a child Node process, compiled on the fly by @swc-node/register
 * (which, unlike esbuild-based runners, emits the decorator metadata type-graphql and TypeORM need).
 */
export function spawnService(
  service: ServiceDefinition,
  env: NodeJS.ProcessEnv,
  entry = "main",
  stdio: "inherit" | "pipe" = "inherit",
): ChildProcess {
  const cwd = join(REPO_ROOT, service.dir);
  return spawn(process.execPath, serviceNodeArguments(entry), {
    cwd,
    env: { ...process.env, ...env },
    // The IPC channel closes when this process dies, even by SIGKILL: the child then stops itself
    // (runService), so a killed launcher leaves no orphan behind.
    stdio: entry === "main" ? ["ignore", stdio, stdio, "ipc"] : ["ignore", stdio, stdio],
  });
}

/** Node's arguments that run `src/<entry>.ts` of the service in the current directory. */
export function serviceNodeArguments(entry: string): string[] {
  return ["-r", require.resolve("@swc-node/register"), join("src", `${entry}.ts`)];
}

/** Resolves once `url` answers 200, or rejects when `child` exits first or the time runs out. */
export async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  timeoutMs = 90_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`exited (code ${child.exitCode ?? child.signalCode}) before answering at ${url}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Sends SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      done();
    });
    child.kill("SIGTERM");
  });
}
