// `npm run schema:breaking [-- --base <ref>]`: fails when schema/api.graphql breaks clients against the one
// committed at <ref> (HEAD by default), unless schema/allowed-breaking-changes.json lists the change with a
// reason. Dangerous changes are printed, not failures. Exit codes: 0 pass, 1 breaking changes, 2 bad input.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { AllowListError } from "./schema-breaking/allow-list";
import { BreakingCheckError, runBreakingCheck } from "./schema-breaking/run";

const USAGE = "usage: npm run -s schema:breaking [-- --base <git ref>]";

async function main(): Promise<number> {
  let base: string;
  try {
    base = parseArgs({ options: { base: { type: "string", default: "HEAD" } } }).values.base!;
  } catch (error) {
    process.stderr.write(`[schema:breaking] ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  // The repository the command runs in (npm runs it at the root package's folder).
  const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
  try {
    const { status, lines } = await runBreakingCheck(root, base);
    for (const line of lines) process.stdout.write(`[schema:breaking] ${line}\n`);
    return status;
  } catch (error) {
    if (error instanceof AllowListError || error instanceof BreakingCheckError) {
      process.stderr.write(`[schema:breaking] ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`[schema:breaking] ${error.stack ?? error.message}\n`);
    process.exit(2);
  },
);
