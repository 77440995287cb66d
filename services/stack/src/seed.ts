// `npm run seed [-- --scale N]`: migrates each subgraph's database and loads the sample data where a
// database is empty; with --scale N (1..1000), N copies of it (N× the members and everything hanging off
// them), in the same transaction per database. A database that has data already is left as it is, so a
// second run writes nothing. Uses the embedded PostgreSQL (started for the occasion) unless DATABASE_URL
// is set.
import { parseArgs } from "node:util";
import { ConfigError, logLine, parseSeedScale, SEED_SCALE_VARIABLE } from "@pole/subgraph-kit";
import { openDatabaseServer, type DatabaseServer } from "./database-server";
import { spawnService } from "./service-process";
import { SUBGRAPHS } from "./services";

const log = (message: string) => logLine("seed", message);

async function main(): Promise<number> {
  let database: DatabaseServer | undefined;
  const started = Date.now();
  try {
    const { values } = parseArgs({ options: { scale: { type: "string" } } });
    const scale = parseSeedScale(values.scale);
    database = await openDatabaseServer(log);
    const codes = await Promise.all(
      SUBGRAPHS.map(
        (service) =>
          new Promise<number>((done) =>
            spawnService(
              service,
              { DATABASE_URL: database!.serverUrl, [SEED_SCALE_VARIABLE]: String(scale) },
              "seed",
            ).once("exit", (code) => done(code ?? 1)),
          ),
      ),
    );
    const failed = SUBGRAPHS.filter((_, i) => codes[i] !== 0).map((s) => s.name);
    if (failed.length > 0) log(`failed for: ${failed.join(", ")}`);
    else log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s (scale ${scale})`);
    return failed.length > 0 ? 1 : 0;
  } catch (error) {
    log(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await database?.stop();
  }
}

void main().then((code) => process.exit(code));
