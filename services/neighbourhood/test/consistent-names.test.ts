// Issue 11, point 8: payload fields are named after their type, percentages are Floats from 0 to 100 named
// …Percentage. The former names stay, deprecated, and answer the same.
import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import {
  COMPAGNIE_DES_GRESILLES,
  createTestProject,
  daysFromToday,
  firstError,
  startNeighbourhood,
} from "./neighbourhood-harness";

let neighbourhood: SubgraphUnderTest;
let staff: string;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood({ sampleData: false });
  staff = await tokenFor({ role: "staff" });
});
afterAll(() => neighbourhood.stop());

async function mutate(
  mutation: string,
  inputType: string,
  selection: string,
  input: Record<string, unknown>,
) {
  const result = await neighbourhood.request<Record<string, Record<string, unknown>>>(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} } }`,
    { input },
    staff,
  );
  expect(result.errors).toBeUndefined();
  return result.data![mutation];
}

const action = (kind: string) => ({
  kind,
  title: "Atelier (test des noms)",
  description: "Un atelier pour vérifier les noms des champs.",
  startsOn: "2014-01-06",
  endsOn: "2014-12-31",
  place: "Maison de quartier des Grésilles",
  placeKind: "ELSEWHERE_IN_NEIGHBOURHOOD",
  qpvCode: "QP021003",
  leadMemberIds: [COMPAGNIE_DES_GRESILLES],
  partners: [],
  inhabitantsReached: 10,
  sessionCount: 2,
  hours: 4,
  status: "RUNNING",
});

describe("payload fields named after their type", () => {
  it("answers neighbourhoodAction, and the deprecated action alike, for every action mutation", async () => {
    const both = "neighbourhoodAction { id status } action { id status }";
    const created = await mutate(
      "createNeighbourhoodAction",
      "CreateNeighbourhoodActionInput",
      both,
      action("EMPLOYMENT_PARTNERSHIP"),
    );
    expect(created.neighbourhoodAction).toEqual({ id: expect.any(String), status: "RUNNING" });
    expect(created.action).toEqual(created.neighbourhoodAction);
    const id = (created.neighbourhoodAction as { id: string }).id;
    const updated = await mutate("updateNeighbourhoodAction", "UpdateNeighbourhoodActionInput", both, {
      id,
      hours: 5,
    });
    expect(updated).toEqual({
      neighbourhoodAction: { id, status: "RUNNING" },
      action: { id, status: "RUNNING" },
    });

    const outcome = await mutate(
      "createEmploymentOutcome",
      "CreateEmploymentOutcomeInput",
      `employmentOutcome { id } ${both}`,
      {
        actionId: id,
        periodStart: "2014-01-06",
        periodEnd: "2014-06-30",
        trainingCount: 1,
        immersionCount: 1,
        returnToEmploymentCount: 1,
      },
    );
    expect(outcome.neighbourhoodAction).toEqual({ id, status: "RUNNING" });
    expect(outcome.action).toEqual(outcome.neighbourhoodAction);
    const outcomeId = (outcome.employmentOutcome as { id: string }).id;
    const outcomeUpdated = await mutate("updateEmploymentOutcome", "UpdateEmploymentOutcomeInput", both, {
      id: outcomeId,
      trainingCount: 2,
    });
    expect(outcomeUpdated).toEqual({
      neighbourhoodAction: { id, status: "RUNNING" },
      action: { id, status: "RUNNING" },
    });

    const pathway = await mutate(
      "createNeighbourhoodAction",
      "CreateNeighbourhoodActionInput",
      both,
      action("INSERTION_PATHWAY"),
    );
    const pathwayId = (pathway.neighbourhoodAction as { id: string }).id;
    const cohort = await mutate(
      "createInsertionCohort",
      "CreateInsertionCohortInput",
      `insertionCohort { id } ${both}`,
      {
        actionId: pathwayId,
        label: "Cohorte (test des noms)",
        startsOn: "2014-03-03",
        entryCount: 4,
        exitsToEmployment: 0,
        exitsToTraining: 0,
        otherExits: 0,
      },
    );
    expect(cohort.neighbourhoodAction).toEqual({ id: pathwayId, status: "RUNNING" });
    expect(cohort.action).toEqual(cohort.neighbourhoodAction);
    const cohortUpdated = await mutate("updateInsertionCohort", "UpdateInsertionCohortInput", both, {
      id: (cohort.insertionCohort as { id: string }).id,
      exitsToEmployment: 1,
    });
    expect(cohortUpdated.neighbourhoodAction).toEqual({ id: pathwayId, status: "RUNNING" });
    expect(cohortUpdated.action).toEqual(cohortUpdated.neighbourhoodAction);

    const cancelled = await mutate("cancelNeighbourhoodAction", "CancelNeighbourhoodActionInput", both, {
      id,
    });
    expect(cancelled).toEqual({
      neighbourhoodAction: { id, status: "CANCELLED" },
      action: { id, status: "CANCELLED" },
    });
  });

  it("answers projectPhase, projectResult and resultMilestone, and their deprecated short names alike", async () => {
    const projectId = await createTestProject(neighbourhood, staff);
    const phase = await mutate(
      "createProjectPhase",
      "CreateProjectPhaseInput",
      "projectPhase { id title } phase { id title }",
      {
        projectId,
        title: "Diagnostic",
        description: "Phase de test.",
        startsOn: daysFromToday(-30),
        endsOn: daysFromToday(-10),
      },
    );
    expect(phase.projectPhase).toEqual({ id: expect.any(String), title: "Diagnostic" });
    expect(phase.phase).toEqual(phase.projectPhase);
    const phaseId = (phase.projectPhase as { id: string }).id;
    const phaseUpdated = await mutate(
      "updateProjectPhase",
      "UpdateProjectPhaseInput",
      "projectPhase { id title } phase { id title }",
      {
        id: phaseId,
        title: "Diagnostic partagé",
      },
    );
    expect(phaseUpdated).toEqual({
      projectPhase: { id: phaseId, title: "Diagnostic partagé" },
      phase: { id: phaseId, title: "Diagnostic partagé" },
    });

    const result = await mutate(
      "createProjectResult",
      "CreateProjectResultInput",
      "projectResult { id title } result { id title }",
      {
        projectId,
        title: "Des bancs",
        description: "Bancs.",
      },
    );
    expect(result.projectResult).toEqual({ id: expect.any(String), title: "Des bancs" });
    expect(result.result).toEqual(result.projectResult);
    const resultId = (result.projectResult as { id: string }).id;
    const resultUpdated = await mutate(
      "updateProjectResult",
      "UpdateProjectResultInput",
      "projectResult { id title } result { id title }",
      {
        id: resultId,
        title: "Des bancs peints",
      },
    );
    expect(resultUpdated.result).toEqual(resultUpdated.projectResult);
    const milestone = await mutate(
      "createResultMilestone",
      "CreateResultMilestoneInput",
      "resultMilestone { title } milestone { title } projectResult { id } result { id }",
      { resultId, occurredOn: "2015-05-12", title: "Vote sur les maquettes" },
    );
    expect(milestone).toEqual({
      resultMilestone: { title: "Vote sur les maquettes" },
      milestone: { title: "Vote sur les maquettes" },
      projectResult: { id: resultId },
      result: { id: resultId },
    });
  });

  it("names an employment period startsOn/endsOn and a cohort's exits …Count, the former names alike", async () => {
    const partnership = await mutate(
      "createNeighbourhoodAction",
      "CreateNeighbourhoodActionInput",
      "neighbourhoodAction { id }",
      action("EMPLOYMENT_PARTNERSHIP"),
    );
    const outcome = await mutate(
      "createEmploymentOutcome",
      "CreateEmploymentOutcomeInput",
      "employmentOutcome { startsOn periodStart endsOn periodEnd }",
      {
        actionId: (partnership.neighbourhoodAction as { id: string }).id,
        periodStart: "2014-01-06",
        periodEnd: "2014-06-30",
        trainingCount: 1,
        immersionCount: 1,
        returnToEmploymentCount: 1,
      },
    );
    expect(outcome.employmentOutcome).toEqual({
      startsOn: "2014-01-06",
      periodStart: "2014-01-06",
      endsOn: "2014-06-30",
      periodEnd: "2014-06-30",
    });
    const pathway = await mutate(
      "createNeighbourhoodAction",
      "CreateNeighbourhoodActionInput",
      "neighbourhoodAction { id }",
      action("INSERTION_PATHWAY"),
    );
    const cohort = await mutate(
      "createInsertionCohort",
      "CreateInsertionCohortInput",
      "insertionCohort { entryCount exitToEmploymentCount exitsToEmployment exitToTrainingCount exitsToTraining otherExitCount otherExits }",
      {
        actionId: (pathway.neighbourhoodAction as { id: string }).id,
        label: "Cohorte (comptes)",
        startsOn: "2014-03-03",
        entryCount: 9,
        exitsToEmployment: 3,
        exitsToTraining: 2,
        otherExits: 1,
      },
    );
    expect(cohort.insertionCohort).toEqual({
      entryCount: 9,
      exitToEmploymentCount: 3,
      exitsToEmployment: 3,
      exitToTrainingCount: 2,
      exitsToTraining: 2,
      otherExitCount: 1,
      otherExits: 1,
    });
  });

  it("marks every former name deprecated with the date and its replacement", async () => {
    const introspection = await neighbourhood.request<{
      __schema: {
        types: {
          name: string;
          fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] | null;
        }[];
      };
    }>(
      "{ __schema { types { name fields(includeDeprecated: true) { name isDeprecated deprecationReason } } } }",
    );
    const reasonOf = (type: string, field: string) =>
      introspection.data!.__schema.types.find((t) => t.name === type)!.fields!.find((f) => f.name === field)!
        .deprecationReason;
    for (const type of [
      "CreateNeighbourhoodActionPayload",
      "UpdateNeighbourhoodActionPayload",
      "CancelNeighbourhoodActionPayload",
      "CreateEmploymentOutcomePayload",
      "UpdateEmploymentOutcomePayload",
      "CreateInsertionCohortPayload",
      "UpdateInsertionCohortPayload",
    ]) {
      expect(reasonOf(type, "action")).toBe("2026-12-02: use neighbourhoodAction");
      expect(reasonOf(type, "neighbourhoodAction")).toBeNull();
    }
    for (const type of ["CreateProjectPhasePayload", "UpdateProjectPhasePayload"])
      expect(reasonOf(type, "phase")).toBe("2026-12-02: use projectPhase");
    for (const type of [
      "CreateProjectResultPayload",
      "UpdateProjectResultPayload",
      "CreateResultMilestonePayload",
    ]) {
      expect(reasonOf(type, "result")).toBe("2026-12-02: use projectResult");
    }
    expect(reasonOf("CreateResultMilestonePayload", "milestone")).toBe("2026-12-02: use resultMilestone");
    expect(reasonOf("EmploymentOutcome", "periodStart")).toBe("2026-12-02: use startsOn");
    expect(reasonOf("EmploymentOutcome", "periodEnd")).toBe("2026-12-02: use endsOn");
    expect(reasonOf("InsertionCohort", "exitsToEmployment")).toBe("2026-12-02: use exitToEmploymentCount");
    expect(reasonOf("InsertionCohort", "exitsToTraining")).toBe("2026-12-02: use exitToTrainingCount");
    expect(reasonOf("InsertionCohort", "otherExits")).toBe("2026-12-02: use otherExitCount");
    expect(reasonOf("ProjectResult", "progress")).toMatch(/^2026-12-02: use progressPercentage/);
    expect(reasonOf("ParticipatoryProject", "progress")).toMatch(/^2026-12-02: use progressPercentage/);
  });
});

describe("percentages: Floats from 0 to 100 named …Percentage", () => {
  const PROJECT = `query($id: ID!) { participatoryProject(id: $id) {
    progressPercentage progress results { progressPercentage progress status }
  } }`;

  it("reads progressPercentage on results and on the project, the deprecated progress alike", async () => {
    const projectId = await createTestProject(neighbourhood, staff);
    const empty = await neighbourhood.request(PROJECT, { id: projectId });
    expect(empty.data).toEqual({
      participatoryProject: { progressPercentage: null, progress: null, results: [] },
    });

    const create = (input: Record<string, unknown>) =>
      mutate(
        "createProjectResult",
        "CreateProjectResultInput",
        "projectResult { id progressPercentage progress status }",
        {
          projectId,
          title: "Un résultat",
          description: "Fait.",
          ...input,
        },
      );
    const byNewName = await create({ progressPercentage: 40 });
    expect(byNewName.projectResult).toEqual({
      id: expect.any(String),
      progressPercentage: 40,
      progress: 40,
      status: "IN_PROGRESS",
    });
    const byOldName = await create({ progress: 100 });
    expect(byOldName.projectResult).toMatchObject({
      progressPercentage: 100,
      progress: 100,
      status: "COMPLETED",
    });
    const byDefault = await create({});
    expect(byDefault.projectResult).toMatchObject({
      progressPercentage: 0,
      progress: 0,
      status: "NOT_STARTED",
    });

    const id = (byNewName.projectResult as { id: string }).id;
    const updated = await mutate(
      "updateProjectResult",
      "UpdateProjectResultInput",
      "projectResult { progressPercentage progress }",
      {
        id,
        progressPercentage: 71,
      },
    );
    expect(updated.projectResult).toEqual({ progressPercentage: 71, progress: 71 });
    const updatedByOldName = await mutate(
      "updateProjectResult",
      "UpdateProjectResultInput",
      "projectResult { progressPercentage }",
      {
        id,
        progress: 70,
      },
    );
    expect(updatedByOldName.projectResult).toEqual({ progressPercentage: 70 });

    const read = await neighbourhood.request(PROJECT, { id: projectId });
    expect(read.data).toEqual({
      participatoryProject: {
        progressPercentage: 56.7,
        progress: 56.7,
        results: [
          { progressPercentage: 70, progress: 70, status: "IN_PROGRESS" },
          { progressPercentage: 100, progress: 100, status: "COMPLETED" },
          { progressPercentage: 0, progress: 0, status: "NOT_STARTED" },
        ],
      },
    });
  });

  it("refuses both names at once, a null, and a percentage outside 0–100 or not whole", async () => {
    const projectId = await createTestProject(neighbourhood, staff);
    const CREATE = `mutation($input: CreateProjectResultInput!) { createProjectResult(input: $input) { projectResult { id } } }`;
    const input = (extra: Record<string, unknown>) => ({
      input: { projectId, title: "Un résultat", description: "Fait.", ...extra },
    });
    expect(
      firstError(await neighbourhood.request(CREATE, input({ progressPercentage: 40, progress: 40 }), staff)),
    ).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.progressPercentage: give this field or the deprecated progress, not both",
    });
    for (const progressPercentage of [-1, 101, 12.5]) {
      expect(firstError(await neighbourhood.request(CREATE, input({ progressPercentage }), staff)).code).toBe(
        "BAD_USER_INPUT",
      );
    }
    const { data } = await neighbourhood.request<{ createProjectResult: { projectResult: { id: string } } }>(
      CREATE,
      input({}),
      staff,
    );
    const UPDATE = `mutation($input: UpdateProjectResultInput!) { updateProjectResult(input: $input) { projectResult { id } } }`;
    expect(
      firstError(
        await neighbourhood.request(
          UPDATE,
          { input: { id: data!.createProjectResult.projectResult.id, progressPercentage: null } },
          staff,
        ),
      ),
    ).toEqual({
      code: "BAD_USER_INPUT",
      message: "Invalid input: input.progressPercentage: cannot be null; leave it out to keep its value",
    });
  });
});
