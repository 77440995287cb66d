import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { ContributionStatus } from "../src/contribution/contribution-status.enum";
import { sampleContributions, samplePhases } from "../src/sample-data/sample-project";
import {
  COMPAGNIE_DES_GRESILLES,
  createTestPhase,
  createTestProject,
  daysFromToday,
  firstError,
  requestFrom,
  startNeighbourhood,
} from "./neighbourhood-harness";

/** Submissions allowed per connection in this file's subgraph (the default is 5 per hour). */
const LIMIT = 3;
const WINDOW_SECONDS = 3600;

let neighbourhood: SubgraphUnderTest;
let staff: string;
let member: string;
/** Phases of a project created for these tests, around today. */
let openPhase: string;
let futurePhase: string;
let closedPhase: string;
const [, , CHANTIER, BILAN] = samplePhases;

let clients = 0;
/** A connection of its own for each use, so that limits do not leak from one test to another. */
const newClient = () => `203.0.113.${(clients += 1)}`;

const SUBMIT = `mutation($input: SubmitContributionInput!) { submitContribution(input: $input) {
  contribution { id displayName body status voteCount submittedAt phase { id } }
} }`;
const VOTE = `mutation($input: VoteForContributionInput!) { voteForContribution(input: $input) {
  contribution { id voteCount }
} }`;
const MODERATE = `mutation($input: ModerateContributionInput!) { moderateContribution(input: $input) {
  contribution { id status moderationReason }
} }`;

type Submitted = { submitContribution: { contribution: { id: string } & Record<string, unknown> } | null };

const submit = (clientIp: string, input: Record<string, unknown>, token?: string) =>
  requestFrom<Submitted>(neighbourhood, clientIp, SUBMIT, { input }, token);

const idea = (overrides: Record<string, unknown> = {}) => ({
  phaseId: openPhase,
  displayName: "Voisine du 4e",
  body: "Des bancs à l'ombre près de l'entrée du square, s'il vous plaît.",
  ...overrides,
});

async function submitted(overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await submit(newClient(), idea(overrides));
  expect(result.errors).toBeUndefined();
  return result.data!.submitContribution!.contribution.id;
}

const countContributions = async () =>
  Number((await neighbourhood.dataSource.query("SELECT count(*) AS n FROM contribution"))[0].n);

beforeAll(async () => {
  neighbourhood = await startNeighbourhood({
    settings: {
      contributionLimit: LIMIT,
      contributionWindowSeconds: WINDOW_SECONDS,
      voteSecret: "a-vote-secret-for-these-tests-only-0123456789",
    },
  });
  staff = await tokenFor({ role: "staff" });
  member = await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES });
  const projectId = await createTestProject(neighbourhood, staff);
  const phase = (title: string, from: number, to: number) =>
    createTestPhase(neighbourhood, staff, projectId, { title, from, to });
  closedPhase = await phase("Phase close", -20, -2);
  openPhase = await phase("Phase ouverte", -1, 30);
  futurePhase = await phase("Phase à venir", 31, 60);
});
afterAll(() => neighbourhood.stop());

