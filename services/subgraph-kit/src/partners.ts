import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Partner keys: other territories' routers (any Federation 2 router) call a subgraph directly, not
 * through our gateway, with a key of their own in `x-pole-partner-key`. `Authorization` stays free for
 * the partner's end user's bearer token, which still decides what is visible.
 */
export const PARTNER_KEY_HEADER = "x-pole-partner-key";

/** One accepted key of a named partner; a partner listed twice (rotation) has two. */
export interface PartnerKey {
  /** The partner's name, a slug (`besancon-planoise`): in logs, audit entries and rate-limit counters. */
  name: string;
  key: string;
}

/** Shortest partner key accepted. */
export const MIN_PARTNER_KEY_LENGTH = 32;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 60;

/**
 * Reads a `name:key,name:key` list (KNOWLEDGE_PARTNER_KEYS). Every problem is listed, by entry number and
 * partner name; a key is never quoted (problems end up in logs).
 */
export function parsePartnerKeys(value: string | undefined): { keys: PartnerKey[]; problems: string[] } {
  const keys: PartnerKey[] = [];
  const problems: string[] = [];
  const entries = (value ?? "").split(",").map((entry) => entry.trim());
  if (entries.length === 1 && entries[0] === "") return { keys, problems };
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const colon = entry.indexOf(":");
    if (colon < 0) {
      problems.push(`${where}: must be name:key (no ":" found)`);
      return;
    }
    const name = entry.slice(0, colon).trim();
    const key = entry.slice(colon + 1).trim();
    let ok = true;
    if (!SLUG.test(name) || name.length > MAX_NAME_LENGTH) {
      problems.push(
        `${where}: the partner name must be a slug of lower-case letters, digits and dashes (at most ${MAX_NAME_LENGTH}), such as besancon-planoise`,
      );
      ok = false;
    }
    if (key.length < MIN_PARTNER_KEY_LENGTH) {
      problems.push(
        `${where}${ok ? ` (partner ${name})` : ""}: the key has ${key.length} characters; at least ${MIN_PARTNER_KEY_LENGTH} are needed`,
      );
      ok = false;
    }
    if (!ok) return;
    const same = keys.find((known) => known.key === key);
    if (same) {
      problems.push(
        same.name === name
          ? `${where} (partner ${name}): the same key is listed twice`
          : `${where} (partner ${name}): this key is already partner ${same.name}'s; each partner needs its own`,
      );
      return;
    }
    keys.push({ name, key });
  });
  return { keys, problems };
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/**
 * The partner a presented key belongs to, compared in constant time (digests of equal length, every key
 * compared, so the time says nothing about which key or how much of it matched); undefined for none.
 */
export function partnerOfKey(keys: readonly PartnerKey[], presented: string): string | undefined {
  const given = digest(presented);
  let found: string | undefined;
  for (const { name, key } of keys) {
    if (timingSafeEqual(given, digest(key)) && found === undefined) found = name;
  }
  return found;
}

/** One partner's webhook: where events are POSTed (KNOWLEDGE_PARTNER_WEBHOOKS). */
export interface PartnerWebhook {
  partner: string;
  url: string;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Reads a `name=https://url,…` list (KNOWLEDGE_PARTNER_WEBHOOKS): each name must be a partner with a key
 * (the key signs the deliveries), one URL per partner, https only except to 127.0.0.1/localhost outside
 * production. Every problem is listed.
 */
export function parsePartnerWebhooks(
  value: string | undefined,
  partners: ReadonlySet<string>,
  { production }: { production: boolean },
): { webhooks: PartnerWebhook[]; problems: string[] } {
  const webhooks: PartnerWebhook[] = [];
  const problems: string[] = [];
  const entries = (value ?? "").split(",").map((entry) => entry.trim());
  if (entries.length === 1 && entries[0] === "") return { webhooks, problems };
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    const equals = entry.indexOf("=");
    if (equals < 0) {
      problems.push(`${where}: must be name=https://address`);
      return;
    }
    const partner = entry.slice(0, equals).trim();
    const address = entry.slice(equals + 1).trim();
    if (!partners.has(partner)) {
      problems.push(
        `${where}: "${partner}" has no key in the partner keys; a webhook is signed with its key`,
      );
      return;
    }
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      problems.push(`${where} (partner ${partner}): not a URL`);
      return;
    }
    const loopback = LOOPBACK_HOSTS.has(url.hostname);
    if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback && !production)) {
      problems.push(
        `${where} (partner ${partner}): must be an https:// URL (http:// only to 127.0.0.1 or localhost, outside production)`,
      );
      return;
    }
    if (url.username || url.password) {
      problems.push(`${where} (partner ${partner}): must not carry credentials`);
      return;
    }
    if (webhooks.some((known) => known.partner === partner)) {
      problems.push(`${where} (partner ${partner}): one webhook per partner`);
      return;
    }
    webhooks.push({ partner, url: url.toString() });
  });
  return { webhooks, problems };
}
