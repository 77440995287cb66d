import { redisAnswers } from "./testing/redis";
import { createLimiterStore, isOverLimit, retryAfterSecondsOf } from "./limiter";

/** Consumes `times` points for `key`; "ok" or the seconds to wait, per attempt. */
async function attempts(limiter: { consume(key: string): Promise<unknown> }, key: string, times: number) {
  const results: (string | number)[] = [];
  for (let i = 0; i < times; i += 1) {
    try {
      await limiter.consume(key);
      results.push("ok");
    } catch (rejection) {
      if (!isOverLimit(rejection)) throw rejection;
      results.push(retryAfterSecondsOf(rejection));
    }
  }
  return results;
}

describe("limiter stores", () => {
  it("count in memory without REDIS_URL, per key, saying when to retry", async () => {
    const store = await createLimiterStore({ service: "test", keyPrefix: "test" });
    expect(store.shared).toBe(false);
    const limiter = store.limiter({ name: "thing", points: 2, durationSeconds: 60 });
    const [first, second, third] = await attempts(limiter, "a", 3);
    expect([first, second]).toEqual(["ok", "ok"]);
    expect(third).toBeGreaterThan(55);
    expect(await attempts(limiter, "b", 1)).toEqual(["ok"]);
    await store.close();
  });

  it("share counters between stores of one prefix through Redis", async () => {
    if (!(await redisAnswers())) {
      console.warn("no Redis on 127.0.0.1:6379: the shared-counter test is skipped");
      return;
    }
    const options = {
      service: "test",
      redisUrl: "redis://127.0.0.1:6379/15",
      keyPrefix: `pole-test-kit-${process.pid}-${Date.now()}`,
    };
    const [one, two] = [await createLimiterStore(options), await createLimiterStore(options)];
    try {
      expect([one.shared, two.shared]).toEqual([true, true]);
      const limits = { name: "thing", points: 2, durationSeconds: 60 };
      const [a, b] = [one.limiter(limits), two.limiter(limits)];
      expect([...(await attempts(a, "k", 1)), ...(await attempts(b, "k", 1))]).toEqual(["ok", "ok"]);
      expect((await attempts(a, "k", 1))[0]).toEqual(expect.any(Number));
    } finally {
      await one.close();
      await two.close();
    }
  });

  it("fall back to memory counters while Redis does not answer", async () => {
    const store = await createLimiterStore({
      service: "test",
      redisUrl: "redis://127.0.0.1:4799",
      keyPrefix: "pole-test-down",
    });
    try {
      const limiter = store.limiter({ name: "thing", points: 1, durationSeconds: 60 });
      const [first, second] = await attempts(limiter, "k", 2);
      expect(first).toBe("ok");
      expect(second).toEqual(expect.any(Number));
    } finally {
      await store.close();
    }
  });
});
