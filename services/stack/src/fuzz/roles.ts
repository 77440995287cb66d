// The callers the fuzzer plays, with tokens signed as `npm run token` signs them (same secret, issuer and
// audience, from the same environment).
import { z } from "zod";
import { authConfigFromEnv, authEnvShape, parseEnv, signToken, type Role } from "@pole/subgraph-kit";

export const FUZZ_ROLES = ["anonymous", "member", "otherMember", "territory", "council", "staff"] as const;
export type FuzzRole = (typeof FUZZ_ROLES)[number];

export interface Identities {
  /** The member the member role acts for, and the other member's. */
  member: string;
  otherMember: string;
  territory: string;
}

/** The token's role claim of each fuzz role (undefined: anonymous). */
export function roleClaim(role: FuzzRole): Role | undefined {
  switch (role) {
    case "anonymous":
      return undefined;
    case "otherMember":
      return "member";
    default:
      return role;
  }
}

/** Authorization headers by role, signed once for the run. */
export async function headersByRole(
  ids: Identities,
  expires = "8h",
): Promise<Record<FuzzRole, Record<string, string>>> {
  const config = authConfigFromEnv(parseEnv(z.object(authEnvShape)));
  if (!config.secret)
    throw new Error("JWT_JWKS_URL is set: the fuzzer signs dev tokens, it needs JWT_SECRET");
  const sign = (role: Role, extra: { memberId?: string; territoryId?: string } = {}) =>
    signToken(
      { secret: config.secret!, issuer: config.issuer, audience: config.audience },
      { role, ...extra },
      expires,
    );
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    anonymous: {},
    member: bearer(await sign("member", { memberId: ids.member })),
    otherMember: bearer(await sign("member", { memberId: ids.otherMember })),
    territory: bearer(await sign("territory", { territoryId: ids.territory })),
    council: bearer(await sign("council")),
    staff: bearer(await sign("staff")),
  };
}
