// `npm run schema:breaking [-- --base <ref>]`: the working tree's schema/api.graphql (as `npm run schema`
// generates it) against the one committed at a git base (HEAD by default), with the intended breaking
// changes of schema/allowed-breaking-changes.json let through.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AllowListError, parseAllowList } from "./allow-list";
import { compareSchemas, describeChange } from "./compare";

export const API_SCHEMA = "schema/api.graphql";
export const ALLOW_LIST = "schema/allowed-breaking-changes.json";

/** Bad input to the check (an unknown base, a bad allow-list): exit code 2. */
export class BreakingCheckError extends Error {}

function git(root: string, args: string[]): string {
  return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function schemaAtBase(root: string, base: string): { sdl: string; commit: string } {
  let commit: string;
  try {
    commit = git(root, ["rev-parse", "--verify", "--quiet", `${base}^{commit}`]).trim();
  } catch {
    throw new BreakingCheckError(`unknown git base "${base}" (a branch, tag or commit of this repository)`);
  }
  try {
    return { sdl: git(root, ["show", `${commit}:${API_SCHEMA}`]), commit };
  } catch {
    throw new BreakingCheckError(`${API_SCHEMA} does not exist at ${base} (${commit.slice(0, 12)})`);
  }
}

/** Runs the check in the repository at `root`; returns the exit code (0 pass, 1 breaking) and its output lines. */
export async function runBreakingCheck(
  root: string,
  base: string,
): Promise<{ status: 0 | 1; lines: string[] }> {
  const { sdl: oldSdl, commit } = schemaAtBase(root, base);
  const newFile = join(root, API_SCHEMA);
  if (!existsSync(newFile)) throw new BreakingCheckError(`${API_SCHEMA} is missing (run \`npm run schema\`)`);
  const allowFile = join(root, ALLOW_LIST);
  const allowList = existsSync(allowFile) ? parseAllowList(readFileSync(allowFile, "utf8"), ALLOW_LIST) : [];
  let comparison;
  try {
    comparison = await compareSchemas(oldSdl, readFileSync(newFile, "utf8"), allowList);
  } catch (error) {
    if (error instanceof AllowListError) throw error;
    throw new BreakingCheckError(`the schemas do not build: ${(error as Error).message}`);
  }
  const { breaking, allowed, dangerous, safe, stale } = comparison;
  const lines = [
    `${API_SCHEMA} against ${base} (${commit.slice(0, 12)}): ${breaking.length} breaking, ${allowed.length} allowed, ${dangerous.length} dangerous, ${safe.length} safe`,
    ...breaking.map((change) => `BREAKING  ${describeChange(change)}`),
    ...allowed.map(({ change, reason }) => `allowed   ${describeChange(change)} (reason: ${reason})`),
    ...dangerous.map((change) => `dangerous ${describeChange(change)}`),
    ...stale.map(
      (entry) =>
        `stale     ${ALLOW_LIST} lists ${entry.type} ${entry.path}, which matches no breaking change against this base (already landed?): remove it once it is released`,
    ),
  ];
  if (breaking.length > 0) {
    lines.push(
      `${breaking.length} breaking change${breaking.length === 1 ? "" : "s"}: deprecate instead (@deprecated(reason: "YYYY-MM-DD: use …")), or list an intended one in ${ALLOW_LIST} as { "type", "path", "reason" }`,
    );
  }
  return { status: breaking.length > 0 ? 1 : 0, lines };
}
