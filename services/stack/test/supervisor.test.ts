import type { ChildProcess } from "node:child_process";
import { ownDatabaseVariable } from "@pole/subgraph-kit";
import { dropTestDatabase, testDatabaseUrl, testServerUrl, tokenFor } from "@pole/subgraph-kit/testing";
import { SUBGRAPHS } from "../src/services";
import {
  collect,
  childPids,
  isAlive,
  launch,
  servicePid,
  stackPorts,
  startedLines,
  waitFor,
} from "./launcher";

// Issue 14, point 4: a crash is not an outage. The real launcher (`npm start`'s entry) runs the three
// subgraphs and the gateway as processes; a subgraph is SIGKILLed by its PID, found under the launcher in
// /proc, while requests keep coming through the gateway.

// One economic field and one knowledge field: while economic is down, the knowledge half still answers.
const QUERY = "{ members(first: 1) { totalCount } practices(first: 1) { totalCount } }";

interface Answer {
  data?: { members: { totalCount: number } | null; practices: { totalCount: number } | null } | null;
  errors?: { path?: string[]; extensions?: { code?: string } }[];
}

const databases = SUBGRAPHS.map((service) => testDatabaseUrl(`supervise_${service.name}`));
let launcher: ChildProcess;
let output: ReturnType<typeof collect>;
let gatewayUrl: string;

beforeAll(async () => {
  const ports = await stackPorts();
  launcher = launch({
    ...ports,
    DATABASE_URL: testServerUrl(),
    ...Object.fromEntries(SUBGRAPHS.map((service, i) => [ownDatabaseVariable(service.name), databases[i]])),
  });
  output = collect(launcher);
  gatewayUrl = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
  await waitFor(
    "the gateway URL",
    () => output.stdout().includes(gatewayUrl) || launcher.exitCode !== null,
    90_000,
  );
  if (output.stdout().trim() !== startedLines(ports)) throw new Error(output.logs());
}, 120_000);

afterAll(async () => {
  const services = childPids(launcher.pid!);
  if (launcher.exitCode === null) {
    launcher.kill("SIGTERM");
    await output.exit;
  }
  for (const pid of services.filter(isAlive)) process.kill(pid, "SIGKILL");
  await Promise.all(databases.map(dropTestDatabase));
});

describe("npm start as a supervisor", () => {
  it("restarts a SIGKILLed subgraph on its port; meanwhile the gateway answers the other subgraphs' fields", async () => {
    const token = await tokenFor({ role: "council" });
    const ask = async (): Promise<Answer> =>
      (await fetch(gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY }),
      }).then((response) => response.json())) as Answer;
    const whole = await ask();
    expect(whole.errors).toBeUndefined();

    const economic = servicePid(launcher.pid!, "services/economic")!;
    expect(economic).toBeDefined();
    process.kill(economic, "SIGKILL");

    // Requests one after the other until economic answers again: each is whole, or has economic's field
    // null with SERVICE_UNAVAILABLE and knowledge's field there.
    const seen: string[] = [];
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const answer = await ask();
      if (JSON.stringify(answer) === JSON.stringify(whole)) {
        if (seen.includes("economic down")) break;
        seen.push("whole");
      } else {
        expect(answer.data?.practices).toEqual(whole.data!.practices);
        expect(answer.data?.members).toBeNull();
        expect(answer.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
          [["members"], "SERVICE_UNAVAILABLE"],
        ]);
        if (!seen.includes("economic down")) seen.push("economic down");
      }
    }
    expect(seen.at(-1)).toBe("economic down");
    // It is back, on its port (the gateway's URL for it is unchanged) with its secret (it answers the gateway).
    expect(await ask()).toEqual(whole);

    const restarted = servicePid(launcher.pid!, "services/economic");
    expect(restarted).toBeDefined();
    expect(restarted).not.toBe(economic);
    expect(output.logs()).toContain(
      `[start] economic (pid ${economic}) exited unexpectedly (signal SIGKILL); restarting in 1 s (attempt 1)`,
    );
    expect(output.logs()).toContain(`[start] economic restarted (pid ${restarted})`);
    await waitFor("its log line", () => output.logs().includes("[start] economic answers again"));
    expect(launcher.exitCode).toBeNull();
  }, 90_000);

  it("restarts a SIGKILLed gateway on its port", async () => {
    const gateway = servicePid(launcher.pid!, "gateway")!;
    expect(gateway).toBeDefined();
    process.kill(gateway, "SIGKILL");
    const health = gatewayUrl.replace(/graphql$/, "health");
    await waitFor("the gateway's log line", () => output.logs().includes("[start] gateway answers again"));
    expect((await fetch(health)).status).toBe(200);
    // With the subgraphs' secrets: every field answers.
    const answer = (await fetch(gatewayUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await tokenFor({ role: "council" })}`,
      },
      body: JSON.stringify({ query: QUERY }),
    }).then((response) => response.json())) as Answer;
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.members?.totalCount).toBeGreaterThan(0);
    expect(output.logs()).toContain(
      `[start] gateway (pid ${gateway}) exited unexpectedly (signal SIGKILL); restarting in 1 s (attempt 1)`,
    );
    expect(servicePid(launcher.pid!, "gateway")).not.toBe(gateway);
  }, 60_000);

  it("stops everything, status 1, when a subgraph keeps dying: 5 exits within a minute", async () => {
    const services = childPids(launcher.pid!);
    expect(services).toHaveLength(4);
    const killed: number[] = [];
    while (launcher.exitCode === null && killed.length < 10) {
      const fresh = () => {
        const pid = servicePid(launcher.pid!, "services/knowledge");
        return pid !== undefined && !killed.includes(pid) ? pid : undefined;
      };
      const pid = await waitFor(
        "a new knowledge process",
        () => launcher.exitCode !== null || fresh(),
        40_000,
      );
      if (pid === true) break;
      process.kill(pid, "SIGKILL");
      killed.push(pid);
      // Until the launcher has seen this exit (it exits itself at the last one).
      await waitFor("the exit seen", () => !isAlive(pid) || launcher.exitCode !== null);
    }
    expect(await output.exit).toBe(1);
    expect(killed).toHaveLength(5);
    expect(output.logs()).toContain(
      "[start] knowledge exited 5 times within 60 s (last: signal SIGKILL); stopping everything",
    );
    // Back-off: 1 s, 2 s, 4 s, 8 s, then the 5th exit within a minute ends it.
    [1, 2, 4, 8].forEach((delay, i) =>
      expect(output.logs()).toMatch(
        new RegExp(
          `knowledge \\(pid \\d+\\) exited unexpectedly \\(signal SIGKILL\\); restarting in ${delay} s \\(attempt ${i + 1}\\)`,
        ),
      ),
    );
    // The gateway and the other subgraphs were stopped with it.
    expect([...services, ...killed].filter(isAlive)).toEqual([]);
  }, 90_000);
});
