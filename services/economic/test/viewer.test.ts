import { DEV_JWT_SECRET, signToken } from "@pole/subgraph-kit";
import { testAuth, tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { codeOf, COMPAGNIE_DES_GRESILLES, startEconomic } from "./economic-harness";

// `viewer`: who the token is, answered by this subgraph (members are its own; a territory is a reference
// the knowledge subgraph completes through the gateway, see gateway/test/ui-needs.test.ts).

const GRESILLES_TERRITORY = "c1000000-0000-4000-8000-000000000003";
const VIEWER = `{ viewer { subject role roleLabel member { id name siret } territory { id } } }`;

let economic: SubgraphUnderTest;
beforeAll(async () => {
  economic = await startEconomic();
});
afterAll(() => economic.stop());

type Answer = {
  viewer: {
    subject: string;
    role: string;
    roleLabel: string;
    member: { id: string; name: string; siret: string | null } | null;
    territory: { id: string } | null;
  } | null;
};

it("answers null for an anonymous caller, without an error", async () => {
  const result = await economic.request<Answer>(VIEWER);
  expect(result.errors).toBeUndefined();
  expect(result.data).toEqual({ viewer: null });
});

it("gives a member token its role, subject and member, with the fields the member may read of itself", async () => {
  const token = await signToken(
    { ...testAuth, secret: DEV_JWT_SECRET },
    { subject: "user-42@compagnie.example.org", role: "member", memberId: COMPAGNIE_DES_GRESILLES },
  );
  const result = await economic.request<Answer>(VIEWER, {}, token);
  expect(result.errors).toBeUndefined();
  expect(result.data?.viewer).toEqual({
    subject: "user-42@compagnie.example.org",
    role: "MEMBER",
    roleLabel: "Structure membre",
    member: {
      id: COMPAGNIE_DES_GRESILLES,
      name: "Compagnie des Grésilles (exemple)",
      siret: expect.any(String),
    },
    territory: null,
  });
});

it("gives a territory token its territory as a reference (its id), and no member", async () => {
  const token = await tokenFor({ role: "territory", territoryId: GRESILLES_TERRITORY });
  const result = await economic.request<Answer>(
    `{ viewer { role roleLabel member { id } territory { id } } }`,
    {},
    token,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.viewer).toEqual({
    role: "TERRITORY",
    roleLabel: "Territoire partenaire",
    member: null,
    territory: { id: GRESILLES_TERRITORY },
  });
});

it.each([
  ["staff", "STAFF", "Équipe du Pôle"],
  ["council", "COUNCIL", "Conseil régional"],
] as const)("gives a %s token its role and neither member nor territory", async (role, name, label) => {
  const result = await economic.request<Answer>(VIEWER, {}, await tokenFor({ role }));
  expect(result.errors).toBeUndefined();
  expect(result.data?.viewer).toEqual({
    subject: `dev-${role}`,
    role: name,
    roleLabel: label,
    member: null,
    territory: null,
  });
});

it("answers member null for a member token whose member does not exist", async () => {
  const token = await tokenFor({ role: "member", memberId: "a0000000-0000-4000-8000-0000000000ff" });
  const result = await economic.request<Answer>(`{ viewer { role member { id } } }`, {}, token);
  expect(result.errors).toBeUndefined();
  expect(result.data?.viewer).toEqual({ role: "MEMBER", member: null });
});

it("refuses a forged token with UNAUTHENTICATED rather than answering null", async () => {
  const forged = await signToken(
    { ...testAuth, secret: "another-secret-of-at-least-thirty-two-chars" },
    { role: "staff" },
  );
  expect(codeOf(await economic.request(VIEWER, {}, forged))).toBe("UNAUTHENTICATED");
});
