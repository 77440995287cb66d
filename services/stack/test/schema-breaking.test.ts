import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AllowListError, parseAllowList } from "../src/schema-breaking/allow-list";
import { compareSchemas } from "../src/schema-breaking/compare";
import { REPO_ROOT } from "../src/services";

const BASE_SDL = `
type Query {
  member(id: ID!): Member
  members(first: Int): [Member!]!
}
type Member {
  id: ID!
  name: String!
  website: String
  kind: Kind!
}
enum Kind {
  INSTALLED
  ASSOCIATED
}
`;

/** A throwaway git repository whose first commit holds `sdl` as schema/api.graphql. */
function repoWith(sdl: string) {
  const root = mkdtempSync(join(tmpdir(), "pole-breaking-"));
  const git = (...args: string[]) => {
    const result = spawnSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.org", ...args], {
      cwd: root,
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  mkdirSync(join(root, "schema"));
  git("init", "--quiet");
  writeFileSync(join(root, "schema", "api.graphql"), sdl);
  git("add", "schema/api.graphql");
  git("commit", "--quiet", "-m", "base");
  return {
    root,
    git,
    write: (file: string, text: string) => writeFileSync(join(root, file), text),
    /** `npm run schema:breaking -- <args>` in that repository. */
    check: (...args: string[]) =>
      spawnSync(
        process.execPath,
        [
          "-r",
          require.resolve("@swc-node/register"),
          join(REPO_ROOT, "services", "stack", "src", "schema-breaking.ts"),
          ...args,
        ],
        { cwd: root, encoding: "utf8" },
      ),
  };
}

const allowList = (...allowed: object[]) => JSON.stringify({ allowed }, null, 2);

describe("npm run schema:breaking", () => {
  const repos: string[] = [];
  const repo = (sdl = BASE_SDL) => {
    const made = repoWith(sdl);
    repos.push(made.root);
    return made;
  };
  afterAll(() => repos.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it("fails on a removed field, naming its path and the inspector's message on one line", () => {
    const { write, check } = repo();
    write("schema/api.graphql", BASE_SDL.replace("  website: String\n", ""));
    const result = check();
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("against HEAD");
    expect(result.stdout).toContain("1 breaking, 0 allowed");
    expect(result.stdout).toContain(
      "BREAKING  FIELD_REMOVED Member.website: Field 'website' was removed from object type 'Member'",
    );
    expect(result.status).toBe(1);
  }, 30_000);

  it("passes a breaking change the allow-list names with a reason, and prints the reason", () => {
    const { write, check } = repo();
    write("schema/api.graphql", BASE_SDL.replace("name: String!", "name: String"));
    write(
      "schema/allowed-breaking-changes.json",
      allowList({
        type: "FIELD_TYPE_CHANGED",
        path: "Member.name",
        reason: "issue 11: nullable behind its rule",
      }),
    );
    const result = check();
    expect(result.stdout).toContain("0 breaking, 1 allowed");
    expect(result.stdout).toContain(
      "allowed   FIELD_TYPE_CHANGED Member.name: Field 'Member.name' changed type from 'String!' to 'String' (reason: issue 11: nullable behind its rule)",
    );
    expect(result.status).toBe(0);
  }, 30_000);

  it("passes a deprecation and a new field; prints dangerous changes without failing", () => {
    const { write, check } = repo();
    write(
      "schema/api.graphql",
      BASE_SDL.replace(
        "website: String",
        'website: String @deprecated(reason: "2026-12-02: use url")\n  url: String',
      )
        .replace("ASSOCIATED", "ASSOCIATED\n  FORMER")
        .replace("members(first: Int)", "members(first: Int, kind: Kind)"),
    );
    const result = check();
    expect(result.stdout).toContain("0 breaking, 0 allowed, 2 dangerous");
    expect(result.stdout).toContain(
      "dangerous ENUM_VALUE_ADDED Kind.FORMER: Enum value 'FORMER' was added to enum 'Kind'",
    );
    expect(result.stdout).toContain("dangerous FIELD_ARGUMENT_ADDED Query.members.kind:");
    expect(result.stdout).not.toContain("BREAKING");
    expect(result.status).toBe(0);
  }, 30_000);

  it("compares with the schema committed at --base, and refuses an unknown base", () => {
    const { write, git, check } = repo();
    write("schema/api.graphql", BASE_SDL.replace("  website: String\n", ""));
    git("commit", "--quiet", "-am", "removes website");
    expect(check().status).toBe(0); // against HEAD, which already lacks it
    const againstFirst = check("--base", "HEAD~1");
    expect(againstFirst.stdout).toContain("against HEAD~1");
    expect(againstFirst.stdout).toContain("BREAKING  FIELD_REMOVED Member.website");
    expect(againstFirst.status).toBe(1);
    const unknown = check("--base", "no-such-branch");
    expect(unknown.stderr.trim()).toBe(
      '[schema:breaking] unknown git base "no-such-branch" (a branch, tag or commit of this repository)',
    );
    expect(unknown.status).toBe(2);
  }, 30_000);

  it("reports an allow-list entry that matches no breaking change as stale, without failing", () => {
    const { write, check } = repo();
    write(
      "schema/allowed-breaking-changes.json",
      allowList({ type: "FIELD_REMOVED", path: "Member.logo", reason: "gone" }),
    );
    const result = check();
    expect(result.stdout).toContain(
      "stale     schema/allowed-breaking-changes.json lists FIELD_REMOVED Member.logo, which matches no breaking change against this base (already landed?): remove it once it is released",
    );
    expect(result.status).toBe(0);
  }, 30_000);

  it("stops with a clear error on a bad allow-list file", () => {
    const { write, check } = repo();
    write(
      "schema/allowed-breaking-changes.json",
      allowList({ type: "FIELD_REMOVED", path: "Member.website" }),
    );
    const result = check();
    expect(result.stderr).toContain(
      "[schema:breaking] schema/allowed-breaking-changes.json: a problem\n  - allowed[0].reason: a reason is required: why clients may lose this",
    );
    expect(result.stdout).toBe("");
    expect(result.status).toBe(2);
  }, 30_000);
});

describe("the allow-list file", () => {
  const problems = (text: string) => {
    try {
      parseAllowList(text, "allowed.json");
    } catch (error) {
      expect(error).toBeInstanceOf(AllowListError);
      return (error as Error).message;
    }
    throw new Error("accepted");
  };

  it("accepts entries of type, path and reason", () => {
    expect(
      parseAllowList(
        allowList({ type: "FIELD_REMOVED", path: "Member.website", reason: "r" }),
        "allowed.json",
      ),
    ).toEqual([{ type: "FIELD_REMOVED", path: "Member.website", reason: "r" }]);
    expect(parseAllowList('{ "allowed": [] }', "allowed.json")).toEqual([]);
  });

  it("names every problem: JSON, the array, unknown types and keys, blank reasons, duplicates", () => {
    expect(problems("{ allowed: [")).toMatch(/^allowed\.json: not valid JSON \(/);
    expect(problems("[]")).toContain(
      '(file): an object { "allowed": [{ "type", "path", "reason" }, …] } is required',
    );
    expect(problems("{}")).toContain('allowed: an "allowed" array is required');
    expect(problems(allowList({ type: "FIELD_GONE", path: "A.b", reason: "r" }))).toContain(
      'allowed[0].type: unknown change type "FIELD_GONE"',
    );
    const several = problems(allowList({ type: "FIELD_REMOVED", path: " ", reason: " ", why: "x" }));
    expect(several).toContain("allowed.json: 3 problems");
    expect(several).toContain("allowed[0].path: a path is required, e.g. Member.savings");
    expect(several).toContain("allowed[0].reason: a reason is required: why clients may lose this");
    expect(several).toContain('allowed[0]: Unrecognized key: "why"');
    const entry = { type: "FIELD_REMOVED", path: "A.b", reason: "r" };
    expect(problems(allowList(entry, entry))).toBe(
      "allowed.json: allowed[1]: FIELD_REMOVED A.b is listed twice",
    );
  });
});

describe("compareSchemas", () => {
  it("lets only the exact type and path through: another change at the same path still fails", async () => {
    const changed = BASE_SDL.replace("  website: String\n", "").replace("kind: Kind!", "kind: Kind");
    const result = await compareSchemas(BASE_SDL, changed, [
      { type: "FIELD_TYPE_CHANGED", path: "Member.website", reason: "r" },
      { type: "FIELD_TYPE_CHANGED", path: "Member.kind", reason: "nullable" },
    ]);
    expect(result.breaking.map((c) => `${c.type} ${c.path}`)).toEqual(["FIELD_REMOVED Member.website"]);
    expect(result.allowed.map(({ change }) => change.path)).toEqual(["Member.kind"]);
    expect(result.stale).toEqual([{ type: "FIELD_TYPE_CHANGED", path: "Member.website", reason: "r" }]);
  });
});
