import type { ChildProcess } from "node:child_process";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { ownDatabaseVariable } from "@pole/subgraph-kit";
import { createTestDatabase, dropTestDatabase, redisAnswers, tokenFor } from "@pole/subgraph-kit/testing";
import { createNeighbourhoodDataSource } from "@pole/neighbourhood";
import type { DataSource } from "typeorm";
import { spawnService, stopProcess } from "../src/service-process";
import { GATEWAY, SUBGRAPHS } from "../src/services";
import { waitForReadyLine } from "../src/testing";

// Scale-out (issue 14, point 7): two gateway processes, two neighbourhood processes on one PostgreSQL
// database, their limits in one Redis. Gateway A fetches from neighbourhood replica 1, gateway B from
// replica 2 (as a load balancer might send them), and what holds for one replica holds across both: the
// gateway's rate limit, one vote per voter, the contribution limit, an Idempotency-Key.

const NEIGHBOURHOOD = SUBGRAPHS.find((service) => service.name === "neighbourhood")!;
const REDIS_URL = "redis://127.0.0.1:6379/15";
const RATE_LIMIT_PER_IP = 4;
const CONTRIBUTION_LIMIT = 2;

/** A client address of its own for every check, random per run: counters in the shared Redis never clash. */
const base = `198.18.${randomInt(0, 256)}`;
let nextHost = 1;
const newClient = () => `${base}.${nextHost++}`;

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

