import type { ApolloServerPlugin } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import { getOperationAST } from "graphql";
import { randomUUID } from "node:crypto";
import { logger } from "./logger";
import { metrics, operationLabel, outcomeLabel } from "./metrics";

/** Header carrying a request's id: from the client (when sane) or made here, returned, passed to subgraphs. */
export const REQUEST_ID_HEADER = "x-request-id";

/** A request id a client may choose: short and of a safe charset, so it can go in logs as it is. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's `x-request-id` when it is sane, else a new UUID. */
export function requestIdOf(header: unknown): string {
  return typeof header === "string" && SANE_REQUEST_ID.test(header) ? header : randomUUID();
}

/** One subgraph fetch of a gateway request, as its log line shows it. */
export interface FetchRecord {
  subgraph: string;
  durationMs: number;
  /** `ok`, or the code the failed fetch gave the client (SERVICE_UNAVAILABLE…). */
  outcome: string;
}

/** What one request's log line and metrics say, filled in while it is answered. */
export interface RequestRecord {
  requestId: string;
  /** The operation's name as the client gave it (bounded charset and length), if any. */
  operation?: string;
  /** Distinct error codes of the answer, first seen first. */
  errorCodes: string[];
  /** The gateway's subgraph fetches. */
  fetches: FetchRecord[];
  /** Whether the answer's errors were read (by the Apollo plugin, or from a small JSON body). */
  answerRead: boolean;
}

/** The record of the request `res` answers (set by `observeRequests`). */
export const requestRecordOf = (res: Response): RequestRecord | undefined =>
  res.locals.requestRecord as RequestRecord | undefined;

/** Probes are polled every few seconds: their lines are debug, so they do not flood the log. */
const PROBE_PATHS = new Set(["/health", "/ready", "/metrics"]);
const LOGGED_PATHS = new Set(["/graphql", "/open-data", ...PROBE_PATHS]);
/** The largest body whose errors are read back from the JSON text (refusals are a few hundred bytes). */
const MAX_READ_BACK = 65_536;

/** The path's first segment when it is one of the service's, else "other": a path may carry anything. */
const pathOf = (req: Request): string => {
  const first = `/${req.path.split("/")[1] ?? ""}`;
  return LOGGED_PATHS.has(first) ? first : "other";
};

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** Notes the error codes of a GraphQL answer's errors, and counts the operation-limit refusals among them. */
export function noteAnswerErrors(record: RequestRecord, errors: unknown): void {
  record.answerRead = true;
  if (!Array.isArray(errors)) return;
  for (const error of errors) {
    const extensions = (error as { extensions?: { code?: unknown; limit?: unknown } } | null)?.extensions;
    const code = typeof extensions?.code === "string" ? extensions.code : "ERROR";
    if (!record.errorCodes.includes(code)) record.errorCodes.push(code);
    if (code === "OPERATION_TOO_COMPLEX") {
      const limit = typeof extensions?.limit === "string" ? extensions.limit : "";
      metrics().limitRefusals.inc({ limit: /^[A-Za-z]{1,40}$/.test(limit) ? limit : "other" });
    }
  }
}

/** Reads the operation name a refused request's body gave, if it is a plain GraphQL name. */
function operationNameOfBody(req: Request): string | undefined {
  const name = (req.body as { operationName?: unknown } | undefined)?.operationName;
  return typeof name === "string" && OPERATION_NAME.test(name) ? name : undefined;
}

/**
 * Express middleware, first of the app: gives the request its id (`x-request-id`, returned in the
 * response), and when the answer is sent writes its one log line — method, path, status, duration,
 * operation name, error codes, the partner if any, the subgraph fetches (gateway) — and, on /graphql, its
 * metrics. Never a header value, token, variable or input value: only what `RequestRecord` holds.
 * Errors of answers Apollo did not make (rate limits, operation-shape limits, body parser, a context that
 * failed) are read back from their small JSON body.
 */
export function observeRequests({
  service,
  withFetches = false,
}: {
  service: string;
  /** Whether the line lists subgraph fetches (the gateway's). */
  withFetches?: boolean;
}): RequestHandler {
  const log = logger(service);
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // Now: routers strip their mount path from the request as they pass it on.
    const path = pathOf(req);
    const record: RequestRecord = {
      requestId: requestIdOf(req.headers[REQUEST_ID_HEADER]),
      errorCodes: [],
      fetches: [],
      answerRead: false,
    };
    res.locals.requestRecord = record;
    res.setHeader(REQUEST_ID_HEADER, record.requestId);

    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (!record.answerRead && typeof body === "string" && body.length <= MAX_READ_BACK && body[0] === "{") {
        try {
          noteAnswerErrors(record, (JSON.parse(body) as { errors?: unknown }).errors);
        } catch {
          // not JSON: nothing to read
        }
      }
      return send(body);
    };

    let done = false;
    const finish = (aborted: boolean) => {
      if (done) return;
      done = true;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      const operation = record.operation ?? operationNameOfBody(req);
      if (path === "/graphql") {
        const label = operationLabel(operation);
        metrics().requests.inc({ operation: label, outcome: outcomeLabel(record.errorCodes) });
        metrics().requestDuration.observe({ operation: label }, durationMs / 1000);
      }
      const partner = typeof res.locals.partner === "string" ? res.locals.partner : undefined;
      const line = {
        requestId: record.requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        ...(operation ? { operation } : {}),
        ...(record.errorCodes.length ? { errorCodes: record.errorCodes } : {}),
        ...(partner ? { partner } : {}),
        ...(withFetches && path === "/graphql"
          ? { fetchCount: record.fetches.length, fetches: record.fetches }
          : {}),
        ...(aborted ? { aborted: true } : {}),
      };
      if (PROBE_PATHS.has(path)) log.debug(line, "request");
      else log.info(line, "request");
    };
    res.once("finish", () => finish(false));
    res.once("close", () => finish(!res.writableFinished));
    next();
  };
}

/** The context field through which Apollo plugins reach the request's record. */
export interface ObservedContext {
  requestRecord?: RequestRecord;
}

/**
 * Apollo plugin filling the request's record: the operation's name once the document is read, the error
 * codes of the answer (partial answers included).
 */
export function requestObservationPlugin<TContext extends ObservedContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const record = contextValue.requestRecord;
      if (!record) return;
      return {
        async willSendResponse({ response, operationName, request, document }) {
          // Named by the client, or by its document when validation refused it before Apollo named it.
          const name =
            operationName ?? request.operationName ?? (document && getOperationAST(document)?.name?.value);
          if (name && OPERATION_NAME.test(name)) record.operation = name;
          if (response.body.kind === "single") noteAnswerErrors(record, response.body.singleResult.errors);
          else record.answerRead = true;
        },
      };
    },
  };
}
