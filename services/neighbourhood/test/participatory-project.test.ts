import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { ContributionStatus } from "../src/contribution/contribution-status.enum";
import { sampleProject } from "../src/sample-data/sample-actions";
import { sampleContributions, samplePhases, sampleResults } from "../src/sample-data/sample-project";
import {
  COMPAGNIE_DES_GRESILLES,
  firstError,
  REENCHANTEZ_L_ESPLANADE,
  startNeighbourhood,
} from "./neighbourhood-harness";

let neighbourhood: SubgraphUnderTest;
let staff: string;
let member: string;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood();
  staff = await tokenFor({ role: "staff" });
  member = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
});
afterAll(() => neighbourhood.stop());

const [DIAGNOSTIC, IMAGINER, CHANTIER, BILAN] = samplePhases.map((phase) => phase.id);
const HIDDEN_AD = sampleContributions.find(
  (c) => c.status === ContributionStatus.HIDDEN && c.phaseId === IMAGINER,
)!;

interface ContributionNode {
  id: string;
  displayName: string;
  voteCount: number;
}
interface PhaseContributions {
  projectPhase: {
    contributions: { totalCount: number; edges: { node: ContributionNode }[] };
  };
}

const PHASE_CONTRIBUTIONS = `query($id: ID!, $filter: ContributionFilter, $sort: ContributionSort) {
  projectPhase(id: $id) { contributions(first: 100, filter: $filter, sort: $sort) {
    totalCount edges { node { id displayName voteCount } }
  } }
}`;

/** The sample contributions of a phase the API should list, newest first, with their fields. */
const expectedContributions = (phaseId: string, statuses = [ContributionStatus.PUBLISHED]) =>
  sampleContributions
    .filter((c) => c.phaseId === phaseId && statuses.includes(c.status))
    .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime() || a.id.localeCompare(b.id))
    .map((c) => ({ id: c.id, displayName: c.displayName, voteCount: c.votes }));

async function phaseContributions(phaseId: string, variables: Record<string, unknown> = {}, token?: string) {
  const result = await neighbourhood.request<PhaseContributions>(
    PHASE_CONTRIBUTIONS,
    { id: phaseId, ...variables },
    token,
  );
  expect(result.errors).toBeUndefined();
  const page = result.data!.projectPhase.contributions;
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((edge) => edge.node);
}

