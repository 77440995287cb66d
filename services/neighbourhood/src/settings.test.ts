import { ConfigError } from "@pole/subgraph-kit";
import {
  DEFAULT_CONTRIBUTION_LIMIT,
  DEFAULT_CONTRIBUTION_WINDOW_SECONDS,
  neighbourhoodSettingsFromEnv,
} from "./settings";

describe("neighbourhood settings from the environment", () => {
  it("defaults to 5 contributions per hour and a random vote secret per process", () => {
    const first = neighbourhoodSettingsFromEnv({}, false);
    expect(first).toEqual({
      contributionLimit: DEFAULT_CONTRIBUTION_LIMIT,
      contributionWindowSeconds: DEFAULT_CONTRIBUTION_WINDOW_SECONDS,
      voteSecret: expect.stringMatching(/^[0-9a-f]{64}$/),
      contributionsPremoderated: false,
      redisUrl: undefined,
    });
    expect([DEFAULT_CONTRIBUTION_LIMIT, DEFAULT_CONTRIBUTION_WINDOW_SECONDS]).toEqual([5, 3600]);
    expect(neighbourhoodSettingsFromEnv({}, false).voteSecret).not.toBe(first.voteSecret);
  });

  it("reads the limit, its window and the vote secret", () => {
    expect(
      neighbourhoodSettingsFromEnv({
        NEIGHBOURHOOD_CONTRIBUTION_LIMIT: "20",
        NEIGHBOURHOOD_CONTRIBUTION_WINDOW_SECONDS: "86400",
        NEIGHBOURHOOD_VOTE_SECRET: "s".repeat(32),
      }),
    ).toEqual({
      contributionLimit: 20,
      contributionWindowSeconds: 86400,
      voteSecret: "s".repeat(32),
      contributionsPremoderated: false,
    });
  });

  it("treats an empty variable as unset", () => {
    expect(neighbourhoodSettingsFromEnv({ NEIGHBOURHOOD_CONTRIBUTION_LIMIT: "" }).contributionLimit).toBe(5);
  });

  it("requires a vote secret in production", () => {
    expect(() => neighbourhoodSettingsFromEnv({}, true)).toThrow(
      "NEIGHBOURHOOD_VOTE_SECRET: required in production (32+ characters, the same on every replica)",
    );
    expect(neighbourhoodSettingsFromEnv({ NEIGHBOURHOOD_VOTE_SECRET: "v".repeat(40) }, true).voteSecret).toBe(
      "v".repeat(40),
    );
  });

  it("lists every bad variable at once, by name", () => {
    let error: unknown;
    try {
      neighbourhoodSettingsFromEnv({
        NEIGHBOURHOOD_CONTRIBUTION_LIMIT: "0",
        NEIGHBOURHOOD_CONTRIBUTION_WINDOW_SECONDS: "1.5",
        NEIGHBOURHOOD_VOTE_SECRET: "short",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^NEIGHBOURHOOD_CONTRIBUTION_LIMIT: /);
    expect(problems[1]).toBe("NEIGHBOURHOOD_CONTRIBUTION_WINDOW_SECONDS: must be a whole number");
    expect(problems[2]).toBe("NEIGHBOURHOOD_VOTE_SECRET: must be at least 32 characters");
  });

  it("pre-moderates contributions by default in production only", () => {
    const secret = { NEIGHBOURHOOD_VOTE_SECRET: "v".repeat(40) };
    expect(neighbourhoodSettingsFromEnv(secret, true).contributionsPremoderated).toBe(true);
    expect(neighbourhoodSettingsFromEnv(secret, false).contributionsPremoderated).toBe(false);
    const off = { ...secret, NEIGHBOURHOOD_CONTRIBUTIONS_PREMODERATED: "false" };
    expect(neighbourhoodSettingsFromEnv(off, true).contributionsPremoderated).toBe(false);
    const on = { NEIGHBOURHOOD_CONTRIBUTIONS_PREMODERATED: "TRUE" };
    expect(neighbourhoodSettingsFromEnv(on, false).contributionsPremoderated).toBe(true);
  });

  it("reads REDIS_URL for the contribution counters", () => {
    expect(neighbourhoodSettingsFromEnv({ REDIS_URL: "redis://127.0.0.1:6379/2" }).redisUrl).toBe(
      "redis://127.0.0.1:6379/2",
    );
  });

  it("names a bad pre-moderation switch and a bad Redis URL", () => {
    let error: unknown;
    try {
      neighbourhoodSettingsFromEnv({
        NEIGHBOURHOOD_CONTRIBUTIONS_PREMODERATED: "maybe",
        REDIS_URL: "http://127.0.0.1:6379",
      });
    } catch (caught) {
      error = caught;
    }
    expect((error as ConfigError).problems).toEqual([
      "NEIGHBOURHOOD_CONTRIBUTIONS_PREMODERATED: must be true or false",
      "REDIS_URL: must be a URL such as redis://127.0.0.1:6379",
    ]);
  });
});
