import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, SignJWT, errors as joseErrors } from "jose";
import type { JWTVerifyGetKey } from "jose";
import { createSecretKey, type KeyObject } from "node:crypto";
import type { AuthCheckerInterface, ResolverData } from "type-graphql";
import { z } from "zod";
import { restrictToAccessRule } from "./cache-control";
import { ConfigError, forbidden, unauthenticated, apiError } from "./errors";
import { message, type MessageKey, type MessageParams } from "./messages";
import { httpUrlVar } from "./env";
import { VerifiedTokens } from "./verified-tokens";

/** Roles of the graph (DESIGN §5). Anonymous callers have no viewer at all. */
export const ROLES = ["staff", "member", "council", "territory"] as const;
export type Role = (typeof ROLES)[number];

/**
 * An authorization rule for `@Authorized(...)`: a role, or `owner` — the viewer owns the object the field
 * belongs to (its member or territory id matches, see {@link OwnedResource}).
 */
export type AccessRule = Role | "owner";

/** Who is calling, from a verified JWT. */
export interface Viewer {
  subject: string;
  role: Role;
  /** For `member` tokens: the member structure the caller acts for. */
  memberId?: string;
  /** For `territory` tokens: the territory the caller acts for. */
  territoryId?: string;
}

/** Objects whose fields may be opened to their owner implement this. */
export interface OwnedResource {
  owners(): { memberId?: string; territoryId?: string };
}

/** The secret used when JWT_SECRET is unset outside production; never accepted in production. */
export const DEV_JWT_SECRET = "pole-dev-secret-for-local-use-only-0123456789";
export const DEFAULT_ISSUER = "pole-dev";
export const DEFAULT_AUDIENCE = "pole-supergraph";
/** The longest a token may live (`exp - iat`, and `exp - now`), in seconds, unless JWT_MAX_TTL says: 24 h. */
export const DEFAULT_MAX_TOKEN_TTL_SECONDS = 24 * 3600;

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/**
 * A duration in seconds from plain seconds (`86400`) or a number and a unit (`90s`, `30m`, `24h`, `2d`);
 * undefined when it is neither, or zero.
 */
export function parseDurationSeconds(value: string): number | undefined {
  const match = /^(\d{1,9})([smhd]?)$/.exec(value.trim());
  if (!match) return undefined;
  const seconds = Number(match[1]) * (DURATION_UNITS[match[2]] ?? 1);
  return seconds > 0 ? seconds : undefined;
}

/** "24 h", "30 min" or "90 s": a duration as messages show it. */
export function formatDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}

/** JWT_MAX_TTL: plain seconds or a duration such as 90s, 30m, 24h, 2d; parsed to seconds. */
const durationVar = z
  .string()
  .refine(
    (value) => parseDurationSeconds(value) !== undefined,
    "must be a positive number of seconds or a duration such as 90s, 30m, 24h or 2d",
  )
  .transform((value) => parseDurationSeconds(value)!);

/** Environment variables of the auth layer, shared by every service. */
export const authEnvShape = {
  JWT_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  JWT_JWKS_URL: httpUrlVar.optional(),
  JWT_ISSUER: z.string().min(1).default(DEFAULT_ISSUER),
  JWT_AUDIENCE: z.string().min(1).default(DEFAULT_AUDIENCE),
  JWT_MAX_TTL: durationVar.optional(),
};

export interface AuthConfig {
  /** HS256 shared secret (dev and tests). */
  secret?: string;
  /** JWKS URL of an identity provider (production). */
  jwksUrl?: string;
  /** A fixed JSON Web Key Set (tests of the JWKS path). */
  jwks?: Parameters<typeof createLocalJWKSet>[0];
  issuer: string;
  audience: string;
  /**
   * The longest a token may live, in seconds ({@link DEFAULT_MAX_TOKEN_TTL_SECONDS} when unset): tokens
   * without `exp`, or whose `exp` lies further than this from their `iat` or from now, are refused.
   */
  maxTtlSeconds?: number;
}

/** Whether NODE_ENV says production: stricter start-up checks, no introspection by default. */
export const isProduction = () => process.env.NODE_ENV === "production";

/**
 * Builds the auth configuration from parsed env; falls back to the dev secret outside production. In
 * production the dev secret is refused: anyone can read it in this repository.
 */
export function authConfigFromEnv(
  env: {
    JWT_SECRET?: string;
    JWT_JWKS_URL?: string;
    JWT_ISSUER: string;
    JWT_AUDIENCE: string;
    JWT_MAX_TTL?: number;
  },
  production = isProduction(),
): AuthConfig {
  if (env.JWT_SECRET && env.JWT_JWKS_URL) {
    throw new ConfigError(["JWT_SECRET and JWT_JWKS_URL: set one of them, not both"]);
  }
  if (production && !env.JWT_JWKS_URL && (!env.JWT_SECRET || env.JWT_SECRET === DEV_JWT_SECRET)) {
    throw new ConfigError([
      "JWT_SECRET: in production set a secret of your own (or JWT_JWKS_URL); the development secret is refused",
    ]);
  }
  const secret = env.JWT_JWKS_URL ? undefined : (env.JWT_SECRET ?? DEV_JWT_SECRET);
  return {
    secret,
    jwksUrl: env.JWT_JWKS_URL,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    maxTtlSeconds: env.JWT_MAX_TTL ?? DEFAULT_MAX_TOKEN_TTL_SECONDS,
  };
}

