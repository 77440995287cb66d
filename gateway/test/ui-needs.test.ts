import { gql, type ApolloClient } from "@apollo/client";
import { ApolloClient as Client, HttpLink, InMemoryCache } from "@apollo/client";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { startSubgraphProcesses, type RunningSubgraphs } from "@pole/stack/testing";
import { clientFor, countingFetcher, startGateway, type GatewayUnderTest } from "./gateway-harness";

// What a UI needs, through the real gateway with Apollo Client as a frontend uses it: who the token is
// (`viewer`), French labels next to enum values, a member's website and logo, and a contribution counter
// that follows a submission without a second query.

const M1 = "a0000000-0000-4000-8000-000000000001";
const GRESILLES = "c1000000-0000-4000-8000-000000000003";
const PRACTICE_PUBLISHED = "c2000000-0000-4000-8000-000000000001";

let subgraphs: RunningSubgraphs;
let gateway: GatewayUnderTest;
const counter = countingFetcher();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  subgraphs = await startSubgraphProcesses();
  gateway = await startGateway(subgraphs.routes, { fetcher: counter.fetcher });
  tokens.staff = await tokenFor({ role: "staff" });
  tokens.council = await tokenFor({ role: "council" });
  tokens.member = await tokenFor({ role: "member", memberId: M1 });
  tokens.territory = await tokenFor({ role: "territory", territoryId: GRESILLES });
}, 120_000);
afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
});

const client = (token?: string): ApolloClient => clientFor(gateway.url, token);

describe("viewer", () => {
  const VIEWER = gql`
    query Viewer {
      viewer {
        subject
        role
        roleLabel
        member {
          id
          name
          siret
          neighbourhoodActions(first: 1) {
            totalCount
          }
        }
        territory {
          id
          name
          kind
          kindLabel
        }
      }
    }
  `;
  type ViewerData = {
    viewer: {
      subject: string;
      role: string;
      roleLabel: string;
      member: {
        id: string;
        name: string;
        siret: string | null;
        neighbourhoodActions: { totalCount: number };
      } | null;
      territory: { id: string; name: string; kind: string; kindLabel: string } | null;
    } | null;
  };

  it("is null for an anonymous caller, without an error", async () => {
    const result = await client().query<ViewerData>({ query: VIEWER });
    expect(result.error).toBeUndefined();
    expect(result.data).toMatchObject({ viewer: null });
  });

  it("gives a member its member, across subgraphs, with its own protected fields", async () => {
    const result = await client(tokens.member).query<ViewerData>({ query: VIEWER });
    expect(result.error).toBeUndefined();
    expect(result.data?.viewer).toMatchObject({
      subject: "dev-member",
      role: "MEMBER",
      roleLabel: "Structure membre",
      member: { id: M1, name: "Compagnie des Grésilles (exemple)", siret: expect.stringMatching(/^\d{14}$/) },
      territory: null,
    });
    expect(result.data?.viewer?.member?.neighbourhoodActions.totalCount).toBeGreaterThan(0);
  });

  it("gives a territory its territory, resolved by the knowledge subgraph", async () => {
    const result = await client(tokens.territory).query<ViewerData>({ query: VIEWER });
    expect(result.error).toBeUndefined();
    expect(result.data?.viewer).toMatchObject({
      role: "TERRITORY",
      roleLabel: "Territoire partenaire",
      member: null,
      territory: { id: GRESILLES, name: "Les Grésilles, Dijon", kindLabel: expect.any(String) },
    });
  });

  it.each([
    ["staff", "STAFF", "Équipe du Pôle"],
    ["council", "COUNCIL", "Conseil régional"],
  ])("gives %s its role, with neither member nor territory", async (role, name, label) => {
    const result = await client(tokens[role]).query<ViewerData>({ query: VIEWER });
    expect(result.error).toBeUndefined();
    expect(result.data?.viewer).toMatchObject({
      subject: `dev-${role}`,
      role: name,
      roleLabel: label,
      member: null,
      territory: null,
    });
  });
});

