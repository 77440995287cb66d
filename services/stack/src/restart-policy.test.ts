import { decideRestart, NO_RESTARTS, type RestartHistory, type RestartPolicy } from "./restart-policy";

/** Exits of a service that dies `upMs` after each start, restarted as decided, until the launcher gives up. */
function crashLoop(upMs: number, policy?: RestartPolicy, maxSteps = 20) {
  let history: RestartHistory = NO_RESTARTS;
  let now = 0;
  const delays: number[] = [];
  for (let step = 0; step < maxSteps; step++) {
    const startedAt = now;
    now += upMs;
    const decision = decideRestart(history, { startedAt, exitedAt: now }, policy);
    history = decision.history;
    if (decision.action === "give-up") return { delays, gaveUpAt: now, exits: decision.exitsInWindow };
    delays.push(decision.delayMs);
    now += decision.delayMs;
  }
  return { delays, gaveUpAt: undefined, exits: history.exits.length };
}

describe("decideRestart", () => {
  it("restarts after 1 s, 2 s, 4 s, 8 s, then gives up at the 5th exit within a minute", () => {
    expect(crashLoop(100)).toEqual({ delays: [1000, 2000, 4000, 8000], gaveUpAt: 15_500, exits: 5 });
  });

  it("caps the wait at 30 s", () => {
    const policy = {
      firstDelayMs: 1000,
      maxDelayMs: 30_000,
      stableAfterMs: 30_000,
      maxExits: 99,
      windowMs: 60_000,
    };
    expect(crashLoop(10, policy, 8).delays).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("starts the count over for a service that stayed up a while, and never gives up on one that crashes rarely", () => {
    // Up 31 s each time: stable, so always the first delay; at most 2 exits in any minute.
    expect(crashLoop(31_000)).toEqual({
      delays: Array.from({ length: 20 }, () => 1000),
      gaveUpAt: undefined,
      exits: 2,
    });
  });

  it("forgets exits older than the window", () => {
    const old: RestartHistory = { exits: [0, 1000, 2000, 3000], attempt: 4 };
    const decision = decideRestart(old, { startedAt: 60_500, exitedAt: 61_000 });
    expect(decision).toEqual({
      action: "restart",
      attempt: 5,
      delayMs: 16_000,
      history: { exits: [2000, 3000, 61_000], attempt: 5 },
    });
  });
});