describe("« Réenchantez l'Esplanade Boutaric » as a frontend reads it", () => {
  it("lists the phases in date order, closed today, the one without contributions included", async () => {
    const result = await neighbourhood.request<{ participatoryProject: { phases: unknown[] } }>(
      `query($id: ID!) { participatoryProject(id: $id) { phases { id title startsOn endsOn acceptsContributions isOpen project { id } } } }`,
      { id: REENCHANTEZ_L_ESPLANADE },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.participatoryProject.phases).toEqual(
      samplePhases.map(({ id, title, startsOn, endsOn, acceptsContributions }) => ({
        id,
        title,
        startsOn,
        endsOn,
        acceptsContributions,
        isOpen: false,
        project: { id: REENCHANTEZ_L_ESPLANADE },
      })),
    );
  });

  it("follows its results as Decidim does: progress, status, milestones and the mean progress", async () => {
    const result = await neighbourhood.request<{
      participatoryProject: { progress: number; results: unknown[] };
    }>(
      `query($id: ID!) { participatoryProject(id: $id) {
        progress results { id title progress status startsOn endsOn milestones { id occurredOn title } }
      } }`,
      { id: REENCHANTEZ_L_ESPLANADE },
    );
    expect(result.errors).toBeUndefined();
    const mean = sampleResults.reduce((sum, r) => sum + r.progress, 0) / sampleResults.length;
    expect(result.data?.participatoryProject.progress).toBe(Math.round(mean * 10) / 10);
    expect(result.data?.participatoryProject.results).toEqual(
      sampleResults.map(({ id, title, progress, startsOn, endsOn, milestones }) => ({
        id,
        title,
        progress,
        status: progress === 0 ? "NOT_STARTED" : progress === 100 ? "COMPLETED" : "IN_PROGRESS",
        startsOn,
        endsOn,
        milestones: [...milestones].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn)),
      })),
    );
  });

  it("ends as its phases say: every result within the phases, all closed, and a final progress of 100 %", async () => {
    const result = await neighbourhood.request<{
      participatoryProject: {
        endsOn: string;
        progressPercentage: number;
        phases: { startsOn: string; endsOn: string; isOpen: boolean }[];
        results: { status: string; startsOn: string | null; endsOn: string | null }[];
      };
    }>(
      `query($id: ID!) { participatoryProject(id: $id) {
        endsOn progressPercentage phases { startsOn endsOn isOpen } results { status startsOn endsOn }
      } }`,
      { id: REENCHANTEZ_L_ESPLANADE },
    );
    expect(result.errors).toBeUndefined();
    const project = result.data!.participatoryProject;
    const first = project.phases.map((phase) => phase.startsOn).sort()[0];
    const last = project.phases
      .map((phase) => phase.endsOn)
      .sort()
      .at(-1)!;
    expect(project.phases.every((phase) => !phase.isOpen)).toBe(true);
    expect(last).toBe(project.endsOn);
    for (const item of project.results) {
      expect(item).toMatchObject({ status: "COMPLETED" });
      expect(item.startsOn! >= first && item.endsOn! <= last).toBe(true);
    }
    expect(project.progressPercentage).toBe(100);
  });

  it("lists a phase's published contributions newest first, for anyone", async () => {
    const expected = expectedContributions(IMAGINER);
    expect(expected.length).toBeGreaterThan(1);
    expect(await phaseContributions(IMAGINER)).toEqual(expected);
  });

  it("sorts a phase's contributions by votes", async () => {
    const expected = [...expectedContributions(DIAGNOSTIC)].sort(
      (a, b) => b.voteCount - a.voteCount || a.id.localeCompare(b.id),
    );
    expect(
      await phaseContributions(DIAGNOSTIC, { sort: { field: "VOTE_COUNT", direction: "DESC" } }),
    ).toEqual(expected);
  });

  it("filters contributions by the day they were sent, on Dijon's calendar", async () => {
    // Sent on 31 December 2011 at 23:30 UTC: already 1 January 2012 in Dijon.
    const newYear = sampleContributions.find(
      (c) => c.submittedAt.toISOString() === "2011-12-31T23:30:00.000Z",
    )!;
    expect((await phaseContributions(IMAGINER, { filter: { from: "2012-01-01" } })).map((c) => c.id)).toEqual(
      [newYear.id],
    );
    expect(
      (await phaseContributions(IMAGINER, { filter: { to: "2011-12-31" } })).map((c) => c.id),
    ).not.toContain(newYear.id);
  });

  it("answers a phase without contributions with an empty page", async () => {
    expect(await phaseContributions(CHANTIER)).toEqual([]);
  });
});

describe("moderation is visible to the staff only", () => {
  it("shows hidden contributions to the staff, with their reason", async () => {
    expect(await phaseContributions(IMAGINER, {}, staff)).toEqual(
      expectedContributions(IMAGINER, [ContributionStatus.PUBLISHED, ContributionStatus.HIDDEN]),
    );
    const result = await neighbourhood.request<{ contribution: unknown }>(
      `query($id: ID!) { contribution(id: $id) { id status moderationReason moderatedAt } }`,
      { id: HIDDEN_AD.id },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.contribution).toEqual({
      id: HIDDEN_AD.id,
      status: "HIDDEN",
      moderationReason: HIDDEN_AD.moderationReason,
      moderatedAt: HIDDEN_AD.moderatedAt!.toISOString(),
    });
  });

  it("hides hidden contributions from everyone else, signed in or not", async () => {
    for (const token of [undefined, member, await tokenFor({ role: "council" })]) {
      expect(await phaseContributions(IMAGINER, {}, token)).toEqual(expectedContributions(IMAGINER));
      const result = await neighbourhood.request(
        `query($id: ID!) { contribution(id: $id) { id body } }`,
        { id: HIDDEN_AD.id },
        token,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ contribution: null });
    }
  });

  it("refuses a non-staff caller asking for hidden contributions", async () => {
    const result = await neighbourhood.request(
      PHASE_CONTRIBUTIONS,
      { id: IMAGINER, filter: { status: "HIDDEN" } },
      member,
    );
    expect(firstError(result)).toEqual({
      code: "FORBIDDEN",
      message: "Only the staff may see hidden contributions.",
    });
  });

  it("refuses the moderation fields of a published contribution to anyone but the staff", async () => {
    const published = expectedContributions(BILAN)[0];
    const query = `query($id: ID!) { contribution(id: $id) { id moderationReason } }`;
    const anonymous = await neighbourhood.request<{ contribution: unknown }>(query, { id: published.id });
    expect(firstError(anonymous).code).toBe("UNAUTHENTICATED");
    expect(anonymous.data?.contribution).toEqual({ id: published.id, moderationReason: null });
    expect(firstError(await neighbourhood.request(query, { id: published.id }, member)).code).toBe(
      "FORBIDDEN",
    );
    const forStaff = await neighbourhood.request(query, { id: published.id }, staff);
    expect(forStaff.errors).toBeUndefined();
  });
});

