import type { ChildProcess } from "node:child_process";
import { Agent, request } from "node:http";
import { Client } from "pg";
import { SUBGRAPH_SECRET_HEADER } from "@pole/subgraph-kit";
import { tokenFor } from "@pole/subgraph-kit/testing";
import { spawnService } from "../src/service-process";
import { GATEWAY } from "../src/services";
import {
  gatewayEnvFor,
  startSubgraphProcesses,
  type RunningSubgraphs,
} from "../src/testing/subgraph-processes";
import { keepAliveLoad, type LoadOutcome } from "./keep-alive-load";

// Issue 14, point 5: SIGTERM under keep-alive load drops nothing. Six keep-alive clients send reads and
// writes to a real service process as fast as it answers; the process gets SIGTERM mid-stream. No client
// may see a reset (a request sent whose fate it cannot know), every answer is whole, every write it
// acknowledged is in the database; then the process exits by itself, status 0.

const CLIENTS = 6;
const QUERY = "{ members(first: 2) { totalCount edges { node { id name } } } }";
const CREATE = "mutation($input: CreateMemberInput!) { createMember(input: $input) { member { id } } }";
const mutation = (client: number, n: number) => ({
  query: CREATE,
  variables: {
    input: {
      name: `Compagnie du drain ${client}-${n} (test)`,
      legalForm: "ASSOCIATION",
      activities: ["MUSIC"],
      membershipKind: "ASSOCIATED",
      joinedOn: "2024-01-15",
    },
  },
});

/**
 * The services as `npm start` runs them: jest sets NODE_ENV=test, under which Apollo Server installs no
 * signal handlers of its own, and the processes would inherit it.
 */
const AS_NPM_START = { NODE_ENV: "development" };

let subgraphs: RunningSubgraphs;
beforeAll(async () => {
  subgraphs = await startSubgraphProcesses({
    economic: AS_NPM_START,
    neighbourhood: AS_NPM_START,
    knowledge: AS_NPM_START,
  });
}, 90_000);
afterAll(() => subgraphs?.stop());

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

/** Members among `ids` present in the economic database. */
async function membersFound(ids: string[]): Promise<number> {
  const db = new Client({ connectionString: subgraphs.databases.economic });
  await db.connect();
  try {
    const result = await db.query("SELECT count(*)::int AS n FROM member WHERE id = ANY($1::uuid[])", [ids]);
    return result.rows[0].n as number;
  } finally {
    await db.end();
  }
}

/** GET `url` on `agent`'s socket: status, JSON body, whether the service said it closes the connection. */
const get = (url: string, agent: Agent) =>
  new Promise<{ status: number; body: unknown; closing: boolean }>((resolve, reject) => {
    request(url, { agent }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () =>
        resolve({
          status: res.statusCode!,
          body: JSON.parse(text),
          closing: res.headers.connection === "close",
        }),
      );
    })
      .on("error", reject)
      .end();
  });

/**
 * Runs the load, SIGTERMs the process once some answers came, and returns what the clients saw. Meanwhile
 * a load balancer's view: /ready on a keep-alive socket opened before, asked once the service drains (its
 * /health answers carry Connection: close from then on), answers 503.
 */
async function terminateUnderLoad(
  url: string,
  headers: Record<string, string>,
  child: ChildProcess,
): Promise<{ outcome: LoadOutcome; readyWhileDraining: unknown }> {
  const origin = new URL(url).origin;
  const balancer = new Agent({ keepAlive: true, maxSockets: 1 });
  const watcher = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    // Both connected before the signal: a connection still in the listen queue when the service stops
    // listening is reset by the kernel, whatever the service does.
    expect((await get(`${origin}/ready`, balancer)).status).toBe(200);
    expect((await get(`${origin}/health`, watcher)).closing).toBe(false);
    const load = keepAliveLoad({ url, headers, query: QUERY, mutation, clients: CLIENTS });
    while (load.answers() < 60) await new Promise((r) => setTimeout(r, 20));
    const exit = exitOf(child);
    child.kill("SIGTERM");
    while (!(await get(`${origin}/health`, watcher)).closing) await new Promise((r) => setTimeout(r, 5));
    const ready = await get(`${origin}/ready`, balancer);
    expect(await exit).toBe(0);
    return { outcome: await load.stop(), readyWhileDraining: ready };
  } finally {
    balancer.destroy();
    watcher.destroy();
  }
}

const DRAINING_READY = (service: string) => ({
  status: 503,
  body: { status: "draining", service },
  closing: true,
});

function expectNothingDropped(outcome: LoadOutcome): void {
  expect(outcome.resets).toEqual([]);
  // Requests were in flight when the signal came, and were answered (with Connection: close).
  expect(outcome.closingAnswers).toBeGreaterThan(0);
  // Afterwards every client found the door shut: refused, nothing sent.
  expect(outcome.refused).toBe(CLIENTS);
}

describe("SIGTERM under keep-alive load", () => {
  it("the gateway, in front of the real subgraphs, answers what it was sent and resets no connection", async () => {
    const gateway = spawnService(
      GATEWAY,
      {
        ...AS_NPM_START,
        PORT: "0",
        HOST: "127.0.0.1",
        ...gatewayEnvFor(subgraphs.routes),
      },
      "main",
      "pipe",
    );
    try {
      const url = await readyUrl(gateway);
      const staff = `Bearer ${await tokenFor({ role: "staff" })}`;
      const { outcome, readyWhileDraining } = await terminateUnderLoad(
        url,
        { authorization: staff },
        gateway,
      );
      expect(readyWhileDraining).toEqual(DRAINING_READY("gateway"));
      expectNothingDropped(outcome);
      expect(outcome.acknowledged.length).toBeGreaterThan(0);
      expect(await membersFound(outcome.acknowledged)).toBe(outcome.acknowledged.length);
    } finally {
      if (gateway.exitCode === null) gateway.kill("SIGKILL");
    }
  }, 60_000);

  it("a subgraph called directly answers what it was sent and resets no connection", async () => {
    const economic = subgraphs.child("economic");
    const staff = `Bearer ${await tokenFor({ role: "staff" })}`;
    const { outcome, readyWhileDraining } = await terminateUnderLoad(
      subgraphs.urls.economic,
      { authorization: staff, [SUBGRAPH_SECRET_HEADER]: subgraphs.routes.economic.secret },
      economic,
    );
    expect(readyWhileDraining).toEqual(DRAINING_READY("economic"));
    expectNothingDropped(outcome);
    expect(outcome.acknowledged.length).toBeGreaterThan(0);
    expect(await membersFound(outcome.acknowledged)).toBe(outcome.acknowledged.length);
  }, 60_000);
});

/** The gateway's URL from its "ready at" line. */
function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http:\/\/\S+\/graphql)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) =>
      reject(new Error(`gateway exited (${code}) before it was ready:\n${output}`)),
    );
  });
}
