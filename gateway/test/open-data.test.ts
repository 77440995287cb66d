import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { Client } from "pg";
import {
  buildSchema,
  Kind,
  parse,
  validate,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
} from "graphql";
import { testAuth, tokenFor } from "@pole/subgraph-kit/testing";
import { REPO_ROOT } from "@pole/stack";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { ConfigError } from "@pole/subgraph-kit";
import { gatewayConfigFromEnv } from "../src/gateway-config";
import { createGatewayServer, type GatewayOptions, type GatewayServer } from "../src/gateway-server";
import { OPEN_DATA_OPERATIONS_PATH } from "../src/open-data";
import { PRACTICE_COLUMNS } from "../src/open-data-formats";
import { readSupergraph } from "../src/supergraph";
import { countingFetcher, postJson } from "./gateway-harness";

// The published library as open data, through the real gateway and the three subgraphs as processes, as a
// harvester (data.gouv.fr, a territory's portal) and a person with a spreadsheet would read it.

const BASE = "https://donnees.example.org/pole";
const GRESILLES = "c1000000-0000-4000-8000-000000000003";
const DRAFT = "c2000000-0000-4000-8000-000000000004";
const IN_REVIEW = "c2000000-0000-4000-8000-000000000006";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A JSON-LD document as the tests walk it (its shape is what is under test). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonLd = Record<string, any>;

interface RunningGateway {
  server: GatewayServer;
  origin: string;
  get(path: string, init?: RequestInit): Promise<Response>;
}

async function startGateway(
  routes: GatewayOptions["subgraphs"],
  options: Partial<GatewayOptions> = {},
): Promise<RunningGateway> {
  const server = await createGatewayServer({
    supergraphSdl: readSupergraph(),
    subgraphs: routes,
    auth: testAuth,
    openData: { baseUrl: BASE, maxAgeSeconds: 300 },
    ...options,
  });
  const { origin } = await server.listen(0, "127.0.0.1");
  return { server, origin, get: (path, init) => fetch(`${origin}${path}`, init) };
}

let subgraphs: RunningSubgraphs;
let gateway: RunningGateway;
let staff: string;
let territory: string;
const started: GatewayServer[] = [];

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes);
  started.push(gateway.server);
  staff = await tokenFor({ role: "staff" });
  territory = await tokenFor({ role: "territory", territoryId: GRESILLES });
}, 120_000);
afterAll(async () => {
  for (const server of started) await server.stop();
  await subgraphs?.stop();
});

interface GraphPractice {
  id: string;
  title: string;
  summary: string;
  status: string;
  licence: string;
  themes: string[];
  publishedOn: string | null;
  inseeCode: string | null;
  qpvCode: string | null;
  territory: {
    id: string;
    name: string;
    inseeCode: string | null;
    kind: string;
    qpvCode: string | null;
  } | null;
  adoptions: { id: string }[];
  sourceActions: { id: string }[];
}

/** Every practice an anonymous caller sees, read page by page with the API as any client would. */
async function publishedInTheGraph(): Promise<GraphPractice[]> {
  const all: GraphPractice[] = [];
  let after: string | null = null;
  for (;;) {
    const response = await postJson(`${gateway.origin}/graphql`, {
      query: `query($after: String) { practices(first: 20, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { id title summary status licence themes publishedOn inseeCode qpvCode
          territory { id name inseeCode kind qpvCode } adoptions { id } sourceActions { id } } } } }`,
      variables: { after },
    });
    expect(response.body?.errors).toBeUndefined();
    const page = (
      response.body!.data as {
        practices: {
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: GraphPractice }[];
        };
      }
    ).practices;
    all.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return all;
    after = page.pageInfo.endCursor;
  }
}

const inOrder = (practices: GraphPractice[]) =>
  [...practices]
    .sort((a, b) => (a.publishedOn ?? "").localeCompare(b.publishedOn ?? "") || (a.id < b.id ? -1 : 1))
    .map((p) => p.id);

