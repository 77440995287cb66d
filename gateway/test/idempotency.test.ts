import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from "@apollo/client";
import { RetryLink } from "@apollo/client/link/retry";
import { OperationTypeNode } from "graphql";
import { randomUUID } from "node:crypto";
import { DEV_JWT_SECRET, signToken } from "@pole/subgraph-kit";
import {
  startResettingProxy,
  startSubgraphUnderTest,
  testAuth,
  type SubgraphUnderTest,
} from "@pole/subgraph-kit/testing";
import * as economicSubgraph from "@pole/economic";
import * as neighbourhoodSubgraph from "@pole/neighbourhood";
import { countingFetcher, postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// Safe retries (issue 14, point 6): a mutation sent with an Idempotency-Key is applied at most once per key
// and caller, through the real gateway and two subgraphs on real PostgreSQL databases.

const CREATE_PROJECT = `mutation CreateProject($input: CreateParticipatoryProjectInput!) {
  createParticipatoryProject(input: $input) { participatoryProject { id title } } }`;

let economic: SubgraphUnderTest;
let neighbourhood: SubgraphUnderTest;
let gateway: GatewayUnderTest;
let staff: string;
let otherStaff: string;
const fetches = countingFetcher();

beforeAll(async () => {
  [economic, neighbourhood] = await Promise.all([
    startSubgraphUnderTest(
      { label: "economic", ...economicSubgraph, createDataSource: economicSubgraph.createEconomicDataSource },
      { sampleData: false },
    ),
    startSubgraphUnderTest(
      {
        label: "neighbourhood",
        ...neighbourhoodSubgraph,
        createDataSource: neighbourhoodSubgraph.createNeighbourhoodDataSource,
      },
      { sampleData: false },
    ),
  ]);
  gateway = await startGateway(
    {
      economic: { url: economic.url, secret: economic.secret },
      neighbourhood: { url: neighbourhood.url, secret: neighbourhood.secret },
    },
    { fetcher: fetches.fetcher },
  );
  const sign = (subject: string) =>
    signToken({ ...testAuth, secret: DEV_JWT_SECRET }, { subject, role: "staff" }, "10m");
  [staff, otherStaff] = await Promise.all([sign("staff-anne"), sign("staff-bruno")]);
});
afterAll(async () => {
  await gateway?.stop();
  await Promise.all([economic?.stop(), neighbourhood?.stop()]);
});

const project = (title: string) => ({
  input: {
    title,
    summary: "Le square des Grésilles, repensé avec les habitants.",
    startsOn: "2026-01-05",
    place: "Square des Grésilles",
  },
});

const member = (name: string) => ({
  input: {
    name,
    legalForm: "ASSOCIATION",
    activities: ["MUSIC"],
    membershipKind: "ASSOCIATED",
    joinedOn: "2014-01-15",
  },
});

/** POSTs a mutation to the gateway as `token`, with the key when given. */
function send(
  query: string,
  variables: Record<string, unknown>,
  { key, token = staff, language }: { key?: string; token?: string; language?: string } = {},
) {
  return postJson(
    gateway.url,
    { query, variables },
    {
      authorization: `Bearer ${token}`,
      ...(key ? { "idempotency-key": key } : {}),
      ...(language ? { "accept-language": language } : {}),
    },
  );
}

/** How many projects have this title, and how many audit entries their creation left. */
async function projectsTitled(title: string) {
  const rows: { id: string }[] = await neighbourhood.dataSource.query(
    `SELECT id FROM participatory_project WHERE title = $1`,
    [title],
  );
  const [{ count }]: { count: string }[] = await neighbourhood.dataSource.query(
    `SELECT count(*) FROM audit_entry WHERE record_id = ANY($1::varchar[])`,
    [rows.map((row) => row.id)],
  );
  return { projects: rows.length, auditEntries: Number(count) };
}

/** Resolves once `count` sessions of the neighbourhood's database wait for a lock (at most 20 s). */
async function waitForLockWaits(count: number): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    const [{ waiting }]: { waiting: number }[] = await neighbourhood.dataSource.query(
      `SELECT count(*)::int AS waiting FROM pg_locks JOIN pg_stat_activity USING (pid)
       WHERE NOT granted AND datname = current_database()`,
    );
    if (waiting >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`fewer than ${count} requests ever waited for a lock`);
}

