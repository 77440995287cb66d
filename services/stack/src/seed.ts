// `npm run seed`: migrates each subgraph's database and loads the sample data where a database is empty.
// Uses the embedded PostgreSQL (started for the occasion) unless DATABASE_URL is set.
import { ConfigError, logLine } from "@pole/subgraph-kit";
import { openDatabaseServer, type DatabaseServer } from "./database-server";
import { spawnService } from "./service-process";
import { SUBGRAPHS } from "./services";

const log = (message: string) => logLine("seed", message);

async function main(): Promise<number> {
  let database: DatabaseServer | undefined;
  try {
    database = await openDatabaseServer(log);
    const codes = await Promise.all(
      SUBGRAPHS.map(
        (service) =>
          new Promise<number>((done) =>
            spawnService(service, { DATABASE_URL: database!.serverUrl }, "seed").once("exit", (code) =>
              done(code ?? 1),
            ),
          ),
      ),
    );
    const failed = SUBGRAPHS.filter((_, i) => codes[i] !== 0).map((s) => s.name);
    if (failed.length > 0) log(`failed for: ${failed.join(", ")}`);
    return failed.length > 0 ? 1 : 0;
  } catch (error) {
    log(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await database?.stop();
  }
}

void main().then((code) => process.exit(code));
