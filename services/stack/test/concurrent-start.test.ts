// Two replicas of one subgraph started at the same moment on a database that does not exist yet, as a
// scaled-out deployment does on its first day: both must come up, one migrating and loading the sample
// data, the other finding it done.
import type { ChildProcess } from "node:child_process";
import { Client } from "pg";
import { ownDatabaseVariable } from "@pole/subgraph-kit";
import { dropTestDatabase, testDatabaseUrl } from "@pole/subgraph-kit/testing";
import { spawnService, stopProcess } from "../src/service-process";
import { SUBGRAPHS } from "../src/services";
import { waitForReadyLine } from "../src/testing/subgraph-processes";
import { readableLogs } from "./launcher";

const economic = SUBGRAPHS.find((service) => service.name === "economic")!;
const url = testDatabaseUrl("concurrent_start_economic");

afterAll(() => dropTestDatabase(url));

it("two replicas starting together on a new database both come up; the database is migrated and filled once", async () => {
  const outputs = ["", ""];
  const replicas: ChildProcess[] = [0, 1].map((i) => {
    const child = spawnService(
      economic,
      {
        PORT: "0",
        HOST: "127.0.0.1",
        [ownDatabaseVariable("economic")]: url,
        SAMPLE_DATA: "load-if-empty",
      },
      "main",
      "pipe",
    );
    child.stderr!.on("data", (chunk: Buffer) => (outputs[i] += chunk.toString()));
    return child;
  });
  try {
    const urls = await Promise.all(replicas.map((child, i) => waitForReadyLine(`economic ${i + 1}`, child)));
    for (const replica of urls) {
      const answer = await fetch(replica, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ members(first: 1) { totalCount } }" }),
      });
      expect(((await answer.json()) as { data?: unknown }).data).toBeDefined();
    }
    const logs = outputs.map(readableLogs);
    // The sample data once: one replica loaded it, the other found it there.
    expect(logs.filter((log) => log.includes("loaded the sample data"))).toHaveLength(1);

    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ all: string; distinct: string }>(
        "SELECT count(*) AS all, count(DISTINCT name) AS distinct FROM typeorm_migrations",
      );
      expect(Number(rows[0]!.all)).toBeGreaterThan(0);
      expect(rows[0]!.all).toBe(rows[0]!.distinct);
    } finally {
      await client.end();
    }
  } finally {
    await Promise.all(replicas.map((child) => stopProcess(child)));
  }
}, 120_000);
