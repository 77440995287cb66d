// A partner's webhook hears of every practice published: signed with its key, retried with back-off while
// it fails, delivered at least once with an id it deduplicates on, written with the publication itself.
import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import type { PartnerAccessOptions } from "@pole/subgraph-kit";
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { DEFAULT_OPERATION_LIMITS } from "@pole/subgraph-kit";
import { createWebhookDispatcher } from "../src/webhook/webhook-dispatcher";
import { verifyWebhookSignature } from "../src/webhook/webhook-signature";
import {
  MUTUALISATION_DE_BUREAUX,
  RADIO_DE_QUARTIER,
  REENCHANTEZ_ESPLANADE,
  RESIDENCES_AVEC_HABITANTS,
  VISITES_APPRENANTES_IN_REVIEW,
  samplePractice,
  startKnowledge,
} from "./knowledge-harness";

const key = () => randomBytes(32).toString("base64url");
const OLD_KEY = key();
const NEW_KEY = key();
const QUETIGNY_KEY = key();
const PARTNER = "besancon-planoise";

/** Short timings, so that retries happen within the test. */
const TIMINGS = { pollIntervalMs: 50, timeoutMs: 300, firstRetryMs: 100, maxRetryMs: 400, maxAttempts: 6 };

interface Received {
  headers: IncomingMessage["headers"];
  body: string;
}

/**
 * A partner's receiver on 127.0.0.1: each request gets the next scripted answer (a status, or "hang" for
 * no answer at all), then the default; every request is recorded.
 */
class Receiver {
  readonly requests: Received[] = [];
  script: (number | "hang")[] = [];
  otherwise = 200;
  private server: Server;
  private sockets = new Set<Socket>();
  port = 0;

  constructor() {
    this.server = this.newServer();
  }

