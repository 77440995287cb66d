// What the bench needs to print a gateway's memory (issue 16, item 5): its resident set size read from
// /proc/<pid>/status while it runs, and the peak it reaches when the worst operation the operation limits
// accept (DEFAULT_OPERATION_LIMITS) is sent by many connections at once, each with a token of its own.
import autocannon from "autocannon";
import { buildSchema, parse, type OperationDefinitionNode } from "graphql";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEFAULT_OPERATION_LIMITS,
  estimateOperationCost,
  MAX_PAGE_SIZE,
  readListSizes,
} from "@pole/subgraph-kit";
import { rssKbIn } from "./stats";

/** Resident set size of a process, in kB (VmRSS); undefined once it is gone. */
export function rssKbOf(pid: number): number | undefined {
  try {
    return rssKbIn(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every `everyMs` until `stop()`, which gives the largest sample. */
export function watchRss(pid: number, everyMs = 100): { stop(): number } {
  let peak = rssKbOf(pid) ?? 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssKbOf(pid) ?? 0);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssKbOf(pid) ?? 0);
    },
  };
}

const { maxRootFields, maxAliases } = DEFAULT_OPERATION_LIMITS;
/** Every scalar of Member a council token may read, and a few more it may not (their errors weigh too). */
const MEMBER_LEAVES =
  "id name legalForm legalFormLabel activities activityLabels legalCategoryCode legalCategoryLabel siret " +
  "siren rnaNumber membershipKind membershipKindLabel joinedOn leftOn publicDescription website logoUrl isSample";
/** Root lists, each aliased: as many as both the root-field and the alias limits allow. */
const ROOT_LISTS = Math.min(maxRootFields, maxAliases);

const operationWithPages = (first: number) => `query WorstAccepted {
${Array.from(
  { length: ROOT_LISTS },
  (_, i) =>
    `  m${i}: members(first: ${first}) { totalCount edges { cursor node { ${MEMBER_LEAVES} officeLeases { id room areaSqm startsOn endsOn monthlyRent publicMonthlyRent monthlySavings } membershipHistory { kind kindLabel startsOn endsOn } } } }`,
).join("\n")}
}`;

/**
 * The worst operation the limits accept, for memory: the largest answer they let one request ask for —
 * every root field the limits allow (aliased), each a page of members with every scalar, their office
 * leases and memberships, the pages as large as the cost limit allows (estimated as the gateway does, on
 * the API schema with the supergraph's list sizes). The bench checks that the gateway accepts it.
 */
export function worstAcceptedOperation(repoRoot: string): string {
  const schemaDir = join(repoRoot, "schema");
  const settings = {
    schema: buildSchema(readFileSync(join(schemaDir, "api.graphql"), "utf8")),
    listSizes: readListSizes(parse(readFileSync(join(schemaDir, "supergraph.graphql"), "utf8"))),
    undeclaredListSize: MAX_PAGE_SIZE,
    maxPageSize: MAX_PAGE_SIZE,
  };
  const costOf = (first: number) => {
    const document = parse(operationWithPages(first));
    const operation = document.definitions[0] as OperationDefinitionNode;
    return estimateOperationCost(settings, document, operation, {}).cost;
  };
  let first = MAX_PAGE_SIZE;
  while (first > 1 && costOf(first) > DEFAULT_OPERATION_LIMITS.maxCost) first -= 1;
  return operationWithPages(first);
}

export interface MemoryBound {
  /** RSS before the load, kB. */
  beforeKb: number;
  /** Largest RSS seen during the load, kB. */
  peakKb: number;
  /** RSS once the load is over, kB. */
  afterKb: number;
  requests: number;
  /** Bytes of one answer to the operation. */
  answerBytes: number;
  connections: number;
  seconds: number;
  distinct: boolean;
}

/**
 * Sends `operation` (worstAcceptedOperation's) to `origin` for `seconds` on `connections` connections, a token of its own
 * per request (`nextToken`), while watching the RSS of `pid`. Throws if the gateway does not accept the
 * operation (HTTP 200 with data): then it is not the worst *accepted* one and the figure means nothing.
 */
export async function measureWorstOperationRss(options: {
  origin: string;
  operation: string;
  pid: number;
  nextToken: () => string;
  connections: number;
  seconds: number;
  /**
   * Each request a text of its own (the operation renamed): every one a new entry of the gateway's
   * document store and query plan cache, which is how their bounds show.
   */
  distinct?: boolean;
}): Promise<MemoryBound> {
  const { origin, operation, pid, nextToken, connections, seconds, distinct = false } = options;
  let renamed = 0;
  const body = JSON.stringify({ query: operation });
  const first = await fetch(`${origin}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${nextToken()}` },
    body,
  });
  const text = await first.text();
  if (first.status !== 200 || !(JSON.parse(text) as { data?: unknown }).data) {
    throw new Error(`worst accepted operation: HTTP ${first.status} ${text.slice(0, 300)}`);
  }
  const beforeKb = rssKbOf(pid) ?? 0;
  const watch = watchRss(pid);
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json" },
        body,
        setupRequest: (request: autocannon.Request) => ({
          ...request,
          ...(distinct
            ? {
                body: JSON.stringify({
                  query: operation.replace("query WorstAccepted", `query WorstAccepted${(renamed += 1)}`),
                }),
              }
            : {}),
          headers: { ...request.headers, authorization: `Bearer ${nextToken()}` },
        }),
      },
    ],
  });
  const peakKb = watch.stop();
  return {
    beforeKb,
    peakKb,
    afterKb: rssKbOf(pid) ?? 0,
    requests: result["2xx"],
    answerBytes: Buffer.byteLength(text),
    connections,
    seconds,
    distinct,
  };
}

/** One line for the bench's output. */
export function memoryLine(gateway: string, bound: MemoryBound): string {
  const mb = (kb: number) => (kb / 1024).toFixed(0);
  return (
    `${gateway}: RSS ${mb(bound.beforeKb)} MB before, peak ${mb(bound.peakKb)} MB, ${mb(bound.afterKb)} MB after ` +
    `${bound.requests} answers of ${(bound.answerBytes / 1024).toFixed(0)} kB to the worst accepted operation ` +
    `${bound.distinct ? "(each request a text of its own) " : ""}(${bound.connections} connections, ${bound.seconds} s)`
  );
}
