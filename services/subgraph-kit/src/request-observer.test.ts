import { createLimiterStore, isOverLimit } from "./limiter";
import { MAX_OPERATION_LABELS, metricsRegistry, operationLabel, outcomeLabel } from "./metrics";
import { requestIdOf } from "./request-observer";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("request ids", () => {
  it("keeps a client's sane id and replaces anything else by a new UUID", () => {
    expect(requestIdOf("web-4f1c.2:retry-1")).toBe("web-4f1c.2:retry-1");
    for (const bad of [undefined, "", ["a", "b"], "a b", 'x"}{"level":60', "é", "x".repeat(129)]) {
      expect(requestIdOf(bad)).toMatch(UUID);
    }
  });
});

describe("metric labels", () => {
  it("give odd operation names 'other', no name 'anonymous', and stop at MAX_OPERATION_LABELS names", () => {
    expect(operationLabel(undefined)).toBe("anonymous");
    expect(operationLabel("Drop table;--")).toBe("other");
    expect(operationLabel("x".repeat(101))).toBe("other");
    const labels = new Set<string>();
    for (let i = 0; i < MAX_OPERATION_LABELS * 3; i += 1) labels.add(operationLabel(`Op${i}`));
    expect(labels.size).toBe(MAX_OPERATION_LABELS + 1);
    expect(labels.has("other")).toBe(true);
    expect(operationLabel("Op0")).toBe("Op0");
  });

  it("say ok without errors, else the first code when it looks like one", () => {
    expect(outcomeLabel([])).toBe("ok");
    expect(outcomeLabel(["NOT_FOUND", "FORBIDDEN"])).toBe("NOT_FOUND");
    expect(outcomeLabel(["<script>"])).toBe("ERROR");
  });
});

describe("rate-limit refusals", () => {
  it("count in pole_rate_limit_refusals_total by limiter name", async () => {
    const store = await createLimiterStore({ service: "test", keyPrefix: "test-metrics" });
    const limiter = store.limiter({ name: "contribution", points: 1, durationSeconds: 60 });
    const refusals = async () =>
      (await metricsRegistry().metrics())
        .split("\n")
        .find((line) => line.startsWith('pole_rate_limit_refusals_total{limit="contribution"}'));
    expect(await refusals()).toBeUndefined();
    await limiter.consume("client");
    const rejection = await limiter.consume("client").catch((error: unknown) => error);
    expect(isOverLimit(rejection)).toBe(true);
    expect(await refusals()).toBe('pole_rate_limit_refusals_total{limit="contribution"} 1');
    await store.close();
  });
});
