import { ApolloClient, gql, HttpLink, InMemoryCache, type ApolloLink } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { createHash } from "node:crypto";
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { DEFAULT_LINK_LIMITS } from "../src/subgraph-data-source";
import { postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// Cache-Control, Vary and compression through the real gateway and the three subgraphs as processes: the
// gateway restricts its answer's policy with each subgraph's Cache-Control. Knowledge and neighbourhood run
// with shorter public max ages than economic's default (60 s), so a query across subgraphs shows the minimum.

const COMPAGNIE = "a0000000-0000-4000-8000-000000000001";
const MAX_AGE = { economic: 60, neighbourhood: 45, knowledge: 30 };

const MEMBERS = `{ members(first: 5) { totalCount edges { node { id name } } } }`;
const PRACTICES = `{ practices(first: 3) { edges { node { title } } } }`;
const ACTIONS = `{ neighbourhoodActions(first: 3) { edges { node { title } } } }`;
const MEMBER_WITH_PRACTICES = `{ member(id: "${COMPAGNIE}") { name practices(first: 2) { edges { node { title } } } } }`;
const MEMBER_WITH_ACTIONS = `{ member(id: "${COMPAGNIE}") { name neighbourhoodActions(first: 2) { edges { node { title } } } } }`;
const MEMBER_SIRET = `{ member(id: "${COMPAGNIE}") { name siret } }`;
const REPORT_INDICATORS = `{ reportIndicators { economy { key } neighbourhood { key } knowledge { key } } }`;
const MEMBER_NAME = `{ member(id: "${COMPAGNIE}") { name } }`;

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
let staff: string;
let member: string;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses({
    neighbourhood: { CACHE_MAX_AGE: String(MAX_AGE.neighbourhood) },
    knowledge: { CACHE_MAX_AGE: String(MAX_AGE.knowledge) },
  });
  gateway = await startGateway(subgraphs.routes);
  staff = await tokenFor({ role: "staff" });
  member = await tokenFor({ role: "member", memberId: COMPAGNIE });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function cacheControlOf(query: string, headers: Record<string, string> = {}) {
  const response = await postJson(gateway.url, { query }, headers);
  return response.headers.get("cache-control");
}

/** Apollo Client as a frontend uses it, recording the Cache-Control and method of every HTTP answer. */
function recordingClient(options: { token?: string; get?: boolean; persisted?: boolean } = {}) {
  const answers: { method: string; url: string; cacheControl: string | null }[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    answers.push({
      method: init?.method ?? "GET",
      url: String(input),
      cacheControl: response.headers.get("cache-control"),
    });
    return response;
  };
  const http = new HttpLink({
    uri: gateway.url,
    fetch: recordingFetch,
    headers: options.token ? bearer(options.token) : {},
    useGETForQueries: options.get ?? false,
  });
  const sha256 = (query: string) => createHash("sha256").update(query).digest("hex");
  const link: ApolloLink = options.persisted
    ? new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(http)
    : http;
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: "no-cache" } },
  });
  return { client, answers };
}

