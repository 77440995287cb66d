import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { Pillar } from "../src/practice/practice-pillar.enum";
import { PracticeStatus } from "../src/practice/practice-status.enum";
import { samplePractices } from "../src/sample-data/sample-practices";
import { sampleTerritories } from "../src/sample-data/sample-territories";
import {
  ATELIER_BOUTARIC_IMAGES,
  BUREAU_ACCOMPAGNEMENT_ARTISTIQUE,
  CHALON_TILLEULS,
  COMPAGNIE_DES_GRESILLES,
  DIJON,
  expectedPracticeIds,
  GRAND_DIJON,
  GRESILLES,
  inPublicationOrder,
  MUTUALISATION_DE_BUREAUX,
  PARCOURS_INSERTION_DRAFT,
  RESIDENCES_AVEC_HABITANTS,
  samplePractice,
  startKnowledge,
  VISITES_APPRENANTES_IN_REVIEW,
} from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
});
afterAll(() => knowledge.stop());

interface PracticesPage {
  practices: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; title: string; status: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const PRACTICES = `query Practices($first: Int, $after: String, $filter: PracticeFilter) {
  practices(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id title status } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

const PRACTICE = `query($id: ID!) { practice(id: $id) { id title status } }`;

const MEMBER_PRACTICES = `query($representations: [_Any!]!, $first: Int, $after: String) {
  _entities(representations: $representations) {
    ... on Member {
      id
      practices(first: $first, after: $after) {
        totalCount
        edges { cursor node { id } }
        pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }
  }
}`;

interface MemberPractices {
  _entities: ({
    id: string;
    practices: {
      totalCount: number;
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    };
  } | null)[];
}

/** Ids of the practices a list query returns, in order. */
async function practiceIds(filter?: Record<string, unknown>, token?: string): Promise<string[]> {
  const result = await knowledge.request<PracticesPage>(PRACTICES, { first: 100, filter }, token);
  expect(result.errors).toBeUndefined();
  const page = result.data!.practices;
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((edge) => edge.node.id);
}

/** Ids of a member's practices through `_entities`, in order. */
async function memberPracticeIds(memberId: string, token?: string): Promise<string[]> {
  const result = await knowledge.request<MemberPractices>(
    MEMBER_PRACTICES,
    { representations: [{ __typename: "Member", id: memberId }], first: 100 },
    token,
  );
  expect(result.errors).toBeUndefined();
  const practices = result.data!._entities[0]!.practices;
  expect(practices.totalCount).toBe(practices.edges.length);
  return practices.edges.map((edge) => edge.node.id);
}

describe("practice by id", () => {
  it("returns a published practice with the fields of the sample data", async () => {
    const result = await knowledge.request<{ practice: Record<string, unknown> }>(
      `query($id: ID!) { practice(id: $id) { id title summary status themes publishedOn licence isSample } }`,
      { id: RESIDENCES_AVEC_HABITANTS },
    );
    expect(result.errors).toBeUndefined();
    const sample = samplePractice(RESIDENCES_AVEC_HABITANTS);
    expect(result.data?.practice).toEqual({
      id: RESIDENCES_AVEC_HABITANTS,
      title: sample.title,
      summary: sample.summary,
      status: "PUBLISHED",
      themes: sample.themes,
      publishedOn: "2013-04-15",
      licence: "CC-BY-SA-4.0",
      isSample: true,
    });
  });

  it("answers null for an unknown id and BAD_USER_INPUT for a malformed one", async () => {
    const unknown = await knowledge.request(PRACTICE, { id: "c2000000-0000-4000-8000-0000000000ff" });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ practice: null });

    const malformed = await knowledge.request(PRACTICE, { id: "1; DROP TABLE practice" });
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(malformed.errors?.[0].path).toEqual(["practice"]);
    expect(malformed.data).toEqual({ practice: null });
  });

  it("finds a practice whatever the case of its id", async () => {
    const result = await knowledge.request<{ practice: { id: string } | null }>(PRACTICE, {
      id: RESIDENCES_AVEC_HABITANTS.toUpperCase(),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.practice?.id).toBe(RESIDENCES_AVEC_HABITANTS);
  });

  it("gives a practice its territory and its contributing members", async () => {
    const result = await knowledge.request<{
      practices: {
        edges: {
          node: {
            id: string;
            territory: { id: string; name: string } | null;
            contributingMembers: { id: string }[];
          };
        }[];
      };
    }>(
      `{ practices(first: 100) { edges { node { id territory { id name } contributingMembers { id } } } } }`,
      undefined,
      await tokenFor({ role: "staff" }),
    );
    expect(result.errors).toBeUndefined();
    const expected = inPublicationOrder(samplePractices).map((practice) => {
      const territory = sampleTerritories.find((t) => t.id === practice.territoryId);
      return {
        id: practice.id,
        territory: territory ? { id: territory.id, name: territory.name } : null,
        contributingMembers: [...practice.memberIds].sort().map((id) => ({ id })),
      };
    });
    expect(result.data?.practices.edges.map((edge) => edge.node)).toEqual(expected);
    // The sample data has practices of two territories and several contributors each: the check has teeth.
    expect(new Set(expected.map((p) => p.territory?.name)).size).toBe(2);
    expect(expected.find((p) => p.id === MUTUALISATION_DE_BUREAUX)?.contributingMembers).toEqual([
      { id: ATELIER_BOUTARIC_IMAGES },
      { id: BUREAU_ACCOMPAGNEMENT_ARTISTIQUE },
    ]);
  });
});

describe("draft practices", () => {
  const hiddenFrom = [
    ["anonymous callers", () => Promise.resolve(undefined)],
    // The Bureau contributed to the draft: contributing does not open it.
    [
      "members, even a contributor",
      () => tokenFor({ role: "member", memberId: BUREAU_ACCOMPAGNEMENT_ARTISTIQUE }),
    ],
    ["the council", () => tokenFor({ role: "council" })],
    // The draft comes from Grand Dijon: another territory does not see it.
    ["another territory", () => tokenFor({ role: "territory", territoryId: CHALON_TILLEULS })],
  ] as const;

  it.each(hiddenFrom)("hides draft practices from %s", async (_viewer, token) => {
    const bearer = await token();

    const byId = await knowledge.request(PRACTICE, { id: PARCOURS_INSERTION_DRAFT }, bearer);
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual({ practice: null });

    const all = await practiceIds(undefined, bearer);
    expect(all).not.toContain(PARCOURS_INSERTION_DRAFT);
    expect(all).toEqual(expectedPracticeIds());

    // Asking for drafts explicitly does not reveal them.
    expect(await practiceIds({ status: "DRAFT" }, bearer)).toEqual([]);
    expect(await practiceIds({ territoryId: GRAND_DIJON }, bearer)).toEqual([]);

    const asEntity = await knowledge.request(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Practice { id } } }`,
      { representations: [{ __typename: "Practice", id: PARCOURS_INSERTION_DRAFT }] },
      bearer,
    );
    expect(asEntity.errors).toBeUndefined();
    expect(asEntity.data).toEqual({ _entities: [null] });

