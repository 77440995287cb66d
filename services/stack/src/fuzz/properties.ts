// The properties every answer must have (issue 18, point 2). Each check returns the violations it saw;
// a violation's signature groups repeats of one defect, so a long run reports each defect once.
import { isLeafType, type GraphQLSchema } from "graphql";
import { valueAt, walkAnswer, type Path, type VisitedField } from "./answer-walk";
import type { OperationPlan } from "./operations";
import { roleClaim, type FuzzRole } from "./roles";

export interface GraphQLErrorShape {
  message: string;
  path?: Path;
  extensions?: Record<string, unknown> & { code?: string };
}

export interface Answer {
  status: number;
  body: { data?: unknown; errors?: GraphQLErrorShape[] } | null;
  text: string;
}

export interface Violation {
  property: string;
  detail: string;
  /** Same defect, same signature: the property and where (a coordinate, a code). */
  signature: string;
}

/** Rules by coordinate, as `accessRulesByCoordinate()` reads them from the subgraphs' metadata. */
export type AccessRules = ReadonlyMap<string, readonly string[] | "viewer">;

export interface CheckContext {
  schema: GraphQLSchema;
  rules: AccessRules;
  role: FuzzRole;
  plan: OperationPlan;
  variables: Record<string, unknown>;
  /** The same operation's answer for staff on the same data, to compare fields record by record. */
  staff?: Answer;
  /** Whether the data holds only the sample data (read stack): then data strings are checked for leaks too. */
  checkDataForLeaks: boolean;
  /** Internal URLs that must never come out (the subgraphs'). */
  internalUrls: string[];
}

const AUTH_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);
/** Request-level refusals Apollo and the gateway answer with HTTP 400. */
const BAD_REQUEST_CODES = new Set([
  "BAD_USER_INPUT",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "OPERATION_TOO_COMPLEX",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
]);

const errorsOf = (answer: Answer) => answer.body?.errors ?? [];
const codeOf = (error: GraphQLErrorShape) => error.extensions?.code ?? "(no code)";
const pathText = (path: Path | undefined) => (path && path.length ? path.join(".") : "(no path)");
/** A path without list indices: where in the operation, not which item. */
const shapeOf = (path: Path | undefined) => (path ?? []).filter((step) => typeof step === "string").join(".");

/** Where an error is, in schema terms: the root field its alias stands for, then the path's field names. */
function whereOf(path: Path | undefined, plan?: OperationPlan): string {
  const [head, ...rest] = (path ?? []).filter((step) => typeof step === "string") as string[];
  if (head === undefined) return "(request)";
  const root = plan?.roots.find((s) => (s.alias ?? s.field) === head)?.field ?? head;
  return [`${plan?.kind ?? "query"}.${root}`, ...rest].join(".");
}

export function noInternalError(answer: Answer, plan?: OperationPlan): Violation[] {
  return errorsOf(answer)
    .filter((error) => codeOf(error) === "INTERNAL_SERVER_ERROR" || codeOf(error) === "(no code)")
    .map((error) => ({
      property: "no INTERNAL_SERVER_ERROR",
      detail: `${codeOf(error)} at ${pathText(error.path)}: ${error.message}`,
      signature: `internal:${whereOf(error.path, plan)}`,
    }));
}

const LEAKS: { what: string; pattern: RegExp }[] = [
  { what: "stack trace", pattern: /\n\s+at \S|\bat (?:async )?[\w$.<>]+ \([^)]*:\d+:\d+\)/ },
  {
    what: "file path",
    pattern: /\/(?:work|home|tmp|usr|opt|root)\/[\w.-]+|node_modules|\b[\w-]+\.(?:ts|js|mjs|cjs):\d+/,
  },
  {
    what: "SQL",
    pattern:
      /\b(?:SELECT\b[\s\S]*\bFROM|INSERT INTO|UPDATE\b[\s\S]*\bSET|DELETE FROM)\b|QueryFailedError|syntax error at or near|violates (?:unique|foreign key|check|not-null|exclusion) constraint|duplicate key value|invalid input syntax for|(?:relation|column) "[^"]+" does not exist|operator does not exist|out of range for type|invalid byte sequence for encoding|null value in column|unterminated quoted|syntax error in tsquery|no operand in tsquery|\bpg_catalog\b|\btypeorm\b/i,
  },
  {
    what: "internal URL",
    pattern: /https?:\/\/(?:127\.\d+\.\d+\.\d+|localhost|\[::1?\]|0\.0\.0\.0)(?::\d+)?/i,
  },
  {
    what: "subgraph name",
    pattern:
      /\b(?:subgraph|service)\s*["'`]?(?:economic|neighbourhood|knowledge)\b|\b(?:economic|neighbourhood|knowledge)["'`]?\s+(?:subgraph|service)\b|\[(?:economic|neighbourhood|knowledge)\]|serviceName|\bsubgraph\b/i,
  },
  {
    what: "internal error",
    pattern:
      /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|Cannot read propert|is not a function|undefined is not)\b/,
  },
];

