import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { isSupportedNode } from "../src/supported-node";

describe("supported Node.js versions", () => {
  it("accepts Node 24 and later, and Node 22 from 22.15", () => {
    for (const version of ["24.0.0", "24.22.3", "26.1.0", "22.15.0", "22.23.5"]) {
      expect({ version, supported: isSupportedNode(version) }).toEqual({ version, supported: true });
    }
  });

  it("refuses Node 20 and older, and Node 22 before 22.15", () => {
    for (const version of ["20.20.2", "20.19.0", "18.20.8", "22.14.0", "21.7.3", "23.11.0"]) {
      expect({ version, supported: isSupportedNode(version) }).toEqual({ version, supported: false });
    }
  });

  it("lets the launcher through on the Node running the tests", () => {
    // The guard the launcher loads first exits on an unsupported Node; here it must not.
    const run = spawnSync(
      process.execPath,
      ["-r", require.resolve("@swc-node/register"), join(__dirname, "..", "src", "check-node.ts")],
      {
        encoding: "utf8",
      },
    );
    expect(isSupportedNode(process.versions.node)).toBe(true);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
  });
});