    const ofBureau = await memberPracticeIds(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE, bearer);
    expect(ofBureau).not.toContain(PARCOURS_INSERTION_DRAFT);
    expect(ofBureau).toEqual(
      expectedPracticeIds((p) => p.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE)),
    );
  });

  it("shows draft practices to staff by id, in lists and among a member's practices", async () => {
    const staff = await tokenFor({ role: "staff" });

    const byId = await knowledge.request<{ practice: { id: string; status: string } }>(
      `query($id: ID!) { practice(id: $id) { id status publishedOn territory { id } } }`,
      { id: PARCOURS_INSERTION_DRAFT },
      staff,
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.practice).toEqual({
      id: PARCOURS_INSERTION_DRAFT,
      status: "DRAFT",
      publishedOn: null,
      territory: { id: GRAND_DIJON },
    });

    const all = await practiceIds(undefined, staff);
    expect(all).toEqual(expectedPracticeIds(undefined, { staff: true }));
    expect(all).toHaveLength(samplePractices.length);
    // Unpublished practices come last, by id.
    expect(all.slice(-2)).toEqual([PARCOURS_INSERTION_DRAFT, VISITES_APPRENANTES_IN_REVIEW]);

    const ofBureau = await memberPracticeIds(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE, staff);
    expect(ofBureau).toContain(PARCOURS_INSERTION_DRAFT);
    expect(ofBureau).toEqual(
      expectedPracticeIds((p) => p.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE), { staff: true }),
    );
  });
});

