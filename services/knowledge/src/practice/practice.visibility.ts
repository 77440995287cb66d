import type { Viewer } from "@pole/subgraph-kit";
import { PracticeStatus } from "./practice-status.enum";
import type { Practice } from "./practice.entity";

/**
 * Which practices a caller may see: the Pôle's staff sees every status; anonymous, member, council and
 * territory callers only published practices.
 */
export type PracticeVisibility = "all" | "published";

export function practiceVisibility(viewer: Viewer | null): PracticeVisibility {
  return viewer?.role === "staff" ? "all" : "published";
}

/** The statuses a visibility lets through; null when every status is visible. */
export function visibleStatuses(visibility: PracticeVisibility): PracticeStatus[] | null {
  return visibility === "all" ? null : [PracticeStatus.PUBLISHED];
}

/** Whether a practice may be shown under a visibility. */
export function isPracticeVisible(practice: Practice, visibility: PracticeVisibility): boolean {
  return visibility === "all" || practice.status === PracticeStatus.PUBLISHED;
}
