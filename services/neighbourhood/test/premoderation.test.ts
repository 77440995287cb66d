import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import {
  COMPAGNIE_DES_GRESILLES,
  createOpenPhase,
  firstError,
  requestFrom,
  startNeighbourhood,
} from "./neighbourhood-harness";

// NEIGHBOURHOOD_CONTRIBUTIONS_PREMODERATED=true: a new contribution waits (PENDING) for the staff; until
// they publish it nobody else sees it, in any list, count or vote.
let neighbourhood: SubgraphUnderTest;
let staff: string;
let member: string;
let council: string;
let phaseId: string;
let clients = 0;
const newClient = () => `203.0.113.${(clients += 1)}`;

const SUBMIT = `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) {
  awaitsModeration contribution { id status displayName }
} }`;
const VOTE = `mutation($input: VoteForContributionInput!) { voteForContribution(input: $input) { contribution { voteCount } } }`;
const MODERATE = `mutation($input: ModerateContributionInput!) { moderateContribution(input: $input) {
  contribution { id status moderatedAt }
} }`;
const ONE = `query($id: ID!) { contribution(id: $id) { id status } }`;
const LIST = `query($phase: ID!, $filter: ContributionFilter) { projectPhase(id: $phase) {
  contributions(first: 100, filter: $filter) { totalCount edges { node { id status } } }
} }`;

type Submitted = {
  submitContribution: { awaitsModeration: boolean; contribution: { id: string; status: string } };
};
type Listed = {
  projectPhase: { contributions: { totalCount: number; edges: { node: { id: string; status: string } }[] } };
};

