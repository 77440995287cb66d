import { CLIENT_IP_HEADER, SUBGRAPH_SECRET_HEADER } from "@pole/subgraph-kit";
import {
  postGraphQL,
  startSubgraphUnderTest,
  type GraphQLResult,
  type SubgraphUnderTest,
  type SubgraphUnderTestOptions,
} from "@pole/subgraph-kit/testing";
import { todayInDijon } from "../src/common/calendar";
import { createNeighbourhoodDataSource } from "../src/data-source";
import { loadSampleData } from "../src/sample-data/load-sample-data";
import type { SampleAction } from "../src/sample-data/sample-actions";
import { createServer } from "../src/server";
import type { NeighbourhoodSettings } from "../src/settings";

/**
 * The neighbourhood subgraph on a fresh database of its own, with the sample data unless told otherwise,
 * and the given per-client bounds (else the environment's defaults).
 */
export function startNeighbourhood(
  options: SubgraphUnderTestOptions & { settings?: NeighbourhoodSettings } = {},
): Promise<SubgraphUnderTest> {
  const { settings, ...harnessOptions } = options;
  return startSubgraphUnderTest(
    {
      label: "neighbourhood",
      createDataSource: createNeighbourhoodDataSource,
      createServer: (serverOptions) => createServer({ ...serverOptions, settings }),
      loadSampleData,
    },
    harnessOptions,
  );
}

/** A request as the gateway sends it for an end client at `clientIp` (header `x-pole-client-ip`). */
export function requestFrom<T = Record<string, unknown>>(
  subgraph: SubgraphUnderTest,
  clientIp: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<GraphQLResult<T>> {
  return postGraphQL<T>(subgraph.url, query, variables, token, {
    ...(subgraph.secret ? { [SUBGRAPH_SECRET_HEADER]: subgraph.secret } : {}),
    [CLIENT_IP_HEADER]: clientIp,
  });
}

/** Creates (as staff) a participatory project that started 60 days ago; its id. */
export async function createTestProject(subgraph: SubgraphUnderTest, staffToken: string): Promise<string> {
  const project = await subgraph.request<{
    createParticipatoryProject: { participatoryProject: { id: string } };
  }>(
    `mutation($input: CreateParticipatoryProjectInput!) { createParticipatoryProject(input: $input) { participatoryProject { id } } }`,
    {
      input: {
        title: "Un square pour tous (test)",
        summary: "Le square des Grésilles, repensé avec les habitants.",
        startsOn: daysFromToday(-60),
        place: "Square des Grésilles",
      },
    },
    staffToken,
  );
  if (!project.data) throw new Error(`could not create a project: ${JSON.stringify(project.errors)}`);
  return project.data.createParticipatoryProject.participatoryProject.id;
}

/** Creates (as staff) a phase of a project from `from` to `to` days from today; its id. */
export async function createTestPhase(
  subgraph: SubgraphUnderTest,
  staffToken: string,
  projectId: string,
  { title, from, to }: { title: string; from: number; to: number },
): Promise<string> {
  const phase = await subgraph.request<{ createProjectPhase: { phase: { id: string } } }>(
    `mutation($input: CreateProjectPhaseInput!) { createProjectPhase(input: $input) { phase { id } } }`,
    {
      input: {
        projectId,
        title,
        description: "Phase de test.",
        startsOn: daysFromToday(from),
        endsOn: daysFromToday(to),
      },
    },
    staffToken,
  );
  if (!phase.data) throw new Error(`could not create a phase: ${JSON.stringify(phase.errors)}`);
  return phase.data.createProjectPhase.phase.id;
}

/** Creates (as staff) a participatory project with one phase open from yesterday for a month; its id. */
export async function createOpenPhase(subgraph: SubgraphUnderTest, staffToken: string): Promise<string> {
  const projectId = await createTestProject(subgraph, staffToken);
  return createTestPhase(subgraph, staffToken, projectId, { title: "Phase ouverte", from: -1, to: 30 });
}

/** A date `days` away from today in Dijon, as YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const today = todayInDijon();
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The code of a GraphQL answer's first error, its message, for compact assertions. */
export const firstError = (result: GraphQLResult<unknown>) => ({
  code: result.errors?.[0]?.extensions?.code,
  message: result.errors?.[0]?.message,
});

/** Ids of sample actions used across the tests. */
export const PORTRAITS_DE_L_IMMEUBLE = "b0000000-0000-4000-8000-000000000001";
/** The only open-ended sample action (no end date). */
export const VERS_UN_PARCOURS_D_INSERTION = "b0000000-0000-4000-8000-000000000017";
/** The sample action with the most lead members (four). */
export const INAUGURATION_DE_L_ESPLANADE = "b0000000-0000-4000-8000-000000000019";
export const UNKNOWN_ACTION = "b0000000-0000-4000-8000-0000000000ff";

/** The sample action in neither the building nor on the Esplanade. */
export const LECTURES_AU_JARDIN = "b0000000-0000-4000-8000-000000000020";
/** Sample actions with kind details: the market study, an initiative, employment partnership, pathway. */
export const CAFE_CULTUREL_STUDY = "b0000000-0000-4000-8000-000000000013";
export const JARDIN_PARTAGE_SUPPORT = "b0000000-0000-4000-8000-000000000006";
export const IMMERSIONS = "b0000000-0000-4000-8000-000000000015";

/** Id of the sample participatory project « Réenchantez l'Esplanade Boutaric ». */
export const REENCHANTEZ_L_ESPLANADE = "b1000000-0000-4000-8000-000000000001";

/** Ids of the economic subgraph's sample members (services/economic/src/sample-data/sample-members.ts). */
export const COMPAGNIE_DES_GRESILLES = "a0000000-0000-4000-8000-000000000001";
export const UNKNOWN_MEMBER = "a0000000-0000-4000-8000-0000000000ff";
/** The economic subgraph's sample members 1 to 15; six of them lead no neighbourhood action. */
export const FIFTEEN_MEMBERS = Array.from(
  { length: 15 },
  (_, index) => `a0000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`,
);

/** Sample actions in the API's list order: newest first (start date descending), then by id. */
export function newestFirst(actions: SampleAction[]): SampleAction[] {
  return [...actions].sort((a, b) =>
    a.startsOn === b.startsOn ? a.id.localeCompare(b.id) : b.startsOn.localeCompare(a.startsOn),
  );
}