describe("a territory's own practices", () => {
  it("shows a territory its own unpublished practices by id, in lists and among a member's practices", async () => {
    const grandDijon = await tokenFor({ role: "territory", territoryId: GRAND_DIJON });
    const byId = await knowledge.request(PRACTICE, { id: PARCOURS_INSERTION_DRAFT }, grandDijon);
    expect(byId.errors).toBeUndefined();
    expect(byId.data).toEqual({
      practice: {
        id: PARCOURS_INSERTION_DRAFT,
        title: samplePractice(PARCOURS_INSERTION_DRAFT).title,
        status: "DRAFT",
      },
    });
    const own = (p: { status: PracticeStatus; territoryId: string | null }) =>
      p.status === PracticeStatus.PUBLISHED || p.territoryId === GRAND_DIJON;
    expect(await practiceIds(undefined, grandDijon)).toEqual(expectedPracticeIds(own, { staff: true }));
    expect(await practiceIds({ status: "DRAFT" }, grandDijon)).toEqual([PARCOURS_INSERTION_DRAFT]);
    // Grésilles' practice in review stays hidden from Grand Dijon.
    expect(await practiceIds({ status: "IN_REVIEW" }, grandDijon)).toEqual([]);
    expect(await memberPracticeIds(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE, grandDijon)).toEqual(
      expectedPracticeIds((p) => own(p) && p.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE), {
        staff: true,
      }),
    );
    expect(await memberPracticeIds(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE, grandDijon)).toContain(
      PARCOURS_INSERTION_DRAFT,
    );
  });

  it("matches the territory of a token whatever the case of its id", async () => {
    const upper = await tokenFor({ role: "territory", territoryId: GRAND_DIJON.toUpperCase() });
    const byId = await knowledge.request(PRACTICE, { id: PARCOURS_INSERTION_DRAFT }, upper);
    expect(byId.data?.practice).toMatchObject({ id: PARCOURS_INSERTION_DRAFT });
  });
});

describe("practice filters", () => {
  it("filters by theme, an exact keyword whatever its case", async () => {
    const participation = await practiceIds({ theme: "Participation des habitants" });
    expect(participation).toEqual(
      expectedPracticeIds((p) => p.themes.includes("participation des habitants")),
    );
    expect(participation).toHaveLength(3);

    expect(await practiceIds({ theme: "RÉSIDENCE D'ARTISTES" })).toEqual([RESIDENCES_AVEC_HABITANTS]);
    // Part of a keyword is not the keyword.
    expect(await practiceIds({ theme: "participation" })).toEqual([]);
  });

  it("filters by territory", async () => {
    const gresilles = await practiceIds({ territoryId: GRESILLES });
    expect(gresilles).toEqual(expectedPracticeIds((p) => p.territoryId === GRESILLES));
    // Four published practices of Grésilles; its fifth, in review, is hidden from anonymous callers.
    expect(gresilles).toHaveLength(4);
    expect(samplePractices.filter((p) => p.territoryId === GRESILLES)).toHaveLength(5);
    expect(await practiceIds({ territoryId: DIJON })).toEqual([]);

    const malformed = await knowledge.request(PRACTICES, { filter: { territoryId: "dijon" } });
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters by pillar", async () => {
    for (const pillar of Object.values(Pillar)) {
      expect(await practiceIds({ pillar })).toEqual(expectedPracticeIds((p) => p.pillar === pillar));
    }
    expect(await practiceIds({ pillar: "ECONOMIC_DEVELOPMENT" })).toEqual([MUTUALISATION_DE_BUREAUX]);
    // The only knowledge-sharing practice is in review: hidden from anonymous callers, not from staff.
    expect(await practiceIds({ pillar: "KNOWLEDGE_SHARING" })).toEqual([]);
    expect(await practiceIds({ pillar: "KNOWLEDGE_SHARING" }, await tokenFor({ role: "staff" }))).toEqual([
      VISITES_APPRENANTES_IN_REVIEW,
    ]);
  });

  it("filters staff's view by status", async () => {
    const staff = await tokenFor({ role: "staff" });
    for (const status of Object.values(PracticeStatus)) {
      expect(await practiceIds({ status }, staff)).toEqual(
        expectedPracticeIds((p) => p.status === status, { staff: true }),
      );
    }
    expect(await practiceIds({ status: "DRAFT" }, staff)).toEqual([PARCOURS_INSERTION_DRAFT]);
    expect(await practiceIds({ status: "IN_REVIEW" }, staff)).toEqual([VISITES_APPRENANTES_IN_REVIEW]);
    expect(await practiceIds({ status: "PUBLISHED" }, staff)).toHaveLength(4);
  });

  it("combines criteria: every one must hold", async () => {
    const staff = await tokenFor({ role: "staff" });
    expect(await practiceIds({ theme: "mutualisation", territoryId: GRESILLES })).toEqual([
      MUTUALISATION_DE_BUREAUX,
    ]);
    expect(await practiceIds({ theme: "mutualisation", territoryId: GRAND_DIJON }, staff)).toEqual([]);
    expect(await practiceIds({ theme: "emploi", status: "DRAFT", territoryId: GRAND_DIJON }, staff)).toEqual([
      PARCOURS_INSERTION_DRAFT,
    ]);
    expect(await practiceIds({ theme: "emploi", status: "PUBLISHED" }, staff)).toEqual([]);
  });
});