  private newServer(): Server {
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        this.requests.push({ headers: req.headers, body });
        const answer = this.script.shift() ?? this.otherwise;
        if (answer === "hang") return; // never answers: the dispatcher's deadline ends the attempt
        res.writeHead(answer, { "content-type": "text/plain" }).end("réponse du partenaire");
      });
    });
    server.on("connection", (socket: Socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    return server;
  }

  async listen(port = this.port): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Stops listening (connections are then refused) and drops open connections. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
    this.server = this.newServer();
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/pole-webhooks`;
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

const PUBLISH = `mutation($input: PublishPracticeInput!) { publishPractice(input: $input) { practice { id status publishedOn } } }`;

interface DeliveryRow {
  id: string;
  partner: string;
  event: string;
  attempts: number;
  delivered_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
}

describe("partners' webhooks: practicePublished", () => {
  let knowledge: SubgraphUnderTest;
  const receiver = new Receiver();

  const deliveriesOf = (practiceId: string): Promise<DeliveryRow[]> =>
    knowledge.dataSource.query(
      `SELECT id, partner, event, attempts, delivered_at, failed_at, last_error
         FROM webhook_delivery WHERE payload->>'practiceId' = $1 ORDER BY partner`,
      [practiceId],
    );
  const staff = () => tokenFor({ role: "staff" });
  /** Puts a published sample practice back in review, so that staff can publish it (again). */
  const backInReview = (id: string) =>
    knowledge.dataSource.query(`UPDATE practice SET status = 'IN_REVIEW' WHERE id = $1`, [id]);

  beforeAll(async () => {
    await receiver.listen();
    const partners: PartnerAccessOptions = {
      keys: [
        { name: PARTNER, key: OLD_KEY },
        { name: "quetigny", key: QUETIGNY_KEY },
        { name: PARTNER, key: NEW_KEY },
      ],
      limits: DEFAULT_OPERATION_LIMITS,
      requestsPerWindow: 600,
      windowSeconds: 60,
    };
    knowledge = await startKnowledge({
      serverOptions: {
        partners,
        // Quetigny has a key but no webhook: it hears of nothing.
        partnerWebhooks: [{ partner: PARTNER, url: receiver.url }],
        webhookDelivery: TIMINGS,
      },
    });
  });

  afterAll(async () => {
    await knowledge?.stop();
    await receiver.close();
  });

  beforeEach(() => {
    receiver.requests.length = 0;
  });

  it("retries through a 500, a timeout and a refused connection, then delivers once, signed, with one delivery id", async () => {
    // 1st attempt: 500; 2nd: no answer; then the receiver is down (refused); then it accepts.
    receiver.script = [500, "hang"];
    const published = await knowledge.request<{ publishPractice: { practice: { publishedOn: string } } }>(
      PUBLISH,
      { input: { id: VISITES_APPRENANTES_IN_REVIEW, publishedOn: "2026-12-01" } },
      await staff(),
    );
    expect(published.errors).toBeUndefined();
    await until("the second attempt's deadline", async () => {
      const rows = await deliveriesOf(VISITES_APPRENANTES_IN_REVIEW);
      return rows[0]?.last_error === `no answer within ${TIMINGS.timeoutMs} ms` ? true : undefined;
    });
    expect(receiver.requests).toHaveLength(2);
    await receiver.close();
    const [refused] = await until("a refused attempt", async () => {
      const rows = await deliveriesOf(VISITES_APPRENANTES_IN_REVIEW);
      return rows[0]?.last_error?.startsWith("connection failed") ? rows : undefined;
    });
    expect(refused.attempts).toBeGreaterThanOrEqual(3);
    await receiver.listen();
    const [delivered] = await until("the delivery", async () => {
      const rows = await deliveriesOf(VISITES_APPRENANTES_IN_REVIEW);
      return rows[0]?.delivered_at ? rows : undefined;
    });
    // Settle: no attempt after the accepted one.
    await new Promise((resolve) => setTimeout(resolve, 600));

    expect(delivered).toMatchObject({ partner: PARTNER, event: "practicePublished", last_error: null });
    const attempts = receiver.requests;
    expect(attempts.length).toBe(delivered.attempts - 1); // the refused attempt never reached it
    expect(new Set(attempts.map((a) => a.headers["x-pole-delivery"]))).toEqual(new Set([delivered.id]));
    expect(attempts.every((a) => a.headers["x-pole-event"] === "practicePublished")).toBe(true);
    // The same body every time; a fresh signature each time, checkable with either of the partner's keys.
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
    const last = attempts[attempts.length - 1];
    const signature = String(last.headers["x-pole-signature"]);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect(signature.startsWith(`t=${String(last.headers["x-pole-timestamp"])},`)).toBe(true);
    expect(verifyWebhookSignature(OLD_KEY, signature, last.body)).toBe(true);
    expect(verifyWebhookSignature(NEW_KEY, signature, last.body)).toBe(true);
    expect(verifyWebhookSignature(QUETIGNY_KEY, signature, last.body)).toBe(false);
    expect(verifyWebhookSignature(OLD_KEY, signature, last.body.replace("2026-12-01", "2026-12-02"))).toBe(
      false,
    );
    const practice = samplePractice(VISITES_APPRENANTES_IN_REVIEW);
    expect(JSON.parse(last.body)).toEqual({
      id: delivered.id,
      event: "practicePublished",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: expect.objectContaining({
        practiceId: VISITES_APPRENANTES_IN_REVIEW,
        title: practice.title,
        territoryId: practice.territoryId,
        publishedOn: "2026-12-01",
        licence: "CC-BY-SA-4.0",
      }),
    });
  });

  it("writes nothing for a partner without a webhook", async () => {
    await backInReview(RADIO_DE_QUARTIER);
    expect(
      (await knowledge.request(PUBLISH, { input: { id: RADIO_DE_QUARTIER } }, await staff())).errors,
    ).toBeUndefined();
    expect((await deliveriesOf(RADIO_DE_QUARTIER)).map((row) => row.partner)).toEqual([PARTNER]);
    await until("Besançon's delivery", async () =>
      (await deliveriesOf(RADIO_DE_QUARTIER))[0]?.delivered_at ? true : undefined,
    );
  });

  it("writes no delivery when the publication's transaction fails", async () => {
    await backInReview(MUTUALISATION_DE_BUREAUX);
    // The audit entry, written last in the same transaction, fails: the whole publication rolls back.
    await knowledge.dataSource.query(`
      CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit refused for the test'; END $$;
      CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_entry
        FOR EACH ROW WHEN (NEW.record_id = '${MUTUALISATION_DE_BUREAUX}') EXECUTE FUNCTION refuse_audit();
    `);
    try {
      const result = await knowledge.request(
        PUBLISH,
        { input: { id: MUTUALISATION_DE_BUREAUX } },
        await staff(),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await knowledge.dataSource.query(
        `DROP TRIGGER refuse_audit ON audit_entry; DROP FUNCTION refuse_audit()`,
      );
    }
    expect(await deliveriesOf(MUTUALISATION_DE_BUREAUX)).toEqual([]);
    const [{ status }] = await knowledge.dataSource.query(`SELECT status FROM practice WHERE id = $1`, [
      MUTUALISATION_DE_BUREAUX,
    ]);
    expect(status).toBe("IN_REVIEW");
  });

  it("gives up after the last attempt and keeps the last error", async () => {
    receiver.otherwise = 503;
    try {
      await backInReview(REENCHANTEZ_ESPLANADE);
      await knowledge.request(PUBLISH, { input: { id: REENCHANTEZ_ESPLANADE } }, await staff());
      const [row] = await until("giving up", async () => {
        const rows = await deliveriesOf(REENCHANTEZ_ESPLANADE);
        return rows[0]?.failed_at ? rows : undefined;
      });
      expect(row).toMatchObject({
        attempts: TIMINGS.maxAttempts,
        delivered_at: null,
        last_error: "HTTP 503",
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.requests.filter((r) => r.body.includes(REENCHANTEZ_ESPLANADE))).toHaveLength(
        TIMINGS.maxAttempts,
      );
    } finally {
      receiver.otherwise = 200;
    }
  });

  it("lets the next process deliver what is left, each delivery by one replica only", async () => {
    // Rows a stopped process left behind for a partner this server does not deliver to (chenove-mail):
    // one claimed by it when it stopped (its claim has expired), the others never tried.
    const ids: string[] = await knowledge.dataSource
      .query(
        `INSERT INTO webhook_delivery (partner, event, payload, attempts, next_attempt_at)
         SELECT 'chenove-mail', 'practicePublished', jsonb_build_object('practiceId', $1::text, 'n', n),
                CASE WHEN n = 1 THEN 1 ELSE 0 END, now() - interval '1 second'
           FROM generate_series(1, 8) AS n
         RETURNING id`,
        [RESIDENCES_AVEC_HABITANTS],
      )
      .then((rows: { id: string }[]) => rows.map((row) => row.id));
    // This server's dispatcher leaves them alone: chenove-mail has no webhook here.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.requests).toHaveLength(0);

    // Two replicas of the next process, configured for chenove-mail, deliver at the same time.
    const settings = {
      ...TIMINGS,
      dataSource: knowledge.dataSource,
      webhooks: [{ partner: "chenove-mail", url: receiver.url }],
      keys: [{ name: "chenove-mail", key: key() }],
      batchSize: 3,
    };
    const replicas = [createWebhookDispatcher(settings), createWebhookDispatcher(settings)];
    try {
      for (let round = 0; round < 5; round += 1) {
        await Promise.all(replicas.map((replica) => replica.deliverDue()));
      }
    } finally {
      await Promise.all(replicas.map((replica) => replica.stop()));
    }
    const delivered = receiver.requests.map((request) => String(request.headers["x-pole-delivery"]));
    expect([...delivered].sort()).toEqual([...ids].sort()); // each once, none twice
    const rows: { delivered: number }[] = await knowledge.dataSource.query(
      `SELECT count(*)::int AS delivered FROM webhook_delivery WHERE partner = 'chenove-mail' AND delivered_at IS NOT NULL`,
    );
    expect(rows[0].delivered).toBe(8);
  });
});