const membersNamed = async (name: string) =>
  (await economic.dataSource.query(`SELECT id FROM member WHERE name = $1`, [name])).length as number;

const codes = (body: { errors?: { extensions?: { code?: string } }[] } | null) =>
  (body?.errors ?? []).map((error) => error.extensions?.code);

describe("a mutation with an Idempotency-Key", () => {
  it("is applied once when sent twice, and the retry gets the first answer", async () => {
    const key = randomUUID();
    const first = await send(CREATE_PROJECT, project("Rejouée deux fois"), { key });
    const retry = await send(CREATE_PROJECT, project("Rejouée deux fois"), { key });
    expect(first.body?.errors).toBeUndefined();
    expect(retry.body).toEqual(first.body);
    expect(await projectsTitled("Rejouée deux fois")).toEqual({ projects: 1, auditEntries: 1 });
  });

  it("is CONFLICT, in the client's language, when the key comes back with another input", async () => {
    const key = randomUUID();
    await send(CREATE_PROJECT, project("Première version"), { key });
    const other = await send(CREATE_PROJECT, project("Autre version"), { key, language: "fr" });
    expect(codes(other.body)).toEqual(["CONFLICT"]);
    expect(other.body?.errors?.[0].message).toMatch(/Idempotency-Key a déjà servi/);
    expect(await projectsTitled("Autre version")).toEqual({ projects: 0, auditEntries: 0 });
    expect(await projectsTitled("Première version")).toEqual({ projects: 1, auditEntries: 1 });
  });

  it("is applied once when sent five times at once, every answer the same", async () => {
    const key = randomUUID();
    // Holds every write to the projects until all five requests are in their transactions: the first then
    // waits on this lock, the four others on the first's key. Released, the first commits and the others
    // answer its answer.
    const blocker = neighbourhood.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`LOCK TABLE participatory_project IN SHARE MODE`);
    const answers = Promise.all(
      Array.from({ length: 5 }, () => send(CREATE_PROJECT, project("Envoyée en rafale"), { key })),
    );
    try {
      await waitForLockWaits(5);
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    const [first, ...others] = await answers;
    expect(await projectsTitled("Envoyée en rafale")).toEqual({ projects: 1, auditEntries: 1 });
    expect(first.body?.errors).toBeUndefined();
    for (const answer of others) expect(answer.body).toEqual(first.body);
  });

  it("belongs to its caller: another token's request with the same key is its own", async () => {
    const key = randomUUID();
    const anne = await send(CREATE_PROJECT, project("Même clé, deux personnes"), { key });
    const bruno = await send(CREATE_PROJECT, project("Même clé, deux personnes"), { key, token: otherStaff });
    const anneAgain = await send(CREATE_PROJECT, project("Même clé, deux personnes"), { key });
    expect(codes(bruno.body)).toEqual([]);
    expect(bruno.body).not.toEqual(anne.body);
    expect(anneAgain.body).toEqual(anne.body);
    expect(await projectsTitled("Même clé, deux personnes")).toEqual({ projects: 2, auditEntries: 2 });
  });

  it("replays every part of an operation writing to two subgraphs, alternating fields included", async () => {
    const key = randomUUID();
    const operation = `mutation($a: CreateParticipatoryProjectInput!, $m: CreateMemberInput!, $b: CreateParticipatoryProjectInput!) {
      a: createParticipatoryProject(input: $a) { participatoryProject { id } }
      m: createMember(input: $m) { member { id } }
      b: createParticipatoryProject(input: $b) { participatoryProject { id } } }`;
    const variables = {
      a: project("Partie A").input,
      m: member("Compagnie rejouée (test)").input,
      b: project("Partie B").input,
    };
    const first = await send(operation, variables, { key });
    const retry = await send(operation, variables, { key });
    expect(first.body?.errors).toBeUndefined();
    expect(retry.body).toEqual(first.body);
    expect(await projectsTitled("Partie A")).toEqual({ projects: 1, auditEntries: 1 });
    expect(await projectsTitled("Partie B")).toEqual({ projects: 1, auditEntries: 1 });
    expect(await membersNamed("Compagnie rejouée (test)")).toBe(1);
    // One key row per part: the neighbourhood's two mutation fetches, the economic one.
    const rows = await neighbourhood.dataSource.query(`SELECT key FROM idempotency_key WHERE key LIKE $1`, [
      `${key}%`,
    ]);
    expect(rows.map((row: { key: string }) => row.key).sort()).toEqual([key, `${key}#2`]);
  });

  it("is not applied twice when the first answer was lost before it was stored", async () => {
    const key = randomUUID();
    await send(CREATE_PROJECT, project("Réponse perdue"), { key });
    // As if the subgraph had died between the commit and the store of the answer, a minute ago.
    await neighbourhood.dataSource.query(
      `UPDATE idempotency_key SET response = NULL, created_at = now() - interval '1 minute' WHERE key = $1`,
      [key],
    );
    const retry = await send(CREATE_PROJECT, project("Réponse perdue"), { key });
    expect(codes(retry.body)).toEqual(["CONFLICT"]);
    expect(retry.body?.errors?.[0].message).toMatch(/already applied/);
    expect(await projectsTitled("Réponse perdue")).toEqual({ projects: 1, auditEntries: 1 });
  });

  it("expires after 24 hours: the key then applies the request again", async () => {
    const key = randomUUID();
    await send(CREATE_PROJECT, project("Clé expirée"), { key });
    await send(CREATE_PROJECT, project("Clé expirée"), { key });
    expect(await projectsTitled("Clé expirée")).toEqual({ projects: 1, auditEntries: 1 });
    await neighbourhood.dataSource.query(
      `UPDATE idempotency_key SET created_at = now() - interval '25 hours' WHERE key = $1`,
      [key],
    );
    const later = await send(CREATE_PROJECT, project("Clé expirée"), { key });
    expect(codes(later.body)).toEqual([]);
    expect(await projectsTitled("Clé expirée")).toEqual({ projects: 2, auditEntries: 2 });
  });

  it.each([
    ["with a space", "not a key"],
    ["too long", "k".repeat(101)],
    ["with the gateway's part suffix", "abc#2"],
  ])("is refused %s as BAD_USER_INPUT before any fetch", async (_why, key) => {
    const before = fetches.calls.length;
    const answer = await send(CREATE_PROJECT, project("Clé refusée"), { key });
    expect(answer.status).toBe(400);
    expect(codes(answer.body)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.body?.errors?.[0].message).not.toContain(key);
    expect(fetches.calls.length).toBe(before);
    expect(await projectsTitled("Clé refusée")).toEqual({ projects: 0, auditEntries: 0 });
  });

  it("is ignored on a query", async () => {
    const answer = await postJson(
      gateway.url,
      { query: "{ participatoryProjects(first: 1) { totalCount } }" },
      { "idempotency-key": "not a key" },
    );
    expect(codes(answer.body)).toEqual([]);
  });
});

