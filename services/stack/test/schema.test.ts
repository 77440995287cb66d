import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../src/services";

describe("npm run schema:check", () => {
  it("finds the committed subgraph, supergraph and API schemas up to date and composable", () => {
    const result = spawnSync(
      process.execPath,
      ["-r", require.resolve("@swc-node/register"), join("services", "stack", "src", "schema.ts"), "--check"],
      { cwd: REPO_ROOT, encoding: "utf8" },
    );
    expect(result.stderr).toContain("committed schemas are up to date: 3 subgraphs composed");
    expect(result.status).toBe(0);
  }, 60_000);
});
