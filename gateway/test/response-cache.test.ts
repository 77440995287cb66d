import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { redisAnswers, tokenFor } from "@pole/subgraph-kit/testing";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { countingFetcher, postJson, send, startGateway, type GatewayUnderTest } from "./gateway-harness";

// The response cache of anonymous public answers, through the real gateway and the three subgraphs as
// processes (each on the embedded PostgreSQL): subgraph fetches are counted through the `fetcher` option.
// The knowledge subgraph's answers are public for 2 s only, so expiry can be watched.

const HOME_PAGE = readFileSync(join(__dirname, "../../web/src/pages/public/home.graphql"), "utf8");
const M1 = "a0000000-0000-4000-8000-000000000001";
const KNOWLEDGE_MAX_AGE = 2;

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
const counting = countingFetcher();
let staff: string;
let member: string;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses({ knowledge: { CACHE_MAX_AGE: String(KNOWLEDGE_MAX_AGE) } });
  gateway = await startGateway(subgraphs.routes, {
    fetcher: counting.fetcher,
    responseCache: { enabled: true, maxBytes: 8 * 1024 * 1024 },
  });
  staff = await tokenFor({ role: "staff" });
  member = await tokenFor({ role: "member", memberId: M1 });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Subgraph fetches made while `run` runs. */
async function fetchesDuring<T>(run: () => Promise<T>): Promise<{ fetches: number; result: T }> {
  const before = counting.calls.length;
  const result = await run();
  return { fetches: counting.calls.length - before, result };
}

/** A members query of its own (the alias makes it another document), answered by economic in one fetch. */
const membersQuery = (alias: string) => `{ ${alias}: members(first: 2) { totalCount } }`;

