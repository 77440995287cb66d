import { planWithoutSeqScan, tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { Practice, practiceSearchDocument } from "../src/practice/practice.entity";
import { narrowPractices } from "../src/practice/practice.resolver";
import {
  SNIPPET_START,
  SNIPPET_STOP,
  fullTextMatches,
  titlesCloseTo,
} from "../src/search/practice-search.query";
import { startKnowledge } from "./knowledge-harness";

/** A corpus of its own, in this test's own database (no sample data). */
const GRESILLES = "c1000000-0000-4000-8000-0000000006a1";
const ELSEWHERE = "c1000000-0000-4000-8000-0000000006b1";
const id = (n: number) => `c2000000-0000-4000-8000-0000000006${String(n).padStart(2, "0")}`;
const ECOLE = id(1);
const CINE = id(2);
const RESIDENCE = id(3);
const MARKUP = id(4);
const DRAFT_ECOLE = id(5);

const corpus = [
  {
    id: ECOLE,
    title: "École des spectateurs",
    summary: "Des élèves découvrent le théâtre avec leurs enseignants, de la répétition à la première.",
    themes: ["éducation artistique"],
    territory: ELSEWHERE,
  },
  {
    id: CINE,
    title: "Ciné-Quartier : projections en plein air",
    summary: "Un film par mois projeté sur un mur d'immeuble, choisi en comité.",
    themes: ["cinéma"],
    territory: ELSEWHERE,
  },
  {
    id: RESIDENCE,
    title: "Résidences d'artistes au quartier",
    summary: "Une compagnie s'installe pour trois ans et ouvre ses répétitions.",
    themes: ["résidence d'artistes", "Éducation artistique"],
    territory: GRESILLES,
    resources: "Un studio prêté par le bailleur social, deux salariés à mi-temps.",
    results: [
      {
        indicator: "spectateurs venus aux sorties de création",
        value: 450,
        unit: "personnes",
        evidence: "billetterie 2013",
      },
    ],
    contactRole: "chargée de mission culture du bailleur",
  },
  {
    id: MARKUP,
    title: "Atelier <b>affiches</b>",
    summary: `Texte avec un ${SNIPPET_START}faux marqueur${SNIPPET_STOP} et <script>alert(1)</script> autour de la sérigraphie.`,
    themes: [],
    territory: ELSEWHERE,
  },
  {
    id: DRAFT_ECOLE,
    title: "École du brouillon",
    summary: "Une école jamais publiée.",
    themes: ["éducation artistique"],
    territory: ELSEWHERE,
    status: "DRAFT",
  },
];

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge({ sampleData: false });
  await knowledge.dataSource.query(
    `INSERT INTO territory (id, name, insee_code, kind) VALUES ($1, 'Les Grésilles, Dijon', '21231', 'COMMUNE'),
                                                               ($2, 'Autun', '71014', 'COMMUNE')`,
    [GRESILLES, ELSEWHERE],
  );
  for (const [n, practice] of corpus.entries()) {
    const status = practice.status ?? "PUBLISHED";
    await knowledge.dataSource.query(
      `INSERT INTO practice (id, title, summary, status, pillar, territory_id, themes, published_on,
                             resources_description, results, contact_role)
       VALUES ($1, $2, $3, $4, 'NEIGHBOURHOOD', $5, $6, $7, $8, $9, $10)`,
      [
        practice.id,
        practice.title,
        practice.summary,
        status,
        practice.territory,
        practice.themes,
        status === "PUBLISHED" ? `2013-0${n + 1}-01` : null,
        practice.resources ?? null,
        JSON.stringify(practice.results ?? []),
        practice.contactRole ?? null,
      ],
    );
  }
});
afterAll(() => knowledge.stop());

const SEARCH = `query($query: String!, $filter: PracticeSearchFilter) {
  searchPractices(query: $query, filter: $filter, first: 100) {
    totalCount approximate edges { rank snippet node { id title } }
  }
}`;

interface SearchPage {
  searchPractices: {
    totalCount: number;
    approximate: boolean;
    edges: { rank: number; snippet: string; node: { id: string; title: string } }[];
  };
}

async function searchPage(query: string, filter?: Record<string, unknown>) {
  const result = await knowledge.request<SearchPage>(SEARCH, { query, filter });
  expect(result.errors).toBeUndefined();
  return result.data!.searchPractices;
}
const found = async (query: string, filter?: Record<string, unknown>) =>
  (await searchPage(query, filter)).edges.map((edge) => edge.node.id);

