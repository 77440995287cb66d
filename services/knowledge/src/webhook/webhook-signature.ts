import { createHmac, timingSafeEqual } from "node:crypto";

/** Headers of a webhook delivery. */
export const WEBHOOK_HEADERS = {
  /** The delivery's id (UUID): the same on every retry, to deduplicate on. */
  delivery: "x-pole-delivery",
  /** The event's name, e.g. practicePublished. */
  event: "x-pole-event",
  /** When this attempt was signed, in Unix seconds (also `t=` in the signature). */
  timestamp: "x-pole-timestamp",
  /** `t=<timestamp>,v1=<hex>[,v1=<hex>]`: HMAC-SHA256 of `<timestamp>.<body>` with each of the partner's keys. */
  signature: "x-pole-signature",
} as const;

/** HMAC-SHA256 of `timestamp.body` with a key, in hex. */
export function webhookSignature(key: string, timestamp: number, body: string): string {
  return createHmac("sha256", key).update(`${timestamp}.${body}`).digest("hex");
}

/**
 * The `x-pole-signature` header: one `v1=` per key of the partner, so that during a rotation the
 * partner can check with either its old or its new key.
 */
export function signatureHeader(keys: readonly string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...keys.map((key) => `v1=${webhookSignature(key, timestamp, body)}`)].join(",");
}

/**
 * What a receiver does (the README shows the same code): the signature is one of ours with its key, over
 * this exact body, signed less than `toleranceSeconds` ago (replays of old deliveries are refused).
 */
export function verifyWebhookSignature(
  key: string,
  header: string,
  body: string,
  { toleranceSeconds = 300, now = Date.now() } = {},
): boolean {
  const parts = header.split(",").map((part) => part.split("="));
  const timestamp = Number(parts.find(([name]) => name === "t")?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(key, timestamp, body), "hex");
  return parts
    .filter(([name]) => name === "v1")
    .some(([, value]) => {
      const given = Buffer.from(value ?? "", "hex");
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
