import { createHmac } from "node:crypto";
import { GraphQLError } from "graphql";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import {
  createLimiterStore,
  isOverLimit,
  message,
  retryAfterSecondsOf,
  type LimiterStore,
} from "@pole/subgraph-kit";
import type { NeighbourhoodSettings } from "../settings";

/** Prefix of the submission counters' keys in Redis, unless the settings give another (tests). */
export const DEFAULT_LIMITER_KEY_PREFIX = "pole-neighbourhood";

/**
 * The per-client bounds of the participatory project, one instance per schema (so per process):
 * - submissions: at most `contributionLimit` per `contributionWindowSeconds` per client address, counted by
 *   rate-limiter-flexible in Redis when REDIS_URL is set (shared by every replica, memory counters standing
 *   in while Redis is down), else in memory — every submission that passes input validation counts,
 *   accepted or not;
 * - votes: one per client address and contribution, through `voterHash`.
 */
export class ContributionGuard {
  private readonly submissions: RateLimiterAbstract;

  private constructor(
    private readonly settings: NeighbourhoodSettings,
    private readonly store: LimiterStore,
  ) {
    this.submissions = store.limiter({
      name: "contribution",
      points: settings.contributionLimit,
      durationSeconds: settings.contributionWindowSeconds,
    });
  }

  /** A guard whose counters live in Redis when `settings.redisUrl` is set (connected first), else in memory. */
  static async create(settings: NeighbourhoodSettings): Promise<ContributionGuard> {
    const store = await createLimiterStore({
      service: "neighbourhood",
      redisUrl: settings.redisUrl,
      keyPrefix: settings.limiterKeyPrefix ?? DEFAULT_LIMITER_KEY_PREFIX,
    });
    return new ContributionGuard(settings, store);
  }

  /** Whether new contributions wait for the staff (PENDING) before anyone else sees them. */
  get premoderated(): boolean {
    return this.settings.contributionsPremoderated ?? false;
  }

  /** Counts one submission from `clientIp`; over the limit, a RATE_LIMITED error that says when to retry. */
  async countSubmission(clientIp: string): Promise<void> {
    try {
      await this.submissions.consume(clientIp);
    } catch (rejection) {
      if (!isOverLimit(rejection)) throw rejection;
      const retryAfterSeconds = retryAfterSecondsOf(rejection);
      const retryAt = new Date(Date.now() + retryAfterSeconds * 1000).toISOString().replace(/\.\d+Z$/, "Z");
      throw new GraphQLError(
        message("neighbourhood.tooManyContributions", {
          limit: this.settings.contributionLimit,
          window: this.settings.contributionWindowSeconds,
          seconds: retryAfterSeconds,
          at: retryAt,
        }),
        { extensions: { code: "RATE_LIMITED", retryAfterSeconds, retryAt } },
      );
    }
  }

  /**
   * The pseudonymous trace of a vote: HMAC-SHA256 under the server's secret of the contribution id and the
   * client address. Same client and contribution, same hash; nothing links one client's votes together.
   */
  voterHash(contributionId: string, clientIp: string): string {
    return createHmac("sha256", this.settings.voteSecret)
      .update(`${contributionId}\n${clientIp}`)
      .digest("hex");
  }

  /** Closes the Redis connection of the counters, if any. */
  close(): Promise<void> {
    return this.store.close();
  }
}
