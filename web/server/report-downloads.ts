// The council's report as files, for the dashboard's download buttons: GET /downloads/rapport.csv,
// /downloads/rapport.xlsx and /downloads/subventions-scdl.csv, each `?from=YYYY&to=YYYY`. The browser's
// `Authorization: Bearer` header goes on to the gateway with the report tool's own operations
// (schema/operations/council.graphql), and the files come from the report tool's formatters
// (@pole/stack/report): the same rows and columns as `npm run report`. The whole file or an error in words
// (JSON `{ error }`), never half a file.
import { print } from "graphql";
import { Router, type Request, type Response } from "express";
import { currentReportYear, MIN_REPORT_YEAR } from "@pole/subgraph-kit";
import {
  catalogueEntries,
  catalogueOf,
  councilOperation,
  reportsToCsv,
  reportsToXlsx,
  rowsOfReport,
  scdlCsv,
  usesSampleData,
  type Report,
  type ScdlRow,
} from "@pole/stack/report";

/** At most this many years in one file (the graph's own limit for annualReports). */
const MAX_YEARS = 30;

/** A refusal with its HTTP status, said in French. */
export class DownloadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The range of the query string, checked as the graph checks it; a DownloadError (400) otherwise. */
export function yearRangeOf(query: Request["query"], now = new Date()): { from: number; to: number } {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  const from = text(query.from);
  const to = text(query.to);
  if (!/^\d{4}$/.test(from) || !/^\d{4}$/.test(to)) {
    throw new DownloadError(400, "Indiquez la période en années à quatre chiffres : ?from=2011&to=2013.");
  }
  const first = Number(from);
  const last = Number(to);
  const current = currentReportYear(now);
  if (first < MIN_REPORT_YEAR) {
    throw new DownloadError(400, `Les rapports commencent en ${MIN_REPORT_YEAR}.`);
  }
  if (last > current) {
    throw new DownloadError(400, `Une année qui n'a pas commencé n'a rien à rapporter : au plus ${current}.`);
  }
  if (first > last) {
    throw new DownloadError(400, `La première année (${first}) vient après la dernière (${last}).`);
  }
  if (last - first + 1 > MAX_YEARS) {
    throw new DownloadError(400, `Au plus ${MAX_YEARS} années dans un fichier.`);
  }
  return { from: first, to: last };
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: unknown } }[];
}

const REFUSALS: Record<string, [number, string]> = {
  UNAUTHENTICATED: [401, "Votre session a expiré ou n'est pas valable : reconnectez-vous."],
  FORBIDDEN: [403, "Le rapport du Conseil est réservé au Conseil régional et à l'équipe du Pôle."],
  SERVICE_UNAVAILABLE: [
    503,
    "Une partie des données est momentanément indisponible : le fichier n'a pas été produit. Réessayez dans quelques instants.",
  ],
  RATE_LIMITED: [429, "Trop de demandes : réessayez dans une minute."],
};

/** The gateway's refusal as a DownloadError: its code in words, else its own (French) message. */
function refusalOf(errors: NonNullable<GraphQLAnswer<unknown>["errors"]>): DownloadError {
  for (const error of errors) {
    const code = typeof error.extensions?.code === "string" ? error.extensions.code : "";
    if (!REFUSALS[code]) continue;
    const [status, sentence] = REFUSALS[code];
    // A refusal of access: the gateway's own words (in French), then what the files are for.
    return new DownloadError(status, code === "FORBIDDEN" ? `${error.message} ${sentence}` : sentence);
  }
  const [first] = errors;
  if (first?.extensions?.code === "BAD_USER_INPUT") return new DownloadError(400, first.message);
  // Any other error, a field refused or a subgraph down: no file rather than a file with holes.
  return new DownloadError(
    502,
    `Le rapport n'a pas pu être produit : ${first?.message ?? "réponse incomplète du serveur des données"}.`,
  );
}

/** Sends one of the council operations to the gateway with the browser's token; every error refuses. */
async function ask<T>(
  gatewayUrl: string,
  authorization: string,
  operation: string,
  variables: Record<string, unknown>,
  options: { partialOk?: boolean } = {},
): Promise<T> {
  let response: globalThis.Response;
  try {
    response = await fetch(gatewayUrl, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": "fr",
        authorization,
      },
      body: JSON.stringify({ query: print(councilOperation(operation)), variables }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    throw new DownloadError(
      502,
      "Le serveur des données ne répond pas : le fichier n'a pas été produit. Réessayez dans quelques instants.",
    );
  }
  let answer: GraphQLAnswer<T>;
  try {
    answer = (await response.json()) as GraphQLAnswer<T>;
  } catch {
    if (response.status === 401) throw new DownloadError(...REFUSALS.UNAUTHENTICATED);
    if (response.status === 429) throw new DownloadError(...REFUSALS.RATE_LIMITED);
    throw new DownloadError(
      502,
      `Le serveur des données a répondu par une erreur (HTTP ${response.status}).`,
    );
  }
  if (answer.errors?.length && !options.partialOk) throw refusalOf(answer.errors);
  if (!answer.data) {
    throw answer.errors?.length
      ? refusalOf(answer.errors)
      : new DownloadError(502, `Le serveur des données a répondu par une erreur (HTTP ${response.status}).`);
  }
  return answer.data;
}

const title = (from: number, to: number) =>
  `Pôle de Coopération Culturel & Créatif du Grand Dijon — rapport ${from === to ? from : `${from}–${to}`}`;
const span = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);

