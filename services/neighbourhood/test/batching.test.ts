import type { SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { ContributionStatus } from "../src/contribution/contribution-status.enum";
import { Contribution } from "../src/contribution/contribution.entity";
import { ActionKind } from "../src/neighbourhood-action/action-kind.enum";
import { ActionLeadMember } from "../src/neighbourhood-action/action-lead-member.entity";
import { ActionPlaceKind } from "../src/neighbourhood-action/action-place-kind.enum";
import { ActionStatus } from "../src/neighbourhood-action/action-status.enum";
import { NeighbourhoodAction } from "../src/neighbourhood-action/neighbourhood-action.entity";
import { ParticipatoryProject } from "../src/participatory-project/participatory-project.entity";
import { ProjectPhase } from "../src/project-phase/project-phase.entity";
import { ProjectResult } from "../src/project-result/project-result.entity";
import { ResultMilestone } from "../src/project-result/result-milestone.entity";
import { startNeighbourhood } from "./neighbourhood-harness";

/** Enough rows that pages of 5 and of 50 are both partial (so both need their count). */
const ACTIONS = 60;
const MEMBERS = 60;
const CONTRIBUTIONS_PER_PHASE = 60;
const PROJECTS = 3;

const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, "0")}`;
const memberId = (n: number) => uuid("a1000000", n);

let neighbourhood: SubgraphUnderTest;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood({ sampleData: false });
  const db = neighbourhood.dataSource;
  await db.getRepository(ParticipatoryProject).insert(
    Array.from({ length: PROJECTS }, (_, p) => ({
      id: uuid("e1000000", p),
      title: `Projet ${p}`,
      summary: "Projet de test.",
      startsOn: "2020-01-01",
      place: "Esplanade Boutaric",
    })),
  );
  await db.getRepository(ProjectPhase).insert(
    Array.from({ length: PROJECTS * 2 }, (_, n) => ({
      id: uuid("e2000000", n),
      projectId: uuid("e1000000", n % PROJECTS),
      title: `Phase ${n}`,
      description: "Phase de test.",
      startsOn: n < PROJECTS ? "2020-01-01" : "2021-01-01",
      endsOn: n < PROJECTS ? "2020-12-31" : "2021-12-31",
    })),
  );
  // In every phase, one contribution in ten is hidden.
  await db.getRepository(Contribution).insert(
    Array.from({ length: PROJECTS * 2 }, (_, p) =>
      Array.from({ length: CONTRIBUTIONS_PER_PHASE }, (_, k) => ({
        phaseId: uuid("e2000000", p),
        displayName: `Voisin ${p}-${k}`,
        body: `Contribution de test numéro ${k}.`,
        submittedAt: new Date(Date.UTC(2020, 0, 1) + k * 3_600_000),
        status: k % 10 === 0 ? ContributionStatus.HIDDEN : ContributionStatus.PUBLISHED,
        moderationReason: k % 10 === 0 ? "Test." : null,
        voteCount: k % 7,
      })),
    ).flat(),
  );
  await db.getRepository(ProjectResult).insert(
    Array.from({ length: PROJECTS * 2 }, (_, n) => ({
      id: uuid("e3000000", n),
      projectId: uuid("e1000000", n % PROJECTS),
      title: `Résultat ${n}`,
      description: "Résultat de test.",
      progress: (n * 20) % 101,
    })),
  );
  await db.getRepository(ResultMilestone).insert(
    Array.from({ length: PROJECTS * 4 }, (_, n) => ({
      resultId: uuid("e3000000", n % (PROJECTS * 2)),
      occurredOn: "2020-06-01",
      title: `Étape ${n}`,
    })),
  );
  const kinds = Object.values(ActionKind);
  await db.getRepository(NeighbourhoodAction).insert(
    Array.from({ length: ACTIONS }, (_, n) => ({
      id: uuid("e0000000", n),
      kind: kinds[n % kinds.length],
      title: `Action ${n}`,
      description: "Action de test.",
      startsOn: `2020-01-${String((n % 28) + 1).padStart(2, "0")}`,
      place: "Immeuble Boutaric",
      placeKind: ActionPlaceKind.BOUTARIC_BUILDING,
      status: ActionStatus.RUNNING,
      participatoryProjectId: uuid("e1000000", n % PROJECTS),
    })),
  );
  // Every action led by two members; every member leads at least two actions.
  await db.getRepository(ActionLeadMember).insert(
    Array.from({ length: ACTIONS }, (_, n) => [
      { actionId: uuid("e0000000", n), memberId: memberId(n % MEMBERS) },
      { actionId: uuid("e0000000", n), memberId: memberId((n + 1) % MEMBERS) },
    ]).flat(),
  );
});
afterAll(() => neighbourhood.stop());

const ACTION_TREE = `
  id leadMembers { id } marketStudy { question } collectiveInitiative { initiative }
  employmentOutcomes { id } insertionCohorts { id }
  participatoryProject {
    id progress results { id status milestones { id } }
    phases { id isOpen contributions(first: 50) { totalCount edges { node { id displayName voteCount phase { id } } } } }
  }`;

async function statements<T>(query: string, variables: Record<string, unknown>, check: (data: T) => void) {
  neighbourhood.statements.reset();
  const result = await neighbourhood.request<T>(query, variables);
  expect(result.errors).toBeUndefined();
  check(result.data!);
  return neighbourhood.statements.count;
}

describe("statements per request do not grow with list sizes", () => {
  it("lists 5 and 50 actions with their lead members, details, project, phases and contributions in the same statements", async () => {
    const forPage = (first: number) =>
      statements<{
        neighbourhoodActions: {
          edges: {
            node: {
              leadMembers: unknown[];
              participatoryProject: { phases: { contributions: { edges: unknown[] } }[] };
            };
          }[];
        };
      }>(
        `query($first: Int) { neighbourhoodActions(first: $first) { edges { node { ${ACTION_TREE} } } } }`,
        { first },
        (data) => {
          const nodes = data.neighbourhoodActions.edges.map((edge) => edge.node);
          expect(nodes).toHaveLength(first);
          for (const node of nodes) {
            expect(node.leadMembers).toHaveLength(2);
            expect(node.participatoryProject.phases).toHaveLength(2);
            for (const phase of node.participatoryProject.phases) {
              // Anonymous callers see the published contributions only: 9 in 10.
              expect(phase.contributions.edges).toHaveLength(
                Math.min(50, CONTRIBUTIONS_PER_PHASE - CONTRIBUTIONS_PER_PHASE / 10),
              );
            }
          }
        },
      );
    const five = await forPage(5);
    // page, count, lead members, market studies, initiatives, outcomes, cohorts, projects, results,
    // milestones, phases, contributions, the contributions' phases
    expect(five).toBe(13);
    expect(await forPage(50)).toBe(five);
  });

  it("resolves 5 and 50 members' filtered actions, with the same tree, in the same statements", async () => {
    const forMembers = (count: number) =>
      statements<{ _entities: { neighbourhoodActions: { totalCount: number; edges: unknown[] } }[] }>(
        `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Member {
          neighbourhoodActions(first: 10, filter: { status: RUNNING, to: "2020-12-31" }, sort: { field: TITLE }) {
            totalCount edges { node { ${ACTION_TREE} } }
          }
        } } }`,
        {
          representations: Array.from({ length: count }, (_, n) => ({
            __typename: "Member",
            id: memberId(n),
          })),
        },
        (data) => {
          expect(data._entities).toHaveLength(count);
          for (const member of data._entities) expect(member.neighbourhoodActions.totalCount).toBe(2);
        },
      );
    const five = await forMembers(5);
    // the members' pages, then the same tree as above without the list's count
    expect(five).toBe(12);
    expect(await forMembers(50)).toBe(five);
  });

  it("pages through 5 and 50 contributions of every phase of every project in the same statements", async () => {
    const forPage = (first: number) =>
      statements<{
        participatoryProjects: { edges: { node: { phases: { contributions: { edges: unknown[] } }[] } }[] };
      }>(
        `query($first: Int) { participatoryProjects { edges { node { phases {
          contributions(first: $first, sort: { field: VOTE_COUNT, direction: DESC }) {
            totalCount edges { node { id displayName voteCount submittedAt phase { id project { id } } } }
          }
        } } } } }`,
        { first },
        (data) => {
          for (const project of data.participatoryProjects.edges) {
            for (const phase of project.node.phases) expect(phase.contributions.edges).toHaveLength(first);
          }
        },
      );
    const five = await forPage(5);
    expect(five).toBe(5); // the projects (all on one page: no count), phases, contributions, their phases, projects
    expect(await forPage(50)).toBe(five);
  });
});