describe("the staff manage projects, phases and results", () => {
  const CREATE_PROJECT = `mutation($input: CreateParticipatoryProjectInput!) {
    createParticipatoryProject(input: $input) { participatoryProject { id title startsOn endsOn place phases { id } progress } }
  }`;
  const CREATE_PHASE = `mutation($input: CreateProjectPhaseInput!) {
    createProjectPhase(input: $input) { phase { id title startsOn endsOn acceptsContributions project { id } } }
  }`;
  const UPDATE_PHASE = `mutation($input: UpdateProjectPhaseInput!) { updateProjectPhase(input: $input) { phase { id endsOn } } }`;
  const UPDATE_PROJECT = `mutation($input: UpdateParticipatoryProjectInput!) {
    updateParticipatoryProject(input: $input) { participatoryProject { id endsOn } }
  }`;

  const newProject = async () => {
    const result = await neighbourhood.request<{
      createParticipatoryProject: { participatoryProject: { id: string } };
    }>(
      CREATE_PROJECT,
      {
        input: {
          title: "Un nouveau souffle pour le square (test)",
          summary: "Projet participatif autour du square.",
          startsOn: "2015-01-01",
          endsOn: "2016-12-31",
          place: "Square des Grésilles",
        },
      },
      staff,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createParticipatoryProject.participatoryProject;
  };
  const phase = (projectId: string, overrides: Record<string, unknown> = {}) => ({
    projectId,
    title: "Diagnostic",
    description: "Ce que les habitants en pensent.",
    startsOn: "2015-01-01",
    endsOn: "2015-06-30",
    ...overrides,
  });

  it("creates a project, then its phases one after the other", async () => {
    const project = await newProject();
    expect(project).toEqual({
      id: expect.any(String),
      title: "Un nouveau souffle pour le square (test)",
      startsOn: "2015-01-01",
      endsOn: "2016-12-31",
      place: "Square des Grésilles",
      phases: [],
      progress: null,
    });
    const first = await neighbourhood.request(CREATE_PHASE, { input: phase(project.id) }, staff);
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({
      createProjectPhase: {
        phase: {
          id: expect.any(String),
          title: "Diagnostic",
          startsOn: "2015-01-01",
          endsOn: "2015-06-30",
          acceptsContributions: true,
          project: { id: project.id },
        },
      },
    });
    const second = await neighbourhood.request(
      CREATE_PHASE,
      {
        input: phase(project.id, {
          title: "Chantier",
          startsOn: "2015-07-01",
          endsOn: "2015-12-31",
          acceptsContributions: false,
        }),
      },
      staff,
    );
    expect(second.errors).toBeUndefined();
  });

  it("refuses overlapping phases with CONFLICT and a phase outside the project's dates", async () => {
    const project = await newProject();
    expect(
      (await neighbourhood.request(CREATE_PHASE, { input: phase(project.id) }, staff)).errors,
    ).toBeUndefined();
    const overlapping = await neighbourhood.request(
      CREATE_PHASE,
      { input: phase(project.id, { startsOn: "2015-06-30", endsOn: "2015-09-30" }) },
      staff,
    );
    expect(firstError(overlapping)).toEqual({
      code: "CONFLICT",
      message: "This overlaps an existing record.",
    });
    const outside = await neighbourhood.request(
      CREATE_PHASE,
      { input: phase(project.id, { startsOn: "2016-10-01", endsOn: "2017-01-31" }) },
      staff,
    );
    expect(firstError(outside)).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.endsOn: a phase must lie within its project's dates (2015-01-01 to 2016-12-31)",
    });
  });

  it("changes a phase's dates and refuses shortening a project below its phases", async () => {
    const project = await newProject();
    const created = await neighbourhood.request<{ createProjectPhase: { phase: { id: string } } }>(
      CREATE_PHASE,
      { input: phase(project.id) },
      staff,
    );
    const phaseId = created.data!.createProjectPhase.phase.id;
    const updated = await neighbourhood.request(
      UPDATE_PHASE,
      { input: { id: phaseId, endsOn: "2015-03-31" } },
      staff,
    );
    expect(updated.data).toEqual({ updateProjectPhase: { phase: { id: phaseId, endsOn: "2015-03-31" } } });
    expect(
      firstError(
        await neighbourhood.request(
          UPDATE_PROJECT,
          { input: { id: project.id, endsOn: "2015-02-28" } },
          staff,
        ),
      ),
    ).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.startsOn: 1 phase(s) of the project would fall outside its new dates: change them first",
    });
    const longer = await neighbourhood.request(
      UPDATE_PROJECT,
      { input: { id: project.id, endsOn: null } },
      staff,
    );
    expect(longer.data).toEqual({
      updateParticipatoryProject: { participatoryProject: { id: project.id, endsOn: null } },
    });
  });

  it("adds results and milestones, and recomputes the mean progress", async () => {
    const project = await newProject();
    const CREATE_RESULT = `mutation($input: CreateProjectResultInput!) { createProjectResult(input: $input) { result { id progress status } } }`;
    const first = await neighbourhood.request<{ createProjectResult: { result: { id: string } } }>(
      CREATE_RESULT,
      { input: { projectId: project.id, title: "Des bancs", description: "Bancs.", progress: 40 } },
      staff,
    );
    expect(first.data?.createProjectResult.result).toEqual({
      id: expect.any(String),
      progress: 40,
      status: "IN_PROGRESS",
    });
    await neighbourhood.request(
      CREATE_RESULT,
      { input: { projectId: project.id, title: "Des arbres", description: "Arbres.", progress: 100 } },
      staff,
    );
    const resultId = first.data!.createProjectResult.result.id;
    const updated = await neighbourhood.request(
      `mutation($input: UpdateProjectResultInput!) { updateProjectResult(input: $input) { result { id progress status } } }`,
      { input: { id: resultId, progress: 70 } },
      staff,
    );
    expect(updated.data).toEqual({
      updateProjectResult: { result: { id: resultId, progress: 70, status: "IN_PROGRESS" } },
    });
    const milestone = await neighbourhood.request(
      `mutation($input: CreateResultMilestoneInput!) { createResultMilestone(input: $input) {
        milestone { occurredOn title description } result { id milestones { title } }
      } }`,
      { input: { resultId, occurredOn: "2015-05-12", title: "Vote sur les maquettes" } },
      staff,
    );
    expect(milestone.data).toEqual({
      createResultMilestone: {
        milestone: { occurredOn: "2015-05-12", title: "Vote sur les maquettes", description: null },
        result: { id: resultId, milestones: [{ title: "Vote sur les maquettes" }] },
      },
    });
    const read = await neighbourhood.request<{ participatoryProject: { progress: number } }>(
      `query($id: ID!) { participatoryProject(id: $id) { progress } }`,
      { id: project.id },
    );
    expect(read.data?.participatoryProject.progress).toBe((70 + 100) / 2);
  });

  it("refuses a progress above 100 and an unknown result", async () => {
    const project = await newProject();
    const tooMuch = await neighbourhood.request(
      `mutation($input: CreateProjectResultInput!) { createProjectResult(input: $input) { result { id } } }`,
      { input: { projectId: project.id, title: "Des bancs", description: "Bancs.", progress: 120 } },
      staff,
    );
    expect(firstError(tooMuch)).toEqual({
      code: "BAD_USER_INPUT",
      message: "Invalid input: input.progress: must be at most 100",
    });
    const unknown = "b4000000-0000-4000-8000-0000000000ff";
    const milestone = await neighbourhood.request(
      `mutation($input: CreateResultMilestoneInput!) { createResultMilestone(input: $input) { milestone { title } } }`,
      { input: { resultId: unknown, occurredOn: "2015-05-12", title: "Vote" } },
      staff,
    );
    expect(firstError(milestone)).toEqual({
      code: "NOT_FOUND",
      message: `No project result has id ${unknown}.`,
    });
  });

  it("refuses members and anonymous callers every project write", async () => {
    const writes: [string, Record<string, unknown>][] = [
      [
        CREATE_PROJECT,
        { input: { title: sampleProject.title, summary: "x", startsOn: "2015-01-01", place: "Ici" } },
      ],
      [
        CREATE_PHASE,
        { input: phase(REENCHANTEZ_L_ESPLANADE, { startsOn: "2010-09-01", endsOn: "2010-09-02" }) },
      ],
      [UPDATE_PHASE, { input: { id: DIAGNOSTIC, endsOn: "2011-03-30" } }],
      [UPDATE_PROJECT, { input: { id: REENCHANTEZ_L_ESPLANADE, title: "Autre titre" } }],
    ];
    for (const [mutation, variables] of writes) {
      expect(firstError(await neighbourhood.request(mutation, variables)).code).toBe("UNAUTHENTICATED");
      expect(firstError(await neighbourhood.request(mutation, variables, member)).code).toBe("FORBIDDEN");
    }
    const [phaseRow] = await neighbourhood.dataSource.query(
      "SELECT ends_on::text FROM project_phase WHERE id = $1",
      [DIAGNOSTIC],
    );
    expect(phaseRow.ends_on).toBe("2011-03-31");
  });
});

