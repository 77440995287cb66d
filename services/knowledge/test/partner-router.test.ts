// Besançon-Planoise composes the library the Pôle hosts into its own supergraph: its router (a real
// @apollo/gateway) calls the knowledge subgraph directly with a partner key, `_entities` included, and
// forwards its end user's token. The knowledge subgraph then applies its own operation limits and a rate
// limit per partner, and logs and audits the partner by name.
import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import {
  DEFAULT_OPERATION_LIMITS,
  PARTNER_KEY_HEADER,
  redirectLogs,
  SUBGRAPH_SECRET_HEADER,
  type PartnerAccessOptions,
} from "@pole/subgraph-kit";
import { postGraphQL, tokenFor, type LogEntry, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "graphql";
import {
  GRAND_DIJON,
  PARCOURS_INSERTION_DRAFT,
  RESIDENCES_AVEC_HABITANTS,
  samplePractice,
  startKnowledge,
} from "./knowledge-harness";

/** The committed SDL of the knowledge subgraph, as Besançon downloads it. */
const KNOWLEDGE_SDL = readFileSync(join(__dirname, "..", "schema.graphql"), "utf8");

const key = () => randomBytes(32).toString("base64url");
/** Besançon's two keys during a rotation: its router still sends the old one, the new one works too. */
const BESANCON_OLD_KEY = key();
const BESANCON_NEW_KEY = key();
const QUETIGNY_KEY = key();
const PARTNER = "besancon-planoise";
const QUETIGNY_REQUESTS_PER_WINDOW = 60;

/** Limits small enough to reach with a few items (the defaults are the gateway's, as in production). */
const PARTNER_LIMITS = { ...DEFAULT_OPERATION_LIMITS, maxCost: 100, maxDepth: 6 };

/** Besançon's cultural agenda: its events say which practice of the library inspired them. */
const EVENTS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Query {
    "Événements culturels de Besançon-Planoise."
    culturalEvents: [CulturalEvent!]!
  }

  "Un événement de l'agenda culturel de Planoise."
  type CulturalEvent @key(fields: "id") {
    id: ID!
    title: String!
    "La pratique de la bibliothèque du Pôle qui a inspiré l'événement."
    inspiredBy: Practice
  }

  type Practice @key(fields: "id") {
    id: ID!
    "Événements de Planoise inspirés par cette pratique."
    planoiseEvents: [CulturalEvent!]!
  }
`;

const EVENTS = [
  { id: "e1", title: "Résidence d'artistes aux Époisses", inspiredBy: RESIDENCES_AVEC_HABITANTS },
  { id: "e2", title: "Parcours d'insertion culturelle (projet)", inspiredBy: PARCOURS_INSERTION_DRAFT },
];

const eventsResolvers = {
  Query: { culturalEvents: () => EVENTS },
  CulturalEvent: { inspiredBy: (event: { inspiredBy: string }) => ({ id: event.inspiredBy }) },
  Practice: {
    __resolveReference: (practice: { id: string }) => practice,
    planoiseEvents: (practice: { id: string }) => EVENTS.filter((event) => event.inspiredBy === practice.id),
  },
};

/** The partners' answer size limit in this suite (the default is the gateway's 5 MB). */
const PARTNER_MAX_RESPONSE = 50_000;

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) =>
  result.errors?.[0]?.extensions?.code;

describe("a partner's router composing the hosted knowledge subgraph", () => {
  let knowledge: SubgraphUnderTest;
  let events: ApolloServer;
  let gateway: ApolloServer;
  let gatewayUrl: string;
  /** Every operation Besançon's router sent to the knowledge subgraph. */
  const knowledgeFetches: string[] = [];
  /** The log lines written during each test, as text and parsed. */
  let stderr: string[];
  let restoreLogs: () => void;
  /** One series of the subgraph's /metrics, read with the gateway's secret (0 when absent). */
  const metric = async (series: string) => {
    const response = await fetch(`${new URL(knowledge.url).origin}/metrics`, {
      headers: { [SUBGRAPH_SECRET_HEADER]: knowledge.secret },
    });
    const line = (await response.text()).split("\n").find((text) => text.startsWith(`${series} `));
    return Number(line?.split(" ")[1] ?? 0);
  };
  const partnerLines = (): LogEntry[] =>
    stderr.map((line) => JSON.parse(line) as LogEntry).filter((entry) => entry.partner === PARTNER);

  const partners: PartnerAccessOptions = {
    keys: [
      { name: PARTNER, key: BESANCON_OLD_KEY },
      { name: "quetigny", key: QUETIGNY_KEY },
      { name: PARTNER, key: BESANCON_NEW_KEY },
    ],
    limits: PARTNER_LIMITS,
    requestsPerWindow: QUETIGNY_REQUESTS_PER_WINDOW,
    windowSeconds: 60,
    keyPrefix: `test-partners-${randomBytes(4).toString("hex")}`,
    maxResponseBytes: PARTNER_MAX_RESPONSE,
  };

  /** The partner's router: an end user's query, with that user's token when given. */
  const throughPartner = <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ) => postGraphQL<T>(gatewayUrl, query, variables, token);

  /** What a partner's router sends straight to the knowledge subgraph. */
  const direct = <T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> | undefined,
    headers: Record<string, string>,
    token?: string,
  ) => postGraphQL<T>(knowledge.url, query, variables, token, headers);

  beforeAll(async () => {
    knowledge = await startKnowledge({ serverOptions: { partners } });
    events = new ApolloServer({
      schema: buildSubgraphSchema([{ typeDefs: parse(EVENTS_SDL), resolvers: eventsResolvers }]),
      plugins: [ApolloServerPluginInlineTraceDisabled()],
    });
    const { url: eventsUrl } = await startStandaloneServer(events, {
      listen: { port: 0, host: "127.0.0.1" },
    });
    const composition = composeServices([
      { name: "knowledge", url: knowledge.url, typeDefs: parse(KNOWLEDGE_SDL) },
      { name: "events", url: eventsUrl, typeDefs: parse(EVENTS_SDL) },
    ]);
    expect(composition.errors).toBeUndefined();
    gateway = new ApolloServer({
      gateway: new ApolloGateway({
        supergraphSdl: composition.supergraphSdl!,
        // As the README tells partners: the key on every knowledge fetch, the end user's token passed on.
        buildService: ({ name, url }) =>
          new RemoteGraphQLDataSource({
            url,
            willSendRequest: ({ request, context }) => {
              if (name !== "knowledge") return;
              knowledgeFetches.push(request.query ?? "");
              request.http?.headers.set(PARTNER_KEY_HEADER, BESANCON_OLD_KEY);
              const authorization = (context as { authorization?: string }).authorization;
              if (authorization) request.http?.headers.set("authorization", authorization);
            },
          }),
      }),
    });
    ({ url: gatewayUrl } = await startStandaloneServer(gateway, {
      listen: { port: 0, host: "127.0.0.1" },
      context: async ({ req }) => ({ authorization: req.headers.authorization }),
    }));
  });

  beforeEach(() => {
    knowledgeFetches.length = 0;
    stderr = [];
    restoreLogs = redirectLogs({ write: (line: string) => void stderr.push(line) }, "info");
  });
  afterEach(() => restoreLogs());

  afterAll(async () => {
    await gateway?.stop();
    await events?.stop();
    await knowledge?.stop();
  });

  it("answers a query across its own subgraph and the library, the library's part through _entities", async () => {
    const result = await throughPartner<{ culturalEvents: unknown[] }>(
      `query PlanoiseAgenda { culturalEvents { title inspiredBy { id title licence territory { name } planoiseEvents { id } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const residences = samplePractice(RESIDENCES_AVEC_HABITANTS);
    expect(result.data!.culturalEvents[0]).toEqual({
      title: EVENTS[0].title,
      inspiredBy: {
        id: RESIDENCES_AVEC_HABITANTS,
        title: residences.title,
        licence: "CC-BY-SA-4.0",
        territory: { name: expect.any(String) },
        planoiseEvents: [{ id: "e1" }],
      },
    });
    expect(knowledgeFetches).toHaveLength(1);
    expect(knowledgeFetches[0]).toContain("_entities(representations:");
    // One log line for the partner's request: its name, the operation, the outcome; no key, no variables.
    const lines = partnerLines();
    expect(lines).toEqual([expect.objectContaining({ operation: expect.stringMatching(/^PlanoiseAgenda/) })]);
    expect(lines[0].errorCodes).toBeUndefined();
    expect(stderr.join("")).not.toContain(BESANCON_OLD_KEY);
    expect(stderr.join("")).not.toContain(RESIDENCES_AVEC_HABITANTS);
  });

  it("shows a territory's own draft to its end user's forwarded token, and not to anonymous users", async () => {
    const query = `{ culturalEvents { id inspiredBy { id title status } } }`;
    const asTerritory = await throughPartner<{ culturalEvents: { inspiredBy: unknown }[] }>(
      query,
      undefined,
      await tokenFor({ role: "territory", territoryId: GRAND_DIJON }),
    );
    expect(asTerritory.errors).toBeUndefined();
    expect(asTerritory.data!.culturalEvents[1].inspiredBy).toEqual({
      id: PARCOURS_INSERTION_DRAFT,
      title: samplePractice(PARCOURS_INSERTION_DRAFT).title,
      status: "DRAFT",
    });

    const anonymous = await throughPartner<{ culturalEvents: { inspiredBy: unknown }[] }>(query);
    const draft = anonymous.data?.culturalEvents[1].inspiredBy as { title?: string } | null;
    expect(draft?.title ?? null).toBeNull();
    expect(JSON.stringify(anonymous)).not.toContain(samplePractice(PARCOURS_INSERTION_DRAFT).title);
  });

  it("grants no role with the key alone: a write needs the end user's own token", async () => {
    const result = await throughPartner(
      `mutation { createPractice(input: { title: "Sans jeton", summary: "Résumé", pillar: NEIGHBOURHOOD }) { practice { id } } }`,
    );
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
    const [{ count }] = await knowledge.dataSource.query(
      `SELECT count(*)::int AS count FROM practice WHERE title = 'Sans jeton'`,
    );
    expect(count).toBe(0);
  });

  it("audits a write made through the partner under the partner's name, beside the end user", async () => {
    const result = await throughPartner<{ createPractice: { practice: { id: string } } }>(
      `mutation Share($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id status } } }`,
      { input: { title: "Atelier de Planoise", summary: "Résumé", pillar: "NEIGHBOURHOOD" } },
      await tokenFor({ role: "territory", territoryId: GRAND_DIJON }),
    );
    expect(result.errors).toBeUndefined();
    const id = result.data!.createPractice.practice.id;
    expect(
      await knowledge.dataSource.query(
        `SELECT operation, actor_role, actor_territory_id, partner FROM audit_entry WHERE record_id = $1`,
        [id],
      ),
    ).toEqual([
      {
        operation: "createPractice",
        actor_role: "territory",
        actor_territory_id: GRAND_DIJON,
        partner: PARTNER,
      },
    ]);

    // Through the Pôle's gateway (its secret), the same write names no partner.
    const viaGateway = await knowledge.request<{ createPractice: { practice: { id: string } } }>(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id } } }`,
      { input: { title: "Atelier du Pôle", summary: "Résumé", pillar: "NEIGHBOURHOOD" } },
      await tokenFor({ role: "staff" }),
    );
    const [entry] = await knowledge.dataSource.query(`SELECT partner FROM audit_entry WHERE record_id = $1`, [
      viaGateway.data!.createPractice.practice.id,
    ]);
    expect(entry).toEqual({ partner: null });
  });

  describe("operation limits, since partners' calls do not pass the Pôle's gateway", () => {
    const PAGE = `query Page($n: Int) { practices(first: $n) { edges { node { id territory { name } } } } }`;

    it("refuses, in the knowledge subgraph itself and before any SQL, an operation too costly for its variables", async () => {
      expect((await throughPartner(PAGE, { n: 3 })).errors).toBeUndefined();
      knowledge.statements.reset();
      const refused = await throughPartner(PAGE, { n: 50 });
      expect(codeOf(refused)).toBe("OPERATION_TOO_COMPLEX");
      expect(refused.errors![0].extensions).toMatchObject({ limit: "cost", maximum: 100 });
      expect(knowledgeFetches).toHaveLength(2); // the partner's router did ask; the subgraph refused
      expect(knowledge.statements.count).toBe(0);
      // The Pôle's gateway limits its own calls: with its secret, the same operation is answered.
      expect((await knowledge.request(PAGE, { n: 50 })).errors).toBeUndefined();
    });

    it("counts _entities by its representations", async () => {
      const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Practice { id territory { name } } } }`;
      const representations = (n: number) =>
        Array.from({ length: n }, () => ({ __typename: "Practice", id: RESIDENCES_AVEC_HABITANTS }));
      const headers = { [PARTNER_KEY_HEADER]: BESANCON_NEW_KEY };
      expect((await direct(ENTITIES, { r: representations(5) }, headers)).errors).toBeUndefined();
      const refused = await direct(ENTITIES, { r: representations(150) }, headers);
      // 200, as GraphQL over HTTP answers application/json: routers pass the errors of such answers on.
      expect(refused.status).toBe(200);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors![0].extensions).toMatchObject({ code: "OPERATION_TOO_COMPLEX", limit: "cost" });
      expect(refused.errors![0].message).toContain("representations: 150");
    });

    it("refuses an answer larger than the partners' byte limit, which the cost limit does not bound", async () => {
      // 90 representations pass the cost limit (100), yet each brings the practice's long texts.
      const TEXTS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Practice { title summary description challenge transferability } } }`;
      const representations = (n: number) =>
        Array.from({ length: n }, () => ({ __typename: "Practice", id: RESIDENCES_AVEC_HABITANTS }));
      const headers = { [PARTNER_KEY_HEADER]: BESANCON_NEW_KEY };
      const small = await direct(TEXTS, { r: representations(2) }, headers);
      expect(small.errors).toBeUndefined();
      const refused = await direct(TEXTS, { r: representations(90) }, headers);
      expect(refused.status).toBe(200);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors![0].extensions).toMatchObject({
        code: "OPERATION_TOO_COMPLEX",
        limit: "responseBytes",
        maximum: PARTNER_MAX_RESPONSE,
      });
      expect((refused.errors![0].extensions as { found?: number }).found).toBeGreaterThan(
        PARTNER_MAX_RESPONSE,
      );
      // The Pôle's gateway bounds its own fetches' bytes: with its secret, the same operation is answered.
      expect((await knowledge.request(TEXTS, { r: representations(90) })).errors).toBeUndefined();
    });

    it("refuses a query too deep", async () => {
      const depthRefusals = 'pole_operation_limit_refusals_total{limit="depth"}';
      const before = await metric(depthRefusals);
      const deep = await direct(
        `{ practices(first: 1) { edges { node { adoptions { practice { adoptions { practice { id } } } } } } } }`,
        undefined,
        { [PARTNER_KEY_HEADER]: BESANCON_OLD_KEY },
      );
      expect(deep.status).toBe(200);
      expect(deep.errors![0].extensions).toMatchObject({ code: "OPERATION_TOO_COMPLEX", limit: "depth" });
      expect(partnerLines()).toContainEqual(
        expect.objectContaining({ status: 200, errorCodes: ["OPERATION_TOO_COMPLEX"] }),
      );
      expect((await metric(depthRefusals)) - before).toBe(1);
    });
  });

  it("limits each partner's requests on their own, answering RATE_LIMITED with Retry-After", async () => {
    const headers = { [PARTNER_KEY_HEADER]: QUETIGNY_KEY };
    const partnerRefusals = 'pole_rate_limit_refusals_total{limit="partner"}';
    const before = await metric(partnerRefusals);
    for (let i = 0; i < QUETIGNY_REQUESTS_PER_WINDOW; i += 1) {
      expect((await direct(`{ __typename }`, undefined, headers)).status).toBe(200);
    }
    const response = await fetch(knowledge.url, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "fr", ...headers },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(body.errors[0].message).toMatch(/^Trop de requêtes/);
    expect((await metric(partnerRefusals)) - before).toBe(1);
    // Besançon has counters of its own.
    expect(
      (await direct(`{ __typename }`, undefined, { [PARTNER_KEY_HEADER]: BESANCON_NEW_KEY })).status,
    ).toBe(200);
  });

  it("accepts both keys of a partner during a rotation, under the same name", async () => {
    for (const partnerKey of [BESANCON_OLD_KEY, BESANCON_NEW_KEY]) {
      const result = await direct<{ practice: { id: string } | null }>(
        `query Rotation($id: ID!) { practice(id: $id) { id } }`,
        { id: RESIDENCES_AVEC_HABITANTS },
        { [PARTNER_KEY_HEADER]: partnerKey },
      );
      expect(result.status).toBe(200);
      expect(result.data!.practice).toEqual({ id: RESIDENCES_AVEC_HABITANTS });
    }
    const rotations = partnerLines().filter((entry) => entry.operation === "Rotation");
    expect(rotations).toHaveLength(2);
    expect(rotations.every((entry) => entry.errorCodes === undefined)).toBe(true);
  });

  it("refuses a wrong partner key, and a caller with neither key nor secret, with 401", async () => {
    const wrong = await direct(`{ __typename }`, undefined, { [PARTNER_KEY_HEADER]: key() });
    expect(wrong.status).toBe(401);
    expect(codeOf(wrong)).toBe("UNAUTHENTICATED");
    // A key of the right length that differs in its last character only.
    const almost = `${BESANCON_OLD_KEY.slice(0, -1)}${BESANCON_OLD_KEY.endsWith("A") ? "B" : "A"}`;
    expect((await direct(`{ __typename }`, undefined, { [PARTNER_KEY_HEADER]: almost })).status).toBe(401);
    const nobody = await direct(`{ __typename }`, undefined, {});
    expect(nobody.status).toBe(401);
    // The subgraph secret in the partner header is no partner key either.
    expect(
      (await direct(`{ __typename }`, undefined, { [PARTNER_KEY_HEADER]: knowledge.secret })).status,
    ).toBe(401);
    expect(
      (await direct(`{ __typename }`, undefined, { [SUBGRAPH_SECRET_HEADER]: knowledge.secret })).status,
    ).toBe(200);
    expect(stderr.join("")).not.toContain(almost);
  });
});

describe("a development subgraph without SUBGRAPH_SECRET", () => {
  let knowledge: SubgraphUnderTest;
  const partnerKey = key();
  const COSTLY = `query($n: Int) { practices(first: $n) { edges { node { id territory { name } } } } }`;

  beforeAll(async () => {
    knowledge = await startKnowledge({
      gatewaySecret: false,
      sampleData: false,
      serverOptions: {
        partners: {
          keys: [{ name: PARTNER, key: partnerKey }],
          limits: PARTNER_LIMITS,
          requestsPerWindow: 100,
          windowSeconds: 60,
          keyPrefix: `test-partners-dev-${randomBytes(4).toString("hex")}`,
        } satisfies PartnerAccessOptions,
      },
    });
  });
  afterAll(() => knowledge?.stop());

  it("answers anyone as before, still recognises partner keys and limits their operations", async () => {
    const anyone = await postGraphQL(knowledge.url, COSTLY, { n: 50 });
    expect(anyone.status).toBe(200);
    expect(anyone.errors).toBeUndefined();
    const partner = await postGraphQL(knowledge.url, COSTLY, { n: 50 }, undefined, {
      [PARTNER_KEY_HEADER]: partnerKey,
    });
    expect(codeOf(partner)).toBe("OPERATION_TOO_COMPLEX");
    const wrong = await postGraphQL(knowledge.url, COSTLY, { n: 1 }, undefined, {
      [PARTNER_KEY_HEADER]: key(),
    });
    expect(wrong.status).toBe(401);
  });
});
