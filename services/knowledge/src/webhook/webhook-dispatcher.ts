import type { DataSource } from "typeorm";
import { logLine, type PartnerKey, type PartnerWebhook } from "@pole/subgraph-kit";
import { signatureHeader, WEBHOOK_HEADERS } from "./webhook-signature";

export interface WebhookDispatchSettings {
  dataSource: DataSource;
  /** The only addresses deliveries go to, by partner; rows of other partners wait untouched. */
  webhooks: readonly PartnerWebhook[];
  /** The partners' keys: each delivery is signed with every key of its partner (rotation). */
  keys: readonly PartnerKey[];
  /** How often due deliveries are looked for (default 1 s). */
  pollIntervalMs?: number;
  /** How long a partner has to answer one attempt (default 10 s). */
  timeoutMs?: number;
  /** Delay before the first retry, doubled after each failure (default 1 s)… */
  firstRetryMs?: number;
  /** …up to this (default 5 min). */
  maxRetryMs?: number;
  /** Attempts before giving up, the delivery kept with its last error (default 12). */
  maxAttempts?: number;
  /** Deliveries claimed per round (default 20). */
  batchSize?: number;
}

export interface WebhookDispatcher {
  /** Starts polling; nothing is sent before. */
  start(): void;
  /** Delivers what is due now, once; resolves with the number of attempts made. */
  deliverDue(): Promise<number>;
  /** Stops polling and aborts attempts in flight (their rows are retried when their claim expires). */
  stop(): Promise<void>;
}

interface ClaimedRow {
  id: string;
  partner: string;
  event: string;
  payload: Record<string, unknown>;
  created_at: Date;
  attempts: number;
}

/** Why an attempt failed, in a few words (never the partner's response body). */
function failureOf(error: unknown, timeoutMs: number): string {
  const err = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (err?.name === "TimeoutError") return `no answer within ${timeoutMs} ms`;
  const cause = err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(error);
  return `connection failed: ${cause}`.slice(0, 300);
}

/**
 * Delivers the outbox (`webhook_delivery`) to the partners' webhooks: POST JSON `{ id, event, createdAt,
 * data }` with the delivery id, event, timestamp and signature headers; a 2xx answer delivers it, anything
 * else (another status, a redirect, a timeout, a refused connection) is retried with exponential
 * back-off. Each round claims due rows with `FOR UPDATE SKIP LOCKED` and pushes their next attempt past
 * the attempt's deadline, so replicas never send the same row at once, and a row whose process died
 * mid-attempt is sent again once that claim expires (at least once: receivers deduplicate on the id).
 */
export function createWebhookDispatcher(settings: WebhookDispatchSettings): WebhookDispatcher {
  const {
    dataSource,
    pollIntervalMs = 1000,
    timeoutMs = 10_000,
    firstRetryMs = 1000,
    maxRetryMs = 300_000,
    maxAttempts = 12,
    batchSize = 20,
  } = settings;
  const urls = new Map(settings.webhooks.map((hook) => [hook.partner, hook.url]));
  const keysOf = (partner: string) => settings.keys.filter((key) => key.name === partner).map((k) => k.key);
  const partners = [...urls.keys()].filter((partner) => keysOf(partner).length > 0);
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> = Promise.resolve();
  // A claim outlives the attempt's deadline, so no replica takes the row while it is being sent.
  const claimSeconds = Math.ceil(timeoutMs / 1000) + 30;

  const retryDelayMs = (attempts: number) => Math.min(maxRetryMs, firstRetryMs * 2 ** (attempts - 1));

  async function attempt(row: ClaimedRow): Promise<void> {
    const url = urls.get(row.partner)!;
    const body = JSON.stringify({
      id: row.id,
      event: row.event,
      createdAt: new Date(row.created_at).toISOString(),
      data: row.payload,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    let failure: string | undefined;
    try {
      const response = await fetch(url, {
        method: "POST",
        redirect: "manual", // only the configured address, never where a redirect points
        headers: {
          "content-type": "application/json",
          "user-agent": "pole-knowledge-webhooks",
          [WEBHOOK_HEADERS.delivery]: row.id,
          [WEBHOOK_HEADERS.event]: row.event,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signatureHeader(keysOf(row.partner), timestamp, body),
        },
        body,
        signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(timeoutMs)]),
      });
      await response.body?.cancel();
      if (response.status < 200 || response.status > 299) failure = `HTTP ${response.status}`;
    } catch (error) {
      if (stopping.signal.aborted) return; // stopped: the claim expires and the row is sent again later
      failure = failureOf(error, timeoutMs);
    }
    const where = `webhook ${row.partner}: ${row.event} ${row.id} (attempt ${row.attempts})`;
    if (failure === undefined) {
      await dataSource.query(
        `UPDATE webhook_delivery SET delivered_at = now(), last_error = NULL WHERE id = $1`,
        [row.id],
      );
      logLine("knowledge", `${where} delivered`);
    } else if (row.attempts >= maxAttempts) {
      await dataSource.query(`UPDATE webhook_delivery SET failed_at = now(), last_error = $2 WHERE id = $1`, [
        row.id,
        failure,
      ]);
      logLine("knowledge", `${where} failed: ${failure}; given up`);
    } else {
      const delay = retryDelayMs(row.attempts);
      await dataSource.query(
        `UPDATE webhook_delivery
            SET next_attempt_at = now() + make_interval(secs => $2::double precision / 1000), last_error = $3
          WHERE id = $1`,
        [row.id, delay, failure],
      );
      logLine("knowledge", `${where} failed: ${failure}; retry in ${delay} ms`);
    }
  }

  async function deliverDue(): Promise<number> {
    if (partners.length === 0 || stopping.signal.aborted) return 0;
    // Claims due rows of configured partners: locked rows (another replica's) are skipped.
    const [rows] = (await dataSource.query(
      `UPDATE webhook_delivery
          SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $3)
        WHERE id IN (
          SELECT id FROM webhook_delivery
           WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
             AND partner = ANY($1)
           ORDER BY next_attempt_at, id
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
        RETURNING id, partner, event, payload, created_at, attempts`,
      [partners, batchSize, claimSeconds],
    )) as [ClaimedRow[], number];
    await Promise.all(rows.map((row) => attempt(row)));
    return rows.length;
  }

  const tick = () => {
    round = deliverDue()
      .catch((error: unknown) => {
        if (!stopping.signal.aborted) {
          logLine("knowledge", `webhooks: ${error instanceof Error ? error.message : String(error)}`);
        }
      })
      .finally(() => {
        if (!stopping.signal.aborted) timer = setTimeout(tick, pollIntervalMs).unref();
      });
  };

  return {
    start() {
      if (partners.length === 0 || timer || stopping.signal.aborted) return;
      timer = setTimeout(tick, 0);
    },
    deliverDue,
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await round;
    },
  };
}