describe("the list of participatory projects", () => {
  const LIST = `query($filter: ParticipatoryProjectFilter, $sort: ParticipatoryProjectSort) {
    participatoryProjects(first: 100, filter: $filter, sort: $sort) { totalCount edges { node { id title } } }
  }`;
  const titlesFor = async (variables: Record<string, unknown>) => {
    const result = await neighbourhood.request<{
      participatoryProjects: { totalCount: number; edges: { node: { title: string } }[] };
    }>(LIST, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.participatoryProjects.edges.map((edge) => edge.node.title);
  };

  it("filters by place and a calendar, and sorts by title or start date", async () => {
    for (const [title, startsOn] of [
      ["Zinnias au parc (test)", "2016-03-01"],
      ["Allées du parc (test)", "2017-03-01"],
    ]) {
      const created = await neighbourhood.request(
        `mutation($input: CreateParticipatoryProjectInput!) { createParticipatoryProject(input: $input) { participatoryProject { id } } }`,
        {
          input: {
            title,
            summary: "Test.",
            startsOn,
            endsOn: `${startsOn.slice(0, 4)}-12-31`,
            place: "Parc des Grésilles",
          },
        },
        staff,
      );
      expect(created.errors).toBeUndefined();
    }
    expect(await titlesFor({ filter: { place: "parc des grésilles" } })).toEqual([
      "Allées du parc (test)",
      "Zinnias au parc (test)",
    ]);
    expect(
      await titlesFor({
        filter: { place: "Parc des Grésilles" },
        sort: { field: "STARTS_ON", direction: "ASC" },
      }),
    ).toEqual(["Zinnias au parc (test)", "Allées du parc (test)"]);
    expect(await titlesFor({ filter: { place: "Parc des Grésilles" }, sort: { field: "TITLE" } })).toEqual([
      "Allées du parc (test)",
      "Zinnias au parc (test)",
    ]);
    expect(await titlesFor({ filter: { from: "2011-01-01", to: "2013-12-31" } })).toEqual([
      sampleProject.title,
    ]);
  });

  it("refuses a calendar whose from is after its to", async () => {
    const result = await neighbourhood.request(LIST, { filter: { from: "2013-12-31", to: "2013-01-01" } });
    expect(firstError(result)).toEqual({
      code: "BAD_USER_INPUT",
      message: "Invalid input: filter.from: must not be after filter.to",
    });
  });
});
