import { ConfigError } from "./errors";
import { parsePartnerKeys, parsePartnerWebhooks, partnerOfKey } from "./partners";
import { partnerOptionsFromEnv } from "./subgraph-main";

const KEY_A = "a".repeat(32);
const KEY_B = "b".repeat(40);
const SHORT = "s3cr3t-but-short";

describe("KNOWLEDGE_PARTNER_KEYS", () => {
  it("reads name:key pairs, a name listed twice keeping both keys (rotation)", () => {
    expect(
      parsePartnerKeys(` besancon-planoise:${KEY_A}, quetigny:${KEY_B},besancon-planoise:${KEY_B}x `),
    ).toEqual({
      keys: [
        { name: "besancon-planoise", key: KEY_A },
        { name: "quetigny", key: KEY_B },
        { name: "besancon-planoise", key: `${KEY_B}x` },
      ],
      problems: [],
    });
    expect(parsePartnerKeys(undefined)).toEqual({ keys: [], problems: [] });
  });

  it("lists every problem by entry, and never quotes a key", () => {
    const { problems } = parsePartnerKeys(
      `Besançon:${KEY_A},quetigny:${SHORT},${KEY_B},chenove:${KEY_A},quetigny:${KEY_B},quetigny:${KEY_B},besancon-planoise:${KEY_B}`,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^entry 1: the partner name must be a slug/),
      "entry 2 (partner quetigny): the key has 16 characters; at least 32 are needed",
      'entry 3: must be name:key (no ":" found)',
      "entry 6 (partner quetigny): the same key is listed twice",
      "entry 7 (partner besancon-planoise): this key is already partner quetigny's; each partner needs its own",
    ]);
    for (const problem of problems) {
      expect(problem).not.toContain(KEY_A);
      expect(problem).not.toContain(KEY_B);
      expect(problem).not.toContain(SHORT);
    }
  });

  it("finds the partner of a presented key, and none for a near miss", () => {
    const keys = [
      { name: "besancon-planoise", key: KEY_A },
      { name: "besancon-planoise", key: KEY_B },
    ];
    expect(partnerOfKey(keys, KEY_A)).toBe("besancon-planoise");
    expect(partnerOfKey(keys, KEY_B)).toBe("besancon-planoise");
    expect(partnerOfKey(keys, `${KEY_A.slice(0, -1)}b`)).toBeUndefined();
    expect(partnerOfKey(keys, "")).toBeUndefined();
  });
});

describe("KNOWLEDGE_PARTNER_WEBHOOKS", () => {
  const partners = new Set(["besancon-planoise", "quetigny"]);

  it("reads name=url pairs of partners with a key; http only to the loopback, outside production", () => {
    expect(
      parsePartnerWebhooks(
        "besancon-planoise=https://agenda.besancon.example/pole, quetigny=http://127.0.0.1:9000/hook",
        partners,
        { production: false },
      ),
    ).toEqual({
      webhooks: [
        { partner: "besancon-planoise", url: "https://agenda.besancon.example/pole" },
        { partner: "quetigny", url: "http://127.0.0.1:9000/hook" },
      ],
      problems: [],
    });
  });

  it("lists every problem: unknown partner, http elsewhere or in production, credentials, twice", () => {
    expect(
      parsePartnerWebhooks(
        [
          "chenove=https://chenove.example/hook",
          "quetigny=http://quetigny.example/hook",
          "besancon-planoise=https://user:pw@besancon.example/hook",
          "besancon-planoise",
          "quetigny=not a url",
        ].join(","),
        partners,
        { production: false },
      ).problems,
    ).toEqual([
      'entry 1: "chenove" has no key in the partner keys; a webhook is signed with its key',
      expect.stringMatching(/^entry 2 \(partner quetigny\): must be an https:\/\/ URL/),
      "entry 3 (partner besancon-planoise): must not carry credentials",
      "entry 4: must be name=https://address",
      "entry 5 (partner quetigny): not a URL",
    ]);
    expect(
      parsePartnerWebhooks("quetigny=http://127.0.0.1:9000/hook", partners, { production: true }).problems,
    ).toHaveLength(1);
  });
});

describe("partner options from the environment", () => {
  it("lists the problems of every partner variable together", () => {
    let error: unknown;
    try {
      partnerOptionsFromEnv(
        "knowledge",
        { webhooks: true },
        {
          KNOWLEDGE_PARTNER_KEYS: `quetigny:${SHORT}`,
          KNOWLEDGE_PARTNER_WEBHOOKS: "quetigny=https://quetigny.example/hook",
          PARTNER_RATE_LIMIT: "many",
        },
        false,
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^PARTNER_RATE_LIMIT: /),
      "KNOWLEDGE_PARTNER_KEYS: entry 1 (partner quetigny): the key has 16 characters; at least 32 are needed",
      'KNOWLEDGE_PARTNER_WEBHOOKS: entry 1: "quetigny" has no key in the partner keys; a webhook is signed with its key',
    ]);
    expect((error as ConfigError).message).not.toContain(SHORT);
  });

  it("gives the gateway's operation limits and the rate limit per partner", () => {
    const options = partnerOptionsFromEnv(
      "knowledge",
      { webhooks: true },
      { KNOWLEDGE_PARTNER_KEYS: `quetigny:${KEY_A}`, PARTNER_RATE_LIMIT: "120" },
      true,
    );
    expect(options.partners).toMatchObject({
      keys: [{ name: "quetigny", key: KEY_A }],
      requestsPerWindow: 120,
      windowSeconds: 60,
      limits: { maxCost: 10000, maxDepth: 12, blockSuggestions: true },
    });
    expect(options.partnerWebhooks).toEqual([]);
    expect(partnerOptionsFromEnv("knowledge", { webhooks: true }, {}, true)).toEqual({});
  });
});
