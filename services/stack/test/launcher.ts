import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { GATEWAY, REPO_ROOT, SUBGRAPHS } from "../src/services";
import { freePort } from "../src/testing/free-port";

/** Runs `npm start`'s entry (the launcher) the way npm does, with extra env, its output piped. */
export function launch(env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess {
  return spawn(
    process.execPath,
    ["-r", require.resolve("@swc-node/register"), join("services", "stack", "src", "start.ts"), ...args],
    { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
}

/**
 * Log output as people read it: each JSON line pino wrote (`{"service":"start","msg":"…"}`) as
 * `[start] …`, one per line; other lines as they are.
 */
export function readableLogs(output: string): string {
  return output
    .split("\n")
    .map((line) => {
      try {
        const entry = JSON.parse(line) as { service?: unknown; msg?: unknown };
        return typeof entry.msg === "string" ? `[${String(entry.service)}] ${entry.msg}` : line;
      } catch {
        return line;
      }
    })
    .join("\n");
}

/** What a process printed so far (its log lines readable, `logs`), and its exit status. */
export function collect(child: ChildProcess): {
  stdout: () => string;
  stderr: () => string;
  logs: () => string;
  exit: Promise<number | null>;
} {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { stdout: () => stdout, stderr: () => stderr, logs: () => readableLogs(stderr), exit };
}

/** PIDs of a process's direct children (Linux /proc). */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/**
 * The PID of the launcher's child running the service in `dir` (e.g. services/economic): the launcher
 * starts each service in its own folder, so the child's working directory (/proc/<pid>/cwd) names it.
 */
export function servicePid(launcherPid: number, dir: string): number | undefined {
  return childPids(launcherPid).find((pid) => {
    try {
      return readlinkSync(`/proc/${pid}/cwd`) === join(REPO_ROOT, dir);
    } catch {
      return false;
    }
  });
}

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Polls `condition` every 50 ms until it holds; fails after `timeoutMs` with `what`. */
export async function waitFor<T>(
  what: string,
  condition: () => T | undefined | false,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Free ports for a whole `npm start`: each service's port variable and WEB_PORT (the web site), so two
 * launches never ask for the same default port.
 */
export async function stackPorts(): Promise<Record<string, string>> {
  const ports: Record<string, string> = {};
  for (const service of [...SUBGRAPHS, GATEWAY]) ports[service.portVariable] = String(await freePort());
  ports.WEB_PORT = String(await freePort());
  return ports;
}

/** What `npm start` prints once everything is up: the gateway's URL, then the web site's. */
export const startedLines = (ports: Record<string, string>) =>
  `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql\nhttp://127.0.0.1:${ports.WEB_PORT}/`;
