import { Client } from "pg";
import { DataSource } from "typeorm";
import type { DataSourceOptions, Logger, MixedList, EntitySchema } from "typeorm";
import { ConfigError } from "./errors";
import { PreparingClient } from "./prepared-statements";

/**
 * Counts the SQL statements a DataSource sends. Tests use it to prove batching: the count for a request
 * must not grow with the size of the lists it returns.
 */
export class StatementCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];

  logQuery(query: string): void {
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}

export interface DataSourceSettings {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: MixedList<Function | string | EntitySchema<any>>;

  migrations: MixedList<Function | string>;
  logger?: Logger;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
}

/** A PostgreSQL DataSource with the project's settings: migrations only, never `synchronize`. */
export function createDataSource(settings: DataSourceSettings): DataSource {
  const options: DataSourceOptions = {
    type: "postgres",
    url: settings.url,
    entities: settings.entities,
    migrations: settings.migrations,
    migrationsTableName: "typeorm_migrations",
    synchronize: false,
    migrationsRun: false,
    uuidExtension: "pgcrypto",
    logger: settings.logger,
    applicationName: settings.applicationName,
    // PreparingClient: parameterised statements are prepared once per connection (prepared-statements.ts).
    extra: { max: 10, connectionTimeoutMillis: 5000, Client: PreparingClient },
  };
  return new DataSource(options);
}

/** The URL of database `name` on the server of `serverUrl` (same credentials, host and port). */
export function databaseUrlOn(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The database name a postgres URL points at. */
export function databaseNameOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

/** Quotes an SQL identifier. */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Creates the database of `url` on its server when it does not exist yet. `variable` names the setting the
 * URL came from, so an unreachable server is reported as a configuration problem of that variable.
 */
export async function ensureDatabase(url: string, variable: string): Promise<void> {
  const name = databaseNameOf(url);
  const client = new Client({
    connectionString: databaseUrlOn(url, "postgres"),
    connectionTimeoutMillis: 5000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new ConfigError([`${variable}: cannot reach PostgreSQL at ${redactUrl(url)} (${describe(error)})`]);
  }
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdentifier(name)}`);
      } catch (error) {
        // Two services starting together may race to create it; the loser finds it there (duplicate_database,
        // or a unique violation of pg_database's name index when both got past the check at once).
        const code = (error as { code?: string }).code;
        if (code !== "42P04" && code !== "23505") throw error;
      }
    }
  } finally {
    await client.end();
  }
}

/** Opens a DataSource, reporting an unreachable server or missing database as a problem of `variable`. */
export async function openDataSource(dataSource: DataSource, variable: string): Promise<DataSource> {
  try {
    return await dataSource.initialize();
  } catch (error) {
    const url = (dataSource.options as { url?: string }).url ?? "";
    throw new ConfigError([`${variable}: cannot open ${redactUrl(url)} (${describe(error)})`]);
  }
}

/** Node socket errors of a server that is down or unreachable. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * SQLSTATEs of a server that cannot serve now: class 08 (connection exception), 57P01 (admin shutdown),
 * 57P02 (crash shutdown), 57P03 (cannot connect now: starting up, shutting down), 53300 (too many
 * connections).
 */
const isUnavailableSqlState = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || ["57P01", "57P02", "57P03", "53300"].includes(code);

/** Messages node-postgres gives to a connection lost or never made. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
  /^Connection ended unexpectedly/,
];

/**
 * Whether an error says the database is down or unreachable (not that a statement is wrong): a socket
 * error, a connection SQLSTATE or node-postgres's connection messages, looked for in TypeORM's
 * `driverError`, an error's `cause`, an AggregateError's errors and graphql-js's `thrownValue` too.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || error === null || typeof error !== "object") return false;
  const { code, message, driverError, cause, errors, thrownValue } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
    thrownValue?: unknown;
  };
  if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || isUnavailableSqlState(code))) return true;
  if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)))
    return true;
  return (
    isDatabaseUnavailable(driverError, depth + 1) ||
    isDatabaseUnavailable(cause, depth + 1) ||
    // graphql-js wraps a thrown value that is not an Error of its realm (jest's sandbox) as NonErrorThrown.
    isDatabaseUnavailable(thrownValue, depth + 1) ||
    (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
  );
}

/** A URL without its password, fit for logs and messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable URL)";
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