/** The raw bytes of an answer, as sent (compressed or not), with its headers. */
function rawPost(
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = httpRequest(
      gateway.url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

describe("Cache-Control of the gateway's answers", () => {
  it("is public with the subgraph's max age for an anonymous query of public fields (Apollo Client)", async () => {
    const { client, answers } = recordingClient();
    const result = await client.query<{ members: { totalCount: number } }>({ query: gql(MEMBERS) });
    expect(result.data?.members.totalCount).toBeGreaterThan(0);
    expect(answers.map((answer) => answer.cacheControl)).toEqual([`public, max-age=${MAX_AGE.economic}`]);
  });

  it("takes the smallest max age of the subgraphs a query reaches", async () => {
    // The indicator catalogue is public in all three subgraphs: the shortest max age of the three.
    expect(await cacheControlOf(REPORT_INDICATORS)).toBe(`public, max-age=${MAX_AGE.knowledge}`);
    expect(await cacheControlOf(PRACTICES)).toBe(`public, max-age=${MAX_AGE.knowledge}`);
    expect(await cacheControlOf(ACTIONS)).toBe(`public, max-age=${MAX_AGE.neighbourhood}`);
    expect(await cacheControlOf(MEMBER_WITH_ACTIONS)).toBe(`public, max-age=${MAX_AGE.neighbourhood}`);
    expect(await cacheControlOf(MEMBER_WITH_PRACTICES)).toBe(`public, max-age=${MAX_AGE.knowledge}`);
    expect(await cacheControlOf(`{ ${MEMBERS.slice(1, -1)} ${ACTIONS.slice(1, -1)} }`)).toBe(
      `public, max-age=${MAX_AGE.neighbourhood}`,
    );
  });

  it("is private for the same query with a token, whoever sends it", async () => {
    expect(await cacheControlOf(MEMBER_NAME, bearer(member))).toBe(`private, max-age=${MAX_AGE.economic}`);
    expect(await cacheControlOf(MEMBER_WITH_PRACTICES, bearer(staff))).toBe(
      `private, max-age=${MAX_AGE.knowledge}`,
    );
    const { client, answers } = recordingClient({ token: member });
    await client.query({ query: gql(MEMBER_NAME) });
    expect(answers[0].cacheControl).toBe(`private, max-age=${MAX_AGE.economic}`);
  });

  it("is no-store for a protected field: refused to an anonymous caller, or allowed to its owner", async () => {
    // The same member without its protected field is cacheable, publicly or for its owner only.
    expect(await cacheControlOf(MEMBER_NAME)).toBe(`public, max-age=${MAX_AGE.economic}`);
    expect(await cacheControlOf(MEMBER_NAME, bearer(member))).toBe(`private, max-age=${MAX_AGE.economic}`);
    const anonymous = await postJson(gateway.url, { query: MEMBER_SIRET });
    expect(anonymous.body?.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(anonymous.headers.get("cache-control")).toBe("no-store");
    const owner = await postJson(gateway.url, { query: MEMBER_SIRET }, bearer(member));
    expect(owner.body?.errors).toBeUndefined();
    expect(owner.headers.get("cache-control")).toBe("no-store");
    const report = await postJson(
      gateway.url,
      { query: "{ annualReport(year: 2013) { year } }" },
      bearer(staff),
    );
    expect(report.body?.errors).toBeUndefined();
    expect(report.headers.get("cache-control")).toBe("no-store");
  });

  it("is no-store for any error and for any mutation", async () => {
    expect(await cacheControlOf(`{ members(first: 1) { edges { node { name } } } }`)).toBe(
      `public, max-age=${MAX_AGE.economic}`,
    );
    expect(await cacheControlOf(`{ member(id: "not-a-uuid") { name } }`)).toBe("no-store");
    expect(await cacheControlOf(`{ members(first: 1) { nope } }`)).toBe("no-store");
    const mutation = await postJson(
      gateway.url,
      {
        query: `mutation { recordMemberYear(input: { memberId: "${COMPAGNIE}", year: 2014, fte: 6.5, permanentEmployees: 6, budget: 420000, revenue: 150000, equity: 60000 }) { memberYear { year } } }`,
      },
      bearer(member),
    );
    expect(mutation.body?.errors).toBeUndefined();
    expect(mutation.headers.get("cache-control")).toBe("no-store");
    // The same caller's queries are cacheable for it: being a mutation is what makes the answer no-store.
    expect(
      await cacheControlOf(
        `{ member(id: "${COMPAGNIE}") { name membershipHistory { kind } } }`,
        bearer(member),
      ),
    ).toBe(`private, max-age=${MAX_AGE.economic}`);
  });

  it("always says the answer varies on Authorization and Accept-Language", async () => {
    for (const headers of [{}, bearer(member)]) {
      const response = await postJson(gateway.url, { query: MEMBERS }, headers);
      const vary = (response.headers.get("vary") ?? "").toLowerCase();
      expect(vary).toContain("authorization");
      expect(vary).toContain("accept-language");
      expect(vary).toContain("accept-encoding");
    }
    const refused = await postJson(gateway.url, { query: "{ " });
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(refused.headers.get("vary")?.toLowerCase()).toContain("authorization");
  });
});

describe("GET and automatic persisted queries", () => {
  const preflight = { "apollo-require-preflight": "true" };
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

  it("answers a GET query as cacheable as its POST, and refuses a GET mutation", async () => {
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent(MEMBER_WITH_PRACTICES)}`, {
      headers: preflight,
    });
    expect(get.status).toBe(200);
    expect(get.headers.get("cache-control")).toBe(`public, max-age=${MAX_AGE.knowledge}`);
    const { client, answers } = recordingClient({ get: true });
    await client.query({ query: gql(MEMBERS) });
    expect(answers).toEqual([
      expect.objectContaining({ method: "GET", cacheControl: `public, max-age=${MAX_AGE.economic}` }),
    ]);
    const mutation = await fetch(
      `${gateway.url}?query=${encodeURIComponent('mutation { voteForContribution(input: { contributionId: "x" }) { contribution { id } } }')}`,
      { headers: preflight },
    );
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get("cache-control")).toBe("no-store");
  });

  it("serves a registered hash over GET, cacheable; an unknown hash is not cached", async () => {
    const query = `{ practices(first: 2) { totalCount edges { node { title } } } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const byHash = `${gateway.url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`;
    const unknown = await fetch(byHash, { headers: preflight });
    expect(
      ((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
    ).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(unknown.headers.get("cache-control")).toBe("no-store");
    const registered = await postJson(gateway.url, { query, extensions });
    expect(registered.body?.errors).toBeUndefined();
    const hit = await fetch(byHash, { headers: preflight });
    expect(hit.status).toBe(200);
    expect(hit.headers.get("cache-control")).toBe(`public, max-age=${MAX_AGE.knowledge}`);
    expect(await hit.json()).toEqual(registered.body);
  });

  it("works for Apollo Client's persisted-query link: hashes over GET, the query sent once", async () => {
    const first = recordingClient({ persisted: true });
    const query = gql(`query LatestPractices { practices(first: 4) { edges { node { title } } } }`);
    const answer = await first.client.query({ query });
    expect(first.answers.map((a) => [a.method, a.cacheControl])).toEqual([
      ["GET", "no-store"], // PERSISTED_QUERY_NOT_FOUND
      ["POST", `public, max-age=${MAX_AGE.knowledge}`], // the query with its hash
    ]);
    const second = recordingClient({ persisted: true });
    expect(await second.client.query({ query })).toEqual(answer);
    expect(second.answers.map((a) => [a.method, a.cacheControl])).toEqual([
      ["GET", `public, max-age=${MAX_AGE.knowledge}`],
    ]);
    expect(second.answers[0].url).not.toContain("query=");
  });
});

describe("compression", () => {
  const page = { query: `{ members(first: 16) { edges { node { id name legalForm activities } } } }` };

  it("sends gzip or br as the client accepts, decoding to the JSON it sends uncompressed", async () => {
    const plain = await rawPost(page, { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const json = JSON.parse(plain.bytes.toString("utf8")) as unknown;
    expect(plain.bytes.length).toBeGreaterThan(1024);

    const gzip = await rawPost(page, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.bytes).toString("utf8"))).toEqual(json);
    expect(gzip.bytes.length).toBeLessThan(plain.bytes.length / 2);

    const br = await rawPost(page, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString("utf8"))).toEqual(json);
    expect(br.headers["cache-control"]).toBe(`public, max-age=${MAX_AGE.economic}`);
  });

  it("leaves small answers as they are", async () => {
    expect((await rawPost(page, { "accept-encoding": "gzip, br" })).headers["content-encoding"]).toBe("br");
    const small = await rawPost({ query: MEMBER_NAME }, { "accept-encoding": "gzip, br" });
    expect(small.bytes.length).toBeLessThan(1024);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(small.bytes.toString("utf8"))).toEqual({
      data: { member: { name: expect.any(String) } },
    });
  });

  it("measures the response-size limit on the JSON, not on the compressed bytes", async () => {
    const plain = await rawPost(page, { "accept-encoding": "identity" });
    const gzip = await rawPost(page, { "accept-encoding": "gzip" });
    // A limit the compressed answer would fit in, but not its JSON.
    const maxResponseBytes = Math.floor((plain.bytes.length + gzip.bytes.length) / 2);
    const limited = await startGateway(subgraphs.routes, {
      link: { ...DEFAULT_LINK_LIMITS, maxResponseBytes },
    });
    try {
      const response = await postJson(limited.url, page, { "accept-encoding": "gzip" });
      expect(response.status).toBe(400);
      expect(response.body?.errors?.[0]?.extensions?.code).toBe("OPERATION_TOO_COMPLEX");
      expect(response.headers.get("cache-control")).toBe("no-store");
    } finally {
      await limited.stop();
    }
  });
});