describe("viewer while the knowledge subgraph is down", () => {
  let degraded: GatewayUnderTest;
  beforeAll(async () => {
    degraded = await startGateway({
      ...subgraphs.routes,
      knowledge: { url: "http://127.0.0.1:9/graphql", secret: subgraphs.routes.knowledge.secret },
    });
  });
  afterAll(() => degraded?.stop());

  it("costs only the territory's own fields: the role and the territory's id are still there", async () => {
    const result = await clientFor(degraded.url, tokens.territory).query<{
      viewer: { role: string; territory: { id: string; name: string } | null };
      again: { territory: { id: string } | null };
    }>({
      query: gql`
        query DegradedViewer {
          viewer {
            role
            territory {
              id
              name
            }
          }
          again: viewer {
            territory {
              id
            }
          }
        }
      `,
      errorPolicy: "all",
    });
    expect(result.data?.viewer).toMatchObject({ role: "TERRITORY", territory: null });
    expect(result.data?.again).toMatchObject({ territory: { id: GRESILLES } });
    expect(JSON.stringify(result.error)).toMatch(/SERVICE_UNAVAILABLE|unavailable/i);
  });
});

describe("French labels of enum values", () => {
  it("labels each subgraph's enums next to the values, in one query across the three", async () => {
    const result = await client().query<{
      member: {
        legalForm: string;
        legalFormLabel: string;
        activityLabels: string[];
        membershipKindLabel: string;
      };
      practice: { status: string; statusLabel: string; pillarLabel: string };
      neighbourhoodActions: {
        edges: { node: { kind: string; kindLabel: string; statusLabel: string; placeKindLabel: string } }[];
      };
    }>({
      query: gql`
        query Labels($member: ID!, $practice: ID!) {
          member(id: $member) {
            legalForm
            legalFormLabel
            activityLabels
            membershipKindLabel
          }
          practice(id: $practice) {
            status
            statusLabel
            pillarLabel
          }
          neighbourhoodActions(first: 3) {
            edges {
              node {
                kind
                kindLabel
                statusLabel
                placeKindLabel
              }
            }
          }
        }
      `,
      variables: { member: M1, practice: PRACTICE_PUBLISHED },
    });
    expect(result.error).toBeUndefined();
    expect(result.data?.member).toMatchObject({
      legalForm: "ASSOCIATION",
      legalFormLabel: "Association",
      activityLabels: ["Spectacle vivant"],
      membershipKindLabel: "Installé dans l'immeuble Boutaric",
    });
    expect(result.data?.practice).toMatchObject({ status: "PUBLISHED", statusLabel: "Publiée" });
    for (const { node } of result.data!.neighbourhoodActions.edges) {
      expect(node.kindLabel).toMatch(/\S/);
      expect(node.statusLabel).toMatch(/\S/);
      expect(node.placeKindLabel).toMatch(/\S/);
    }
  });

  it("refuses a protected enum's label where its field is refused, and gives it to those who may read the field", async () => {
    const query = gql`
      query Engagements($id: ID!) {
        member(id: $id) {
          name
          serviceEngagements {
            kindLabel
          }
        }
      }
    `;
    const anonymous = await client().query<{ member: { name: string } | null }>({
      query,
      variables: { id: M1 },
      errorPolicy: "all",
    });
    expect(JSON.stringify(anonymous.error)).toMatch(/UNAUTHENTICATED/);
    const own = await client(tokens.member).query<{
      member: { serviceEngagements: { kindLabel: string }[] };
    }>({
      query,
      variables: { id: M1 },
    });
    expect(own.error).toBeUndefined();
    expect(own.data!.member.serviceEngagements.length).toBeGreaterThan(0);
    for (const engagement of own.data!.member.serviceEngagements) expect(engagement.kindLabel).toMatch(/\S/);
  });
});