describe("Apollo Client's RetryLink through a connection that resets after the request went through", () => {
  const CREATE = gql(CREATE_PROJECT);

  /** A key per mutation, set before the retry link so every retry carries the same one (README). */
  const idempotencyLink = new ApolloLink((operation, forward) => {
    if (operation.operationType === OperationTypeNode.MUTATION) {
      const key = randomUUID();
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, "idempotency-key": key },
      }));
    }
    return forward(operation);
  });

  async function createThroughResets(title: string, links: ApolloLink[]) {
    const port = Number(new URL(gateway.url).port);
    const proxy = await startResettingProxy("127.0.0.1", port, 1);
    const client = new ApolloClient({
      link: ApolloLink.from([
        ...links,
        new RetryLink({ delay: { initial: 10, jitter: false }, attempts: { max: 3 } }),
        new HttpLink({
          uri: `http://127.0.0.1:${proxy.port}/graphql`,
          headers: { authorization: `Bearer ${staff}` },
        }),
      ]),
      cache: new InMemoryCache(),
    });
    try {
      const result = await client.mutate({ mutation: CREATE, variables: project(title) });
      expect(result.error).toBeUndefined();
      expect(proxy.resets).toBe(1);
    } finally {
      client.stop();
      await proxy.close();
    }
    return projectsTitled(title);
  }

  it("applies the write exactly once with an Idempotency-Key", async () => {
    expect(await createThroughResets("Réessayée avec clé", [idempotencyLink])).toEqual({
      projects: 1,
      auditEntries: 1,
    });
  });

  it("applies it twice without one: the reason the key exists", async () => {
    expect(await createThroughResets("Réessayée sans clé", [])).toEqual({ projects: 2, auditEntries: 2 });
  });
});
