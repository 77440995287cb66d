import { tokenFor, redisAnswers } from "@pole/subgraph-kit/testing";
import { postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// The gateway counts requests before it parses them, so these tests need no subgraph: an unknown field is
// refused by validation, which is enough to tell "counted and let through" from "refused with 429".
const QUERY = { query: "{ __typename }" };

describe("rate limits", () => {
  let gateway: GatewayUnderTest;
  afterEach(() => gateway?.stop());

  it("refuses an address over its limit with 429 and Retry-After", async () => {
    gateway = await startGateway({}, { rateLimit: { perIp: 3, perToken: 100, windowSeconds: 60 } });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await postJson(gateway.url, QUERY)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await postJson(gateway.url, QUERY);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body?.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  });

  it("counts a token across its requests", async () => {
    gateway = await startGateway({}, { rateLimit: { perIp: 100, perToken: 2, windowSeconds: 60 } });
    const token = await tokenFor({ role: "council" });
    const auth = { authorization: `Bearer ${token}` };
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await postJson(gateway.url, QUERY, auth)).status);
    expect(statuses).toEqual([200, 200, 429]);
    // Another caller from the same address is not affected by that token's limit.
    expect((await postJson(gateway.url, QUERY)).status).toBe(200);
  });

  it("shares its counters between replicas through Redis when REDIS_URL is set", async () => {
    if (!(await redisAnswers())) {
      console.warn("no Redis on 127.0.0.1:6379: the shared-counter test is skipped");
      return;
    }
    const settings = { perIp: 3, perToken: 100, windowSeconds: 60, redisUrl: "redis://127.0.0.1:6379/15" };
    // A prefix of its own so runs never see each other's counters; both replicas share it.
    const keyPrefix = `pole-test-${process.pid}-${Date.now()}`;
    const first = await startGateway({}, { rateLimit: { ...settings, keyPrefix } });
    const second = await startGateway({}, { rateLimit: { ...settings, keyPrefix } });
    gateway = first;
    try {
      const statuses = [
        (await postJson(first.url, QUERY)).status,
        (await postJson(second.url, QUERY)).status,
        (await postJson(first.url, QUERY)).status,
        (await postJson(second.url, QUERY)).status,
      ];
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await second.stop();
    }
  });
});
