/** When the launcher restarts a service that exited on its own, and when it gives up. */
export interface RestartPolicy {
  /** Wait before the first restart; doubled at each further one. */
  firstDelayMs: number;
  /** The longest wait between restarts. */
  maxDelayMs: number;
  /** A service that stayed up this long counts as healthy again: the next wait is the first one. */
  stableAfterMs: number;
  /** This many unexpected exits within `windowMs` stop everything. */
  maxExits: number;
  windowMs: number;
}

/** 1 s, 2 s, 4 s … 30 s; back to 1 s after 30 s up; 5 exits within a minute stop the launcher. */
export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  stableAfterMs: 30_000,
  maxExits: 5,
  windowMs: 60_000,
};

/** What the launcher remembers of one service's unexpected exits. */
export interface RestartHistory {
  /** When it exited, in ms, the last `windowMs` only. */
  exits: readonly number[];
  /** Restarts since it was last stable (0 before any). */
  attempt: number;
}

export const NO_RESTARTS: RestartHistory = { exits: [], attempt: 0 };

export type RestartDecision =
  | { action: "restart"; attempt: number; delayMs: number; history: RestartHistory }
  | { action: "give-up"; exitsInWindow: number; history: RestartHistory };

/**
 * Decides what follows an unexpected exit of a service started at `startedAt` and gone at `exitedAt`:
 * restart it after a doubling delay (the count starts over if it had stayed up `stableAfterMs`), or give
 * up once it has exited `maxExits` times within `windowMs`.
 */
export function decideRestart(
  history: RestartHistory,
  { startedAt, exitedAt }: { startedAt: number; exitedAt: number },
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): RestartDecision {
  const exits = [...history.exits, exitedAt].filter((at) => exitedAt - at < policy.windowMs);
  const stable = exitedAt - startedAt >= policy.stableAfterMs;
  const attempt = stable ? 1 : history.attempt + 1;
  if (exits.length >= policy.maxExits) {
    return { action: "give-up", exitsInWindow: exits.length, history: { exits, attempt } };
  }
  const delayMs = Math.min(policy.firstDelayMs * 2 ** (attempt - 1), policy.maxDelayMs);
  return { action: "restart", attempt, delayMs, history: { exits, attempt } };
}