const claimsSchema = z.object({
  sub: z.string().min(1),
  role: z.enum(ROLES),
  memberId: z.uuid().optional(),
  territoryId: z.uuid().optional(),
});

/**
 * Returns a function that turns an `Authorization` header into a viewer (or null when absent). A token it
 * accepted is accepted again without a second verification until its `exp` (verified-tokens.ts).
 */
export function createViewerResolver(
  config: AuthConfig,
): (header: string | undefined) => Promise<Viewer | null> {
  let key: KeyObject | JWTVerifyGetKey;
  // A KeyObject made once: given bytes, jose would make one on every verification.
  if (config.secret) key = createSecretKey(new TextEncoder().encode(config.secret));
  else if (config.jwks) key = createLocalJWKSet(config.jwks);
  else if (config.jwksUrl) key = createRemoteJWKSet(new URL(config.jwksUrl));
  else throw new ConfigError(["JWT_SECRET or JWT_JWKS_URL must be set"]);
  const maxTtl = config.maxTtlSeconds ?? DEFAULT_MAX_TOKEN_TTL_SECONDS;
  const verified = new VerifiedTokens<Viewer>();

  return async (header) => {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw requestUnauthenticated("auth.bearerHeader");
    const token = match[1];
    const known = verified.get(token);
    // A copy: resolvers must not be able to change what the next request of this token sees.
    if (known) return { ...known };
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, key as KeyObject, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.secret ? ["HS256"] : ["RS256", "ES256", "EdDSA"],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw requestUnauthenticated("auth.tokenExpired");
      throw requestUnauthenticated("auth.tokenInvalid");
    }
    assertLifetime(payload as { exp?: unknown; iat?: unknown }, maxTtl);
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw requestUnauthenticated("auth.claimsInvalid");
    const { sub, role, memberId, territoryId } = claims.data;
    if (role === "member" && !memberId) throw requestUnauthenticated("auth.memberIdMissing");
    if (role === "territory" && !territoryId) {
      throw requestUnauthenticated("auth.territoryIdMissing");
    }
    // UUIDs compare in lower case, as PostgreSQL prints them: a token written in upper case still owns its
    // records (the owner rule compares ids as strings).
    const viewer: Viewer = {
      subject: sub,
      role,
      memberId: memberId?.toLowerCase(),
      territoryId: territoryId?.toLowerCase(),
    };
    verified.set(token, viewer, (payload as { exp: number }).exp);
    return { ...viewer };
  };
}

const requestUnauthenticated = <K extends MessageKey>(key: K, ...params: MessageParams<K>) =>
  apiError("UNAUTHENTICATED", message(key, ...params), true);

/** Leeway between the issuer's clock and ours when measuring how far away a token's `exp` is. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * A stolen token must not stay usable for long: refuses one without `exp`, or living longer than `maxTtl`
 * seconds, counted from its `iat` and from now (an `iat` in the future does not stretch it).
 */
function assertLifetime({ exp, iat }: { exp?: unknown; iat?: unknown }, maxTtl: number): void {
  if (typeof exp !== "number") throw requestUnauthenticated("auth.noExpiry");
  const now = Math.floor(Date.now() / 1000);
  // From now, a minute of leeway for an issuer whose clock runs ahead of ours (a token of exactly the
  // maximum, issued a second "in the future", stays usable); from its iat, none.
  if ((typeof iat === "number" && exp - iat > maxTtl) || exp - now > maxTtl + CLOCK_SKEW_SECONDS) {
    throw requestUnauthenticated("auth.livesTooLong", { duration: formatDuration(maxTtl) });
  }
}

/** Signs a token with the HS256 secret: for the `token` script and tests only. */
export async function signToken(
  config: Pick<AuthConfig, "issuer" | "audience"> & { secret: string },
  viewer: Omit<Viewer, "subject"> & { subject?: string },
  expiresIn = "8h",
): Promise<string> {
  const { subject, ...claims } = viewer;
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(subject ?? `dev-${viewer.role}`)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(config.secret));
}

/** What every resolver context carries for authorization. */
export interface ViewerContext {
  viewer: Viewer | null;
}

function isOwnedResource(value: unknown): value is OwnedResource {
  return typeof (value as OwnedResource | null)?.owners === "function";
}

/**
 * The type-graphql auth checker: anonymous callers of a protected field get UNAUTHENTICATED, signed-in
 * callers without one of the field's rules get FORBIDDEN; the field's answer is not cacheable.
 */
export class RoleAuthChecker implements AuthCheckerInterface<ViewerContext, AccessRule> {
  check({ root, context, info }: ResolverData<ViewerContext>, rules: AccessRule[]): boolean {
    // Whatever its static hint says, a field behind a rule is never cached nor shared.
    restrictToAccessRule(info);
    const viewer = context.viewer;
    if (!viewer) throw unauthenticated();
    if (rules.length === 0 || rules.includes(viewer.role)) return true;
    if (rules.includes("owner") && isOwnedResource(root)) {
      const owners = root.owners();
      if (viewer.role === "member" && owners.memberId && owners.memberId === viewer.memberId) return true;
      if (viewer.role === "territory" && owners.territoryId && owners.territoryId === viewer.territoryId) {
        return true;
      }
    }
    throw forbidden();
  }
}
