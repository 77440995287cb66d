// The fuzz loop: fast-check draws a role and an operation, sends it through the gateway, checks every
// property of the answer; a failure is shrunk and printed with its seed and path. With `keepGoing`, a
// defect found once is set aside (by its signature) and the run goes on with the next seed until the runs
// or the minutes are spent, so one long run reports every defect it meets.
import fc from "fast-check";
import type { FuzzSchema } from "./api-schema";
import {
  OperationGenerator,
  validationErrors,
  type GeneratedOperation,
  type OperationPlan,
} from "./operations";
import { checkAnswer, mutationAtomic, type AccessRules, type Answer, type Violation } from "./properties";
import { FUZZ_ROLES, type FuzzRole } from "./roles";
import type { RowCounter, Target } from "./stacks";
import type { ValuePools } from "./values";

export interface FuzzCase {
  role: FuzzRole;
  plan: OperationPlan;
  language?: "fr" | "en";
}

export interface RunnerOptions {
  schema: FuzzSchema;
  pools: ValuePools;
  rules: AccessRules;
  headers: Record<FuzzRole, Record<string, string>>;
  read: Target;
  write?: { target: Target; counter: RowCounter };
  seed: number;
  runs?: number;
  minutes?: number;
  /** Replays one failure: the path fast-check printed with its seed. */
  path?: string;
  keepGoing: boolean;
  log: (line: string) => void;
  /** Milliseconds an answer may take. */
  answerTimeoutMs?: number;
}

export interface Failure {
  seed: number;
  path: string;
  violations: Violation[];
  fuzzCase: FuzzCase;
  operation: GeneratedOperation;
  answer: Answer;
}

export interface RunStats {
  runs: number;
  requests: number;
  mutations: number;
  byRole: Record<string, number>;
  codes: Record<string, number>;
  rootFields: Set<string>;
  failures: Failure[];
  seeds: number[];
  elapsedMs: number;
}

class FuzzFailure extends Error {
  constructor(
    readonly violations: Violation[],
    readonly operation: GeneratedOperation,
    readonly answer: Answer,
  ) {
    super(violations.map((v) => `${v.property}: ${v.detail}`).join("\n"));
  }
}

async function post(
  url: string,
  operation: GeneratedOperation,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<Answer> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let body: Answer["body"] = null;
  try {
    body = JSON.parse(text) as Answer["body"];
  } catch {
    body = null;
  }
  return { status: response.status, body, text };
}

/** Long strings shortened for the log (the replay file has them whole). */
export function shown(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === "string" && v.length > 120 ? `<${v.length} chars: ${JSON.stringify(v.slice(0, 24))}…>` : v,
  );
}

