import { DEFAULT_SHUTDOWN_GRACE_MS, shutdownGraceMsFromEnv } from "./drain";

/** Time for the clean-up after the HTTP drain (Apollo, the database pool) before the process gives up. */
const CLEAN_UP_MS = 1_000;

/**
 * A backstop: the service's `stop` drains within SHUTDOWN_GRACE_MS, but should anything after it hang (a
 * database pool that never closes), the process still exits, status 1, shortly after the grace.
 */
export function hardExitAfterGrace(
  log: (message: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): void {
  let graceMs = DEFAULT_SHUTDOWN_GRACE_MS;
  try {
    graceMs = shutdownGraceMsFromEnv(env);
  } catch {
    // A bad value stopped the service at start-up already (each service validates it); keep the default.
  }
  setTimeout(() => {
    log(`still stopping ${graceMs + CLEAN_UP_MS} ms after the signal: exiting now`);
    process.exit(1);
  }, graceMs + CLEAN_UP_MS).unref();
}
