import { forbidden, unauthenticated, type Viewer } from "@pole/subgraph-kit";

/**
 * Writes and reads of one member's own data: staff may act for any member, a `member` token only for its
 * own id. Anonymous callers get UNAUTHENTICATED, everyone else FORBIDDEN.
 */
export function assertActsFor(viewer: Viewer | null, memberId: string): void {
  if (!viewer) throw unauthenticated();
  if (viewer.role === "staff") return;
  if (viewer.role === "member" && viewer.memberId === memberId) return;
  throw forbidden();
}

/** Staff only; anonymous callers get UNAUTHENTICATED, other roles FORBIDDEN. */
export function assertStaff(viewer: Viewer | null): void {
  if (!viewer) throw unauthenticated();
  if (viewer.role !== "staff") throw forbidden();
}

/**
 * Which members' private records a caller may list: `null` for all (staff), the caller's own member id for
 * a member token. Callers of a list protected by `@Authorized("staff", "member")` only reach here.
 */
export function memberScope(viewer: Viewer | null): string | null {
  if (!viewer) throw unauthenticated();
  if (viewer.role === "staff") return null;
  if (viewer.role === "member" && viewer.memberId) return viewer.memberId;
  throw forbidden();
}

/**
 * A `memberId` filter on a list of private records, combined with the caller's scope: a member may only ask
 * for its own records (FORBIDDEN otherwise); without a filter, a member gets its own records only.
 */
export function scopedMemberId(viewer: Viewer | null, requested: string | undefined | null): string | null {
  const scope = memberScope(viewer);
  if (scope === null) return requested ?? null;
  if (requested && requested !== scope) throw forbidden();
  return scope;
}