describe("practice paging", () => {
  it("pages through published practices with cursors and a stable total", async () => {
    const published = expectedPracticeIds();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: PracticesPage | null } = await knowledge.request<PracticesPage>(PRACTICES, {
        first: 2,
        after,
      });
      const page: PracticesPage["practices"] = result.data!.practices;
      expect(page.totalCount).toBe(published.length);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toEqual(published);
  });

  it("pages staff through every status, one practice at a time", async () => {
    const staff = await tokenFor({ role: "staff" });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: PracticesPage | null } = await knowledge.request<PracticesPage>(
        PRACTICES,
        { first: 1, after },
        staff,
      );
      const page: PracticesPage["practices"] = result.data!.practices;
      expect(page.totalCount).toBe(samplePractices.length);
      expect(page.edges).toHaveLength(1);
      seen.push(page.edges[0].node.id);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expectedPracticeIds(undefined, { staff: true }));
  });

  it("refuses a page larger than 100 and a forged cursor", async () => {
    const tooMany = await knowledge.request(PRACTICES, { first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0].message).toMatch(/between 0 and 100/);
    const hundred = await knowledge.request(PRACTICES, { first: 100 });
    expect(hundred.errors).toBeUndefined();
    const forged = await knowledge.request(PRACTICES, { after: "not-a-cursor" });
    expect(forged.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("a member's practices", () => {
  it("lists the practices each member contributed to, most recently published first", async () => {
    for (const memberId of [
      COMPAGNIE_DES_GRESILLES,
      ATELIER_BOUTARIC_IMAGES,
      BUREAU_ACCOMPAGNEMENT_ARTISTIQUE,
    ]) {
      const ids = await memberPracticeIds(memberId);
      expect(ids).toEqual(expectedPracticeIds((p) => p.memberIds.includes(memberId)));
      expect(ids.length).toBeGreaterThan(0);
    }
    expect(await memberPracticeIds("a0000000-0000-4000-8000-0000000000ff")).toEqual([]);
  });

  it("pages a member's practices and keeps the total past the last page", async () => {
    const staff = await tokenFor({ role: "staff" });
    const all = expectedPracticeIds((p) => p.memberIds.includes(BUREAU_ACCOMPAGNEMENT_ARTISTIQUE), {
      staff: true,
    });
    expect(all).toHaveLength(4);
    const pageOf = async (after: string | null) => {
      const result = await knowledge.request<MemberPractices>(
        MEMBER_PRACTICES,
        {
          representations: [{ __typename: "Member", id: BUREAU_ACCOMPAGNEMENT_ARTISTIQUE }],
          first: 2,
          after,
        },
        staff,
      );
      expect(result.errors).toBeUndefined();
      return result.data!._entities[0]!.practices;
    };
    const first = await pageOf(null);
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e) => e.node.id)).toEqual(all.slice(0, 2));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await pageOf(first.pageInfo.endCursor);
    expect(second.totalCount).toBe(4);
    expect(second.edges.map((e) => e.node.id)).toEqual(all.slice(2));
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const beyond = await pageOf(second.pageInfo.endCursor);
    expect(beyond.totalCount).toBe(4);
    expect(beyond.edges).toEqual([]);
  });

  it("finds a member's practices whatever the case of its id", async () => {
    const ids = await memberPracticeIds(COMPAGNIE_DES_GRESILLES.toUpperCase());
    expect(ids).toEqual(expectedPracticeIds((p) => p.memberIds.includes(COMPAGNIE_DES_GRESILLES)));
    expect(ids).toHaveLength(2);
  });
});
