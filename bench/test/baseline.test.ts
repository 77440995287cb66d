import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareBaseline, resolveCommit } from "../src/baseline";

const REPO = join(__dirname, "..", "..");
const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: REPO }).toString().trim();

describe("resolveCommit", () => {
  it("gives the full commit id of a ref", () => {
    expect(resolveCommit(REPO, "HEAD")).toBe(head);
    expect(resolveCommit(REPO, head.slice(0, 10))).toBe(head);
  });

  it("says which ref it could not find, and refuses what could be read as an option", () => {
    expect(() => resolveCommit(REPO, "no-such-branch-here")).toThrow(
      '--baseline: no commit "no-such-branch-here"',
    );
    expect(() => resolveCommit(REPO, "--all")).toThrow("is not a git ref");
    expect(() => resolveCommit(REPO, "a b")).toThrow("is not a git ref");
  });
});

describe("prepareBaseline", () => {
  let root: string;
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("extracts the commit and runs it on today's dependencies, with its own workspace packages", () => {
    root = join(mkdtempSync(join(tmpdir(), "pole-baseline-test-")), "tree");
    expect(prepareBaseline(REPO, head, root, () => undefined)).toBe("linked");
    expect(existsSync(join(root, "gateway", "src", "main.ts"))).toBe(true);
    // The workspace packages are the baseline's own files, not today's…
    expect(realpathSync(join(root, "node_modules", "@pole", "subgraph-kit"))).toBe(
      realpathSync(join(root, "services", "subgraph-kit")),
    );
    // …and every other dependency is today's installed one.
    expect(realpathSync(join(root, "node_modules", "@apollo", "gateway"))).toBe(
      realpathSync(join(REPO, "node_modules", "@apollo", "gateway")),
    );
    expect(require.resolve("graphql", { paths: [join(root, "services", "economic")] })).toBe(
      require.resolve("graphql", { paths: [REPO] }),
    );
  });
});
