import { createHmac } from "node:crypto";
import { GraphQLError } from "graphql";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { NeighbourhoodSettings } from "../settings";

/**
 * The per-client bounds of the participatory project, one instance per schema (so per process):
 * - submissions: at most `contributionLimit` per `contributionWindowSeconds` per client address, counted in
 *   memory (rate-limiter-flexible) — every submission that passes input validation counts, accepted or not;
 * - votes: one per client address and contribution, through `voterHash`.
 */
export class ContributionGuard {
  private readonly submissions: RateLimiterMemory;

  constructor(private readonly settings: NeighbourhoodSettings) {
    this.submissions = new RateLimiterMemory({
      keyPrefix: "neighbourhood-contribution",
      points: settings.contributionLimit,
      duration: settings.contributionWindowSeconds,
    });
  }

  /** Counts one submission from `clientIp`; over the limit, a RATE_LIMITED error that says when to retry. */
  async countSubmission(clientIp: string): Promise<void> {
    try {
      await this.submissions.consume(clientIp);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const retryAt = new Date(Date.now() + retryAfterSeconds * 1000).toISOString().replace(/\.\d+Z$/, "Z");
      throw new GraphQLError(
        `Too many contributions from your connection: at most ${this.settings.contributionLimit} every ${this.settings.contributionWindowSeconds} seconds. Try again in ${retryAfterSeconds} seconds (at ${retryAt}).`,
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
}
