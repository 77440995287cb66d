// `npm run seed -- --scale N` as a user runs it (the real command, three subgraph processes, real
// PostgreSQL): N× the sample data, consistent across the three databases, scale 1 the sample data as is,
// a second run writing nothing, a bad scale refused before anything starts.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Client } from "pg";
import { isValidSiret, ownDatabaseVariable } from "@pole/subgraph-kit";
import { dropTestDatabase, testDatabaseUrl, testServerUrl } from "@pole/subgraph-kit/testing";
import { REPO_ROOT, SUBGRAPHS } from "./services";

type Databases = Record<string, string>;

const freshDatabases = (label: string): Databases =>
  Object.fromEntries(SUBGRAPHS.map((s) => [s.name, testDatabaseUrl(`${label}_${s.name}`)]));

function seed(databases: Databases, ...args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    ["-r", require.resolve("@swc-node/register"), join(REPO_ROOT, "services/stack/src/seed.ts"), ...args],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: testServerUrl(),
        ...Object.fromEntries(
          Object.entries(databases).map(([name, url]) => [ownDatabaseVariable(name), url]),
        ),
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stderr })));
}

async function query<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Rows per table of the tables the scale multiplies. */
const SCALED: Record<string, string[]> = {
  economic: [
    "member",
    "membership_period",
    "member_year",
    "office_lease",
    "commercial_action_participant",
    "collaboration",
    "booking",
    "group_purchase_participant",
    "consulting_session",
    "training_attendance",
  ],
  neighbourhood: ["neighbourhood_action", "action_lead_member", "employment_outcome", "contribution"],
  knowledge: ["practice", "practice_member", "practice_source_action", "transfer", "transfer_member"],
};
/** Tables that are the Pôle's own, not any member's: the same at every scale. */
const SHARED: Record<string, string[]> = {
  economic: ["service_offering", "funding", "steering_committee_meeting"],
  neighbourhood: ["participatory_project", "project_phase", "project_result"],
  knowledge: ["territory"],
};

async function counts(databases: Databases, tables: Record<string, string[]>) {
  const result: Record<string, number> = {};
  for (const [service, names] of Object.entries(tables)) {
    const [row] = await query<Record<string, number>>(
      databases[service],
      `SELECT ${names.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ")}`,
    );
    for (const name of names) result[`${service}.${name}`] = row[name];
  }
  return result;
}

const SCALE = 3;
const single = freshDatabases("scale1");
const tripled = freshDatabases("scale3");

afterAll(async () => {
  for (const url of [...Object.values(single), ...Object.values(tripled)]) await dropTestDatabase(url);
});

