import { z } from "zod";
import { parseEnv } from "./env";
import { ConfigError } from "./errors";
import { logLevelVar, logger } from "./logger";
import { logLine } from "./run-service";
import { captureLogs } from "./testing/logs";

describe("the process logger", () => {
  it("writes logLine's messages as JSON lines with the service's name", async () => {
    const { text, entries } = await captureLogs(async () => {
      logLine("economic", "applied 3 migration(s)");
      logger("gateway").info({ status: 200 }, "request");
    });
    expect(text.split("\n").filter(Boolean)).toHaveLength(2);
    expect(entries).toEqual([
      expect.objectContaining({ level: 30, service: "economic", msg: "applied 3 migration(s)" }),
      expect.objectContaining({ level: 30, service: "gateway", msg: "request", status: 200 }),
    ]);
    expect(entries[0].time).toEqual(expect.any(Number));
    expect(entries[0].pid).toBe(process.pid);
  });

  it("leaves out lines below its level", async () => {
    const { entries } = await captureLogs(async () => {
      logger("gateway").debug("a probe");
      logger("gateway").info("a request");
    });
    expect(entries.map((entry) => entry.msg)).toEqual(["a request"]);
  });

  it("reads LOG_LEVEL, info by default, and names a bad one clearly", () => {
    const schema = z.object({ LOG_LEVEL: logLevelVar });
    expect(parseEnv(schema, {}).LOG_LEVEL).toBe("info");
    expect(parseEnv(schema, { LOG_LEVEL: "debug" }).LOG_LEVEL).toBe("debug");
    expect(() => parseEnv(schema, { LOG_LEVEL: "DEBUG!" })).toThrow(
      new ConfigError(["LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent"]),
    );
  });
});
