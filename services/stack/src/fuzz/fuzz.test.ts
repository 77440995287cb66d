import fc from "fast-check";
import { loadFuzzSchema } from "./api-schema";
import { OperationGenerator, validationErrors } from "./operations";
import {
  connectionsConsistent,
  mayReceive,
  mutationAtomic,
  noForbiddenValue,
  noInternalError,
  noLeak,
  statusConsistent,
  type Answer,
  type CheckContext,
} from "./properties";
import type { ValuePools } from "./values";

// The fuzzer's own parts, without a stack: what it generates is valid and within the gateway's limits,
// and each property catches what it is there to catch (the run itself is `npm run fuzz`).

const schema = loadFuzzSchema({});
const pools: ValuePools = {
  idsByType: {
    Member: ["a0000000-0000-4000-8000-000000000001"],
    Territory: ["c1000000-0000-4000-8000-000000000003"],
  },
  cursors: ["eyJrIjpbIjIwMTMiXX0"],
};
const generator = new OperationGenerator(schema, pools);
const answer = (status: number, body: Answer["body"]): Answer => ({
  status,
  body,
  text: JSON.stringify(body),
});

describe("the fuzzer's generator", () => {
  it("draws queries and mutations valid against schema/api.graphql and within the gateway's limits", () => {
    const plans = [
      ...fc.sample(generator.queryArb(), { numRuns: 150, seed: 18 }),
      ...fc.sample(generator.mutationArb(), { numRuns: 100, seed: 18 }),
    ];
    const invalid = plans
      .map((plan) => generator.print(plan))
      .flatMap((op) => [
        ...validationErrors(schema, op),
        ...(generator.fits(op) ? [] : [`over a limit: ${op.query}`]),
      ]);
    expect(invalid).toEqual([]);
  });

  it("reaches every root field of the schema", () => {
    const seen = new Set(
      [
        ...fc.sample(generator.queryArb(), { numRuns: 1500, seed: 7 }),
        ...fc.sample(generator.mutationArb(), { numRuns: 1000, seed: 7 }),
      ].flatMap((plan) => plan.roots.map((root) => root.field)),
    );
    const roots = [
      ...Object.keys(schema.api.getQueryType()!.getFields()),
      ...Object.keys(schema.api.getMutationType()!.getFields()),
    ];
    expect(roots.filter((root) => !seen.has(root))).toEqual([]);
  });
});