describe("submitContribution", () => {
  it("lets an anonymous inhabitant contribute to an open phase, published under the name chosen", async () => {
    const before = Date.now();
    const result = await submit(
      newClient(),
      idea({ displayName: "  Voisine du 4e  ", body: "  Des bancs à l'ombre, s'il vous plaît.  " }),
    );
    expect(result.errors).toBeUndefined();
    const contribution = result.data!.submitContribution!.contribution;
    expect(contribution).toEqual({
      id: expect.any(String),
      displayName: "Voisine du 4e",
      body: "Des bancs à l'ombre, s'il vous plaît.",
      status: "PUBLISHED",
      voteCount: 0,
      submittedAt: expect.any(String),
      phase: { id: openPhase },
    });
    expect(Date.parse(contribution.submittedAt as string)).toBeGreaterThanOrEqual(before - 5000);
    const list = await neighbourhood.request<{
      projectPhase: { isOpen: boolean; contributions: { edges: { node: { id: string } }[] } };
    }>(`query($id: ID!) { projectPhase(id: $id) { isOpen contributions { edges { node { id } } } } }`, {
      id: openPhase,
    });
    expect(list.data?.projectPhase.isOpen).toBe(true);
    expect(list.data?.projectPhase.contributions.edges.map((edge) => edge.node.id)).toContain(
      contribution.id,
    );
  });

  it("records the submission in the audit trail as anonymous, with no trace of the connection", async () => {
    const clientIp = newClient();
    const result = await submit(clientIp, idea());
    const id = result.data!.submitContribution!.contribution.id;
    const audit = await neighbourhood.dataSource.query("SELECT * FROM audit_entry WHERE record_id = $1", [
      id,
    ]);
    expect(audit).toEqual([
      expect.objectContaining({
        operation: "submitContribution",
        record_type: "Contribution",
        actor_subject: "anonymous",
        actor_role: null,
        actor_member_id: null,
      }),
    ]);
    const everything = JSON.stringify(
      await neighbourhood.dataSource.query(
        "SELECT c.*, a.* FROM contribution c, audit_entry a WHERE c.id = $1::uuid AND a.record_id = $1::text",
        [id],
      ),
    );
    expect(everything).not.toContain(clientIp);
  });

  it("lets signed-in callers contribute too", async () => {
    const result = await submit(newClient(), idea(), member);
    expect(result.errors).toBeUndefined();
  });

  it("refuses a contribution to a closed phase with a clear BAD_USER_INPUT, writing nothing", async () => {
    const before = await countContributions();
    expect(firstError(await submit(newClient(), idea({ phaseId: closedPhase })))).toEqual({
      code: "BAD_USER_INPUT",
      message: `Invalid input: input.phaseId: the phase « Phase close » closed on ${daysFromToday(-2)}: it no longer takes contributions`,
    });
    expect(firstError(await submit(newClient(), idea({ phaseId: BILAN.id })))).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.phaseId: the phase « Inauguration et bilan » closed on 2013-12-31: it no longer takes contributions",
    });
    expect(await countContributions()).toBe(before);
  });

  it("refuses a contribution to a phase not open yet, and to a phase that takes none", async () => {
    expect(firstError(await submit(newClient(), idea({ phaseId: futurePhase })))).toEqual({
      code: "BAD_USER_INPUT",
      message: `Invalid input: input.phaseId: the phase « Phase à venir » opens on ${daysFromToday(31)}: it does not take contributions yet`,
    });
    expect(firstError(await submit(newClient(), idea({ phaseId: CHANTIER.id })))).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.phaseId: the phase « Chantier artistique » does not take contributions or votes",
    });
  });

  it("refuses an unknown phase with NOT_FOUND and a malformed one with BAD_USER_INPUT", async () => {
    const unknown = "b2000000-0000-4000-8000-0000000000ff";
    expect(firstError(await submit(newClient(), idea({ phaseId: unknown })))).toEqual({
      code: "NOT_FOUND",
      message: `No project phase has id ${unknown}.`,
    });
    expect(firstError(await submit(newClient(), idea({ phaseId: "phase-1" })))).toEqual({
      code: "BAD_USER_INPUT",
      message: "Invalid input: input.phaseId: must be a UUID",
    });
  });

  it.each([
    [
      "a text too short",
      { body: "  Trop bref  " },
      "input.body: must be between 10 and 2000 characters long (spaces at both ends not counted)",
    ],
    [
      "a text too long",
      { body: "é".repeat(2001) },
      "input.body: must be between 10 and 2000 characters long (spaces at both ends not counted)",
    ],
    [
      "a display name of blanks",
      { displayName: "   " },
      "input.displayName: must be between 2 and 60 characters long (spaces at both ends not counted)",
    ],
    [
      "a display name too long",
      { displayName: "x".repeat(61) },
      "input.displayName: must be between 2 and 60 characters long (spaces at both ends not counted)",
    ],
  ])("refuses %s, naming the field", async (_label, overrides, message) => {
    expect(firstError(await submit(newClient(), idea(overrides)))).toEqual({
      code: "BAD_USER_INPUT",
      message: `Invalid input: ${message}`,
    });
  });

  it("accepts a text of exactly 2000 characters and a display name of 60", async () => {
    const result = await submit(newClient(), idea({ body: "a".repeat(2000), displayName: "b".repeat(60) }));
    expect(result.errors).toBeUndefined();
  });

  it.each([
    ["an e-mail address as display name", { displayName: "lulu.gresilles@example.org" }, "displayName"],
    ["a phone number as display name", { displayName: "06 12 34 56 78" }, "displayName"],
    ["an e-mail address in the text", { body: "Écrivez-moi à voisine.b@example.fr pour en parler." }, "body"],
    ["a phone number in the text", { body: "Appelez-moi au 03.80.12.34.56 pour en parler." }, "body"],
    [
      "an international number in the text",
      { body: "Mon numéro : +33 6 12 34 56 78, appelez le soir." },
      "body",
    ],
  ])("refuses %s: contact data is never collected", async (_label, overrides, field) => {
    const before = await countContributions();
    expect(firstError(await submit(newClient(), idea(overrides)))).toEqual({
      code: "BAD_USER_INPUT",
      message: `Invalid input: input.${field}: must not contain an e-mail address or a phone number (contributions are public)`,
    });
    expect(await countContributions()).toBe(before);
  });

  it("keeps texts with dates, years and amounts, which are not phone numbers", async () => {
    const result = await submit(
      newClient(),
      idea({ body: "Depuis 1985, le 21/09/2013 et pour 1 500 euros : 12 bancs et 3 tables." }),
    );
    expect(result.errors).toBeUndefined();
  });
});

