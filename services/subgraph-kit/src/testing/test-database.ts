import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { databaseNameOf, databaseUrlOn, quoteIdentifier } from "../database";

/** URL of the PostgreSQL server of this test run, set by the global set-up. */
export function testServerUrl(): string {
  const url = process.env.POLE_TEST_SERVER_URL;
  if (!url)
    throw new Error(
      "POLE_TEST_SERVER_URL is unset: run the tests with `npm test` (jest's global set-up starts PostgreSQL)",
    );
  return url;
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database of its own for one test file; returns its URL. */
export async function createTestDatabase(label: string): Promise<string> {
  const name = `pole_test_${label}_${randomBytes(4).toString("hex")}`;
  await onServer((client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
  return databaseUrlOn(testServerUrl(), name);
}

/** A fresh database name on the test server, not created (for processes that create their own). */
export function testDatabaseUrl(label: string): string {
  return databaseUrlOn(testServerUrl(), `pole_test_${label}_${randomBytes(4).toString("hex")}`);
}

/** Drops a test database, closing whatever connections remain. */
export async function dropTestDatabase(url: string): Promise<void> {
  await onServer((client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(databaseNameOf(url))} WITH (FORCE)`),
  );
}
