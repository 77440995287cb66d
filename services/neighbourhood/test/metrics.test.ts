import { SUBGRAPH_SECRET_HEADER } from "@pole/subgraph-kit";
import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { createTestPhase, createTestProject, requestFrom, startNeighbourhood } from "./neighbourhood-harness";

// The contribution guard's refusals, as an operator watching /metrics sees them.

let neighbourhood: SubgraphUnderTest;
let openPhase: string;

beforeAll(async () => {
  neighbourhood = await startNeighbourhood({
    settings: {
      contributionLimit: 1,
      contributionWindowSeconds: 3600,
      voteSecret: "a-vote-secret-for-these-tests-only-0123456789",
    },
  });
  const staff = await tokenFor({ role: "staff" });
  const projectId = await createTestProject(neighbourhood, staff);
  openPhase = await createTestPhase(neighbourhood, staff, projectId, { title: "Ouverte", from: -1, to: 30 });
});
afterAll(() => neighbourhood.stop());

const SUBMIT = `mutation Suggest($input: SubmitContributionInput!) { submitContribution(input: $input) { contribution { id } } }`;

async function scrape(): Promise<string> {
  const response = await fetch(`${new URL(neighbourhood.url).origin}/metrics`, {
    headers: { [SUBGRAPH_SECRET_HEADER]: neighbourhood.secret },
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one series line of the exposition (0 when absent). */
const valueOf = (text: string, series: string) =>
  Number(
    text
      .split("\n")
      .find((line) => line.startsWith(`${series} `))
      ?.split(" ")[1] ?? 0,
  );

it("counts a submission over the contribution limit as a rate-limit refusal, and the request's outcome", async () => {
  const before = await scrape();
  const input = { phaseId: openPhase, displayName: "Voisin", body: "Un abri à vélos près de l'école." };
  const first = await requestFrom(neighbourhood, "203.0.113.70", SUBMIT, { input });
  expect(first.errors).toBeUndefined();
  const second = await requestFrom(neighbourhood, "203.0.113.70", SUBMIT, { input });
  expect(second.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
  const after = await scrape();

  const refusals = 'pole_rate_limit_refusals_total{limit="contribution"}';
  expect(valueOf(after, refusals) - valueOf(before, refusals)).toBe(1);
  expect(valueOf(after, 'pole_graphql_requests_total{operation="Suggest",outcome="RATE_LIMITED"}')).toBe(1);
  expect(valueOf(after, 'pole_graphql_requests_total{operation="Suggest",outcome="ok"}')).toBe(1);
  expect(valueOf(after, "pole_db_query_duration_seconds_count")).toBeGreaterThan(
    valueOf(before, "pole_db_query_duration_seconds_count"),
  );
  expect(after).toMatch(/^pole_db_pool_connections\{state="total"\} [1-9]/m);
});