export async function runFuzz(options: RunnerOptions): Promise<RunStats> {
  const generator = new OperationGenerator(options.schema, options.pools);
  const timeoutMs = options.answerTimeoutMs ?? 30_000;
  const stats: RunStats = {
    runs: 0,
    requests: 0,
    mutations: 0,
    byRole: {},
    codes: {},
    rootFields: new Set(),
    failures: [],
    seeds: [],
    elapsedMs: 0,
  };
  const known = new Set<string>();
  let focus: string | undefined; // the signature a round's shrinking keeps
  const staffAnswers = new Map<string, Answer>();

  const send = async (target: Target, operation: GeneratedOperation, fuzzCase: FuzzCase, role: FuzzRole) => {
    stats.requests += 1;
    const headers = {
      ...options.headers[role],
      ...(fuzzCase.language ? { "accept-language": fuzzCase.language } : {}),
    };
    try {
      const answer = await post(target.url, operation, headers, timeoutMs);
      for (const error of answer.body?.errors ?? []) {
        const code = error.extensions?.code ?? "(no code)";
        stats.codes[code] = (stats.codes[code] ?? 0) + 1;
      }
      return answer;
    } catch (error) {
      return { status: 0, body: null, text: `no answer: ${(error as Error).message}` } satisfies Answer;
    }
  };

  const check = async (fuzzCase: FuzzCase): Promise<void> => {
    stats.runs += 1;
    stats.byRole[fuzzCase.role] = (stats.byRole[fuzzCase.role] ?? 0) + 1;
    const operation = generator.print(fuzzCase.plan);
    operation.rootFields.forEach((field) => stats.rootFields.add(`${operation.kind}.${field}`));
    const invalid = validationErrors(options.schema, operation);
    let violations: Violation[] = invalid.map((message) => ({
      property: "the operation is valid (generator)",
      detail: message,
      signature: "generator:invalid",
    }));
    let answer: Answer = { status: 0, body: null, text: "" };
    if (invalid.length === 0 && operation.kind === "query") {
      answer = await send(options.read, operation, fuzzCase, fuzzCase.role);
      let staff = fuzzCase.role === "staff" ? answer : undefined;
      if (!staff) {
        const key = `${fuzzCase.language}\n${operation.query}\n${JSON.stringify(operation.variables)}`;
        staff = staffAnswers.get(key) ?? (await send(options.read, operation, fuzzCase, "staff"));
        if (staffAnswers.size > 2000) staffAnswers.clear();
        staffAnswers.set(key, staff);
      }
      violations = checkAnswer(answer, {
        schema: options.schema.api,
        rules: options.rules,
        role: fuzzCase.role,
        plan: fuzzCase.plan,
        variables: operation.variables,
        staff,
        checkDataForLeaks: true,
        internalUrls: options.read.subgraphUrls,
      });
      if (answer.status === 0)
        violations.push({ property: "answers", detail: answer.text, signature: "no-answer" });
    } else if (invalid.length === 0 && options.write) {
      stats.mutations += 1;
      const before = await options.write.counter.count();
      answer = await send(options.write.target, operation, fuzzCase, fuzzCase.role);
      const after = await options.write.counter.count();
      violations = [
        ...checkAnswer(answer, {
          schema: options.schema.api,
          rules: options.rules,
          role: fuzzCase.role,
          plan: fuzzCase.plan,
          variables: operation.variables,
          checkDataForLeaks: false,
          internalUrls: options.write.target.subgraphUrls,
        }),
        ...mutationAtomic(answer, operation.rootFields[0], before, after),
      ];
      if (answer.status === 0)
        violations.push({ property: "answers", detail: answer.text, signature: "no-answer" });
    }
    violations = violations.filter((v) => !known.has(v.signature));
    if (focus) violations = violations.filter((v) => v.signature === focus);
    if (violations.length === 0) return;
    focus ??= violations[0].signature;
    throw new FuzzFailure(violations, operation, answer);
  };

  const role = fc.constantFrom(...FUZZ_ROLES);
  const language = fc.constantFrom(undefined, "fr" as const, "en" as const);
  const queries = fc.record({ role, plan: generator.queryArb(), language });
  const cases: fc.Arbitrary<FuzzCase> = options.write
    ? fc.oneof(
        { weight: 3, arbitrary: queries },
        { weight: 1, arbitrary: fc.record({ role, plan: generator.mutationArb(), language }) },
      )
    : queries;
  const property = fc.asyncProperty(cases, check);

  const started = Date.now();
  const deadline = options.minutes !== undefined ? started + options.minutes * 60_000 : undefined;
  let seed = options.seed;
  for (;;) {
    const remainingRuns = options.runs !== undefined ? options.runs - stats.runs : 1_000_000_000;
    const remainingMs = deadline !== undefined ? deadline - Date.now() : undefined;
    if (remainingRuns <= 0 || (remainingMs !== undefined && remainingMs <= 0)) break;
    stats.seeds.push(seed);
    focus = undefined;
    const details = await fc.check(property, {
      seed,
      numRuns: options.path ? 1 : remainingRuns,
      path: options.path,
      interruptAfterTimeLimit: remainingMs,
      markInterruptAsFailure: false,
      endOnFailure: false,
    });
    if (!details.failed) break;
    const error = details.errorInstance;
    if (!(error instanceof FuzzFailure) || !details.counterexample) {
      throw error instanceof Error ? error : new Error(String(error));
    }
    const [fuzzCase] = details.counterexample as [FuzzCase];
    const failure: Failure = {
      seed,
      path: details.counterexamplePath ?? "",
      violations: error.violations,
      fuzzCase,
      operation: error.operation,
      answer: error.answer,
    };
    stats.failures.push(failure);
    options.log(formatFailure(failure));
    error.violations.forEach((v) => known.add(v.signature));
    if (!options.keepGoing || options.path) break;
    seed = (seed + 1) | 0;
  }
  stats.elapsedMs = Date.now() - started;
  return stats;
}

export function formatFailure(failure: Failure): string {
  const { seed, path, violations, fuzzCase, operation, answer } = failure;
  return [
    `FUZZ FAILURE (seed ${seed}, path "${path}")`,
    ...violations.map((v) => `  ✗ ${v.property}: ${v.detail}`),
    `  role: ${fuzzCase.role}${fuzzCase.language ? `, Accept-Language: ${fuzzCase.language}` : ""}`,
    `  operation: ${operation.query}`,
    `  variables: ${shown(operation.variables)}`,
    `  answer: HTTP ${answer.status} ${shown(answer.body ?? answer.text).slice(0, 1500)}`,
    `  reproduce: npm run fuzz -- --seed ${seed} --path "${path}"`,
  ].join("\n");
}
