import { spawn } from "node:child_process";
import { join } from "node:path";

/** The web workspace's folder. */
export const WEB_ROOT = join(__dirname, "..");

/**
 * Runs `vite build` for the site into `outDir` (web/dist by default); rejects with Vite's output on failure.
 * Each caller builds into a folder of its own (npm start, the browser tests), so Vite's one-build-per-project
 * lock is bypassed: two runs at once are fine.
 */
export function buildSite(outDir = join(WEB_ROOT, "dist")): Promise<string> {
  const vite = join(require.resolve("vite/package.json"), "..", "bin", "vite.js");
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn", "--bypass-lock"],
      {
        cwd: WEB_ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(outDir) : reject(new Error(`vite build failed (exit ${code}):\n${output}`)),
    );
  });
}