async function submit(): Promise<Submitted["submitContribution"]> {
  const result = await requestFrom<Submitted>(neighbourhood, newClient(), SUBMIT, {
    input: { phaseId, displayName: "Voisine du 4e", body: "Des bancs à l'ombre, s'il vous plaît." },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.submitContribution;
}

const list = (token?: string, filter?: Record<string, unknown>) =>
  neighbourhood.request<Listed>(LIST, { phase: phaseId, filter }, token);
const idsIn = (result: { data?: Listed | null }) =>
  result.data!.projectPhase.contributions.edges.map((edge) => edge.node.id);

beforeAll(async () => {
  neighbourhood = await startNeighbourhood({
    settings: {
      contributionLimit: 100,
      contributionWindowSeconds: 3600,
      voteSecret: "a-vote-secret-for-these-tests-only-0123456789",
      contributionsPremoderated: true,
    },
  });
  staff = await tokenFor({ role: "staff" });
  member = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
  council = await tokenFor({ role: "council" });
  phaseId = await createOpenPhase(neighbourhood, staff);
});
afterAll(() => neighbourhood.stop());

describe("pre-moderated contributions", () => {
  it("stores a new contribution as PENDING and tells its submitter it awaits moderation", async () => {
    const submitted = await submit();
    expect(submitted).toEqual({
      awaitsModeration: true,
      contribution: { id: expect.any(String), status: "PENDING", displayName: "Voisine du 4e" },
    });
    const [row] = await neighbourhood.dataSource.query("SELECT status FROM contribution WHERE id = $1", [
      submitted.contribution.id,
    ]);
    expect(row.status).toBe("PENDING");
  });

  it("hides it from anonymous callers, members and the council: by id, in lists and in counts", async () => {
    const { contribution } = await submit();
    for (const token of [undefined, member, council]) {
      expect((await neighbourhood.request(ONE, { id: contribution.id }, token)).data).toEqual({
        contribution: null,
      });
      const listed = await list(token);
      expect(idsIn(listed)).not.toContain(contribution.id);
      const [{ n }] = await neighbourhood.dataSource.query(
        "SELECT count(*)::int AS n FROM contribution WHERE phase_id = $1 AND status = 'PUBLISHED'",
        [phaseId],
      );
      expect(listed.data!.projectPhase.contributions.totalCount).toBe(n);
    }
  });

  it("refuses to list PENDING contributions to anyone but the staff", async () => {
    expect(firstError(await list(undefined, { status: "PENDING" })).code).toBe("UNAUTHENTICATED");
    expect(firstError(await list(member, { status: "PENDING" }))).toEqual({
      code: "FORBIDDEN",
      message: "Only the staff may see contributions awaiting moderation.",
    });
    expect(firstError(await list(council, { status: "PENDING" })).code).toBe("FORBIDDEN");
  });

  it("refuses votes for it until the staff publish it", async () => {
    const { contribution } = await submit();
    expect(
      firstError(
        await requestFrom(neighbourhood, newClient(), VOTE, { input: { contributionId: contribution.id } }),
      ),
    ).toEqual({
      code: "NOT_FOUND",
      message: `No published contribution has id ${contribution.id}.`,
    });
    const [row] = await neighbourhood.dataSource.query("SELECT vote_count FROM contribution WHERE id = $1", [
      contribution.id,
    ]);
    expect(row.vote_count).toBe(0);
  });

  it("shows it to the staff, who approve it: then everyone sees it and may vote", async () => {
    const { contribution } = await submit();
    expect(idsIn(await list(staff))).toContain(contribution.id);
    expect(idsIn(await list(staff, { status: "PENDING" }))).toContain(contribution.id);
    expect((await neighbourhood.request(ONE, { id: contribution.id }, staff)).data).toEqual({
      contribution: { id: contribution.id, status: "PENDING" },
    });

    const approved = await neighbourhood.request<{
      moderateContribution: { contribution: { status: string; moderatedAt: string } };
    }>(MODERATE, { input: { contributionId: contribution.id, status: "PUBLISHED" } }, staff);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.moderateContribution.contribution.status).toBe("PUBLISHED");

    expect((await neighbourhood.request(ONE, { id: contribution.id })).data).toEqual({
      contribution: { id: contribution.id, status: "PUBLISHED" },
    });
    expect(idsIn(await list())).toContain(contribution.id);
    const voted = await requestFrom<{ voteForContribution: { contribution: { voteCount: number } } }>(
      neighbourhood,
      newClient(),
      VOTE,
      { input: { contributionId: contribution.id } },
    );
    expect(voted.data?.voteForContribution.contribution.voteCount).toBe(1);
  });

  it("lets the staff hide it with a reason instead, and refuses PENDING as a decision", async () => {
    const { contribution } = await submit();
    expect(
      firstError(
        await neighbourhood.request(
          MODERATE,
          { input: { contributionId: contribution.id, status: "PENDING" } },
          staff,
        ),
      ),
    ).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.status: must be PUBLISHED or HIDDEN: PENDING is not a moderation decision",
    });
    const hidden = await neighbourhood.request(
      MODERATE,
      { input: { contributionId: contribution.id, status: "HIDDEN", reason: "Hors charte." } },
      staff,
    );
    expect(hidden.errors).toBeUndefined();
    expect((await neighbourhood.request(ONE, { id: contribution.id })).data).toEqual({ contribution: null });
  });
});

describe("without pre-moderation", () => {
  let open: SubgraphUnderTest;
  beforeAll(async () => {
    open = await startNeighbourhood({
      settings: {
        contributionLimit: 100,
        contributionWindowSeconds: 3600,
        voteSecret: "a-vote-secret-for-these-tests-only-0123456789",
        contributionsPremoderated: false,
      },
    });
  });
  afterAll(() => open.stop());

  it("publishes a contribution at once and says it does not await moderation", async () => {
    const phase = await createOpenPhase(open, staff);
    const result = await requestFrom<Submitted>(open, newClient(), SUBMIT, {
      input: { phaseId: phase, displayName: "Voisin du 2e", body: "Un point d'eau près des jeux, merci." },
    });
    expect(result.data?.submitContribution).toEqual({
      awaitsModeration: false,
      contribution: { id: expect.any(String), status: "PUBLISHED", displayName: "Voisin du 2e" },
    });
  });
});