describe("npm run seed -- --scale N", () => {
  let singleCounts: Record<string, number>;

  beforeAll(async () => {
    const [one, three] = await Promise.all([seed(single), seed(tripled, "--scale", String(SCALE))]);
    expect(one).toMatchObject({ code: 0 });
    expect(three).toMatchObject({ code: 0 });
    singleCounts = { ...(await counts(single, SCALED)), ...(await counts(single, SHARED)) };
  }, 240_000);

  it("multiplies members and everything hanging off them by N, and nothing else", async () => {
    const tripledCounts = await counts(tripled, SCALED);
    for (const [table, count] of Object.entries(tripledCounts)) {
      expect({ table, count }).toEqual({ table, count: singleCounts[table] * SCALE });
      expect(singleCounts[table]).toBeGreaterThan(0);
    }
    const shared = await counts(tripled, SHARED);
    for (const [table, count] of Object.entries(shared))
      expect({ table, count }).toEqual({ table, count: singleCounts[table] });
  });

  it("keeps the sample data itself as copy 1, so scale 1 is today's data", async () => {
    const columns = "id, name, siret, rna_number, legal_form, joined_on, left_on, membership_kind";
    const original = await query(single.economic, `SELECT ${columns} FROM member ORDER BY id`);
    const inTripled = await query(
      tripled.economic,
      `SELECT ${columns} FROM member WHERE id IN (${original.map((m) => `'${String(m.id)}'`).join(", ")}) ORDER BY id`,
    );
    expect(inTripled).toEqual(original);
    expect(original.every((m) => String(m.name).endsWith("(exemple)"))).toBe(true);
  });

  it("gives every member a unique name and a unique, valid SIRET and RNA number", async () => {
    const [row] = await query<{
      members: number;
      names: number;
      sirets: number;
      rnas: number;
      with_siret: number;
    }>(
      tripled.economic,
      `SELECT count(*)::int AS members, count(DISTINCT name)::int AS names, count(siret)::int AS with_siret,
              count(DISTINCT siret)::int AS sirets, count(DISTINCT rna_number)::int - 0 AS rnas FROM member`,
    );
    expect(row.names).toBe(row.members);
    expect(row.sirets).toBe(row.with_siret);
    const sirets = await query<{ siret: string }>(
      tripled.economic,
      "SELECT siret FROM member WHERE siret IS NOT NULL",
    );
    expect(sirets.filter(({ siret }) => !isValidSiret(siret))).toEqual([]);
  });

  it("refers, from neighbourhood and knowledge, only to members and actions that exist", async () => {
    const members = new Set(
      (await query<{ id: string }>(tripled.economic, "SELECT id FROM member")).map((r) => r.id),
    );
    const actions = new Set(
      (await query<{ id: string }>(tripled.neighbourhood, "SELECT id FROM neighbourhood_action")).map(
        (r) => r.id,
      ),
    );
    const referenced = async (url: string, sql: string) =>
      (await query<{ id: string }>(url, sql)).map((r) => r.id);
    const memberRefs = [
      ...(await referenced(tripled.neighbourhood, "SELECT DISTINCT member_id AS id FROM action_lead_member")),
      ...(await referenced(tripled.knowledge, "SELECT DISTINCT member_id AS id FROM practice_member")),
      ...(await referenced(tripled.knowledge, "SELECT DISTINCT member_id AS id FROM transfer_member")),
    ];
    const actionRefs = await referenced(
      tripled.knowledge,
      "SELECT DISTINCT action_id AS id FROM practice_source_action",
    );
    expect(memberRefs.length).toBeGreaterThan(0);
    expect(memberRefs.filter((id) => !members.has(id))).toEqual([]);
    expect(actionRefs.filter((id) => !actions.has(id))).toEqual([]);
    // Copy k's references go to copy k: as many distinct members referenced as at scale 1, times N.
    const singleRefs = await referenced(
      single.neighbourhood,
      "SELECT DISTINCT member_id AS id FROM action_lead_member",
    );
    const tripledRefs = await referenced(
      tripled.neighbourhood,
      "SELECT DISTINCT member_id AS id FROM action_lead_member",
    );
    expect(tripledRefs.length).toBe(singleRefs.length * SCALE);
  });

  it("keeps contributions within their phase and practices in their states", async () => {
    // Each copy of a contribution is in its original's phase at its original's time, so in its phase as
    // much as the sample's own are.
    const byPhaseAndTime = (url: string) =>
      query<{ phase_id: string; at: string; n: number }>(
        url,
        "SELECT phase_id, submitted_at::text AS at, count(*)::int AS n FROM contribution GROUP BY 1, 2 ORDER BY 1, 2",
      );
    const singlePlaces = await byPhaseAndTime(single.neighbourhood);
    expect(singlePlaces.length).toBeGreaterThan(0);
    expect(await byPhaseAndTime(tripled.neighbourhood)).toEqual(
      singlePlaces.map((place) => ({ ...place, n: place.n * SCALE })),
    );
    const states = (url: string) =>
      query<{ status: string; n: number }>(
        url,
        "SELECT status::text, count(*)::int AS n FROM practice GROUP BY 1 ORDER BY 1",
      );
    const singleStates = await states(single.knowledge);
    expect(await states(tripled.knowledge)).toEqual(
      singleStates.map(({ status, n }) => ({ status, n: n * SCALE })),
    );
  });

  it("writes nothing on a second run of the same seed", async () => {
    const before = await counts(tripled, SCALED);
    const again = await seed(tripled, "--scale", String(SCALE));
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("data already present");
    expect(await counts(tripled, SCALED)).toEqual(before);
  }, 120_000);

  it.each(["0", "1001", "2.5", "many"])(
    "refuses --scale %s with the accepted range",
    async (scale) => {
      const untouched = freshDatabases("bad");
      const result = await seed(untouched, "--scale", scale);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("--scale: expected a whole number from 1 to 1000");
      expect(result.stderr).not.toContain("migration");
    },
    60_000,
  );
});
