// Jest global teardown: stops the embedded cluster and checks that its postmaster is really gone.
import { rmSync } from "node:fs";
import { isProcessAlive } from "../embedded-cluster";

export default async function globalTeardown(): Promise<void> {
  const run = globalThis.__POLE_TEST_RUN__;
  if (!run?.cluster) return;
  const { pid } = run.cluster;
  await run.cluster.stop();
  const alive = isProcessAlive(pid);
  if (run.dir) rmSync(run.dir, { recursive: true, force: true });
  if (alive) throw new Error(`the test PostgreSQL (pid ${pid}) is still running after the suite`);
}