describe("the per-connection limit on submissions", () => {
  it(`accepts ${LIMIT} submissions from one connection, then refuses with RATE_LIMITED saying when to retry`, async () => {
    const clientIp = newClient();
    for (let n = 0; n < LIMIT; n += 1) expect((await submit(clientIp, idea())).errors).toBeUndefined();
    const before = await countContributions();
    const refused = await submit(clientIp, idea());
    expect(refused.errors?.[0].extensions).toEqual(
      expect.objectContaining({ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) }),
    );
    const retryAfter = (refused.errors![0].extensions as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(retryAfter).toBeGreaterThan(WINDOW_SECONDS - 60);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(refused.errors![0].message).toMatch(
      new RegExp(
        `^Too many contributions from your connection: at most ${LIMIT} every ${WINDOW_SECONDS} seconds\\. Try again in ${retryAfter} seconds \\(at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)\\.$`,
      ),
    );
    expect(await countContributions()).toBe(before);
  });

  it("counts each connection apart, as the gateway reports it", async () => {
    const busy = newClient();
    for (let n = 0; n <= LIMIT; n += 1) await submit(busy, idea());
    expect(firstError(await submit(busy, idea())).code).toBe("RATE_LIMITED");
    expect((await submit(newClient(), idea())).errors).toBeUndefined();
  });
});

