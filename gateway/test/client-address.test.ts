import { CLIENT_IP_HEADER } from "@pole/subgraph-kit";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import type { GatewayOptions } from "../src/gateway-server";
import { postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// The client's address decides rate limits, contribution limits and votes. Behind a reverse proxy listed
// in TRUSTED_PROXIES it is the right-most X-Forwarded-For hop that is not a trusted proxy; otherwise the
// peer's address, whatever the forwarded headers say.

const TYPENAME = { query: "{ __typename }" };
const from = (forwardedFor: string) => ({ "x-forwarded-for": forwardedFor });

describe("the client's address at the gateway", () => {
  let gateway: GatewayUnderTest;
  afterEach(() => gateway?.stop());
  const start = (options: Partial<GatewayOptions>) =>
    startGateway({}, { rateLimit: { perIp: 3, perToken: 100, windowSeconds: 60 }, ...options });

  it("ignores X-Forwarded-For without TRUSTED_PROXIES: forged addresses share the caller's limit", async () => {
    gateway = await start({});
    const statuses = [];
    for (let i = 1; i <= 4; i += 1)
      statuses.push((await postJson(gateway.url, TYPENAME, from(`203.0.113.${i}`))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("behind a trusted proxy, counts each client by its forwarded address", async () => {
    gateway = await start({ trustedProxies: ["127.0.0.1"] });
    const statuses = async (forwardedFor: string, times: number) => {
      const seen = [];
      for (let i = 0; i < times; i += 1)
        seen.push((await postJson(gateway.url, TYPENAME, from(forwardedFor))).status);
      return seen;
    };
    expect(await statuses("203.0.113.1", 4)).toEqual([200, 200, 200, 429]);
    expect(await statuses("203.0.113.2", 3)).toEqual([200, 200, 200]);
    // A client that forges a first hop is still counted by the hop the proxy added: the right-most one.
    expect(await statuses("198.51.100.9, 203.0.113.1", 1)).toEqual([429]);
  });

  it("trusts a CIDR range of proxies, and only the hops inside it", async () => {
    gateway = await start({ trustedProxies: ["127.0.0.0/8", "10.0.0.0/8"] });
    const statuses = [];
    // 10.1.2.3 is a trusted inner proxy: the client is 203.0.113.5 whatever it forged before it.
    for (const chain of [
      "1.1.1.1, 203.0.113.5, 10.1.2.3",
      "2.2.2.2, 203.0.113.5",
      "203.0.113.5",
      "203.0.113.5",
    ]) {
      statuses.push((await postJson(gateway.url, TYPENAME, from(chain))).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe("the client's address the subgraphs are told", () => {
  let subgraphs: RunningSubgraphs;
  beforeAll(async () => {
    subgraphs = await startSubgraphProcesses();
  }, 120_000);
  afterAll(() => subgraphs?.stop());

  /** The `x-pole-client-ip` the gateway sends with each subgraph fetch of one request. */
  async function addressesSent(options: Partial<GatewayOptions>, forwardedFor: string): Promise<string[]> {
    const sent: string[] = [];
    const fetcher = ((url: string, init: RequestInit) => {
      sent.push(new Headers(init.headers).get(CLIENT_IP_HEADER) ?? "(none)");
      return fetch(url, init);
    }) as unknown as NonNullable<GatewayOptions["fetcher"]>;
    const gateway = await startGateway(subgraphs.routes, { ...options, fetcher });
    try {
      const response = await postJson(
        gateway.url,
        { query: "{ members(first: 1) { totalCount } practices(first: 1) { totalCount } }" },
        { ...from(forwardedFor), [CLIENT_IP_HEADER]: "192.0.2.66" },
      );
      expect(response.body?.errors).toBeUndefined();
      return sent;
    } finally {
      await gateway.stop();
    }
  }

  it("is the forwarded client behind a trusted proxy, for every subgraph", async () => {
    expect(await addressesSent({ trustedProxies: ["127.0.0.1"] }, "203.0.113.7")).toEqual([
      "203.0.113.7",
      "203.0.113.7",
    ]);
  });

  it("is the peer without TRUSTED_PROXIES, never what the client's headers claim", async () => {
    expect(await addressesSent({}, "203.0.113.7")).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});