function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, into));
  else if (value && typeof value === "object") Object.values(value).forEach((v) => stringsIn(v, into));
  return into;
}

/** Removes what the caller sent itself (an error may quote a value back): only what comes from inside counts. */
function withoutEchoes(text: string, sent: string[]): string {
  let result = text;
  for (const echo of sent) if (echo.length >= 3) result = result.split(echo).join(" ");
  return result;
}

export function noLeak(
  answer: Answer,
  context: Pick<CheckContext, "variables" | "checkDataForLeaks" | "internalUrls">,
): Violation[] {
  const sent = stringsIn(context.variables).sort((a, b) => b.length - a.length);
  const places: { where: string; text: string }[] = errorsOf(answer).map((error) => ({
    where: `error at ${pathText(error.path)}`,
    text: stringsIn({ message: error.message, extensions: error.extensions }).join("\n"),
  }));
  if (context.checkDataForLeaks)
    places.push({ where: "data", text: stringsIn(answer.body?.data).join("\n") });
  if (!answer.body) places.push({ where: "body", text: answer.text });
  const violations: Violation[] = [];
  for (const { where, text } of places) {
    const own = withoutEchoes(text, sent);
    for (const { what, pattern } of LEAKS) {
      const match = pattern.exec(own);
      if (match) {
        violations.push({
          property: "no leak",
          detail: `${what} in ${where}: …${own.slice(Math.max(0, match.index - 60), match.index + 80)}…`,
          signature: `leak:${what}:${where.replace(/\.\d+/g, "")}`,
        });
      }
    }
    for (const url of context.internalUrls) {
      if (own.includes(url) || own.includes(new URL(url).host)) {
        violations.push({
          property: "no leak",
          detail: `subgraph URL ${url} in ${where}`,
          signature: `leak:url:${where}`,
        });
      }
    }
  }
  return violations;
}

export function statusConsistent(answer: Answer): Violation[] {
  const codes = [...new Set(errorsOf(answer).map(codeOf))];
  const violation = (detail: string): Violation[] => [
    {
      property: "HTTP status consistent with the error codes",
      detail: `HTTP ${answer.status}, codes [${codes.join(", ")}]: ${detail}`,
      signature: `status:${answer.status}:${codes.sort().join(",")}`,
    },
  ];
  if (!answer.body) return violation("the body is not a GraphQL answer");
  if (answer.status >= 500) return violation("a server error status");
  const hasData = answer.body.data !== undefined;
  if (hasData) return answer.status === 200 ? [] : violation("an answer with data must be 200");
  if (codes.length === 0) return violation("neither data nor errors");
  if (codes.includes("RATE_LIMITED"))
    return answer.status === 429 ? [] : violation("RATE_LIMITED must be 429");
  if (codes.every((code) => BAD_REQUEST_CODES.has(code)))
    return answer.status === 400 ? [] : violation("request refusals must be 400");
  return answer.status >= 400 ? [] : violation("no data: must be a 4xx");
}

const isNull = (value: unknown) => value === null || value === undefined;

/**
 * A refusal (UNAUTHENTICATED, FORBIDDEN) costs its own field only: it is on a field behind an access rule,
 * its parent is there, and no leaf sibling that staff reads on the same record is null without an error of
 * its own.
 */
