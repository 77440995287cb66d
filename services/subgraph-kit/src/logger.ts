import { pino, type DestinationStream, type Logger } from "pino";
import { prettyFactory } from "pino-pretty";
import { z } from "zod";

/** The levels LOG_LEVEL accepts, most to least severe; `silent` logs nothing. */
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** LOG_LEVEL: one of LOG_LEVELS, `info` by default (request lines are info, probes debug). */
export const logLevelVar = z
  .enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(", ")}` })
  .default("info");

/** LOG_LEVEL when it is a valid level, else `info` (the start-up's env check reports the bad value). */
const levelOfEnv = (): LogLevel => {
  const parsed = logLevelVar.safeParse(process.env.LOG_LEVEL || undefined);
  return parsed.success ? parsed.data : "info";
};

/**
 * Where lines go: stderr (stdout stays free for data), through `process.stderr.write`, which is
 * synchronous on Linux for files, pipes and terminals, so the last line before a `process.exit` is never
 * lost; pretty and on one line when stderr is a terminal, JSON lines otherwise.
 */
function stderrDestination(): DestinationStream {
  if (!process.stderr.isTTY) return { write: (line: string) => process.stderr.write(line) };
  const prettify = prettyFactory({
    colorize: true,
    singleLine: true,
    translateTime: "SYS:HH:MM:ss.l",
    ignore: "pid,hostname,service",
    messageFormat: "[{service}] {msg}",
  });
  return { write: (line: string) => process.stderr.write(prettify(line)) };
}

let destination: DestinationStream | undefined;
let root: Logger | undefined;
const byService = new Map<string, Logger>();

/** The process's pino logger, created on first use with LOG_LEVEL's level. */
function rootLogger(): Logger {
  root ??= pino(
    { level: levelOfEnv(), base: { pid: process.pid } },
    // Through this indirection, so tests can capture the lines without a new logger.
    { write: (line: string) => (destination ??= stderrDestination()).write(line) },
  );
  return root;
}

/**
 * The logger of `service` (its lines carry `service`), one per name in the process: "gateway",
 * "economic", "start"… Lines are JSON objects; never put a token, secret, header value, variable or input
 * value in one.
 */
export function logger(service: string): Logger {
  let found = byService.get(service);
  if (!found) {
    found = rootLogger().child({ service });
    byService.set(service, found);
  }
  return found;
}

/**
 * Sends every line to `sink` at `level` (tests read the lines a request wrote); returns the function that
 * puts the previous destination and level back.
 */
export function redirectLogs(sink: DestinationStream, level: LogLevel): () => void {
  const logger = rootLogger();
  const previous = { destination, level: logger.level };
  destination = sink;
  setLogLevel(level);
  return () => {
    destination = previous.destination;
    setLogLevel(previous.level as LogLevel);
  };
}

/** Changes the level of every logger of the process (children follow their root only when created). */
export function setLogLevel(level: LogLevel): void {
  rootLogger().level = level;
  for (const child of byService.values()) child.level = level;
}
