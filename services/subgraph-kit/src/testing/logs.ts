import { redirectLogs, setLogLevel } from "../logger";

/** One JSON log line as pino wrote it. */
export type LogEntry = Record<string, unknown> & { service?: string; msg?: string };

/**
 * Runs `during` with this process's log lines captured at `info` (or `level`) instead of written to
 * stderr; returns its result, the raw lines and the parsed entries.
 */
export async function captureLogs<T>(
  during: () => Promise<T>,
  level: "info" | "debug" = "info",
): Promise<{ result: T; text: string; entries: LogEntry[] }> {
  const lines: string[] = [];
  const restore = redirectLogs({ write: (line: string) => void lines.push(line) }, level);
  try {
    const result = await during();
    return {
      result,
      text: lines.join(""),
      entries: lines.map((line) => JSON.parse(line) as LogEntry),
    };
  } finally {
    restore();
  }
}

/**
 * Jest set-up: in-process services log at `warn` in tests, so a request line per request does not flood
 * the test output (subgraph processes started by tests keep LOG_LEVEL, default info, on their own pipe).
 * Tests that read log lines use `captureLogs`.
 */
export function quietTestLogs(): void {
  setLogLevel("warn");
}