interface ReportFile {
  fileName: string;
  contentType: string;
  content: string | Buffer;
}

/** The reports of the range as rows, with the catalogue's labels (a missing pillar list leaves field names). */
async function reportRows(gatewayUrl: string, authorization: string, from: number, to: number) {
  const [reports, catalogueAnswer] = await Promise.all([
    ask<{ annualReports: Report[] | null }>(gatewayUrl, authorization, "AnnualReports", { from, to }),
    ask<{ reportIndicators: Record<string, unknown> | null }>(
      gatewayUrl,
      authorization,
      "ReportIndicators",
      {},
      { partialOk: true },
    ).catch(() => ({ reportIndicators: null })),
  ]);
  if (!reports.annualReports) throw new DownloadError(502, "Le serveur des données n'a rendu aucun rapport.");
  const catalogue = catalogueOf(catalogueAnswer.reportIndicators);
  return {
    reports: reports.annualReports,
    rows: reports.annualReports.flatMap((report) => rowsOfReport(report, catalogue)),
    definitions: catalogueEntries(catalogue),
  };
}

/** The three files the dashboard offers. */
const FILES: Record<
  string,
  (gatewayUrl: string, authorization: string, from: number, to: number) => Promise<ReportFile>
> = {
  "rapport.csv": async (gatewayUrl, authorization, from, to) => {
    const { rows } = await reportRows(gatewayUrl, authorization, from, to);
    return {
      fileName: `pole-rapport-${span(from, to)}.csv`,
      contentType: "text/csv; charset=utf-8",
      content: reportsToCsv(rows, { locale: "fr" }),
    };
  },
  "rapport.xlsx": async (gatewayUrl, authorization, from, to) => {
    const { reports, rows, definitions } = await reportRows(gatewayUrl, authorization, from, to);
    return {
      fileName: `pole-rapport-${span(from, to)}.xlsx`,
      contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      content: await reportsToXlsx(rows, definitions, {
        sampleData: usesSampleData(reports),
        title: title(from, to),
      }),
    };
  },
  "subventions-scdl.csv": async (gatewayUrl, authorization, from, to) => {
    // The reports first: the same refusal (403, 401) as the other files, before asking year by year.
    await ask(gatewayUrl, authorization, "ReportSampleData", { from, to });
    const rows: ScdlRow[] = [];
    for (let year = from; year <= to; year += 1) {
      const answer = await ask<{ fundingOpenData: ScdlRow[] | null }>(
        gatewayUrl,
        authorization,
        "FundingOpenData",
        { year },
      );
      rows.push(...(answer.fundingOpenData ?? []));
    }
    return {
      fileName: `pole-subventions-scdl-${span(from, to)}.csv`,
      contentType: "text/csv; charset=utf-8",
      content: scdlCsv(rows),
    };
  },
};

/** The routes, mounted by the site server at /downloads; `gatewayUrl` is the gateway the site talks to. */
export function reportDownloads(gatewayUrl: string): Router {
  const router = Router();
  router.get("/:file", async (req: Request<{ file: string }>, res: Response) => {
    res.set("cache-control", "no-store");
    const build = Object.hasOwn(FILES, req.params.file) ? FILES[req.params.file] : undefined;
    if (!build) {
      res
        .status(404)
        .json({ error: "Ce fichier n'existe pas : rapport.csv, rapport.xlsx ou subventions-scdl.csv." });
      return;
    }
    try {
      const authorization = req.get("authorization") ?? "";
      if (!/^Bearer \S+$/.test(authorization)) {
        throw new DownloadError(
          401,
          "Connectez-vous en tant que Conseil régional pour télécharger le rapport.",
        );
      }
      const { from, to } = yearRangeOf(req.query);
      const file = await build(gatewayUrl, authorization, from, to);
      res
        .status(200)
        .type(file.contentType)
        .set("content-disposition", `attachment; filename="${file.fileName}"`)
        .send(file.content);
    } catch (error) {
      if (error instanceof DownloadError) {
        res.status(error.status).json({ error: error.message });
        return;
      }
      res
        .status(500)
        .json({ error: "Le fichier n'a pas pu être produit : une erreur inattendue s'est produite." });
    }
  });
  return router;
}
