import { CLIENT_IP_HEADER, DEFAULT_OPERATION_LIMITS, PARTNER_KEY_HEADER } from "@pole/subgraph-kit";
import { postGraphQL, tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { createOpenPhase, requestFrom, startNeighbourhood } from "./neighbourhood-harness";

// Votes count once per client address. Only the gateway (a caller with the subgraph's secret) may say who
// the client is; a standalone subgraph takes the peer's address, or X-Forwarded-For behind TRUSTED_PROXIES.
const SUBMIT = `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) { contribution { id } } }`;
const VOTE = `mutation($input: VoteForContributionInput!) { voteForContribution(input: $input) { contribution { voteCount } } }`;

/** A fresh contribution in an open phase of `subgraph`; its id. */
async function contributionOn(subgraph: SubgraphUnderTest): Promise<string> {
  const phaseId = await createOpenPhase(subgraph, await tokenFor({ role: "staff" }));
  const result = await requestFrom<{ submitContribution: { contribution: { id: string } } }>(
    subgraph,
    "198.51.100.1",
    SUBMIT,
    { input: { phaseId, displayName: "Voisine du 4e", body: "Des bancs à l'ombre, s'il vous plaît." } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.submitContribution.contribution.id;
}

async function storedVotes(subgraph: SubgraphUnderTest, id: string): Promise<number> {
  const [row] = await subgraph.dataSource.query("SELECT vote_count FROM contribution WHERE id = $1", [id]);
  return row.vote_count;
}

const addresses = Array.from({ length: 15 }, (_, index) => `203.0.113.${index + 10}`);

describe("a standalone subgraph (no gateway secret)", () => {
  let subgraph: SubgraphUnderTest;
  beforeAll(async () => {
    subgraph = await startNeighbourhood({ gatewaySecret: false });
  });
  afterAll(() => subgraph.stop());

  it("ignores x-pole-client-ip and X-Forwarded-For: 15 votes from one host count once", async () => {
    const id = await contributionOn(subgraph);
    const codes = [];
    for (const address of addresses) {
      const result = await postGraphQL(subgraph.url, VOTE, { input: { contributionId: id } }, undefined, {
        "x-pole-client-ip": address,
        "x-forwarded-for": address,
      });
      codes.push(result.errors?.[0]?.extensions?.code ?? "OK");
    }
    expect(codes).toEqual(["OK", ...Array(14).fill("CONFLICT")]);
    expect(await storedVotes(subgraph, id)).toBe(1);
  });
});

describe("a standalone subgraph behind TRUSTED_PROXIES", () => {
  let subgraph: SubgraphUnderTest;
  beforeAll(async () => {
    subgraph = await startNeighbourhood({ gatewaySecret: false, trustedProxies: ["127.0.0.1/8", "::1"] });
  });
  afterAll(() => subgraph.stop());

  const voteVia = (id: string, forwardedFor: string, clientIp = "192.0.2.99") =>
    postGraphQL(subgraph.url, VOTE, { input: { contributionId: id } }, undefined, {
      "x-forwarded-for": forwardedFor,
      "x-pole-client-ip": clientIp,
    });

  it("takes the right-most untrusted X-Forwarded-For hop as the client, never x-pole-client-ip", async () => {
    const id = await contributionOn(subgraph);
    expect((await voteVia(id, "203.0.113.5")).errors).toBeUndefined();
    expect((await voteVia(id, "203.0.113.6")).errors).toBeUndefined();
    // A client cannot forge its address by prepending hops: the proxy appended the real one.
    const forged = await voteVia(id, "10.9.9.9, 203.0.113.5", "192.0.2.100");
    expect(forged.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    // Trusted hops (127.0.0.1 here) are skipped.
    expect((await voteVia(id, "203.0.113.6, 127.0.0.1")).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await storedVotes(subgraph, id)).toBe(2);
  });
});

describe("a subgraph behind the gateway (with its secret)", () => {
  let subgraph: SubgraphUnderTest;
  beforeAll(async () => {
    subgraph = await startNeighbourhood();
  });
  afterAll(() => subgraph.stop());

  it("counts votes from different client addresses the gateway reports separately", async () => {
    const id = await contributionOn(subgraph);
    for (const address of addresses.slice(0, 3)) {
      const result = await requestFrom(subgraph, address, VOTE, { input: { contributionId: id } });
      expect(result.errors).toBeUndefined();
    }
    expect(await storedVotes(subgraph, id)).toBe(3);
  });
});

describe("a subgraph with the gateway's secret that also answers partner keys", () => {
  const partnerKey = "k".repeat(40);
  let subgraph: SubgraphUnderTest;
  beforeAll(async () => {
    subgraph = await startNeighbourhood({
      serverOptions: {
        partners: {
          keys: [{ name: "besancon-planoise", key: partnerKey }],
          limits: DEFAULT_OPERATION_LIMITS,
          requestsPerWindow: 100,
          windowSeconds: 60,
          keyPrefix: `test-client-address-${process.pid}`,
        },
      },
    });
  });
  afterAll(() => subgraph.stop());

  it("believes x-pole-client-ip from the gateway only: a partner's 15 addresses vote once", async () => {
    const id = await contributionOn(subgraph);
    const codes = [];
    for (const address of addresses) {
      const result = await postGraphQL(subgraph.url, VOTE, { input: { contributionId: id } }, undefined, {
        [PARTNER_KEY_HEADER]: partnerKey,
        [CLIENT_IP_HEADER]: address,
      });
      codes.push(result.errors?.[0]?.extensions?.code ?? "OK");
    }
    expect(codes).toEqual(["OK", ...Array(14).fill("CONFLICT")]);
    expect(await storedVotes(subgraph, id)).toBe(1);
  });
});