export function refusalCostsOwnField(answer: Answer, context: CheckContext): Violation[] {
  const data = answer.body?.data;
  const errors = errorsOf(answer);
  const erred = new Set(errors.map((e) => JSON.stringify(e.path ?? [])));
  const fields = walkAnswer(context.schema, context.plan, data);
  const coordinates = new Map(fields.map((f) => [JSON.stringify(f.path), f]));
  const staffData = context.staff?.body?.data;
  const violations: Violation[] = [];
  for (const error of errors.filter((e) => AUTH_CODES.has(codeOf(e)))) {
    const path = error.path ?? [];
    const at = pathText(path);
    if (data === undefined || data === null) {
      if (path.length > 0)
        violations.push({
          property: "a refusal costs its own field only",
          detail: `${codeOf(error)} at ${at} erased the whole data`,
          signature: `refusal-data:${shapeOf(path)}`,
        });
      continue;
    }
    const visited = coordinates.get(JSON.stringify(path));
    if (!visited) {
      // The refused field is missing from its parent: a non-null field nulled the parent.
      violations.push({
        property: "a refusal costs its own field only",
        detail: `${codeOf(error)} at ${at}: the field is not in the answer (its parent was nulled)`,
        signature: `refusal-parent:${shapeOf(path)}`,
      });
      continue;
    }
    if (!context.rules.has(visited.coordinate)) {
      violations.push({
        property: "a refusal costs its own field only",
        detail: `${codeOf(error)} at ${at} on ${visited.coordinate}, a field behind no access rule`,
        signature: `refusal-unruled:${visited.coordinate}`,
      });
    }
    if (!staffData) continue;
    const parentPath = path.slice(0, -1);
    const staffParent = valueAt(staffData, parentPath) as Record<string, unknown> | null | undefined;
    if (!staffParent || typeof staffParent !== "object") continue;
    if ("id" in visited.parent && visited.parent.id !== staffParent.id) continue; // another record
    for (const [key, value] of Object.entries(visited.parent)) {
      const siblingPath = [...parentPath, key];
      if (!isNull(value) || erred.has(JSON.stringify(siblingPath))) continue;
      const sibling = coordinates.get(JSON.stringify(siblingPath));
      if (!sibling || !isLeafType(sibling.type) || context.rules.has(sibling.coordinate)) continue;
      if (
        errors.some(
          (e) =>
            e.path && JSON.stringify(e.path.slice(0, siblingPath.length)) === JSON.stringify(siblingPath),
        )
      )
        continue;
      if (!isNull(staffParent[key])) {
        violations.push({
          property: "a refusal costs its own field only",
          detail: `${codeOf(error)} at ${at} nulled its sibling ${sibling.coordinate} (staff reads ${JSON.stringify(staffParent[key]).slice(0, 60)})`,
          signature: `refusal-sibling:${visited.coordinate}:${sibling.coordinate}`,
        });
      }
    }
  }
  return violations;
}

/** totalCount ≥ the edges returned, page sizes kept, pageInfo agreeing with the edges. */
export function connectionsConsistent(answer: Answer, context: CheckContext): Violation[] {
  const violations: Violation[] = [];
  const fields = walkAnswer(context.schema, context.plan, answer.body?.data);
  for (const field of fields) {
    if (
      !field.type.name.endsWith("Connection") ||
      !field.value ||
      typeof field.value !== "object" ||
      Array.isArray(field.value)
    )
      continue;
    const connection = field.value as {
      totalCount?: number | null;
      edges?: ({ cursor?: string; node?: { id?: string } | null } | null)[] | null;
      pageInfo?: {
        hasNextPage?: boolean;
        hasPreviousPage?: boolean;
        startCursor?: string | null;
        endCursor?: string | null;
      } | null;
    };
    const bad = (what: string) =>
      violations.push({
        property: "connections consistent",
        detail: `${field.coordinate} at ${pathText(field.path)}: ${what}`,
        signature: `connection:${field.coordinate}:${what.replace(/[\d]+/g, "n")}`,
      });
    const edges = connection.edges;
    if (!Array.isArray(edges)) continue;
    const { first, last, after, before } = field.args as Record<string, unknown>;
    if (typeof connection.totalCount === "number" && connection.totalCount < edges.length) {
      bad(`totalCount ${connection.totalCount} < ${edges.length} edges`);
    }
    if (typeof first === "number" && first >= 0 && edges.length > first)
      bad(`${edges.length} edges for first: ${first}`);
    if (typeof last === "number" && last >= 0 && edges.length > last)
      bad(`${edges.length} edges for last: ${last}`);
    if (edges.length > 100) bad(`${edges.length} edges, over the 100 a page holds`);
    const cursors = edges.map((edge) => edge?.cursor).filter((c): c is string => typeof c === "string");
    if (new Set(cursors).size !== cursors.length) bad("two edges share a cursor");
    const ids = edges.map((edge) => edge?.node?.id).filter((id): id is string => typeof id === "string");
    if (new Set(ids).size !== ids.length) bad("a node comes twice in one page");
    const info = connection.pageInfo;
    if (!info) continue;
    if (edges.length === 0) {
      if (!isNull(info.startCursor) || !isNull(info.endCursor))
        bad("an empty page with start or end cursors");
    } else if (cursors.length === edges.length) {
      if (info.startCursor !== undefined && info.startCursor !== cursors[0])
        bad("startCursor is not the first edge's cursor");
      if (info.endCursor !== undefined && info.endCursor !== cursors[cursors.length - 1])
        bad("endCursor is not the last edge's cursor");
    }
    const total = connection.totalCount;
    const noCursor = isNull(after) && isNull(before);
    if (typeof total === "number" && noCursor) {
      const fromStart = isNull(last);
      if (fromStart && info.hasNextPage !== undefined && info.hasNextPage !== total > edges.length) {
        bad(`hasNextPage ${info.hasNextPage} with ${edges.length} of ${total} from the start`);
      }
      if (fromStart && info.hasPreviousPage === true) bad("hasPreviousPage on the first page");
      if (
        !fromStart &&
        isNull(first) &&
        info.hasPreviousPage !== undefined &&
        info.hasPreviousPage !== total > edges.length
      ) {
        bad(`hasPreviousPage ${info.hasPreviousPage} with the last ${edges.length} of ${total}`);
      }
    }
  }
  return violations;
}