describe("two replicas of the gateway and of the neighbourhood subgraph", () => {
  let redis = false;
  let databaseUrl: string;
  let database: DataSource;
  const children: ChildProcess[] = [];
  let gateways: string[] = [];
  let staff: string;

  beforeAll(async () => {
    redis = await redisAnswers();
    if (!redis) return;
    databaseUrl = await createTestDatabase("scale_out");
    // Migrated once here: replicas starting together on an empty database would both migrate it.
    database = await createNeighbourhoodDataSource(databaseUrl).initialize();
    await database.runMigrations({ transaction: "each" });
    const secret = randomBytes(24).toString("base64url");
    const voteSecret = randomBytes(24).toString("base64url");
    const start = (service: typeof GATEWAY, env: Record<string, string>) => {
      const child = spawnService(
        service,
        { PORT: "0", HOST: "127.0.0.1", REDIS_URL, ...env },
        "main",
        "pipe",
      );
      children.push(child);
      return waitForReadyLine(service.name, child);
    };
    const replica = () =>
      start(NEIGHBOURHOOD, {
        [ownDatabaseVariable("neighbourhood")]: databaseUrl,
        SAMPLE_DATA: "none",
        SUBGRAPH_SECRET: secret,
        NEIGHBOURHOOD_VOTE_SECRET: voteSecret,
        NEIGHBOURHOOD_CONTRIBUTION_LIMIT: String(CONTRIBUTION_LIMIT),
      });
    const subgraphs = await Promise.all([replica(), replica()]);
    gateways = await Promise.all(
      subgraphs.map((url) =>
        start(GATEWAY, {
          NEIGHBOURHOOD_URL: url,
          NEIGHBOURHOOD_SUBGRAPH_SECRET: secret,
          // Nothing listens there: the other subgraphs are not part of this test.
          ECONOMIC_URL: "http://127.0.0.1:9/graphql",
          KNOWLEDGE_URL: "http://127.0.0.1:9/graphql",
          RATE_LIMIT_PER_IP: String(RATE_LIMIT_PER_IP),
          // This test plays many clients: it says which in X-Forwarded-For, as a load balancer would.
          TRUSTED_PROXIES: "loopback",
        }),
      ),
    );
    staff = await tokenFor({ role: "staff" });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await database?.destroy();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  /** POSTs an operation to gateway `which` (0 or 1) as the client at `client`. */
  async function send(
    which: number,
    client: string,
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const response = await fetch(gateways[which], {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": client, ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer["body"] };
  }
  const asStaff = () => ({ authorization: `Bearer ${staff}` });
  const code = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code ?? String(answer.status);

  /** A project with a phase open from yesterday, created as staff; the phase's id. */
  async function openPhase(): Promise<string> {
    const today = new Date();
    const day = (offset: number) =>
      new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const created = await send(
      0,
      newClient(),
      `mutation($input: CreateParticipatoryProjectInput!) {
        createParticipatoryProject(input: $input) { participatoryProject { id } } }`,
      {
        input: {
          title: "Projet à deux répliques (test)",
          summary: "Un test de répartition de charge.",
          startsOn: day(-30),
          place: "Esplanade Boutaric",
        },
      },
      asStaff(),
    );
    const projectId = (
      created.body.data?.createParticipatoryProject as { participatoryProject: { id: string } }
    ).participatoryProject.id;
    const phase = await send(
      0,
      newClient(),
      `mutation($input: CreateProjectPhaseInput!) { createProjectPhase(input: $input) { phase { id } } }`,
      {
        input: {
          projectId,
          title: "Phase ouverte",
          description: "Phase de test.",
          startsOn: day(-1),
          endsOn: day(30),
        },
      },
      asStaff(),
    );
    return (phase.body.data?.createProjectPhase as { phase: { id: string } }).phase.id;
  }

  const SUBMIT = `mutation($input: SubmitContributionInput!) {
    submitContribution(input: $input) { contribution { id } } }`;
  const VOTE = `mutation($input: VoteForContributionInput!) {
    voteForContribution(input: $input) { contribution { id voteCount } } }`;
  const submission = (phaseId: string) => ({
    input: { phaseId, displayName: "Voisine du 4e", body: "Des bancs à l'ombre, s'il vous plaît." },
  });

  it("share one rate limit: a client's requests split over both gateways meet one limit", async () => {
    if (!redis) return console.warn("no Redis on 127.0.0.1:6379: the scale-out test is skipped");
    const client = newClient();
    const statuses: number[] = [];
    for (let i = 0; i <= RATE_LIMIT_PER_IP; i += 1) {
      statuses.push((await send(i % 2, client, "{ __typename }")).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect((await send(1, client, "{ __typename }")).status).toBe(429);
    // Another client is counted apart.
    expect((await send(1, newClient(), "{ __typename }")).status).toBe(200);
  });

  it("count one vote per voter, sent to both replicas at once, and share the contribution limit", async () => {
    if (!redis) return;
    const phaseId = await openPhase();
    const author = newClient();
    const submitted = [
      await send(0, author, SUBMIT, submission(phaseId)),
      await send(1, author, SUBMIT, submission(phaseId)),
      await send(0, author, SUBMIT, submission(phaseId)),
    ];
    expect(submitted.map(code)).toEqual(["200", "200", "RATE_LIMITED"]);
    const contributionId = (submitted[0].body.data?.submitContribution as { contribution: { id: string } })
      .contribution.id;

    const voter = newClient();
    const votes = await Promise.all(
      [0, 1].map((which) => send(which, voter, VOTE, { input: { contributionId } })),
    );
    expect(votes.map(code).sort()).toEqual(["200", "CONFLICT"]);
    const [row] = await database.query(`SELECT vote_count FROM contribution WHERE id = $1`, [contributionId]);
    expect(row.vote_count).toBe(1);
  });

  it("apply a write sent to gateway A and retried through gateway B once, with the first answer", async () => {
    if (!redis) return;
    const phaseId = await openPhase();
    const key = { "idempotency-key": randomUUID() };
    const author = newClient();
    const first = await send(0, author, SUBMIT, submission(phaseId), key);
    const retry = await send(1, author, SUBMIT, submission(phaseId), key);
    expect(code(first)).toBe("200");
    expect(retry.body).toEqual(first.body);
    const [{ count }] = await database.query(
      `SELECT count(*)::int AS count FROM contribution WHERE phase_id = $1`,
      [phaseId],
    );
    expect(count).toBe(1);

    // A vote retried through the other replica with its key: the first answer, not « already voted ».
    const contributionId = (first.body.data?.submitContribution as { contribution: { id: string } })
      .contribution.id;
    const voter = newClient();
    const voteKey = { "idempotency-key": randomUUID() };
    const vote = await send(0, voter, VOTE, { input: { contributionId } }, voteKey);
    const voteAgain = await send(1, voter, VOTE, { input: { contributionId } }, voteKey);
    expect(code(vote)).toBe("200");
    expect(voteAgain.body).toEqual(vote.body);
  });
});