describe("response cache (memory)", () => {
  it("answers a repeated anonymous public query without a subgraph fetch, with the same headers and Age", async () => {
    const query = membersQuery("hitAfterMiss");
    const miss = await fetchesDuring(() => postJson(gateway.url, { query }));
    expect(miss.fetches).toBe(1);
    expect(miss.result.headers.get("cache-control")).toBe("public, max-age=60");
    const hit = await fetchesDuring(() => postJson(gateway.url, { query }));
    expect(hit.fetches).toBe(0);
    expect(hit.result.body).toEqual(miss.result.body);
    expect(hit.result.headers.get("cache-control")).toBe("public, max-age=60");
    expect(hit.result.headers.get("content-type")).toBe(miss.result.headers.get("content-type"));
    expect(hit.result.headers.get("vary")).toBe(miss.result.headers.get("vary"));
    expect(Number(hit.result.headers.get("age"))).toBeGreaterThanOrEqual(0);
    // The same operation written otherwise (spacing, a comment) is the same entry.
    const respelled = await fetchesDuring(() =>
      postJson(gateway.url, { query: `# the same\n{hitAfterMiss:members(first:2){totalCount}}` }),
    );
    expect(respelled.fetches).toBe(0);
    const metrics = await (await fetch(new URL("/metrics", gateway.url))).text();
    expect(metrics).toMatch(/^pole_gateway_response_cache_total\{result="hit"\} [1-9]/m);
  });

  it("makes one subgraph round for 20 identical concurrent anonymous requests", async () => {
    const query = membersQuery("concurrent");
    const { fetches, result } = await fetchesDuring(() =>
      Promise.all(Array.from({ length: 20 }, () => postJson(gateway.url, { query }))),
    );
    expect(fetches).toBe(1);
    expect(new Set(result.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(result.every((answer) => answer.status === 200)).toBe(true);
  });

  it("makes one subgraph round for 20 identical concurrent requests of the public home page (three subgraphs)", async () => {
    // One round of the home page's plan, as a request with a token (never cached) makes it.
    const round = await fetchesDuring(() => postJson(gateway.url, { query: HOME_PAGE }, bearer(member)));
    expect(round.fetches).toBeGreaterThanOrEqual(3);
    const { fetches, result } = await fetchesDuring(() =>
      Promise.all(Array.from({ length: 20 }, () => postJson(gateway.url, { query: HOME_PAGE }))),
    );
    expect(fetches).toBe(round.fetches);
    expect(result.every((answer) => answer.status === 200 && !answer.body?.errors)).toBe(true);
  });

  it("keeps one entry per variables and per language", async () => {
    const query = `query Kinds($first: Int!) { neighbourhoodActions(first: $first) { edges { node { id kindLabel } } } }`;
    const ask = (first: number, language: string) =>
      postJson(gateway.url, { query, variables: { first } }, { "accept-language": language });
    expect((await fetchesDuring(() => ask(1, "fr"))).fetches).toBe(1);
    expect((await fetchesDuring(() => ask(2, "fr"))).fetches).toBe(1);
    expect((await fetchesDuring(() => ask(1, "en"))).fetches).toBe(1);
    expect((await fetchesDuring(() => ask(1, "fr"))).fetches).toBe(0);
    expect((await fetchesDuring(() => ask(1, "en"))).fetches).toBe(0);
  });

  it("never answers a request with a token from the cache, nor keeps its answer", async () => {
    const query = membersQuery("withToken");
    await postJson(gateway.url, { query });
    const withToken = await fetchesDuring(() => postJson(gateway.url, { query }, bearer(member)));
    expect(withToken.fetches).toBe(1);
    expect(withToken.result.headers.get("cache-control")).toBe("private, max-age=60");
    expect(withToken.result.headers.get("age")).toBeNull();

    const tokenFirst = membersQuery("tokenFirst");
    await postJson(gateway.url, { query: tokenFirst }, bearer(staff));
    expect(
      (await fetchesDuring(() => postJson(gateway.url, { query: tokenFirst }, bearer(staff)))).fetches,
    ).toBe(1);
    expect((await fetchesDuring(() => postJson(gateway.url, { query: tokenFirst }))).fetches).toBe(1);
  });

  it("never keeps an answer with an error or a no-store policy", async () => {
    const protectedField = `{ member(id: "${M1}") { name siret } }`;
    for (let i = 0; i < 2; i += 1) {
      const refused = await fetchesDuring(() => postJson(gateway.url, { query: protectedField }));
      expect(refused.fetches).toBe(1);
      expect(refused.result.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("shows a write through the gateway in the next anonymous read (purge by type and id)", async () => {
    const read = () =>
      postJson(gateway.url, { query: `{ member(id: "${M1}") { id publicDescription } }` }) as Promise<{
        body: { data: { member: { publicDescription: string } } };
      }>;
    const withoutId = () =>
      postJson(gateway.url, { query: `{ member(id: "${M1}") { publicDescription } }` }) as Promise<{
        body: { data: { member: { publicDescription: string } } };
      }>;
    const list = () =>
      postJson(gateway.url, { query: `{ members(first: 100) { edges { node { publicDescription } } } }` });
    await read();
    await withoutId();
    await list();
    expect((await fetchesDuring(read)).fetches).toBe(0);

    const write = async (publicDescription: string, selection: string) => {
      const written = await postJson(
        gateway.url,
        {
          query: `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { ${selection} } } }`,
          variables: { input: { id: M1, publicDescription } },
        },
        bearer(staff),
      );
      expect(written.body?.errors).toBeUndefined();
    };
    await write("Compagnie de théâtre (profil revu, exemple).", "id");
    expect((await read()).body.data.member.publicDescription).toBe(
      "Compagnie de théâtre (profil revu, exemple).",
    );
    expect((await withoutId()).body.data.member.publicDescription).toBe(
      "Compagnie de théâtre (profil revu, exemple).",
    );
    expect(JSON.stringify((await list()).body)).toContain("profil revu, exemple");

    // The mutation's answer without the member's id: every answer showing a member goes.
    await write("Compagnie de théâtre (deuxième version, exemple).", "name");
    expect((await read()).body.data.member.publicDescription).toBe(
      "Compagnie de théâtre (deuxième version, exemple).",
    );
  });

  it("shows a created object in the next anonymous read of its lists (purge of the type's lists)", async () => {
    const count = async () =>
      (
        (await postJson(gateway.url, { query: `{ created: neighbourhoodActions(first: 1) { totalCount } }` }))
          .body as { data: { created: { totalCount: number } } }
      ).data.created.totalCount;
    const before = await count();
    expect((await fetchesDuring(count)).fetches).toBe(0);
    const created = await postJson(
      gateway.url,
      {
        query: `mutation($input: CreateNeighbourhoodActionInput!) { createNeighbourhoodAction(input: $input) { action { id } } }`,
        variables: {
          input: {
            kind: "CULTURAL_ARTISTIC",
            title: "Atelier du cache (exemple)",
            description: "Un atelier (exemple).",
            startsOn: "2030-09-01",
            place: "Immeuble Boutaric",
            placeKind: "BOUTARIC_BUILDING",
            leadMemberIds: [M1],
          },
        },
      },
      bearer(staff),
    );
    expect(created.body?.errors).toBeUndefined();
    expect(await count()).toBe(before + 1);
  });

  it("keeps an answer no longer than its max age, and says its Age", async () => {
    const query = `{ expiry: practices(first: 1) { totalCount } }`;
    expect((await fetchesDuring(() => postJson(gateway.url, { query }))).fetches).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const hit = await fetchesDuring(() => postJson(gateway.url, { query }));
    expect(hit.fetches).toBe(0);
    expect(hit.result.headers.get("cache-control")).toBe(`public, max-age=${KNOWLEDGE_MAX_AGE}`);
    expect(hit.result.headers.get("age")).toBe("1");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await fetchesDuring(() => postJson(gateway.url, { query }))).fetches).toBe(1);
  });

  it("still refuses a GET without the CSRF preflight header when its answer is cached", async () => {
    const url = `${gateway.url}?query=${encodeURIComponent(membersQuery("byGet"))}`;
    const preflighted = await send(url, { method: "GET", headers: { "apollo-require-preflight": "true" } });
    expect(preflighted.status).toBe(200);
    const hit = await fetchesDuring(() =>
      send(url, { method: "GET", headers: { "apollo-require-preflight": "true" } }),
    );
    expect(hit.fetches).toBe(0);
    expect(hit.result.headers.get("age")).not.toBeNull();
    const bare = await fetchesDuring(() => send(url, { method: "GET" }));
    expect(bare.result.status).toBe(400);
    expect(JSON.stringify(bare.result.body)).toContain("CSRF");
    expect(bare.fetches).toBe(0);
  });
});

describe("response cache (Redis)", () => {
  const redisUrl = "redis://127.0.0.1:6379/15";
  const gateways: GatewayUnderTest[] = [];
  afterAll(async () => {
    for (const started of gateways) await started.stop();
  });
  const replica = async (keyPrefix: string, url = redisUrl) => {
    const started = await startGateway(subgraphs.routes, {
      fetcher: counting.fetcher,
      responseCache: { enabled: true, maxBytes: 1024 * 1024, redisUrl: url, keyPrefix },
    });
    gateways.push(started);
    return started;
  };

  it("shares answers and purges between two gateways sharing a Redis", async () => {
    if (!(await redisAnswers())) {
      console.warn("no Redis on 127.0.0.1:6379: the shared response cache test is skipped");
      return;
    }
    const keyPrefix = `pole-test-responses-${randomUUID()}`;
    const [a, b] = [await replica(keyPrefix), await replica(keyPrefix)];
    const query = membersQuery("shared");
    expect((await fetchesDuring(() => postJson(a.url, { query }))).fetches).toBe(1);
    const fromB = await fetchesDuring(() => postJson(b.url, { query }));
    expect(fromB.fetches).toBe(0);
    expect(fromB.result.headers.get("age")).not.toBeNull();

    const read = async (url: string) =>
      (
        (await postJson(url, { query: `{ member(id: "${M1}") { id publicDescription } }` })).body as {
          data: { member: { publicDescription: string } };
        }
      ).data.member.publicDescription;
    await read(a.url);
    expect((await fetchesDuring(() => read(b.url))).fetches).toBe(0);
    const written = await postJson(
      b.url,
      {
        query: `mutation($input: UpdateMemberInput!) { updateMember(input: $input) { member { id } } }`,
        variables: { input: { id: M1, publicDescription: "Compagnie de théâtre (écrite par B, exemple)." } },
      },
      bearer(staff),
    );
    expect(written.body?.errors).toBeUndefined();
    expect(await read(a.url)).toBe("Compagnie de théâtre (écrite par B, exemple).");
  });

  it("answers from the subgraphs, without an error, while Redis does not answer", async () => {
    const down = await replica(`pole-test-responses-${randomUUID()}`, "redis://127.0.0.1:1");
    const query = membersQuery("redisDown");
    for (let i = 0; i < 2; i += 1) {
      const answer = await fetchesDuring(() => postJson(down.url, { query }));
      expect(answer.fetches).toBe(1);
      expect(answer.result.status).toBe(200);
      expect(answer.result.body?.errors).toBeUndefined();
    }
  });
});