describe("the fuzzer's properties", () => {
  const plan = {
    kind: "query" as const,
    roots: [{ field: "members", alias: "q0", args: { first: 2 }, children: [] }],
  };
  const context = (over: Partial<CheckContext> = {}): CheckContext => ({
    schema: schema.api,
    rules: new Map([
      ["Member.siret", ["staff", "owner"]],
      ["Query.annualReport", ["staff", "council"]],
    ]),
    role: "council",
    plan,
    variables: {},
    checkDataForLeaks: true,
    internalUrls: ["http://127.0.0.1:4651/graphql"],
    ...over,
  });

  it("flags an INTERNAL_SERVER_ERROR and an error without a code", () => {
    const found = noInternalError(
      answer(200, {
        data: null,
        errors: [{ message: "x", extensions: { code: "INTERNAL_SERVER_ERROR" } }, { message: "y" }],
      }),
    );
    expect(found).toHaveLength(2);
  });

  it("flags SQL, a stack, a file path, a subgraph URL or name, but not the caller's own text echoed", () => {
    const leaky = [
      'duplicate key value violates unique constraint "member_pkey"',
      "Error\n    at Object.<anonymous> (/work/x.ts:1:2)",
      "in /work/wt/fuzz/services/economic/src/member.ts",
      "fetch to http://127.0.0.1:4651/graphql failed",
      'Subgraph "economic" answered 500',
    ];
    for (const message of leaky) {
      expect(
        noLeak(answer(200, { data: null, errors: [{ message, extensions: { code: "X" } }] }), context()),
      ).not.toEqual([]);
    }
    const echo = "'; DROP TABLE member; -- SELECT * FROM member";
    const quoted = answer(400, {
      errors: [
        { message: `Variable "$v0" got invalid value "${echo}"`, extensions: { code: "BAD_USER_INPUT" } },
      ],
    });
    expect(noLeak(quoted, context({ variables: { v0: echo } }))).toEqual([]);
  });

  it("wants 200 with data, 400 for request refusals, 429 for RATE_LIMITED, never 5xx", () => {
    expect(statusConsistent(answer(200, { data: { a: 1 } }))).toEqual([]);
    expect(
      statusConsistent(answer(400, { errors: [{ message: "m", extensions: { code: "BAD_USER_INPUT" } }] })),
    ).toEqual([]);
    expect(
      statusConsistent(answer(500, { errors: [{ message: "m", extensions: { code: "BAD_USER_INPUT" } }] })),
    ).not.toEqual([]);
    expect(
      statusConsistent(
        answer(200, { errors: [{ message: "m", extensions: { code: "OPERATION_TOO_COMPLEX" } }] }),
      ),
    ).not.toEqual([]);
    expect(statusConsistent(answer(400, { data: { a: 1 } }))).not.toEqual([]);
  });

  it("flags a page with more edges than totalCount or first, and a pageInfo that disagrees with its edges", () => {
    const page = (totalCount: number, hasNextPage: boolean, endCursor: string) =>
      answer(200, {
        data: {
          q0: {
            totalCount,
            edges: [
              { cursor: "a", node: { id: "1" } },
              { cursor: "b", node: { id: "2" } },
            ],
            pageInfo: { hasNextPage, hasPreviousPage: false, startCursor: "a", endCursor },
          },
        },
      });
    expect(connectionsConsistent(page(5, true, "b"), context())).toEqual([]);
    expect(
      connectionsConsistent(page(1, false, "b"), context())
        .map((v) => v.detail)
        .join(),
    ).toMatch(/totalCount 1 < 2/);
    expect(
      connectionsConsistent(page(5, false, "b"), context())
        .map((v) => v.detail)
        .join(),
    ).toMatch(/hasNextPage/);
    expect(
      connectionsConsistent(page(5, true, "a"), context())
        .map((v) => v.detail)
        .join(),
    ).toMatch(/endCursor/);
  });

  it("flags a value a role's rules leave out, and lets owners' fields to members", () => {
    expect(mayReceive("anonymous", [])).toBe(false);
    expect(mayReceive("council", ["staff", "owner"])).toBe(false);
    expect(mayReceive("otherMember", ["staff", "owner"])).toBe(true);
    const siret = answer(200, { data: { q0: { edges: [{ node: { id: "1", siret: "12345678900011" } }] } } });
    const seen = {
      kind: "query" as const,
      roots: [
        {
          field: "members",
          alias: "q0",
          args: {},
          children: [
            {
              field: "edges",
              args: {},
              children: [
                {
                  field: "node",
                  args: {},
                  children: [
                    { field: "id", args: {} },
                    { field: "siret", args: {} },
                  ],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(noForbiddenValue(siret, context({ plan: seen })).map((v) => v.signature)).toEqual([
      "forbidden:council:Member.siret",
    ]);
    expect(noForbiddenValue(siret, context({ plan: seen, role: "member" }))).toEqual([]);
  });

  it("flags a failed mutation that changed rows, and a success without an audit entry", () => {
    const failed = answer(200, {
      data: { __typename: "Mutation", m: null },
      errors: [{ message: "no", path: ["m"], extensions: { code: "BAD_USER_INPUT" } }],
    });
    expect(mutationAtomic(failed, "m", { "e.member": 1 }, { "e.member": 1 })).toEqual([]);
    expect(mutationAtomic(failed, "m", { "e.member": 1 }, { "e.member": 2 })).not.toEqual([]);
    const applied = answer(200, { data: { __typename: "Mutation", m: { __typename: "P" } } });
    expect(mutationAtomic(applied, "m", { "e.audit_entry": 1 }, { "e.audit_entry": 2 })).toEqual([]);
    expect(mutationAtomic(applied, "m", { "e.audit_entry": 1 }, { "e.audit_entry": 1 })).not.toEqual([]);
  });
});
