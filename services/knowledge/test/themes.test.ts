import type { SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { PracticeStatus } from "../src/practice/practice-status.enum";
import { samplePractices } from "../src/sample-data/sample-practices";
import { MUTUALISATION_DE_BUREAUX, RESIDENCES_AVEC_HABITANTS, startKnowledge } from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
});
afterAll(() => knowledge.stop());

const THEMES = `query($contains: String, $limit: Int) { themes(contains: $contains, limit: $limit) { name practiceCount } }`;

interface Themes {
  themes: { name: string; practiceCount: number }[];
}

async function themes(variables: { contains?: string; limit?: number } = {}) {
  const result = await knowledge.request<Themes>(THEMES, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.themes;
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** The facet computed from the sample data: published practices only, most used first, then by name. */
function expectedFacet(keep: (theme: string) => boolean = () => true) {
  const counts = new Map<string, number>();
  for (const practice of samplePractices.filter((p) => p.status === PracticeStatus.PUBLISHED)) {
    for (const theme of new Set(practice.themes.filter(keep)))
      counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, practiceCount]) => ({ name, practiceCount }))
    .sort((a, b) => b.practiceCount - a.practiceCount || fold(a.name).localeCompare(fold(b.name)));
}

describe("themes, the practice library's facet", () => {
  it("counts the published practices carrying each theme, most used first, then by name", async () => {
    const facet = await themes({ limit: 100 });
    expect(facet).toEqual(expectedFacet());
    expect(facet[0]).toEqual({ name: "participation des habitants", practiceCount: 3 });
  });

  it("leaves out themes carried only by unpublished practices", async () => {
    const names = (await themes({ limit: 100 })).map((theme) => theme.name);
    expect(names).not.toContain("insertion professionnelle"); // the draft's
    expect(names).not.toContain("formation in situ"); // the one in review
  });

  it("filters by a part of the name, ignoring case and accents", async () => {
    for (const contains of ["residence", "RÉSIDENCE d'art", "habitants", "media"]) {
      expect(await themes({ contains })).toEqual(
        expectedFacet((theme) => fold(theme).includes(fold(contains))),
      );
    }
    expect(await themes({ contains: "residence d'artistes" })).toEqual([
      { name: "résidence d'artistes", practiceCount: 1 },
    ]);
    expect(await themes({ contains: "%" })).toEqual([]);
  });

  it("counts spellings that differ only in case or accents as one theme, by its most common spelling", async () => {
    const practices = [RESIDENCES_AVEC_HABITANTS, MUTUALISATION_DE_BUREAUX];
    // The first already carries « résidence d'artistes »: one more spelling on it, the usual one on the other.
    await knowledge.dataSource.query(
      `UPDATE practice SET themes = themes || CASE WHEN id = $1 THEN ARRAY['Résidence d''artistes']
                                                    ELSE ARRAY['résidence d''artistes'] END
        WHERE id = ANY($2)`,
      [RESIDENCES_AVEC_HABITANTS, practices],
    );
    try {
      expect(await themes({ contains: "artistes" })).toEqual([
        { name: "résidence d'artistes", practiceCount: 2 },
      ]);
    } finally {
      await knowledge.dataSource.query(`UPDATE practice SET themes = themes[1:3] WHERE id = ANY($1)`, [
        practices,
      ]);
    }
  });

  it("returns the first 20 by default, and refuses more than 100", async () => {
    expect((await themes()).length).toBe(Math.min(20, expectedFacet().length));
    expect(await themes({ limit: 2 })).toEqual(expectedFacet().slice(0, 2));
    const refused = await knowledge.request(THEMES, { limit: 101 });
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
