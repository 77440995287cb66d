import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { placeholderSiret } from "../src/common/identifiers";
import { rowCounts, startEconomic } from "./economic-harness";

// Text PostgreSQL cannot store and forged cursors are refused with BAD_USER_INPUT before any SQL, instead
// of failing halfway through as an internal error.
let economic: SubgraphUnderTest;
let staff: string;
beforeAll(async () => {
  economic = await startEconomic();
  staff = await tokenFor({ role: "staff" });
});
afterAll(() => economic.stop());

const cursor = (text: string) => Buffer.from(text).toString("base64url");
const firstError = (result: { errors?: { message: string; extensions?: { code?: string } }[] }) => ({
  code: result.errors?.[0]?.extensions?.code,
  message: result.errors?.[0]?.message,
});

const CREATE = `mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } } }`;
const newMember = (name: string) => ({
  name,
  legalForm: "ASSOCIATION",
  activities: ["MUSIC"],
  membershipKind: "ASSOCIATED",
  joinedOn: "2014-01-15",
  siret: placeholderSiret(778),
});

describe("forged cursors", () => {
  const PAGE = `query($after: String, $before: String, $sort: MemberSort) {
    members(after: $after, before: $before, sort: $sort) { totalCount } }`;
  const endCursorOf = async (query: string) =>
    (await economic.request<{ members: { pageInfo: { endCursor: string } } }>(query)).data!.members.pageInfo
      .endCursor;
  const body = (real: string) => JSON.parse(Buffer.from(real, "base64url").toString());
  const forge = (real: string, change: (body: { k: unknown[] } & Record<string, unknown>) => void) => {
    const decoded = body(real);
    change(decoded);
    return cursor(JSON.stringify(decoded));
  };

  it.each([
    ["an old offset cursor", () => cursor("offset:3")],
    ["an offset beyond PostgreSQL's integers", () => cursor("offset:99999999999999999999")],
    ["a NUL byte in the name", (real: string) => forge(real, (b) => void (b.k[0] = "A\u0000"))],
    ["a number for the name", (real: string) => forge(real, (b) => void (b.k[0] = 1e308))],
    ["a forged id", (real: string) => forge(real, (b) => void (b.k[1] = "' OR 1=1 --"))],
    ["another version", (real: string) => forge(real, (b) => void (b.v = 2))],
    ["another list's cursor", (real: string) => forge(real, (b) => void (b.l = "serviceOfferings"))],
  ])("refuses %s as after or before, sending no SQL", async (_label, make) => {
    const real = await endCursorOf(`{ members(first: 2) { pageInfo { endCursor } } }`);
    for (const argument of ["after", "before"]) {
      economic.statements.reset();
      const result = await economic.request(PAGE, { [argument]: make(real) });
      expect(firstError(result)).toEqual({
        code: "BAD_USER_INPUT",
        message: expect.stringMatching(
          new RegExp(`^Invalid input: ${argument}: is not a cursor of this list: `),
        ),
      });
      expect(economic.statements.count).toBe(0);
    }
  });

  it("refuses a cursor of another sort of the same list, sending no SQL", async () => {
    const byDate = await endCursorOf(
      `{ members(first: 2, sort: { field: JOINED_ON, direction: DESC }) { pageInfo { endCursor } } }`,
    );
    economic.statements.reset();
    const result = await economic.request(PAGE, { after: byDate });
    expect(firstError(result)).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "Invalid input: after: is not a cursor of this list: it was made for another sort; read the list again from its start",
    });
    expect(economic.statements.count).toBe(0);
  });

  it("still reads on from a cursor the list returned", async () => {
    const first = await economic.request<{ members: { pageInfo: { endCursor: string } } }>(
      `{ members(first: 2) { pageInfo { endCursor } } }`,
    );
    const next = await economic.request(
      `query($after: String) { members(first: 2, after: $after) { totalCount } }`,
      {
        after: first.data!.members.pageInfo.endCursor,
      },
    );
    expect(next.errors).toBeUndefined();
  });
});

describe("text PostgreSQL cannot store", () => {
  it.each([
    ["a NUL character", "Compagnie\u0000 du test"],
    ["an unpaired surrogate", "Compagnie \ud800 du test"],
  ])(
    "refuses %s in a variable with BAD_USER_INPUT (HTTP 400) naming it, writing nothing",
    async (_label, name) => {
      const before = await rowCounts(economic, ["member", "audit_entry"]);
      economic.statements.reset();
      const result = await economic.request(CREATE, { input: newMember(name) }, staff);
      expect(result.status).toBe(400);
      expect(firstError(result)).toEqual({
        code: "BAD_USER_INPUT",
        message: "$input.name contains a NUL character or an unpaired surrogate; remove it.",
      });
      expect(economic.statements.count).toBe(0);
      expect(await rowCounts(economic, ["member", "audit_entry"])).toEqual(before);
    },
  );

  it("refuses a NUL character in a string literal, naming its argument", async () => {
    economic.statements.reset();
    const result = await economic.request(
      `{ members(filter: { nameContains: "Gr\\u0000" }) { totalCount } }`,
    );
    expect(result.status).toBe(400);
    expect(firstError(result)).toEqual({
      code: "BAD_USER_INPUT",
      message: "filter.nameContains contains a NUL character or an unpaired surrogate; remove it.",
    });
    expect(economic.statements.count).toBe(0);
  });

  it("keeps accents, emoji and other well-formed text", async () => {
    const result = await economic.request(
      `query($text: String) { members(filter: { nameContains: $text }) { totalCount } }`,
      {
        text: "Grésilles 🎭",
      },
    );
    expect(result.errors).toBeUndefined();
  });
});