describe("moderateContribution", () => {
  it("lets the staff hide a contribution with a reason: gone for the public, kept for the staff", async () => {
    const id = await submitted({ body: "Un texte qui ne respecte pas la charte du projet." });
    const hidden = await neighbourhood.request(
      MODERATE,
      { input: { contributionId: id, status: "HIDDEN", reason: "Hors charte." } },
      staff,
    );
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data).toEqual({
      moderateContribution: { contribution: { id, status: "HIDDEN", moderationReason: "Hors charte." } },
    });
    const publicView = await neighbourhood.request(`query($id: ID!) { contribution(id: $id) { id } }`, {
      id,
    });
    expect(publicView.data).toEqual({ contribution: null });
    const [row] = await neighbourhood.dataSource.query(
      "SELECT status, moderation_reason FROM contribution WHERE id = $1",
      [id],
    );
    expect(row).toEqual({ status: "HIDDEN", moderation_reason: "Hors charte." });

    const republished = await neighbourhood.request(
      MODERATE,
      { input: { contributionId: id, status: "PUBLISHED" } },
      staff,
    );
    expect(republished.data).toEqual({
      moderateContribution: { contribution: { id, status: "PUBLISHED", moderationReason: null } },
    });
  });

  it("refuses hiding without a reason", async () => {
    const id = await submitted();
    expect(
      firstError(
        await neighbourhood.request(MODERATE, { input: { contributionId: id, status: "HIDDEN" } }, staff),
      ),
    ).toEqual({
      code: "BAD_USER_INPUT",
      message: "Invalid input: input.reason: is required to hide a contribution",
    });
  });

  it("refuses moderation to anyone but the staff", async () => {
    const id = await submitted();
    const input = { contributionId: id, status: "HIDDEN", reason: "Je n'aime pas." };
    expect(firstError(await neighbourhood.request(MODERATE, { input })).code).toBe("UNAUTHENTICATED");
    expect(firstError(await neighbourhood.request(MODERATE, { input }, member)).code).toBe("FORBIDDEN");
    expect(
      firstError(await neighbourhood.request(MODERATE, { input }, await tokenFor({ role: "council" }))).code,
    ).toBe("FORBIDDEN");
    const [row] = await neighbourhood.dataSource.query("SELECT status FROM contribution WHERE id = $1", [id]);
    expect(row.status).toBe("PUBLISHED");
  });
});

describe("voteForContribution", () => {
  type Voted = { voteForContribution: { contribution: { id: string; voteCount: number } } | null };
  const vote = (clientIp: string, contributionId: string) =>
    requestFrom<Voted>(neighbourhood, clientIp, VOTE, { input: { contributionId } });

  it("counts one vote per connection and contribution, and refuses a second with CONFLICT", async () => {
    const id = await submitted();
    const voter = newClient();
    expect((await vote(voter, id)).data).toEqual({
      voteForContribution: { contribution: { id, voteCount: 1 } },
    });
    expect(firstError(await vote(voter, id))).toEqual({
      code: "CONFLICT",
      message: "This connection has already voted for this contribution.",
    });
    expect((await vote(newClient(), id)).data).toEqual({
      voteForContribution: { contribution: { id, voteCount: 2 } },
    });
    const [row] = await neighbourhood.dataSource.query("SELECT vote_count FROM contribution WHERE id = $1", [
      id,
    ]);
    expect(row.vote_count).toBe(2);
  });

  it("keeps only a keyed hash of the connection per vote, unlinkable across contributions", async () => {
    const voter = newClient();
    const first = await submitted();
    const second = await submitted();
    await vote(voter, first);
    await vote(voter, second);
    const rows: { voter_hash: string }[] = await neighbourhood.dataSource.query(
      "SELECT voter_hash FROM contribution_vote WHERE contribution_id = ANY($1::uuid[])",
      [[first, second]],
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.voter_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.voter_hash).not.toContain(voter.replace(/\./g, ""));
    }
    expect(rows[0].voter_hash).not.toBe(rows[1].voter_hash);
    const columns: { column_name: string }[] = await neighbourhood.dataSource.query(
      "SELECT column_name FROM information_schema.columns WHERE table_name = 'contribution_vote' ORDER BY column_name",
    );
    expect(columns.map((column) => column.column_name)).toEqual([
      "contribution_id",
      "voted_at",
      "voter_hash",
    ]);
  });

  it("refuses votes for a hidden contribution and for a contribution of a closed phase", async () => {
    const hidden = sampleContributions.find((c) => c.status === ContributionStatus.HIDDEN)!;
    expect(firstError(await vote(newClient(), hidden.id))).toEqual({
      code: "NOT_FOUND",
      message: `No published contribution has id ${hidden.id}.`,
    });
    const old = sampleContributions.find(
      (c) => c.phaseId === BILAN.id && c.status === ContributionStatus.PUBLISHED,
    )!;
    expect(firstError(await vote(newClient(), old.id))).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: input.contributionId: the phase « Inauguration et bilan » closed on 2013-12-31: it no longer takes votes",
    });
    const [row] = await neighbourhood.dataSource.query("SELECT vote_count FROM contribution WHERE id = $1", [
      old.id,
    ]);
    expect(row.vote_count).toBe(old.votes);
  });
});
