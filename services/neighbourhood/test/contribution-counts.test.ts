import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { createOpenPhase, firstError, requestFrom, startNeighbourhood } from "./neighbourhood-harness";

// A phase's contribution counters (ProjectPhase.contributionCounts), and the phase in the payloads of
// submitContribution and moderateContribution, so a UI's counter follows a write without a second query.

let clients = 0;
/** A connection of its own for each submission, so that the per-client limit never interferes. */
const newClient = () => `203.0.113.${(clients += 1)}`;

type Counts = { published: number; pending: number | null; hidden: number | null };
type Submitted = {
  submitContribution: {
    awaitsModeration: boolean;
    contribution: { id: string };
    phase: { id: string; contributionCounts: Counts };
  };
};
type Moderated = { moderateContribution: { phase: { id: string; contributionCounts: Counts } } };

const SUBMIT = `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) {
  awaitsModeration contribution { id } phase { id contributionCounts { published COUNTS } }
} }`;
const MODERATE = `mutation($input: ModerateContributionInput!) { moderateContribution(input: $input) {
  phase { id contributionCounts { published pending hidden } }
} }`;
const COUNTS = `query($id: ID!) { projectPhase(id: $id) { contributionCounts { published pending hidden } } }`;

let staff: string;
beforeAll(async () => {
  staff = await tokenFor({ role: "staff" });
});

async function submitTo(subgraph: SubgraphUnderTest, phaseId: string, token?: string, staffCounts = false) {
  const result = await requestFrom<Submitted>(
    subgraph,
    newClient(),
    SUBMIT.replace("COUNTS", staffCounts ? "pending hidden" : ""),
    { input: { phaseId, displayName: "Voisin du 2e", body: "Un point d'eau pour les jardinières." } },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.submitContribution;
}

describe("published at once (no pre-moderation)", () => {
  let neighbourhood: SubgraphUnderTest;
  let phaseId: string;
  beforeAll(async () => {
    neighbourhood = await startNeighbourhood({
      settings: {
        contributionLimit: 100,
        contributionWindowSeconds: 3600,
        voteSecret: "a-vote-secret-for-these-tests-only-0123456789",
        contributionsPremoderated: false,
      },
    });
    phaseId = await createOpenPhase(neighbourhood, staff);
  });
  afterAll(() => neighbourhood.stop());

  it("answers a submission with the phase's published count including the new contribution, each time", async () => {
    const first = await submitTo(neighbourhood, phaseId);
    expect(first.phase).toEqual({ id: phaseId, contributionCounts: { published: 1 } });
    const second = await submitTo(neighbourhood, phaseId);
    expect(second.phase.contributionCounts.published).toBe(2);
    const read = await neighbourhood.request<{ projectPhase: { contributionCounts: Counts } }>(
      COUNTS,
      { id: phaseId },
      staff,
    );
    expect(read.data?.projectPhase.contributionCounts).toEqual({ published: 2, pending: 0, hidden: 0 });
  });

  it("answers a moderation with the counts after it (staff)", async () => {
    const { contribution } = await submitTo(neighbourhood, phaseId);
    const before = (
      await neighbourhood.request<{ projectPhase: { contributionCounts: Counts } }>(
        COUNTS,
        { id: phaseId },
        staff,
      )
    ).data!.projectPhase.contributionCounts;
    const result = await neighbourhood.request<Moderated>(
      MODERATE,
      { input: { contributionId: contribution.id, status: "HIDDEN", reason: "Hors sujet (test)." } },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.moderateContribution.phase.contributionCounts).toEqual({
      published: before.published - 1,
      pending: 0,
      hidden: before.hidden! + 1,
    });
  });

  it("shows everyone the published count and only staff the pending and hidden ones", async () => {
    const member = await tokenFor({ role: "member", memberId: "a0000000-0000-4000-8000-000000000001" });
    for (const token of [undefined, member]) {
      const result = await neighbourhood.request<{ projectPhase: { contributionCounts: Counts } }>(
        COUNTS,
        { id: phaseId },
        token,
      );
      expect(result.data?.projectPhase.contributionCounts).toMatchObject({ pending: null, hidden: null });
      expect(result.data?.projectPhase.contributionCounts.published).toBeGreaterThan(0);
      expect(firstError(result).code).toBe(token ? "FORBIDDEN" : "UNAUTHENTICATED");
      expect(result.errors?.map((error) => error.path?.at(-1)).sort()).toEqual(["hidden", "pending"]);
    }
  });

  it("counts the phases of every project in one statement, whatever their number", async () => {
    const statementsFor = async (fields: string) => {
      neighbourhood.statements.reset();
      const result = await neighbourhood.request<{
        participatoryProjects: { edges: { node: { phases: unknown[] } }[] };
      }>(`{ participatoryProjects { edges { node { phases { id ${fields} } } } } }`);
      expect(result.errors).toBeUndefined();
      expect(
        result.data!.participatoryProjects.edges.flatMap((edge) => edge.node.phases).length,
      ).toBeGreaterThan(4);
      return neighbourhood.statements.count;
    };
    const without = await statementsFor("");
    expect(await statementsFor("contributionCounts { published }")).toBe(without + 1);
  });
});

describe("pre-moderated", () => {
  let neighbourhood: SubgraphUnderTest;
  let phaseId: string;
  beforeAll(async () => {
    neighbourhood = await startNeighbourhood({
      sampleData: false,
      settings: {
        contributionLimit: 100,
        contributionWindowSeconds: 3600,
        voteSecret: "a-vote-secret-for-these-tests-only-0123456789",
        contributionsPremoderated: true,
      },
    });
    phaseId = await createOpenPhase(neighbourhood, staff);
  });
  afterAll(() => neighbourhood.stop());

  it("keeps an anonymous submitter's published count unchanged: the contribution awaits moderation", async () => {
    const submitted = await submitTo(neighbourhood, phaseId);
    expect(submitted.awaitsModeration).toBe(true);
    expect(submitted.phase.contributionCounts).toEqual({ published: 0 });
  });

  it("counts it as pending for staff, then as published once approved", async () => {
    const submitted = await submitTo(neighbourhood, phaseId, staff, true);
    expect(submitted.phase.contributionCounts).toEqual({ published: 0, pending: 2, hidden: 0 });
    const approved = await neighbourhood.request<Moderated>(
      MODERATE,
      { input: { contributionId: submitted.contribution.id, status: "PUBLISHED" } },
      staff,
    );
    expect(approved.data?.moderateContribution.phase.contributionCounts).toEqual({
      published: 1,
      pending: 1,
      hidden: 0,
    });
  });
});
