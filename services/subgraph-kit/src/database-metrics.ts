import { Counter, Gauge, Histogram } from "prom-client";
import type { DataSource, EntitySubscriberInterface } from "typeorm";
import { metricsRegistry } from "./metrics";

/** The counts node-postgres's Pool keeps (TypeORM's postgres driver holds it as `master`). */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const observedPools = new Set<PgPoolCounts>();
let databaseMetrics: { queryDuration: Histogram; queryErrors: Counter } | undefined;

/**
 * The database's series, registered on first use: the pool gauge (read from the observed pools at each
 * scrape: nothing runs between scrapes), the statements' durations and failures.
 */
function registerDatabaseMetrics() {
  if (databaseMetrics) return databaseMetrics;
  const registers = [metricsRegistry()];
  new Gauge({
    name: "pole_db_pool_connections",
    help: "Database pool: connections open (total), idle, and queries waiting for a connection (waiting)",
    labelNames: ["state"],
    collect() {
      const sum = (key: keyof PgPoolCounts) =>
        [...observedPools].reduce((total, pool) => total + (pool[key] ?? 0), 0);
      this.set({ state: "total" }, sum("totalCount"));
      this.set({ state: "idle" }, sum("idleCount"));
      this.set({ state: "waiting" }, sum("waitingCount"));
    },
    registers,
  });
  databaseMetrics = {
    queryDuration: new Histogram({
      name: "pole_db_query_duration_seconds",
      help: "Duration of the SQL statements this service ran",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
      registers,
    }),
    queryErrors: new Counter({
      name: "pole_db_query_errors_total",
      help: "SQL statements that failed",
      registers,
    }),
  };
  return databaseMetrics;
}

/**
 * Observes an initialized DataSource for /metrics: its pool (total, idle, waiting) and the duration of
 * each statement, through a TypeORM subscriber's `afterQuery` (TypeORM times every query anyway: this adds
 * one histogram observation). Returns the function that stops observing it.
 */
export function observeDatabase(dataSource: DataSource): () => void {
  const { queryDuration, queryErrors } = registerDatabaseMetrics();
  // Optional chaining: a schema fixture may run on a stand-in DataSource that has neither.
  const pool = (dataSource.driver as unknown as { master?: PgPoolCounts } | undefined)?.master;
  if (pool) observedPools.add(pool);
  const subscribers = dataSource.subscribers as EntitySubscriberInterface[] | undefined;
  const subscriber: EntitySubscriberInterface = {
    afterQuery({ success, executionTime }) {
      if (!success) queryErrors.inc();
      else if (executionTime !== undefined) queryDuration.observe(executionTime / 1000);
    },
  };
  subscribers?.push(subscriber);
  return () => {
    if (pool) observedPools.delete(pool);
    const index = subscribers?.indexOf(subscriber) ?? -1;
    if (index >= 0) subscribers!.splice(index, 1);
  };
}
