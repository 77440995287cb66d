import { hardExitAfterGrace } from "./shutdown-deadline";
import { ConfigError } from "./errors";

/** Logs a line prefixed with the service name, on stderr so stdout stays free for data. */
export function logLine(service: string, message: string): void {
  process.stderr.write(`[${service}] ${message}\n`);
}

/**
 * Runs a service's start-up; configuration errors are printed as one clear message (no stack) and the
 * process exits with status 1. `start` returns the function that stops the service, called once on
 * SIGINT or SIGTERM.
 */
export function runService(service: string, start: () => Promise<() => Promise<void>>): void {
  let stop: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logLine(service, `${signal}: stopping`);
    hardExitAfterGrace((message) => logLine(service, message));
    try {
      await stop?.();
    } finally {
      process.exit(0);
    }
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  // Started by the launcher with an IPC channel: when the launcher dies, the channel closes; stop too.
  if (process.send) {
    process.once("disconnect", () => void shutdown("launcher gone"));
    process.channel?.unref();
  }

  start().then(
    (stopService) => {
      stop = stopService;
    },
    (error: unknown) => {
      if (error instanceof ConfigError) logLine(service, error.message);
      else
        logLine(
          service,
          `start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      process.exit(1);
    },
  );
}
