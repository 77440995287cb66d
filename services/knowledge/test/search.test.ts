import { planWithoutSeqScan, tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { practiceSearchDocument } from "../src/practice/practice.entity";
import { fullTextMatches } from "../src/search/practice-search.query";
import { startKnowledge } from "./knowledge-harness";

/** A small corpus of its own, in this test's own database (no sample data). */
const TERRITORY_A = "c1000000-0000-4000-8000-0000000000a1";
const TERRITORY_B = "c1000000-0000-4000-8000-0000000000b1";
const id = (n: number) => `c2000000-0000-4000-8000-0000000005${String(n).padStart(2, "0")}`;
/** « jardin » in its title and its summary (weights A and B). */
const IN_TITLE_AND_SUMMARY = id(1);
/** « jardins » only in a theme (weight A). */
const IN_THEME = id(2);
/** « jardin » only in its summary (weight B). */
const IN_SUMMARY = id(3);
/** « jardin » only in its description (weight C). */
const IN_DESCRIPTION = id(4);
/** « jardin » only in its lessons (weight D). */
const IN_LESSONS = id(5);
/** « jardin » in its title, but a draft: never found. */
const DRAFT = id(6);
/** « jardin » in its title, but withdrawn: never found. */
const WITHDRAWN = id(7);

const corpus = [
  {
    id: IN_TITLE_AND_SUMMARY,
    title: "Jardin partagé au pied des immeubles",
    summary: "Les habitants cultivent ensemble un jardin entre deux tours.",
    pillar: "NEIGHBOURHOOD",
    territory: TERRITORY_A,
    themes: ["jardinage"],
    publishedOn: "2013-01-10",
  },
  {
    id: IN_THEME,
    title: "Cantine solidaire",
    summary: "Un repas par semaine préparé avec les produits du quartier.",
    pillar: "KNOWLEDGE_SHARING",
    territory: TERRITORY_B,
    themes: ["jardins partagés"],
    publishedOn: "2013-02-10",
  },
  {
    id: IN_SUMMARY,
    title: "Fête de quartier",
    summary: "Chaque printemps, un jardin éphémère s'installe sur la place.",
    pillar: "NEIGHBOURHOOD",
    territory: TERRITORY_B,
    themes: [],
    publishedOn: "2013-03-10",
  },
  {
    id: IN_DESCRIPTION,
    title: "Ateliers d'écriture",
    summary: "Des ateliers pour tous les âges.",
    description: "Les textes sont lus à voix haute dans le jardin de la médiathèque.",
    pillar: "ECONOMIC_DEVELOPMENT",
    territory: TERRITORY_A,
    themes: [],
    publishedOn: "2013-04-10",
  },
  {
    id: IN_LESSONS,
    title: "Chorale des voisins",
    summary: "Une chorale ouverte à tous.",
    lessons: "Répéter au jardin l'été attire de nouveaux chanteurs.",
    pillar: "NEIGHBOURHOOD",
    territory: TERRITORY_A,
    themes: [],
    publishedOn: "2013-05-10",
  },
  {
    id: DRAFT,
    title: "Jardin de la solidarité",
    summary: "Brouillon.",
    status: "DRAFT",
    territory: TERRITORY_A,
  },
  {
    id: WITHDRAWN,
    title: "Jardin d'hiver",
    summary: "Retirée.",
    status: "WITHDRAWN",
    territory: TERRITORY_A,
  },
];

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge({ sampleData: false });
  await knowledge.dataSource.query(
    `INSERT INTO territory (id, name, insee_code, kind) VALUES ($1, 'Territoire A', '21231', 'COMMUNE'),
                                                               ($2, 'Territoire B', '71076', 'COMMUNE')`,
    [TERRITORY_A, TERRITORY_B],
  );
  for (const practice of corpus) {
    const status = practice.status ?? "PUBLISHED";
    await knowledge.dataSource.query(
      `INSERT INTO practice (id, title, summary, description, lessons_learned, status, pillar, territory_id, themes,
                             published_on, withdrawal_reason, withdrawn_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        practice.id,
        practice.title,
        practice.summary,
        practice.description ?? null,
        practice.lessons ?? null,
        status,
        practice.pillar ?? "NEIGHBOURHOOD",
        practice.territory,
        practice.themes ?? [],
        // The withdrawn one was published first: a public tombstone, which a search never returns.
        status === "PUBLISHED" || status === "WITHDRAWN" ? (practice.publishedOn ?? "2013-01-15") : null,
        status === "WITHDRAWN" ? "retirée" : null,
        status === "WITHDRAWN" ? "2014-01-15" : null,
      ],
    );
  }
});
afterAll(() => knowledge.stop());

const SEARCH = `query($query: String!, $filter: PracticeSearchFilter, $first: Int, $after: String) {
  searchPractices(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor rank node { id title } } pageInfo { hasNextPage endCursor }
  }
}`;

interface SearchPage {
  searchPractices: {
    totalCount: number;
    edges: { cursor: string; rank: number; node: { id: string; title: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

async function search(query: string, filter?: Record<string, unknown>, token?: string) {
  const result = await knowledge.request<SearchPage>(SEARCH, { query, filter, first: 100 }, token);
  expect(result.errors).toBeUndefined();
  const page = result.data!.searchPractices;
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges;
}
const idsOf = (edges: { node: { id: string } }[]) => edges.map((edge) => edge.node.id);

describe("full-text search of practices", () => {
  it("ranks a word in the title and summary above the themes, the summary, the description and the lessons", async () => {
    const edges = await search("jardin");
    expect(idsOf(edges)).toEqual([IN_TITLE_AND_SUMMARY, IN_THEME, IN_SUMMARY, IN_DESCRIPTION, IN_LESSONS]);
    const ranks = edges.map((edge) => edge.rank);
    for (let i = 1; i < ranks.length; i += 1) expect(ranks[i]).toBeLessThan(ranks[i - 1]);
    expect(ranks[ranks.length - 1]).toBeGreaterThan(0);
  });

  it("matches French word forms: singular and plural, accented forms", async () => {
    expect(idsOf(await search("jardins"))).toEqual(idsOf(await search("jardin")));
    // « partagés » and « partagé » share their stem (both in weight A); the theme also has the very word.
    const shared = await search("partagés");
    expect(idsOf(shared)).toEqual([IN_THEME, IN_TITLE_AND_SUMMARY]);
    // « habitant » finds « habitants », « tour » finds « tours ».
    expect(idsOf(await search("habitant tour"))).toEqual([IN_TITLE_AND_SUMMARY]);
  });

  it("searches published practices only, whoever asks", async () => {
    for (const token of [undefined, await tokenFor({ role: "staff" })]) {
      const found = idsOf(await search("jardin", undefined, token));
      expect(found).not.toContain(DRAFT);
      expect(found).not.toContain(WITHDRAWN);
      expect(found).toHaveLength(5);
    }
  });

  it("follows web-search syntax: exclusion, phrases and `or`", async () => {
    // (PostgreSQL ranks queries with an exclusion differently: compare the practices found, not their order.)
    expect(idsOf(await search("jardin -fête")).sort()).toEqual(
      [IN_TITLE_AND_SUMMARY, IN_THEME, IN_DESCRIPTION, IN_LESSONS].sort(),
    );
    expect(idsOf(await search('"jardin partagé"'))).toEqual([IN_TITLE_AND_SUMMARY, IN_THEME]);
    expect(idsOf(await search("cantine or chorale"))).toEqual(expect.arrayContaining([IN_THEME, IN_LESSONS]));
    expect(await search("cantine or chorale")).toHaveLength(2);
    // Every word must match.
    expect(idsOf(await search("jardin médiathèque"))).toEqual([IN_DESCRIPTION]);
  });

  it("filters by theme, pillar and territory, every criterion holding", async () => {
    expect(idsOf(await search("jardin", { theme: "JARDINAGE" }))).toEqual([IN_TITLE_AND_SUMMARY]);
    expect(idsOf(await search("jardin", { pillar: "ECONOMIC_DEVELOPMENT" }))).toEqual([IN_DESCRIPTION]);
    expect(idsOf(await search("jardin", { territoryId: TERRITORY_B }))).toEqual([IN_THEME, IN_SUMMARY]);
    expect(idsOf(await search("jardin", { territoryId: TERRITORY_A, pillar: "NEIGHBOURHOOD" }))).toEqual([
      IN_TITLE_AND_SUMMARY,
      IN_LESSONS,
    ]);
    expect(await search("jardin", { territoryId: TERRITORY_B, pillar: "ECONOMIC_DEVELOPMENT" })).toEqual([]);
  });

  it("pages through the results, most relevant first, with a stable total", async () => {
    const first = await knowledge.request<SearchPage>(SEARCH, { query: "jardin", first: 2 });
    expect(first.data!.searchPractices.totalCount).toBe(5);
    expect(first.data!.searchPractices.pageInfo.hasNextPage).toBe(true);
    const rest = await knowledge.request<SearchPage>(SEARCH, {
      query: "jardin",
      first: 10,
      after: first.data!.searchPractices.pageInfo.endCursor,
    });
    expect(rest.data!.searchPractices.totalCount).toBe(5);
    expect(rest.data!.searchPractices.pageInfo.hasNextPage).toBe(false);
    expect([...idsOf(first.data!.searchPractices.edges), ...idsOf(rest.data!.searchPractices.edges)]).toEqual(
      idsOf(await search("jardin")),
    );
  });

  it("finds nothing for stop words alone, and refuses an empty or overlong text with BAD_USER_INPUT", async () => {
    expect(await search("de la et du")).toEqual([]);
    for (const query of ["   ", "jardin ".repeat(30)]) {
      const result = await knowledge.request(SEARCH, { query });
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].message).toMatch(/^Invalid input: query: /);
    }
    const malformed = await knowledge.request(SEARCH, { query: "jardin", filter: { territoryId: "a" } });
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("uses the GIN index the migration created on the French search document", async () => {
    const [index] = await knowledge.dataSource.query<{ indexdef: string }[]>(
      `SELECT indexdef FROM pg_indexes WHERE tablename = 'practice' AND indexname = 'IDX_practice_search'`,
    );
    expect(index.indexdef).toMatch(/USING gin \(knowledge_practice_document\(/);
    // (The published-only condition could use the status index instead: the document's condition alone.)
    const plan = await planWithoutSeqScan(
      knowledge.dataSource,
      fullTextMatches(knowledge.dataSource.manager, "'jardin':*").where(
        `${practiceSearchDocument("practice")} @@ CAST(:tsquery AS tsquery)`,
      ),
    );
    expect(plan).toMatch(/IDX_practice_search/);
  });
});
