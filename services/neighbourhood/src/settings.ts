import { randomBytes } from "node:crypto";
import { z } from "zod";
import { ConfigError, isProduction, parseEnv } from "@pole/subgraph-kit";

const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  "1": true,
  "0": false,
  yes: true,
  no: false,
  on: true,
  off: false,
};

/** "true" or "false" (also 1/0, yes/no, on/off), as an environment variable says it. */
const booleanVar = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => BOOLEAN_WORDS[value] !== undefined, "must be true or false")
  .transform((value) => BOOLEAN_WORDS[value]);

/** A redis:// or rediss:// URL. */
const redisUrlVar = z.string().refine((value) => {
  try {
    return ["redis:", "rediss:"].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}, "must be a URL such as redis://127.0.0.1:6379");

/** What the neighbourhood subgraph reads from its environment besides the kit's variables. */
export interface NeighbourhoodSettings {
  /** Contributions one client address may submit per window. */
  contributionLimit: number;
  /** Length of that window, in seconds. */
  contributionWindowSeconds: number;
  /** Secret of the HMAC that turns a client address into a vote's `voter_hash`. */
  voteSecret: string;
  /**
   * Whether new contributions wait for the staff's approval (PENDING) before anyone else sees them; false
   * (published at once) when absent.
   */
  contributionsPremoderated?: boolean;
  /** When set, the submission counters live in this Redis, shared by every replica (REDIS_URL). */
  redisUrl?: string;
  /** Prefix of the counters' keys in Redis (tests use one of their own). */
  limiterKeyPrefix?: string;
}

export const DEFAULT_CONTRIBUTION_LIMIT = 5;
export const DEFAULT_CONTRIBUTION_WINDOW_SECONDS = 3600;

const envSchema = z.object({
  NEIGHBOURHOOD_CONTRIBUTION_LIMIT: z.coerce
    .number()
    .int("must be a whole number")
    .min(1)
    .max(10_000)
    .default(DEFAULT_CONTRIBUTION_LIMIT),
  NEIGHBOURHOOD_CONTRIBUTION_WINDOW_SECONDS: z.coerce
    .number()
    .int("must be a whole number")
    .min(1)
    .max(7 * 24 * 3600)
    .default(DEFAULT_CONTRIBUTION_WINDOW_SECONDS),
  NEIGHBOURHOOD_VOTE_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEIGHBOURHOOD_CONTRIBUTIONS_PREMODERATED: booleanVar.optional(),
  REDIS_URL: redisUrlVar.optional(),
});

/**
 * Parses the subgraph's own variables (every problem listed at once, as ConfigError). Without
 * NEIGHBOURHOOD_VOTE_SECRET a random secret is drawn for the life of the process, so votes are
 * de-duplicated only until it restarts: allowed in development, refused in production.
 * NEIGHBOURHOOD_CONTRIBUTIONS_PREMODERATED defaults to true in production, false otherwise.
 */
export function neighbourhoodSettingsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  production = isProduction(),
): NeighbourhoodSettings {
  const parsed = parseEnv(envSchema, env);
  if (production && !parsed.NEIGHBOURHOOD_VOTE_SECRET) {
    throw new ConfigError([
      "NEIGHBOURHOOD_VOTE_SECRET: required in production (32+ characters, the same on every replica)",
    ]);
  }
  return {
    contributionLimit: parsed.NEIGHBOURHOOD_CONTRIBUTION_LIMIT,
    contributionWindowSeconds: parsed.NEIGHBOURHOOD_CONTRIBUTION_WINDOW_SECONDS,
    voteSecret: parsed.NEIGHBOURHOOD_VOTE_SECRET ?? randomBytes(32).toString("hex"),
    contributionsPremoderated: parsed.NEIGHBOURHOOD_CONTRIBUTIONS_PREMODERATED ?? production,
    redisUrl: parsed.REDIS_URL,
  };
}
