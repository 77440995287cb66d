import type { SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import type { NeighbourhoodSettings } from "../src/settings";
import { createOpenPhase, firstError, requestFrom, startNeighbourhood } from "./neighbourhood-harness";
import { tokenFor, redisAnswers } from "@pole/subgraph-kit/testing";

// With REDIS_URL the per-client submission counters live in Redis, so replicas share them; while Redis
// does not answer, each replica still counts in memory.
const SUBMIT = `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { contribution { id } } }`;

const settings = (overrides: Partial<NeighbourhoodSettings>): NeighbourhoodSettings => ({
  contributionLimit: 2,
  contributionWindowSeconds: 3600,
  voteSecret: "a-vote-secret-for-these-tests-only-0123456789",
  ...overrides,
});

/** A replica on a database of its own, with an open phase; submits as `clientIp`. */
async function replica(overrides: Partial<NeighbourhoodSettings>) {
  const subgraph: SubgraphUnderTest = await startNeighbourhood({
    sampleData: false,
    settings: settings(overrides),
  });
  const phaseId = await createOpenPhase(subgraph, await tokenFor({ role: "staff" }));
  const submit = async (clientIp: string) =>
    firstError(
      await requestFrom(subgraph, clientIp, SUBMIT, {
        input: { phaseId, displayName: "Voisine du 4e", body: "Des bancs à l'ombre, s'il vous plaît." },
      }),
    ).code ?? "OK";
  return { subgraph, submit };
}

describe("contribution limits in Redis", () => {
  it("shares a client's submission count between replicas", async () => {
    if (!(await redisAnswers())) {
      console.warn("no Redis on 127.0.0.1:6379: the shared-counter test is skipped");
      return;
    }
    const shared = {
      redisUrl: "redis://127.0.0.1:6379/15",
      limiterKeyPrefix: `pole-test-neighbourhood-${process.pid}-${Date.now()}`,
    };
    const first = await replica(shared);
    const second = await replica(shared);
    try {
      const client = "203.0.113.40";
      expect([await first.submit(client), await second.submit(client), await first.submit(client)]).toEqual([
        "OK",
        "OK",
        "RATE_LIMITED",
      ]);
      expect(await second.submit(client)).toBe("RATE_LIMITED");
      // Another client is counted apart.
      expect(await second.submit("203.0.113.41")).toBe("OK");
    } finally {
      await first.subgraph.stop();
      await second.subgraph.stop();
    }
  });

  it("still limits each replica in memory while Redis does not answer", async () => {
    // Nothing listens on this port: the memory insurance counters stand in.
    const alone = await replica({ redisUrl: "redis://127.0.0.1:4799", limiterKeyPrefix: "pole-test-down" });
    try {
      const client = "203.0.113.50";
      expect([await alone.submit(client), await alone.submit(client), await alone.submit(client)]).toEqual([
        "OK",
        "OK",
        "RATE_LIMITED",
      ]);
    } finally {
      await alone.subgraph.stop();
    }
  });
});