describe("searchPractices folds accents and case", () => {
  it.each([
    ["ecole", [ECOLE]],
    ["ÉCOLE", [ECOLE]],
    ["Ecole des spectateurs", [ECOLE]],
    ["cine", [CINE]],
    ["CINE-QUARTIER", [CINE]],
    ["cinema", [CINE]],
    ["GRESILLES", [RESIDENCE]],
    ["residence d'artistes", [RESIDENCE]],
    ["eleves", [ECOLE]],
    ["serigraphie", [MARKUP]],
  ])("%s finds what it should", async (query, expected) => {
    expect(await found(query)).toEqual(expected);
  });
});

describe("searchPractices as the user types", () => {
  it.each(["rés", "rési", "résid", "reside", "résiden", "résidenc", "residence", "RÉSIDENCES"])(
    "the prefix %s of « résidences » finds it",
    async (query) => {
      expect(await found(query)).toContain(RESIDENCE);
    },
  );

  it("searches only the last word as a prefix, the others as words", async () => {
    expect(await found("compagnie rép")).toEqual([RESIDENCE]);
    expect(await found("spectat")).toEqual(expect.arrayContaining([ECOLE, RESIDENCE]));
    expect(await found("spectateurs rép")).toEqual(expect.arrayContaining([ECOLE, RESIDENCE]));
    // « spectat » is no word of theirs: nothing contains it, only titles close to it come back.
    expect((await searchPage("spectat rép")).approximate).toBe(true);
    // « spe » alone is not a word: only as the last word is it a prefix.
    expect(await found("spe compagnie")).toEqual([]);
    expect(await found("film or spectat")).toEqual(expect.arrayContaining([CINE, ECOLE, RESIDENCE]));
  });
});

describe("searchPractices searches every field a reader cares about", () => {
  it.each([
    ["the territory's name", "grésilles", RESIDENCE],
    ["the resources", "studio", RESIDENCE],
    ["the results", "billetterie", RESIDENCE],
    ["the contact role", "chargée de mission", RESIDENCE],
  ])("finds a word of %s", async (_, query, expected) => {
    expect(await found(query)).toEqual([expected]);
  });

  it("follows a territory's new name", async () => {
    await knowledge.dataSource.query(`UPDATE territory SET name = 'Fontaine d''Ouche, Dijon' WHERE id = $1`, [
      GRESILLES,
    ]);
    try {
      expect(await found("fontaine ouche")).toEqual([RESIDENCE]);
      expect(await found("gresilles")).toEqual([]);
    } finally {
      await knowledge.dataSource.query(`UPDATE territory SET name = 'Les Grésilles, Dijon' WHERE id = $1`, [
        GRESILLES,
      ]);
    }
    expect(await found("gresilles")).toEqual([RESIDENCE]);
  });

  it("never finds an unpublished practice", async () => {
    expect(await found("brouillon")).toEqual([]);
    expect(await found("ecole")).not.toContain(DRAFT_ECOLE);
  });
});

describe("searchPractices tolerates one typo", () => {
  it.each([
    ["a letter missing", "residnces"],
    ["a letter wrong", "rézidences"],
    ["a letter added", "residencess"],
    ["two letters swapped", "residencse"],
    ["a typo among several words", "resdence artistes"],
  ])("with %s, finds the close title and says it is approximate", async (_, query) => {
    const page = await searchPage(query);
    expect(page.approximate).toBe(true);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([RESIDENCE]);
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].rank).toBeGreaterThan(0.4);
  });

  it("is exact whenever a practice contains the words", async () => {
    expect((await searchPage("résidence")).approximate).toBe(false);
    // A typo the French stemmer absorbs (« résidances » and « résidences » share a stem) is no typo at all.
    expect(await searchPage("résidances")).toMatchObject({ approximate: false, totalCount: 1 });
  });

  it("keeps the filters for the close titles, and finds nothing for words far from every title", async () => {
    expect(await found("residnces", { territoryId: ELSEWHERE })).toEqual([]);
    const far = await searchPage("xylophone");
    expect(far).toMatchObject({ totalCount: 0, approximate: false, edges: [] });
  });
});