describe("a member's website and logo", () => {
  it("are written by the member itself and read by anyone", async () => {
    const links = {
      website: "https://compagnie.example.org/spectacles",
      logoUrl: "https://compagnie.example.org/media/logo.png",
    };
    const written = await client(tokens.member).mutate<{ updateMember: { member: typeof links } }>({
      mutation: gql`
        mutation Links($input: UpdateMemberInput!) {
          updateMember(input: $input) {
            member {
              id
              website
              logoUrl
            }
          }
        }
      `,
      variables: { input: { id: M1, ...links } },
    });
    expect(written.error).toBeUndefined();
    const read = await client().query<{ member: typeof links }>({
      query: gql`
        query MemberLinks($id: ID!) {
          member(id: $id) {
            website
            logoUrl
          }
        }
      `,
      variables: { id: M1 },
    });
    expect(read.data?.member).toMatchObject(links);
  });

  it("refuses a javascript: website with BAD_USER_INPUT", async () => {
    const result = await client(tokens.member).mutate({
      mutation: gql`
        mutation BadLink($input: UpdateMemberInput!) {
          updateMember(input: $input) {
            member {
              id
            }
          }
        }
      `,
      variables: { input: { id: M1, website: "javascript:alert(1)" } },
      errorPolicy: "all",
    });
    expect(JSON.stringify(result.error)).toMatch(/BAD_USER_INPUT/);
  });
});

describe("submitContribution", () => {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  let phaseId: string;

  beforeAll(async () => {
    const staff = client(tokens.staff);
    const project = await staff.mutate<{
      createParticipatoryProject: { participatoryProject: { id: string } };
    }>({
      mutation: gql`
        mutation Project($input: CreateParticipatoryProjectInput!) {
          createParticipatoryProject(input: $input) {
            participatoryProject {
              id
            }
          }
        }
      `,
      variables: {
        input: {
          title: "Un square pour tous (test)",
          summary: "Un projet de test.",
          startsOn: day(-60),
          place: "Square",
        },
      },
    });
    const phase = await staff.mutate<{ createProjectPhase: { phase: { id: string } } }>({
      mutation: gql`
        mutation Phase($input: CreateProjectPhaseInput!) {
          createProjectPhase(input: $input) {
            phase {
              id
            }
          }
        }
      `,
      variables: {
        input: {
          projectId: project.data!.createParticipatoryProject.participatoryProject.id,
          title: "Phase ouverte (test)",
          description: "Une phase de test.",
          startsOn: day(-1),
          endsOn: day(30),
        },
      },
    });
    phaseId = phase.data!.createProjectPhase.phase.id;
  });

  it("updates the phase's counter in Apollo Client's cache from its answer, with no second query", async () => {
    const PHASE = gql`
      query PhaseCounter($id: ID!) {
        projectPhase(id: $id) {
          id
          contributionCounts {
            published
          }
        }
      }
    `;
    const ui = new Client({ link: new HttpLink({ uri: gateway.url }), cache: new InMemoryCache() });
    const before = await ui.query<{ projectPhase: { contributionCounts: { published: number } } }>({
      query: PHASE,
      variables: { id: phaseId },
    });
    expect(before.data?.projectPhase.contributionCounts.published).toBe(0);
    const submitted = await ui.mutate<{ submitContribution: { awaitsModeration: boolean } }>({
      mutation: gql`
        mutation Submit($input: SubmitContributionInput!) {
          submitContribution(input: $input) {
            awaitsModeration
            contribution {
              id
            }
            phase {
              id
              contributionCounts {
                published
              }
            }
          }
        }
      `,
      variables: {
        input: { phaseId, displayName: "Voisine du 3e", body: "Des bancs à l'ombre, s'il vous plaît." },
      },
    });
    expect(submitted.error).toBeUndefined();
    expect(submitted.data?.submitContribution.awaitsModeration).toBe(false);
    counter.calls.length = 0;
    const after = ui.readQuery<{ projectPhase: { contributionCounts: { published: number } } }>({
      query: PHASE,
      variables: { id: phaseId },
    });
    expect(after?.projectPhase.contributionCounts.published).toBe(1);
    expect(counter.calls).toEqual([]);
  });
});
