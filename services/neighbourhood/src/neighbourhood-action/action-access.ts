import { canonicalUuid, forbidden, unauthenticated, type Viewer } from "@pole/subgraph-kit";

/** Whether the viewer may manage an action led by these members: staff always, a member when it leads it. */
export function mayManageAction(viewer: Viewer | null, leadMemberIds: readonly string[]): boolean {
  if (viewer?.role === "staff") return true;
  const memberId = viewer?.role === "member" && viewer.memberId ? canonicalUuid(viewer.memberId) : null;
  return memberId !== null && leadMemberIds.includes(memberId);
}

/**
 * Refuses, before any write, a caller who may not manage an action led by these members: UNAUTHENTICATED
 * without a token, FORBIDDEN otherwise.
 */
export function assertMayManageAction(viewer: Viewer | null, leadMemberIds: readonly string[]): void {
  if (!viewer) throw unauthenticated();
  if (!mayManageAction(viewer, leadMemberIds)) {
    throw forbidden(
      viewer.role === "member" ? "neighbourhood.memberManagesOwnActions" : "neighbourhood.staffOrLeadsManage",
    );
  }
}