describe("searchPractices snippets", () => {
  it("marks the words found between the documented markers", async () => {
    const [edge] = (await searchPage("studio")).edges;
    expect(edge.snippet).toContain(`${SNIPPET_START}studio${SNIPPET_STOP}`);
    const [prefixed] = (await searchPage("billet")).edges;
    expect(prefixed.snippet).toContain(`${SNIPPET_START}billetterie${SNIPPET_STOP}`);
  });

  it("returns plain text, markup dropped, the markers only where words matched", async () => {
    const [edge] = (await searchPage("sérigraphie")).edges;
    // PostgreSQL's parser reads `<script>` as a tag and ts_headline leaves tags out; the rest is as written.
    expect(edge.snippet).toContain("alert(1)");
    expect(edge.snippet).not.toMatch(/<\/?script>/);
    expect(edge.snippet.split(SNIPPET_START)).toHaveLength(2);
    expect(edge.snippet.split(SNIPPET_STOP)).toHaveLength(2);
    expect(edge.snippet).toContain(`${SNIPPET_START}sérigraphie${SNIPPET_STOP}`);
  });

  it("gives the opening words when the hit is approximate", async () => {
    const [edge] = (await searchPage("residnces")).edges;
    expect(edge.snippet.startsWith("Une compagnie")).toBe(true);
    expect(edge.snippet).not.toContain(SNIPPET_START);
  });
});

describe("searchPractices input", () => {
  it.each(["le la les", "les", "cette", "Le LA", "de la et du", "-le"])(
    "finds nothing for stop words alone: %s",
    async (query) => {
      expect(await searchPage(query)).toMatchObject({ totalCount: 0, approximate: false, edges: [] });
    },
  );

  it.each(["-ecole", "-ecole -cine", "-ecole or -cine", "-résidence"])(
    "refuses %s as too broad",
    async (query) => {
      const result = await knowledge.request(SEARCH, { query });
      expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0].message).toMatch(/^Invalid input: query: is too broad/);
    },
  );

  it.each([
    "'",
    "''",
    ":*",
    "ecole:*",
    "ecole:A",
    "ecole & cine",
    "!ecole",
    "(ecole",
    "ecole)",
    "<->",
    "ecole <-> cine",
    "ecole <2> cine",
    "\\",
    '"',
    '"""',
    "'; DROP TABLE practice; --",
    "ecole |",
    "&&&",
    ":",
    "*",
    "%",
    "_",
    "🎭 ecole",
    "--ecole",
    "- ecole",
    "or",
    "or or or",
    '"-ecole"',
    "ecole -",
    "d'",
    "a'b'c'd",
  ])("never fails on tsquery syntax in the text: %s", async (query) => {
    const result = await knowledge.request(SEARCH, { query });
    for (const error of result.errors ?? []) expect(error.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("finds the same for anyone: published practices only", async () => {
    const staff = await knowledge.request<SearchPage>(
      SEARCH,
      { query: "ecole" },
      await tokenFor({ role: "staff" }),
    );
    expect(staff.data?.searchPractices.edges.map((edge) => edge.node.id)).toEqual([ECOLE]);
  });
});

describe("theme filters fold accents and case", () => {
  const PRACTICES = `query($theme: String) { practices(first: 100, filter: { theme: $theme }) { edges { node { id } } } }`;

  it.each(["résidence d'artistes", "residence d'artistes", "RESIDENCE D'ARTISTES"])(
    "%s matches the theme « résidence d'artistes »",
    async (theme) => {
      const list = await knowledge.request<{ practices: { edges: { node: { id: string } }[] } }>(PRACTICES, {
        theme,
      });
      expect(list.data?.practices.edges.map((edge) => edge.node.id)).toEqual([RESIDENCE]);
      expect(await found("artistes", { theme })).toEqual([RESIDENCE]);
    },
  );

  it("matches the whole keyword only", async () => {
    expect(await found("artistes", { theme: "residence" })).toEqual([]);
  });
});

describe("the indexes serve search and filters", () => {
  it("uses the search document index, the trigram index on titles and the folded themes index", async () => {
    const manager = knowledge.dataSource.manager;
    // (The published-only condition could use the status index instead: the document's condition alone.)
    const search = fullTextMatches(manager, "'ecol':*").where(
      `${practiceSearchDocument("practice")} @@ CAST(:tsquery AS tsquery)`,
    );
    expect(await planWithoutSeqScan(knowledge.dataSource, search)).toMatch(/IDX_practice_search/);
    const close = titlesCloseTo(manager, "residnces").where("pole_fold(practice.title) %> pole_fold(:words)");
    expect(await planWithoutSeqScan(knowledge.dataSource, close)).toMatch(/IDX_practice_title_folded/);
    const byTheme = narrowPractices(
      manager.getRepository(Practice).createQueryBuilder("practice"),
      "practice",
      {
        theme: "residence d'artistes",
      },
    );
    expect(await planWithoutSeqScan(knowledge.dataSource, byTheme)).toMatch(/IDX_practice_themes_folded/);
  });
});
