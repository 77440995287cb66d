import { Client } from "pg";
import { startTcpProxy, tokenFor, type SubgraphUnderTest, type TcpProxy } from "@pole/subgraph-kit/testing";
import { placeholderSiret } from "../src/common/identifiers";
import { startEconomic } from "./economic-harness";

// The subgraph reaches its PostgreSQL through a proxy the test cuts and restores: while it is cut, fields
// answer SERVICE_UNAVAILABLE and /ready 503; once it is back, the same process answers again by itself.
let proxy: TcpProxy;
let economic: SubgraphUnderTest;
let directUrl: string;
let staff: string;
let readyUrl: string;

beforeAll(async () => {
  const server = new URL(process.env.POLE_TEST_SERVER_URL!);
  proxy = await startTcpProxy(server.hostname, Number(server.port));
  economic = await startEconomic({
    connectionUrl: (url) => {
      directUrl = url;
      const throughProxy = new URL(url);
      throughProxy.hostname = "127.0.0.1";
      throughProxy.port = String(proxy.port);
      return throughProxy.toString();
    },
  });
  staff = await tokenFor({ role: "staff" });
  readyUrl = economic.url.replace(/\/graphql$/, "/ready");
});
afterAll(async () => {
  await proxy.open();
  await economic.stop();
  await proxy.close();
});

const MEMBERS = `{ members(first: 3) { totalCount edges { node { name } } } }`;
const CREATE = `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } } }`;

/** Rows of `member` named so, read straight from the server (not through the proxy). */
async function membersNamed(name: string): Promise<number> {
  const client = new Client({ connectionString: directUrl });
  await client.connect();
  try {
    const result = await client.query("SELECT count(*)::int AS n FROM member WHERE name = $1", [name]);
    return result.rows[0].n as number;
  } finally {
    await client.end();
  }
}

describe("while the database is down", () => {
  it("answers SERVICE_UNAVAILABLE and /ready 503, then resumes by itself when it is back", async () => {
    const before = await economic.request<{ members: { totalCount: number } }>(MEMBERS);
    expect(before.errors).toBeUndefined();
    expect((await fetch(readyUrl)).status).toBe(200);

    await proxy.close();
    // The first request finds the pool's connections cut, the next one cannot connect at all.
    await economic.request(MEMBERS);
    const during = await economic.request(MEMBERS);
    expect(during.errors).toEqual([
      expect.objectContaining({
        message: "The service's database is unavailable; try again later.",
        path: ["members"],
        extensions: { code: "SERVICE_UNAVAILABLE" },
      }),
    ]);
    expect(JSON.stringify(during)).not.toMatch(/ECONNREFUSED|terminated|127\.0\.0\.1|SELECT/);
    expect((await fetch(readyUrl)).status).toBe(503);

    await proxy.open();
    const after = await economic.request<{ members: { totalCount: number } }>(MEMBERS);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect((await fetch(readyUrl)).status).toBe(200);
  });

  it("answers a mutation with SERVICE_UNAVAILABLE and writes nothing", async () => {
    const name = "Compagnie de la panne (test)";
    const input = {
      name,
      legalForm: "ASSOCIATION",
      activities: ["MUSIC"],
      membershipKind: "ASSOCIATED",
      joinedOn: "2014-01-15",
      siret: placeholderSiret(779),
    };
    await proxy.close();
    try {
      const refused = await economic.request(CREATE, { input }, staff);
      expect(refused.errors?.[0]).toEqual(
        expect.objectContaining({
          message: "The service's database is unavailable; try again later.",
          extensions: { code: "SERVICE_UNAVAILABLE" },
        }),
      );
    } finally {
      await proxy.open();
    }
    expect(await membersNamed(name)).toBe(0);
    const accepted = await economic.request(CREATE, { input }, staff);
    expect(accepted.errors).toBeUndefined();
    expect(await membersNamed(name)).toBe(1);
  });
});
