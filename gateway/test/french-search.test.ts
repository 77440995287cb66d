import { gql } from "@apollo/client";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { clientFor, startGateway, type GatewayUnderTest } from "./gateway-harness";

// Issue 11 point 4 and the filters of point 7, as a frontend asks them: Apollo Client, through the real
// gateway, the three subgraphs as processes on the sample data.

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

const DIRECTORY = gql`
  query Directory($filter: MemberFilter) {
    members(first: 100, filter: $filter) {
      totalCount
      edges {
        node {
          name
          legalForm
          activities
          leftOn
        }
      }
    }
  }
`;

const ACTIONS = gql`
  query Actions($filter: NeighbourhoodActionFilter) {
    neighbourhoodActions(first: 100, filter: $filter) {
      edges {
        node {
          title
        }
      }
    }
  }
`;

const SEARCH = gql`
  query Search($query: String!, $filter: PracticeSearchFilter) {
    searchPractices(query: $query, filter: $filter, first: 20) {
      totalCount
      approximate
      edges {
        rank
        snippet
        node {
          title
          themes
        }
      }
    }
  }
`;

const THEMES = gql`
  query Themes($contains: String) {
    themes(contains: $contains) {
      name
      practiceCount
    }
  }
`;

interface Directory {
  members: {
    totalCount: number;
    edges: { node: { name: string; legalForm: string; activities: string[]; leftOn: string | null } }[];
  };
}
interface Actions {
  neighbourhoodActions: { edges: { node: { title: string } }[] };
}
interface Search {
  searchPractices: {
    totalCount: number;
    approximate: boolean;
    edges: { rank: number; snippet: string; node: { title: string; themes: string[] } }[];
  };
}

const client = () => clientFor(gateway.url);
const members = async (filter: Record<string, unknown>) =>
  (await client().query<Directory>({ query: DIRECTORY, variables: { filter } })).data!.members.edges.map(
    (edge) => edge.node,
  );
const search = async (query: string, filter?: Record<string, unknown>) =>
  (await client().query<Search>({ query: SEARCH, variables: { query, filter } })).data!.searchPractices;

describe("French search and filters through the gateway", () => {
  it("finds « Ciné-Quartier » for cine and « Grésilles » for GRESILLES in the members directory", async () => {
    expect((await members({ nameContains: "cine" })).map((m) => m.name)).toEqual([
      "Ciné-Quartier Production (exemple)",
    ]);
    expect((await members({ nameContains: "GRESILLES" })).map((m) => m.name)).toEqual([
      "Compagnie des Grésilles (exemple)",
    ]);
  });

  it("finds actions by their title ignoring accents", async () => {
    const titles = (
      await client().query<Actions>({ query: ACTIONS, variables: { filter: { titleContains: "GRESILLES" } } })
    ).data!.neighbourhoodActions.edges.map((edge) => edge.node.title);
    expect(titles).toContain("Scène ouverte des Grésilles (exemple)");
    expect(titles.every((title) => title.includes("Grésilles"))).toBe(true);
  });

  it("finds « École » for ecole and the theme « résidence d'artistes » for residence d'artistes", async () => {
    const ecole = await search("ecole");
    expect(ecole.edges.map((edge) => edge.node.title)).toContain("Résidences d'artistes avec les habitants");
    expect(ecole.edges[0].snippet).toMatch(/\uE000écoles\uE001/);
    const byTheme = await search("habitants", { theme: "residence d'artistes" });
    expect(byTheme.edges.map((edge) => edge.node.title)).toEqual([
      "Résidences d'artistes avec les habitants",
    ]);
  });

  it("searches as the user types, tolerates a typo, and finds nothing for stop words", async () => {
    expect((await search("résid")).edges.map((edge) => edge.node.title)).toContain(
      "Résidences d'artistes avec les habitants",
    );
    const typo = await search("mutualsation");
    expect(typo.approximate).toBe(true);
    expect(typo.edges[0].node.title).toBe("Mutualisation de bureaux pour entreprises culturelles");
    expect(await search("le la les")).toMatchObject({ totalCount: 0, edges: [] });
  });

  it("refuses a search made only of exclusions with BAD_USER_INPUT", async () => {
    const result = await client().query({
      query: SEARCH,
      variables: { query: "-radio" },
      errorPolicy: "all",
    });
    expect(result.error?.message).toMatch(/too broad/);
    const response = await fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ searchPractices(query: "-radio") { totalCount } }' }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("lists current members unless includeFormer, and takes several legal forms and activities", async () => {
    const current = await members({});
    expect(current).toHaveLength(15);
    expect(current.every((member) => member.leftOn === null)).toBe(true);
    expect(await members({ includeFormer: true })).toHaveLength(16);
    const chosen = await members({
      legalForms: ["EPCC", "SCIC"],
      activities: ["LIVE_PERFORMANCE", "CINEMA"],
    });
    expect(chosen.map((m) => m.name).sort()).toEqual([
      "Atelier Boutaric Images (exemple)",
      "Scène régionale EPCC (exemple)",
    ]);
  });

  it("gives the practice-library facet: themes with counts, filtered ignoring accents", async () => {
    const { data } = await client().query<{ themes: { name: string; practiceCount: number }[] }>({
      query: THEMES,
      variables: { contains: "HABITANTS" },
    });
    expect(data!.themes).toMatchObject([{ name: "participation des habitants", practiceCount: 3 }]);
  });
});
