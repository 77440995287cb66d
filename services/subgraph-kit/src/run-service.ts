import { ConfigError } from "./config-error";
import { logger } from "./logger";
import { hardExitAfterGrace } from "./shutdown-deadline";

/** Logs an info line of `service` through the process's pino logger (logger.ts), on stderr. */
export function logLine(service: string, message: string): void {
  logger(service).info(message);
}

const shutdownSteps: (() => Promise<void>)[] = [];

/** Adds work to do once the service has stopped, before the process exits (e.g. sending the last spans). */
export function onShutdown(step: () => Promise<void>): void {
  shutdownSteps.push(step);
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
      await Promise.allSettled(shutdownSteps.map((step) => step()));
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
