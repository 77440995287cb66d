import { tokenFor } from "@pole/subgraph-kit/testing";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { postJson, startGateway, type GatewayUnderTest } from "./gateway-harness";

// A territory's digital team imports its library through the real gateway: 50 practices of real length
// (the most one import takes) pass the gateway's operation limits and its body limit when sent as a
// variable, as the knowledge README says to; the same operation written inline breaks the token limit.

const CHENOVE_MAIL = "c1000000-0000-4000-8000-000000000005";
let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes);
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

const IMPORT = `mutation Import($input: ImportPracticesInput!) {
  importPractices(input: $input) { results { index externalId outcome practice { id status updatedAt } } }
}`;

/** A practice as a territory's library holds one: a few hundred words over its texts. */
const practice = (n: number) => ({
  externalId: `chenove-${String(n).padStart(3, "0")}`,
  title: `Atelier de quartier n° ${n} : fabriquer ensemble le mobilier de la place`,
  summary:
    "Des habitants, un collectif d'architectes et le centre social conçoivent et construisent le mobilier de la place du Mail, en six chantiers ouverts le samedi ; le mobilier reste entretenu par un groupe d'habitants.",
  pillar: "NEIGHBOURHOOD",
  challenge:
    "Une place minérale, peu fréquentée en dehors du marché, où les habitants disaient ne pas se sentir chez eux ; peu de lieux de rencontre entre générations.",
  description:
    "Trois réunions publiques pour recueillir les besoins, puis six chantiers ouverts encadrés par deux architectes et un menuisier ; les jeunes du chantier éducatif y participent sur le temps scolaire. Une inauguration festive clôt le projet et un groupe d'habitants prend en charge l'entretien avec le bailleur.",
  transferability:
    "Il faut un espace public disponible, un bailleur ou une commune prêts à laisser le mobilier en place et un partenaire de l'économie sociale pour encadrer les chantiers.",
  themes: ["espace public", "chantier participatif", "jeunesse"],
  results: [
    {
      indicator: "habitants participants",
      value: 40 + n,
      unit: "personnes",
      evidence: "feuilles de présence",
    },
    { indicator: "bancs construits", value: 12, unit: "bancs" },
  ],
  resources: { budget: 18000, peopleCount: 3, description: "Bois, outillage, deux architectes à mi-temps." },
  startedOn: "2019-03-01",
  inseeCode: "21166",
});

/** A value as GraphQL source text, for the inline variant. */
const literal = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(literal).join(", ")}]`
    : value && typeof value === "object"
      ? `{ ${Object.entries(value)
          .map(([key, item]) => `${key}: ${key === "pillar" ? String(item) : literal(item)}`)
          .join(", ")} }`
      : JSON.stringify(value);

describe("importPractices through the gateway", () => {
  const input = { practices: Array.from({ length: 50 }, (_, i) => practice(i + 1)) };

  it("imports 50 practices sent as a variable, within the operation and body limits, and again unchanged", async () => {
    const token = await tokenFor({ role: "territory", territoryId: CHENOVE_MAIL });
    const body = JSON.stringify({ query: IMPORT, variables: { input } });
    // The gateway's default BODY_LIMIT is 100 kB: 50 practices of this length fit with room to spare.
    expect(Buffer.byteLength(body)).toBeLessThan(100 * 1024);
    const first = await postJson(
      gateway.url,
      { query: IMPORT, variables: { input } },
      { authorization: `Bearer ${token}` },
    );
    expect(first.status).toBe(200);
    expect(first.body?.errors).toBeUndefined();
    const results = (first.body!.data as { importPractices: { results: { outcome: string }[] } })
      .importPractices.results;
    expect(results).toHaveLength(50);
    expect(new Set(results.map((r) => r.outcome))).toEqual(new Set(["CREATED"]));
    const again = await postJson(
      gateway.url,
      { query: IMPORT, variables: { input } },
      { authorization: `Bearer ${token}` },
    );
    expect(again.status).toBe(200);
    const outcomes = (again.body!.data as { importPractices: { results: { outcome: string }[] } })
      .importPractices.results;
    expect(new Set(outcomes.map((r) => r.outcome))).toEqual(new Set(["UNCHANGED"]));
  });

  it("refuses the same import written inline, by its tokens, before any subgraph is asked", async () => {
    const token = await tokenFor({ role: "territory", territoryId: CHENOVE_MAIL });
    const inline = `mutation { importPractices(input: ${literal(input)}) { results { index outcome } } }`;
    const response = await postJson(gateway.url, { query: inline }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(400);
    expect(response.body?.errors?.[0]?.extensions).toMatchObject({
      code: "OPERATION_TOO_COMPLEX",
      limit: "tokens",
      maximum: 2000,
    });
  });
});
