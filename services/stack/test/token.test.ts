import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { createViewerResolver } from "@pole/subgraph-kit";
import { testAuth } from "@pole/subgraph-kit/testing";
import { REPO_ROOT } from "../src/services";

function token(...args: string[]) {
  return spawnSync(
    process.execPath,
    ["-r", require.resolve("@swc-node/register"), join("services", "stack", "src", "token.ts"), ...args],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, JWT_SECRET: "", JWT_JWKS_URL: "", JWT_MAX_TTL: "" },
    },
  );
}

describe("npm run token", () => {
  const verify = createViewerResolver(testAuth);

  it("prints a token the services accept, alone on its last line", async () => {
    const memberId = "a0000000-0000-4000-8000-000000000001";
    const result = token("member", "--member", memberId);
    expect(result.status).toBe(0);
    const lastLine = result.stdout.trim().split("\n").pop()!;
    expect(await verify(`Bearer ${lastLine}`)).toEqual({
      subject: "dev-member",
      role: "member",
      memberId,
      territoryId: undefined,
    });
  });

  it("refuses an unknown role, and a member token without its member", () => {
    const unknown = token("mayor");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown role "mayor"');
    const memberless = token("member");
    expect(memberless.status).toBe(2);
    expect(memberless.stderr).toContain("a member token needs --member");
  });

  it("refuses an expiry longer than the 24 h the services accept, in one line", () => {
    const result = token("staff", "--expires", "2d");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("--expires 2d is longer than the 24 h a token may live (JWT_MAX_TTL)\n");
    expect(token("staff", "--expires", "24h").status).toBe(0);
  });
});
