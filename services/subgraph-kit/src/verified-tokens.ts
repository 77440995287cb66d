import { LRUCache } from "lru-cache";

/** How many verified tokens a process remembers: the signed-in users of a few minutes, a few MB at most. */
export const VERIFIED_TOKENS_MAX = 10_000;
/**
 * The longest a verification is reused, whatever the token's `exp`: a key withdrawn from the identity
 * provider's JWKS stops being accepted within this time (jose's own JWKS cache keeps keys for 10 min).
 */
export const VERIFIED_TOKEN_MAX_AGE_MS = 5 * 60_000;

/**
 * Tokens whose signature and claims were verified, with what they proved, until their `exp` (and at most
 * {@link VERIFIED_TOKEN_MAX_AGE_MS}). Keyed by the whole token, so only the very same bytes are trusted
 * again; refusals are never remembered. The graph has no token revocation (tokens are stateless JWTs that
 * live until `exp`), so reusing a verification changes nothing a caller can observe; it saves the HMAC or
 * signature check and the claims' parsing on every request and every subgraph fetch of a signed-in user.
 */
export class VerifiedTokens<T extends object> {
  private readonly cache: LRUCache<string, { value: T; expiresAtMs: number }>;

  constructor(
    max = VERIFIED_TOKENS_MAX,
    private readonly maxAgeMs = VERIFIED_TOKEN_MAX_AGE_MS,
  ) {
    this.cache = new LRUCache({ max });
  }

  /** What `token` proved, while its `exp` has not passed (jose's rule: expired once now ≥ exp). */
  get(token: string): T | undefined {
    const entry = this.cache.get(token);
    if (!entry) return undefined;
    if (Date.now() < entry.expiresAtMs) return entry.value;
    this.cache.delete(token);
    return undefined;
  }

  /** Remembers a verified token until `expSeconds` (its `exp` claim), and at most `maxAgeMs` from now. */
  set(token: string, value: T, expSeconds: number): void {
    const expiresAtMs = Math.min(expSeconds * 1000, Date.now() + this.maxAgeMs);
    if (expiresAtMs > Date.now()) this.cache.set(token, { value, expiresAtMs });
  }
}