async function json<T>(path: string): Promise<T> {
  const response = await gateway.get(path);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

interface PracticesJson {
  catalog: string;
  count: number;
  practices: (Record<string, unknown> & {
    id: string;
    uri: string;
    licence: { id: string; url: string };
    territory: GraphPractice["territory"];
    adoptionCount: number;
    sourceActionIds: string[];
  })[];
}

/** Where the tests' writes go: this gateway, or another replica's when a test sets it. */
let writeOrigin: string | undefined;

async function graphql(query: string, variables: Record<string, unknown>, token: string) {
  const response = await postJson(
    `${writeOrigin ?? gateway.origin}/graphql`,
    { query, variables },
    { authorization: `Bearer ${token}` },
  );
  expect(response.body?.errors).toBeUndefined();
  return response.body!.data as Record<string, { practice: { id: string } }>;
}

/** Summaries of test practices reach the review's minimum length (100 characters) with this sentence. */
const SUMMARY_FILLER =
  " Elle est décrite ici pour les besoins d'un test, avec assez de mots pour passer la relecture du Pôle.";

/** A practice a territory writes and staff publish, as the workflow does it. */

async function publishedPractice(input: Record<string, unknown>): Promise<string> {
  if (typeof input.summary === "string" && input.summary.length < 100) {
    input = { ...input, summary: `${input.summary}${SUMMARY_FILLER}` };
  }
  const created = await graphql(
    `
      mutation ($input: CreatePracticeInput!) {
        createPractice(input: $input) {
          practice {
            id
          }
        }
      }
    `,
    { input },
    territory,
  );
  const id = created.createPractice.practice.id;
  await graphql(
    `
      mutation ($input: SubmitPracticeInput!) {
        submitPractice(input: $input) {
          practice {
            id
          }
        }
      }
    `,
    { input: { id } },
    territory,
  );
  await graphql(
    `
      mutation ($input: PublishPracticeInput!) {
        publishPractice(input: $input) {
          practice {
            id
          }
        }
      }
    `,
    { input: { id } },
    staff,
  );
  return id;
}

const readyForReview = {
  pillar: "NEIGHBOURHOOD",
  challenge: "Un défi du quartier : des jeunes sans lieu où se retrouver ni projet commun à mener.",
  description:
    "Comment elle fonctionne : un collectif d'artistes propose chaque semaine un atelier ouvert, les jeunes choisissent le mur et le motif, puis le réalisent ensemble avec l'accord du bailleur.",
  transferability:
    "Ce qu'il faut pour la reprendre : un mur disponible, un bailleur partenaire et un collectif d'artistes.",
  inseeCode: "21231",
  qpvCode: "QN02190M",
  themes: ["jeunesse", "fresque"],
};

describe("configuration", () => {
  it("reads PUBLIC_URL (trailing slash dropped) and OPEN_DATA_MAX_AGE, 300 s by default", () => {
    expect(gatewayConfigFromEnv({}).openData).toEqual({ baseUrl: undefined, maxAgeSeconds: 300 });
    expect(
      gatewayConfigFromEnv({ PUBLIC_URL: "https://api.example.org/pole/", OPEN_DATA_MAX_AGE: "60" }).openData,
    ).toEqual({ baseUrl: "https://api.example.org/pole", maxAgeSeconds: 60 });
  });

  it("refuses a PUBLIC_URL that is not an http(s) URL or has a query, and a negative or huge max age", () => {
    const problems = (env: Record<string, string>) => {
      try {
        gatewayConfigFromEnv(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ PUBLIC_URL: "ftp://example.org" })).toEqual([expect.stringMatching(/^PUBLIC_URL: /)]);
    expect(problems({ PUBLIC_URL: "https://example.org/?x=1" })).toEqual([
      expect.stringMatching(/^PUBLIC_URL: /),
    ]);
    expect(problems({ OPEN_DATA_MAX_AGE: "-1" })).toEqual([expect.stringMatching(/^OPEN_DATA_MAX_AGE: /)]);
    expect(problems({ OPEN_DATA_MAX_AGE: "100000" })).toEqual([
      expect.stringMatching(/^OPEN_DATA_MAX_AGE: /),
    ]);
  });
});

describe("the documented operations", () => {
  it("validate against schema/api.graphql", () => {
    const api = buildSchema(readFileSync(`${REPO_ROOT}/schema/api.graphql`, "utf8"));
    expect(
      validate(api, parse(readFileSync(OPEN_DATA_OPERATIONS_PATH, "utf8"))).map((e) => e.message),
    ).toEqual([]);
  });
});

describe("the open-data practice fields", () => {
  // Fields of Practice deliberately left out of the files: the workflow (status is read, then dropped),
  // what only staff and the practice's territory read, and records published as their own lists.
  const LEFT_OUT = new Set(["statusLabel", "withdrawalReason", "withdrawnOn", "reviewComments", "transfers"]);

  it("select every field of Practice but the few left out on purpose (a new field must be added or listed)", () => {
    const api = buildSchema(readFileSync(`${REPO_ROOT}/schema/api.graphql`, "utf8"));
    const practiceFields = Object.keys((api.getType("Practice") as GraphQLObjectType).getFields());
    const fragment = parse(readFileSync(OPEN_DATA_OPERATIONS_PATH, "utf8")).definitions.find(
      (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
    )!;
    const selected = fragment.selectionSet.selections.flatMap((selection) =>
      selection.kind === Kind.FIELD ? [selection.name.value] : [],
    );
    expect(practiceFields.filter((field) => !selected.includes(field) && !LEFT_OUT.has(field))).toEqual([]);
  });
});

describe("practices.json", () => {
  it("holds every published practice and nothing else, in publication order, with the graph's public fields", async () => {
    const graph = await publishedInTheGraph();
    const published = graph.filter((p) => p.status === "PUBLISHED");
    expect(published.length).toBeGreaterThan(2);
    const body = await json<PracticesJson>("/open-data/practices.json");
    expect(body.count).toBe(published.length);
    expect(body.catalog).toBe(`${BASE}/open-data/catalog.jsonld`);
    expect(body.practices.map((row) => row.id)).toEqual(inOrder(published));
    expect(body.practices.map((row) => row.id)).not.toEqual(expect.arrayContaining([DRAFT]));
    expect(body.practices.map((row) => row.id)).not.toEqual(expect.arrayContaining([IN_REVIEW]));
    for (const row of body.practices) {
      const practice = published.find((p) => p.id === row.id)!;
      expect(row).toMatchObject({
        uri: `${BASE}/open-data/practices/${row.id}.jsonld`,
        title: practice.title,
        summary: practice.summary,
        themes: practice.themes,
        publishedOn: practice.publishedOn,
        inseeCode: practice.inseeCode,
        qpvCode: practice.qpvCode,
        territory: practice.territory,
        adoptionCount: practice.adoptions.length,
        sourceActionIds: practice.sourceActions.map((action) => action.id),
      });
      expect(row.id).toMatch(UUID);
      expect(row.licence.id).toBe(practice.licence);
      expect(row.licence.url).toMatch(/^https:\/\/(creativecommons\.org|www\.etalab\.gouv\.fr)\//);
      // Nothing of the workflow: no status, no withdrawal reason.
      expect(Object.keys(row)).not.toEqual(expect.arrayContaining(["status"]));
      expect(Object.keys(row)).not.toEqual(expect.arrayContaining(["withdrawalReason"]));
    }
    const bySa = body.practices.find((row) => row.licence.id === "CC-BY-SA-4.0");
    expect(bySa?.licence.url).toBe("https://creativecommons.org/licenses/by-sa/4.0/");
  });

  it("carries the Interreg record: organisation in charge, stakeholders, place, images, funding, policy", async () => {
    const id = await publishedPractice({
      title: "Chantier d'insertion culturel (test)",
      summary: "Des habitants en insertion montent une exposition avec une compagnie du quartier.",
      ...readyForReview,
      organisationInCharge: {
        name: "Compagnie de Planoise",
        kind: "ASSOCIATION",
        url: "https://planoise.example.org",
      },
      mainStakeholders: "La ville, le bailleur, deux compagnies",
      beneficiaries: "Habitants en insertion du quartier",
      coordinates: { latitude: 47.2186, longitude: 5.9646 },
      furtherInformationUrl: "https://planoise.example.org/chantier",
      images: [
        { url: "https://planoise.example.org/expo.jpg", altText: "L'exposition montée", credit: "Cie" },
      ],
      fundingSources: [{ funder: "Région", programme: "FSE+", amount: 12500.5 }],
      policyInstrument: "Contrat de ville 2024-2030",
    });
    gateway.server.purgeOpenData();
    const row = (await json<PracticesJson>("/open-data/practices.json")).practices.find((p) => p.id === id)!;
    expect(row).toMatchObject({
      organisationInCharge: { name: "Compagnie de Planoise", kind: "ASSOCIATION" },
      mainStakeholders: "La ville, le bailleur, deux compagnies",
      beneficiaries: "Habitants en insertion du quartier",
      coordinates: { latitude: 47.2186, longitude: 5.9646 },
      furtherInformationUrl: "https://planoise.example.org/chantier",
      images: [{ url: "https://planoise.example.org/expo.jpg", altText: "L'exposition montée" }],
      fundingSources: [{ funder: "Région", programme: "FSE+", amount: 12500.5 }],
      policyInstrument: "Contrat de ville 2024-2030",
    });
    expect(Object.keys(row)).not.toContain("reviewComments");

    const csv = await (await gateway.get("/open-data/practices.csv")).text();
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    const columns = header.split(";");
    const line = lines.find((candidate) => candidate.startsWith(id))!;
    const cell = (name: string) => line.split(";")[columns.indexOf(name)];
    expect(cell("organisationInChargeName")).toBe("Compagnie de Planoise");
    expect(cell("latitude")).toBe("47,2186");
    expect(cell("fundingSources")).toBe("Région (FSE+) 12500,5 €");

    const document = await json<JsonLd>(`/open-data/practices/${id}.jsonld`);
    expect(document).toMatchObject({
      sourceOrganization: { "@type": "Organization", name: "Compagnie de Planoise" },
      audience: { "@type": "Audience", audienceType: "Habitants en insertion du quartier" },
      funder: [{ "@type": "Organization", name: "Région" }],
      image: [{ "@type": "ImageObject", contentUrl: "https://planoise.example.org/expo.jpg" }],
      subjectOf: { "@type": "WebPage", url: "https://planoise.example.org/chantier" },
    });
    expect([document.spatialCoverage].flat()[0].geo).toEqual({
      "@type": "GeoCoordinates",
      latitude: 47.2186,
      longitude: 5.9646,
    });
    expect(document.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("answers with caching headers, 304 to If-None-Match and If-Modified-Since, HEAD without a body, CORS open", async () => {
    const first = await gateway.get("/open-data/practices.json");
    expect(first.status).toBe(200);
    const body = await first.text();
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=([1-9]\d*)$/);
    expect(Number(/max-age=(\d+)/.exec(first.headers.get("cache-control")!)![1])).toBeLessThanOrEqual(300);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(new Date(lastModified).getTime()).toBeLessThanOrEqual(Date.now());
    expect(first.headers.get("access-control-allow-origin")).toBe("*");

    const again = await gateway.get("/open-data/practices.json");
    expect([again.headers.get("etag"), await again.text()]).toEqual([etag, body]);

    for (const headers of [
      { "if-none-match": etag },
      { "if-none-match": `"other", W/${etag}` },
      { "if-modified-since": lastModified },
      { "if-modified-since": new Date(Date.now() + 60_000).toUTCString() },
    ]) {
      const conditional = await gateway.get("/open-data/practices.json", { headers });
      expect([headers, conditional.status, await conditional.text()]).toEqual([headers, 304, ""]);
      expect(conditional.headers.get("etag")).toBe(etag);
    }
    // A different tag, or a date before the change: the whole document.
    for (const headers of [
      { "if-none-match": '"stale"' },
      { "if-modified-since": new Date(new Date(lastModified).getTime() - 1000).toUTCString() },
      // If-None-Match wins over If-Modified-Since.
      { "if-none-match": '"stale"', "if-modified-since": lastModified },
    ]) {
      const conditional = await gateway.get("/open-data/practices.json", { headers });
      expect([headers, conditional.status]).toEqual([headers, 200]);
    }

    const preflight = await gateway.get("/open-data/practices.json", {
      method: "OPTIONS",
      headers: {
        origin: "https://portail.example.org",
        "access-control-request-method": "GET",
        "access-control-request-headers": "if-none-match",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-headers")).toMatch(/If-None-Match/);

    const head = await gateway.get("/open-data/practices.json", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(head.headers.get("etag")).toBe(etag);
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
  });

  it("shows a draft written through another replica only once published, after the copy's window (or a purge)", async () => {
    // Writes through another gateway replica: this one's copy only learns of them when its window ends.
    const replica = await startGateway(subgraphs.routes);
    started.push(replica.server);
    writeOrigin = replica.origin;
    const before = await gateway.get("/open-data/practices.json");
    const etag = before.headers.get("etag");
    const created = await graphql(
      `
        mutation ($input: CreatePracticeInput!) {
          createPractice(input: $input) {
            practice {
              id
            }
          }
        }
      `,
      { input: { title: "Brouillon de Planoise (test)", summary: "Pas encore publiée.", ...readyForReview } },
      territory,
    );
    const draft = created.createPractice.practice.id;
    gateway.server.purgeOpenData();
    const withDraft = await json<PracticesJson>("/open-data/practices.json");
    expect(withDraft.practices.map((row) => row.id)).not.toContain(draft);
    expect((await gateway.get(`/open-data/practices/${draft}.jsonld`)).status).toBe(404);

    const published = await publishedPractice({
      title: "Fresque participative (test)",
      summary: "Des jeunes peignent un mur avec un collectif.",
      ...readyForReview,
    });
    // Within the window, the copy is the one built before.
    const cached = await json<PracticesJson>("/open-data/practices.json");
    expect(cached.practices.map((row) => row.id)).not.toContain(published);
    gateway.server.purgeOpenData();
    const after = await gateway.get("/open-data/practices.json");
    const rows = ((await after.json()) as PracticesJson).practices;
    expect(rows.map((row) => row.id)).toContain(published);
    expect(rows.map((row) => row.id)).not.toContain(draft);
    expect(after.headers.get("etag")).not.toBe(etag);
    writeOrigin = undefined;
    // The newest publication is last (publication order, then id).
    expect(rows.at(-1)!.publishedOn).toBe(
      rows
        .map((row) => row.publishedOn)
        .sort()
        .at(-1),
    );
  });

  it("rebuilds the copy on its own once the window is over", async () => {
    const short = await startGateway(subgraphs.routes, { openData: { baseUrl: BASE, maxAgeSeconds: 1 } });
    started.push(short.server);
    const first = await short.get("/open-data/practices.json");
    expect(first.headers.get("cache-control")).toBe("public, max-age=1");
    const before = ((await first.json()) as PracticesJson).practices.map((row) => row.id);
    const id = await publishedPractice({
      title: "Publiée pendant la fenêtre (test)",
      summary: "…",
      ...readyForReview,
    });
    const within = ((await (await short.get("/open-data/practices.json")).json()) as PracticesJson).practices;
    expect(within.map((row) => row.id)).toEqual(before);
    await new Promise((done) => setTimeout(done, 1100));
    const after = ((await (await short.get("/open-data/practices.json")).json()) as PracticesJson).practices;
    expect(after.map((row) => row.id)).toContain(id);
  });

  it("pages through a library larger than one page of the graph, every practice once", async () => {
    // 60 more published practices, written straight to the knowledge database (pages hold 25).
    const db = new Client({ connectionString: subgraphs.databases.knowledge });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO practice (id, title, summary, status, pillar, territory_id, challenge, description,
                               transferability, published_on, licence)
         SELECT ('c2000000-0000-4000-8000-0000000b' || lpad(i::text, 4, '0'))::uuid, 'Pratique en nombre ' || i,
                'Résumé', 'PUBLISHED', 'NEIGHBOURHOOD', $1, 'Défi', 'Description', 'Transférabilité',
                date '2015-01-01' + (i % 7), CASE WHEN i % 2 = 0 THEN 'CC-BY-4.0' ELSE 'CC0-1.0' END
           FROM generate_series(1, 60) AS i`,
        [GRESILLES],
      );
    } finally {
      await db.end();
    }
    gateway.server.purgeOpenData();
    const graph = (await publishedInTheGraph()).filter((p) => p.status === "PUBLISHED");
    const body = await json<PracticesJson>("/open-data/practices.json");
    const ids = body.practices.map((row) => row.id);
    expect(ids).toEqual(inOrder(graph));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(60);
    const cc0 = body.practices.find((row) => row.title === "Pratique en nombre 1")!;
    expect(cc0.licence).toEqual({ id: "CC0-1.0", url: "https://creativecommons.org/publicdomain/zero/1.0/" });
  });

  it("builds the copy once for a storm of requests, and not again within its window", async () => {
    const { calls, fetcher } = countingFetcher();
    const counted = await startGateway(subgraphs.routes, { fetcher });
    started.push(counted.server);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        counted.get(i % 2 ? "/open-data/practices.json" : "/open-data/practices.csv"),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    const pages = calls.filter((url) => url === subgraphs.urls.knowledge).length;
    // One build: as many calls as pages of 25 in the library, not one per request.
    const { count } = (await (await counted.get("/open-data/practices.json")).json()) as PracticesJson;
    expect(pages).toBe(Math.ceil(count / 25));
    expect(calls.length).toBe(pages); // only knowledge is asked: sourceActions' and members' ids are its own
    await counted.get("/open-data/catalog.jsonld");
    await counted.get("/open-data/practices.json");
    expect(calls.length).toBe(pages);
  });
});

describe("practices.csv", () => {
  it("flattens the same rows for a French spreadsheet: BOM, `;`, RFC 4180 quoting, a formula neutralised", async () => {
    const tricky = await publishedPractice({
      title: '=HYPERLINK("http://example.org","cliquez")',
      summary: 'Une ligne ; puis « une autre »,\navec des "guillemets".',
      ...readyForReview,
      contactRole: "@chargée de mission",
      themes: ["+mutualisation", "-quartier"],
    });
    gateway.server.purgeOpenData();
    const body = await json<PracticesJson>("/open-data/practices.json");
    const response = await gateway.get("/open-data/practices.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString("utf8")).toMatch(/\r\n$/);

    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from([bytes.subarray(3)]), {
      parserOptions: { delimiter: ";" },
      map: (value: string) => value, // the cells as written, no guessing of numbers or dates
    });
    const lines: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      lines.push(Array.from({ length: row.cellCount }, (_, i) => String(row.getCell(i + 1).value ?? "")));
    });
    const header = lines[0];
    expect(header).toEqual(PRACTICE_COLUMNS.map(([name]) => name));
    expect(lines).toHaveLength(body.practices.length + 1);
    // The last column (isSample) is never empty, so a line the parser reads whole has every column.
    for (const line of lines.slice(1)) expect(line.length).toBe(header.length);
    const column = (name: string) => header.indexOf(name);
    const rows = lines.slice(1);
    expect(rows.map((line) => line[column("id")])).toEqual(body.practices.map((row) => row.id));
    const line = rows.find((cells) => cells[column("id")] === tricky)!;
    expect(line[column("title")]).toBe(`'=HYPERLINK("http://example.org","cliquez")`);
    expect(line[column("summary")]).toBe(
      `Une ligne ; puis « une autre »,\navec des "guillemets".${SUMMARY_FILLER}`,
    );
    expect(line[column("contactRole")]).toBe("'@chargée de mission");
    expect(line[column("themes")]).toBe("'+mutualisation | -quartier");
    expect(line[column("licence")]).toBe("CC-BY-SA-4.0");
    expect(line[column("licenceUrl")]).toBe("https://creativecommons.org/licenses/by-sa/4.0/");
    expect(line[column("uri")]).toBe(`${BASE}/open-data/practices/${tricky}.jsonld`);
    expect(line[column("territoryName")]).toBe(
      body.practices.find((row) => row.id === tricky)!.territory!.name,
    );
  });
});

describe("catalog.jsonld", () => {
  it("describes the dataset as DCAT-AP: publisher, titles fr/en, licences, latest change, place, keywords, contact, distributions", async () => {
    const body = await json<PracticesJson>("/open-data/practices.json");
    const catalog = await json<JsonLd>("/open-data/catalog.jsonld");
    expect(catalog["@context"]).toMatchObject({
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      foaf: "http://xmlns.com/foaf/0.1/",
      vcard: "http://www.w3.org/2006/vcard/ns#",
    });
    expect(catalog["@type"]).toBe("dcat:Catalog");
    expect(catalog["@id"]).toBe(`${BASE}/open-data/catalog.jsonld`);
    expect(catalog["dct:publisher"]).toMatchObject({
      "@type": "foaf:Organization",
      "foaf:name": expect.stringContaining("Pôle de Coopération Culturel & Créatif du Grand Dijon"),
    });
    const languages = (values: { "@language": string }[]) => values.map((value) => value["@language"]).sort();
    expect(languages(catalog["dct:title"])).toEqual(["en", "fr"]);
    expect(languages(catalog["dct:description"])).toEqual(["en", "fr"]);

    const [dataset] = catalog["dcat:dataset"];
    expect(dataset["@type"]).toBe("dcat:Dataset");
    expect(languages(dataset["dct:title"])).toEqual(["en", "fr"]);
    expect(languages(dataset["dct:description"])).toEqual(["en", "fr"]);
    const licences = [...new Set(body.practices.map((row) => row.licence.url))].sort();
    expect(dataset["dct:license"]).toEqual(licences);
    // The latest change: a correction after publication counts (updatedAt), as a date.
    const latest = body.practices
      .map((row) => (row.updatedAt as string).slice(0, 10))
      .sort()
      .at(-1);
    expect(dataset["dct:modified"]).toBe(latest);
    expect(catalog["@context"]["dct:modified"]).toEqual({ "@type": "xsd:date" });
    expect(JSON.stringify(dataset["dct:spatial"])).toMatch(/Grésilles/);
    expect(JSON.stringify(dataset["dct:spatial"])).toMatch(/Dijon/);
    const themes = [...new Set(body.practices.flatMap((row) => row.themes as string[]))].sort();
    expect(dataset["dcat:keyword"].map((k: { "@value": string }) => k["@value"]).sort()).toEqual(themes);
    expect(dataset["dcat:contactPoint"]).toEqual({
      "@type": "vcard:Organization",
      "vcard:fn": catalog["dct:publisher"]["foaf:name"],
      "vcard:hasURL": `${BASE}/`,
    });
    const distributions = dataset["dcat:distribution"];
    expect(distributions).toHaveLength(2);
    expect(
      distributions.map((d: Record<string, unknown>) => [
        d["dcat:downloadURL"],
        d["dcat:mediaType"],
        d["dct:format"],
      ]),
    ).toEqual([
      [
        `${BASE}/open-data/practices.json`,
        "https://www.iana.org/assignments/media-types/application/json",
        "http://publications.europa.eu/resource/authority/file-type/JSON",
      ],
      [
        `${BASE}/open-data/practices.csv`,
        "https://www.iana.org/assignments/media-types/text/csv",
        "http://publications.europa.eu/resource/authority/file-type/CSV",
      ],
    ]);
    for (const distribution of distributions) {
      expect(distribution["@type"]).toBe("dcat:Distribution");
      expect(distribution["dcat:accessURL"]).toBe(distribution["dcat:downloadURL"]);
      expect(distribution["dct:license"]).toEqual(licences);
    }
    // Valid JSON-LD terms: every key is a keyword or a compact IRI whose prefix the @context declares.
    const prefixes = new Set(Object.keys(catalog["@context"]).filter((key) => !key.includes(":")));
    const keys = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(keys)
        : value && typeof value === "object"
          ? Object.entries(value).flatMap(([key, inner]) => (key === "@context" ? [] : [key, ...keys(inner)]))
          : [];
    for (const key of new Set(keys(catalog))) {
      expect([key, key.startsWith("@") || prefixes.has(key.split(":")[0])]).toEqual([key, true]);
    }
    for (const key of Object.keys(catalog["@context"]).filter((term) => term.includes(":"))) {
      expect(prefixes.has(key.split(":")[0])).toBe(true);
    }
    // No person: no e-mail address, no telephone, anywhere.
    expect(JSON.stringify(catalog)).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}|mailto:|tel:|vcard:hasEmail/i);
    // The distributions answer where they say.
    for (const distribution of distributions) {
      const url = String(distribution["dcat:downloadURL"]).replace(BASE, gateway.origin);
      expect((await fetch(url, { method: "HEAD" })).status).toBe(200);
    }
  });
});

describe("practices/{id}.jsonld", () => {
  it("describes a published practice as a schema.org CreativeWork", async () => {
    const body = await json<PracticesJson>("/open-data/practices.json");
    const row = body.practices.find((candidate) => candidate.territory?.inseeCode)!;
    const response = await gateway.get(`/open-data/practices/${row.id}.jsonld`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/ld+json; charset=utf-8");
    expect(response.headers.get("etag")).toMatch(/^"/);
    const document = (await response.json()) as JsonLd;
    expect(document).toMatchObject({
      "@context": "https://schema.org/",
      "@type": "CreativeWork",
      "@id": row.uri,
      url: row.uri,
      identifier: row.id,
      name: row.title,
      inLanguage: "fr",
      keywords: row.themes,
      license: row.licence.url,
      datePublished: row.publishedOn,
      publisher: { "@type": "Organization", name: expect.stringContaining("Pôle") },
    });
    const coverage = [document.spatialCoverage].flat();
    expect(coverage[0]).toMatchObject({ "@type": "Place", name: row.territory!.name });
    expect(JSON.stringify(coverage)).toContain(row.territory!.inseeCode);
    // Ids in any case, as the API takes them; conditional requests as for the lists.
    expect((await gateway.get(`/open-data/practices/${row.id.toUpperCase()}.jsonld`)).status).toBe(200);
    const etag = response.headers.get("etag")!;
    expect(
      (await gateway.get(`/open-data/practices/${row.id}.jsonld`, { headers: { "if-none-match": etag } }))
        .status,
    ).toBe(304);
  });

  it("answers 404 for an unknown id, a draft or one in review, 400 for a malformed id, JSON and not cached", async () => {
    for (const [path, status, code] of [
      ["/open-data/practices/c2000000-0000-4000-8000-0000000000ff.jsonld", 404, "NOT_FOUND"],
      [`/open-data/practices/${DRAFT}.jsonld`, 404, "NOT_FOUND"],
      [`/open-data/practices/${IN_REVIEW}.jsonld`, 404, "NOT_FOUND"],
      ["/open-data/practices/pas-un-uuid.jsonld", 400, "BAD_REQUEST"],
      ["/open-data/practices/c2000000-0000-4000-8000-00000000000.jsonld", 400, "BAD_REQUEST"],
      [`/open-data/practices/${DRAFT}.json`, 404, "NOT_FOUND"],
      ["/open-data/unknown.json", 404, "NOT_FOUND"],
    ] as const) {
      const response = await gateway.get(path, { headers: { "accept-language": "en" } });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect([path, response.status, body.errors[0].extensions.code]).toEqual([path, status, code]);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(body.errors[0].message).not.toMatch(/graphql|127\.0\.0\.1|Error:/i);
    }
    const french = await gateway.get("/open-data/practices/pas-un-uuid.jsonld", {
      headers: { "accept-language": "fr" },
    });
    expect(((await french.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(
      /^L'identifiant d'une pratique est un UUID/,
    );
  });

  it("drops a withdrawn practice from this gateway's files at once, not after the copy's window", async () => {
    const id = await publishedPractice({
      title: "Pratique retirée aussitôt (test)",
      summary: "Elle sera retirée par son territoire.",
      ...readyForReview,
    });
    // Published through this gateway: already in its next answer (the write purged the copy).
    expect((await json<PracticesJson>("/open-data/practices.json")).practices.map((row) => row.id)).toContain(
      id,
    );
    expect((await gateway.get(`/open-data/practices/${id}.jsonld`)).status).toBe(200);
    const before = await gateway.get("/open-data/practices.csv");
    await graphql(
      `
        mutation ($input: WithdrawPracticeInput!) {
          withdrawPractice(input: $input) {
            practice {
              id
            }
          }
        }
      `,
      { input: { id, reason: "Retirée à la demande des habitants." } },
      territory,
    );
    // No purgeOpenData() here: the withdrawal itself did it, well within the 300 s window.
    expect(
      (await json<PracticesJson>("/open-data/practices.json")).practices.map((row) => row.id),
    ).not.toContain(id);
    expect((await gateway.get(`/open-data/practices/${id}.jsonld`)).status).not.toBe(200);
    const after = await gateway.get("/open-data/practices.csv");
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect(await after.text()).not.toContain(id);
  });

  it("answers 410 Gone with a tombstone for a withdrawn practice, nothing of its content", async () => {
    const id = await publishedPractice({
      title: "Pratique bientôt retirée (test)",
      summary: "Elle sera retirée.",
      ...readyForReview,
    });
    gateway.server.purgeOpenData();
    expect((await gateway.get(`/open-data/practices/${id}.jsonld`)).status).toBe(200);
    await graphql(
      `
        mutation ($input: WithdrawPracticeInput!) {
          withdrawPractice(input: $input) {
            practice {
              id
            }
          }
        }
      `,
      { input: { id, reason: "Remplacée par une fiche plus complète." } },
      territory,
    );
    gateway.server.purgeOpenData();
    expect(
      (await json<PracticesJson>("/open-data/practices.json")).practices.map((row) => row.id),
    ).not.toContain(id);
    const anonymous = await postJson(`${gateway.origin}/graphql`, {
      query: `query($id: ID!) { practice(id: $id) { id status } }`,
      variables: { id },
    });
    // The graph shows the tombstone to anyone (issue 13 point 4): the file says Gone, with nothing of the content.
    expect((anonymous.body?.data as { practice: { status: string } }).practice.status).toBe("WITHDRAWN");
    const response = await gateway.get(`/open-data/practices/${id}.jsonld`);
    expect(response.status).toBe(410);
    const tombstone = (await response.json()) as JsonLd;
    expect(tombstone).toMatchObject({
      "@type": "CreativeWork",
      identifier: id,
      name: "Pratique bientôt retirée (test)",
      creativeWorkStatus: "WITHDRAWN",
      description: "Remplacée par une fiche plus complète.",
      expires: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(tombstone.abstract).toBeUndefined();
    expect(JSON.stringify(tombstone)).not.toContain("Elle sera retirée");
  });
});

describe("outages and limits", () => {
  it("answers 503 with Retry-After and a JSON error when the knowledge subgraph is down, never a part", async () => {
    const down = await startGateway({
      ...subgraphs.routes,
      knowledge: { url: "http://127.0.0.1:9/graphql" },
    });
    started.push(down.server);
    for (const path of [
      "/open-data/practices.json",
      "/open-data/practices.csv",
      "/open-data/catalog.jsonld",
      `/open-data/practices/${DRAFT}.jsonld`,
    ]) {
      const response = await down.get(path);
      const text = await response.text();
      expect([path, response.status, response.headers.get("retry-after")]).toEqual([path, 503, "10"]);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(JSON.parse(text).errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
      expect(text).not.toMatch(/127\.0\.0\.1|:9\/|graphql|ECONNREFUSED|stack/i);
    }
  });

  it("counts open-data requests against the gateway's rate limit (429 with Retry-After)", async () => {
    const limited = await startGateway(subgraphs.routes, {
      rateLimit: { perIp: 3, perToken: 100, windowSeconds: 60 },
    });
    started.push(limited.server);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await limited.get("/open-data/catalog.jsonld")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await limited.get("/open-data/practices.json");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
