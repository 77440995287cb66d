// `--baseline REF`: the tree of a git ref beside the current one, so the bench can run its subgraphs and
// gateway interleaved with today's. The ref's files come from `git archive` (no worktree to clean up in
// the repository); its dependencies are today's node_modules when both lockfiles are the same, else its
// own `npm ci`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";

/** The full commit id a ref names in `repo`, or an error that says which ref was not found. */
export function resolveCommit(repo: string, ref: string): string {
  if (!/^[\w./@^~{}-]+$/.test(ref) || ref.startsWith("-"))
    throw new Error(`--baseline: "${ref}" is not a git ref`);
  try {
    return execFileSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: repo })
      .toString()
      .trim();
  } catch {
    throw new Error(`--baseline: no commit "${ref}" in ${repo}`);
  }
}

/** The npm workspace folders a package.json lists. */
function workspacesOf(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { workspaces?: string[] };
  return manifest.workspaces ?? [];
}

/**
 * Gives `root` a node_modules of links into `current`'s, except the workspace packages (`@pole/…`), which
 * link to `root`'s own folders: the ref's code then runs on today's installed dependencies, which is right
 * only when the two lockfiles are the same (the caller checks).
 */
function linkDependencies(root: string, current: string): void {
  const modules = join(root, "node_modules");
  mkdirSync(modules);
  const ownScopes = new Map<string, string[]>();
  for (const workspace of workspacesOf(root)) {
    const manifest = join(root, workspace, "package.json");
    if (!existsSync(manifest)) continue;
    const name = (JSON.parse(readFileSync(manifest, "utf8")) as { name: string }).name;
    const [scope, base] = name.startsWith("@") ? name.split("/") : ["", name];
    ownScopes.set(scope, [...(ownScopes.get(scope) ?? []), base]);
    if (scope) mkdirSync(join(modules, scope), { recursive: true });
    const link = scope ? join(modules, scope, base) : join(modules, base);
    symlinkSync(relative(join(link, ".."), join(root, workspace)), link);
  }
  const installed = join(current, "node_modules");
  for (const entry of readdirSync(installed)) {
    if (entry.startsWith("@") && ownScopes.has(entry)) {
      const own = new Set(ownScopes.get(entry));
      for (const inner of readdirSync(join(installed, entry)))
        if (!own.has(inner)) symlinkSync(join(installed, entry, inner), join(modules, entry, inner));
    } else if (!ownScopes.get("")?.includes(entry)) {
      symlinkSync(join(installed, entry), join(modules, entry));
    }
  }
}

/**
 * Extracts `commit` of `repo` into `root` and makes its dependencies available; `log` tells what it does.
 * Returns how the dependencies were provided.
 */
export function prepareBaseline(
  repo: string,
  commit: string,
  root: string,
  log: (message: string) => void,
): "linked" | "installed" {
  mkdirSync(root, { recursive: true });
  // git archive | tar, without a shell: the archive is read into memory (a few MB of sources).
  const archive = execFileSync("git", ["archive", "--format=tar", commit], {
    cwd: repo,
    maxBuffer: 512 * 1024 * 1024,
  });
  execFileSync("tar", ["-x", "-C", root], { input: archive });
  const sameLock =
    readFileSync(join(root, "package-lock.json"), "utf8") ===
    readFileSync(join(repo, "package-lock.json"), "utf8");
  if (sameLock) {
    linkDependencies(root, repo);
    return "linked";
  }
  log(
    `baseline ${commit.slice(0, 10)}: its package-lock.json differs from today's, npm ci in ${root} (a minute or two)`,
  );
  execFileSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: root, stdio: "ignore" });
  return "installed";
}