/** Whether a role may ever receive a field with these rules (`owner` left to the record: allowed here). */
export function mayReceive(role: FuzzRole, rules: readonly string[] | "viewer"): boolean {
  if (rules === "viewer") return true; // the resolver decides: nothing static to check
  const claim = roleClaim(role);
  if (!claim) return false;
  if (rules.length === 0 || rules.includes(claim)) return true;
  return rules.includes("owner") && (claim === "member" || claim === "territory");
}

/** A role never receives the value of a field whose access rules leave it out. */
export function noForbiddenValue(answer: Answer, context: CheckContext): Violation[] {
  const fields: VisitedField[] = walkAnswer(context.schema, context.plan, answer.body?.data);
  return fields
    .filter((field) => !isNull(field.value))
    .filter((field) => {
      const rules = context.rules.get(field.coordinate);
      return rules !== undefined && !mayReceive(context.role, rules);
    })
    .map((field) => ({
      property: "a role never receives a field its rules forbid",
      detail: `${context.role} received ${field.coordinate} at ${pathText(field.path)} (rules: ${JSON.stringify(context.rules.get(field.coordinate))})`,
      signature: `forbidden:${context.role}:${field.coordinate}`,
    }));
}

/** Every property of one answer. */
export function checkAnswer(answer: Answer, context: CheckContext): Violation[] {
  return [
    ...noInternalError(answer, context.plan),
    ...noLeak(answer, context),
    ...statusConsistent(answer),
    ...refusalCostsOwnField(answer, context),
    ...connectionsConsistent(answer, context),
    ...noForbiddenValue(answer, context),
  ];
}

/** Row counts by `database.table`. */
export type RowCounts = Record<string, number>;

/**
 * A mutation is applied whole or not at all: refused or failed (its root field null or in error), no row
 * count moved in any database; succeeded, its audit entries were written (the kit writes one per record
 * changed, in the same transaction).
 */
export function mutationAtomic(
  answer: Answer,
  field: string,
  before: RowCounts,
  after: RowCounts,
): Violation[] {
  const data = answer.body?.data as Record<string, unknown> | null | undefined;
  const rootError = errorsOf(answer).find((e) => !e.path || (e.path.length === 1 && e.path[0] === field));
  const failed = !data || isNull(data[field]) || rootError !== undefined;
  const moved = Object.keys({ ...before, ...after }).filter(
    (table) => (before[table] ?? 0) !== (after[table] ?? 0),
  );
  const audits = moved.filter((table) => table.endsWith(".audit_entry"));
  const violation = (detail: string, kind: string): Violation[] => [
    {
      property: "a mutation is applied whole or not at all",
      detail: `${field}: ${detail}`,
      signature: `mutation:${kind}:${field}`,
    },
  ];
  if (failed && moved.length > 0) {
    return violation(
      `failed (${rootError ? `${codeOf(rootError)}: ${rootError.message}` : "null"}) but changed ${moved.map((t) => `${t} ${before[t] ?? 0}→${after[t] ?? 0}`).join(", ")}`,
      "partial",
    );
  }
  if (!failed && audits.length === 0) {
    return violation(
      `succeeded with no audit entry (rows moved: ${moved.join(", ") || "none"})`,
      "unaudited",
    );
  }
  return [];
}
