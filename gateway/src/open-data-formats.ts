// The open-data documents of the published library, built from the practices as the anonymous graph shows
// them (schema/operations/open-data.graphql): the rows (JSON), the same flattened (CSV), the DCAT-AP
// catalogue and one practice as schema.org JSON-LD. Pure functions of the data and the public base URL: the
// same data gives the same bytes, so the ETag is the same on every replica.

import { spreadsheetSafeText } from "@pole/subgraph-kit";

/** A practice as the open-data operation returns it (OpenDataPracticeFields). */
export interface OpenDataPractice {
  id: string;
  status: string;
  title: string;
  titleEn: string | null;
  summary: string;
  summaryEn: string | null;
  challenge: string | null;
  description: string | null;
  resources: { budget: number | null; peopleCount: number | null; description: string | null } | null;
  results: { indicator: string; value: number; unit: string | null; evidence: string | null }[] | null;
  difficulties: string | null;
  lessonsLearned: string | null;
  transferability: string | null;
  themes: string[] | null;
  pillar: string;
  pillarLabel: string | null;
  inseeCode: string | null;
  qpvCode: string | null;
  startedOn: string | null;
  endedOn: string | null;
  contactRole: string | null;
  publishedOn: string | null;
  licence: string;
  isSample: boolean;
  /** The territory's own identifier of the practice (importPractices), when it gave one. */
  externalId?: string | null;
  /** Last change (ISO date-time). */
  updatedAt?: string;
  organisationInCharge?: {
    name: string;
    kind: string | null;
    kindLabel: string | null;
    siret: string | null;
    url: string | null;
  } | null;
  mainStakeholders?: string | null;
  beneficiaries?: string | null;
  coordinates?: { latitude: number; longitude: number } | null;
  furtherInformationUrl?: string | null;
  images?: { url: string; altText: string; credit: string | null; licence: string | null }[] | null;
  fundingSources?: { funder: string; programme: string | null; amount: number | null }[] | null;
  policyInstrument?: string | null;
  territory: {
    id: string;
    name: string;
    inseeCode: string | null;
    kind: string;
    qpvCode: string | null;
  } | null;
  adoptions: { id: string }[] | null;
  sourceActions: ({ id: string } | null)[] | null;
  contributingMembers: ({ id: string } | null)[] | null;
  withdrawalReason?: string | null;
  withdrawnOn?: string | null;
  /** Fields added to the operation later travel with the row as they are. */
  [field: string]: unknown;
}

/** The Pôle, publisher of the library (no person: the organisation only). */
export const PUBLISHER = {
  name: "Pôle de Coopération Culturel & Créatif du Grand Dijon (La Coursive Boutaric)",
  place: "Les Grésilles, Dijon",
};

/** Where each licence a practice may carry (SPDX id) is published. */
export const LICENCE_URLS: Readonly<Record<string, string>> = {
  "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
  "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
  "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
  "etalab-2.0": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
};

/** The URL of a licence, or the SPDX page when a new one is not in the table yet. */
export const licenceUrl = (id: string) => LICENCE_URLS[id] ?? `https://spdx.org/licenses/${id}.html`;

/** The paths of the documents under the public base URL. */
export const OPEN_DATA_PATHS = {
  json: "/open-data/practices.json",
  csv: "/open-data/practices.csv",
  catalog: "/open-data/catalog.jsonld",
  practice: (id: string) => `/open-data/practices/${id}.jsonld`,
};

/** One row of practices.json: the practice's public fields, its licence with URL, its stable URI. */
export type OpenDataRow = ReturnType<typeof toRow>;

/**
 * A practice as a row: every field of the operation as the graph gave it (so a field added to the operation
 * is published without more code), except the relations, which become ids and counts.
 */
export function toRow(practice: OpenDataPractice, baseUrl: string) {
  const {
    id,
    status: _status,
    adoptions,
    sourceActions,
    contributingMembers,
    withdrawalReason: _w,
    withdrawnOn: _wo,
    ...fields
  } = practice;
  return {
    id,
    uri: `${baseUrl}${OPEN_DATA_PATHS.practice(id)}`,
    ...fields,
    themes: practice.themes ?? [],
    results: practice.results ?? [],
    licence: { id: practice.licence, url: licenceUrl(practice.licence) },
    adoptionCount: adoptions?.length ?? 0,
    sourceActionIds: idsOf(sourceActions),
    contributingMemberIds: idsOf(contributingMembers),
  };
}

const idsOf = (items: ({ id: string } | null)[] | null) =>
  (items ?? []).flatMap((item) => (item ? [item.id] : []));

/** Stable order of the rows: publication date, then id. */
export function inPublicationOrder<T extends { publishedOn: string | null; id: string }>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      (a.publishedOn ?? "").localeCompare(b.publishedOn ?? "") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** practices.json: the licence and provenance up front, then the rows. */
export function practicesJson(rows: OpenDataRow[], baseUrl: string, modified: string | null): string {
  return `${JSON.stringify(
    {
      catalog: `${baseUrl}${OPEN_DATA_PATHS.catalog}`,
      publisher: PUBLISHER.name,
      modified,
      licenceNote:
        "Chaque pratique est publiée sous sa propre licence (champ licence) ; citez le titre, le territoire et l'URI de la pratique.",
      count: rows.length,
      practices: rows,
    },
    null,
    2,
  )}\n`;
}

type Cell = string | number | boolean | null | undefined;

/** Lists in one cell are joined with this (the CSV's cells are separated by `;`). */
export const LIST_SEPARATOR = " | ";

const list = (items: (string | null | undefined)[]) => items.filter(Boolean).join(LIST_SEPARATOR);

/**
 * The columns of practices.csv, in order: a header and how to read the cell from a row. One line per column:
 * a field added to the operation gets its column here.
 */
export const PRACTICE_COLUMNS: readonly [header: string, cell: (row: OpenDataRow) => Cell][] = [
  ["id", (row) => row.id],
  ["uri", (row) => row.uri],
  ["title", (row) => row.title],
  ["titleEn", (row) => row.titleEn],
  ["summary", (row) => row.summary],
  ["summaryEn", (row) => row.summaryEn],
  ["challenge", (row) => row.challenge],
  ["description", (row) => row.description],
  ["resourcesBudget", (row) => row.resources?.budget],
  ["resourcesPeopleCount", (row) => row.resources?.peopleCount],
  ["resourcesDescription", (row) => row.resources?.description],
  [
    "results",
    (row) =>
      list(
        row.results.map((result) =>
          [
            `${result.indicator} : ${frenchNumber(result.value)}${result.unit ? ` ${result.unit}` : ""}`,
            result.evidence ? `(${result.evidence})` : "",
          ]
            .filter(Boolean)
            .join(" "),
        ),
      ),
  ],
  ["difficulties", (row) => row.difficulties],
  ["lessonsLearned", (row) => row.lessonsLearned],
  ["transferability", (row) => row.transferability],
  ["themes", (row) => list(row.themes)],
  ["pillar", (row) => row.pillar],
  ["pillarLabel", (row) => row.pillarLabel],
  ["territoryId", (row) => row.territory?.id],
  ["territoryName", (row) => row.territory?.name],
  ["territoryInseeCode", (row) => row.territory?.inseeCode],
  ["territoryKind", (row) => row.territory?.kind],
  ["territoryQpvCode", (row) => row.territory?.qpvCode],
  ["inseeCode", (row) => row.inseeCode],
  ["qpvCode", (row) => row.qpvCode],
  ["startedOn", (row) => row.startedOn],
  ["endedOn", (row) => row.endedOn],
  ["contactRole", (row) => row.contactRole],
  ["publishedOn", (row) => row.publishedOn],
  ["licence", (row) => row.licence.id],
  ["licenceUrl", (row) => row.licence.url],
  ["adoptionCount", (row) => row.adoptionCount],
  ["sourceActionIds", (row) => list(row.sourceActionIds)],
  ["contributingMemberIds", (row) => list(row.contributingMemberIds)],
  ["organisationInChargeName", (row) => row.organisationInCharge?.name],
  ["organisationInChargeKind", (row) => row.organisationInCharge?.kind],
  ["organisationInChargeSiret", (row) => row.organisationInCharge?.siret],
  ["organisationInChargeUrl", (row) => row.organisationInCharge?.url],
  ["mainStakeholders", (row) => row.mainStakeholders],
  ["beneficiaries", (row) => row.beneficiaries],
  ["latitude", (row) => coordinate(row.coordinates?.latitude)],
  ["longitude", (row) => coordinate(row.coordinates?.longitude)],
  ["furtherInformationUrl", (row) => row.furtherInformationUrl],
  ["imageUrls", (row) => list((row.images ?? []).map((image) => image.url))],
  [
    "fundingSources",
    (row) =>
      list(
        (row.fundingSources ?? []).map((source) =>
          [
            source.funder,
            source.programme ? `(${source.programme})` : "",
            source.amount !== null ? `${frenchNumber(source.amount)} €` : "",
          ]
            .filter(Boolean)
            .join(" "),
        ),
      ),
  ],
  ["policyInstrument", (row) => row.policyInstrument],
  ["externalId", (row) => row.externalId],
  ["updatedAt", (row) => row.updatedAt],
  ["isSample", (row) => row.isSample],
];

const frenchNumberFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2, useGrouping: false });
const frenchNumber = (value: number) => frenchNumberFormat.format(value);
/** Degrees to 6 decimals (about 10 cm), with a decimal comma as the other numbers. */
const coordinateFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 6, useGrouping: false });
const coordinate = (value: number | undefined) =>
  value === undefined ? undefined : coordinateFormat.format(value);

/**
 * A cell as text. A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a
 * formula by a spreadsheet (CSV injection): it gets a leading apostrophe, which spreadsheets show as text and
 * do not evaluate. Numbers are written with a decimal comma (no grouping), booleans as true/false.
 */
export function csvText(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return frenchNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return spreadsheetSafeText(value);
}

/** RFC 4180 quoting for a `;`-separated file: a cell with `;`, a quote or a line break is quoted. */
const quoted = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * practices.csv: UTF-8 with a byte-order mark (spreadsheets then read the accents right), `;` between cells
 * and a decimal comma (what a French spreadsheet opens as it is), CRLF line ends, a header line, one line per
 * practice in the JSON's order.
 */
export function practicesCsv(rows: OpenDataRow[]): string {
  const lines = [
    PRACTICE_COLUMNS.map(([header]) => header),
    ...rows.map((row) => PRACTICE_COLUMNS.map(([, cell]) => csvText(cell(row)))),
  ];
  return `\uFEFF${lines.map((line) => line.map(quoted).join(";")).join("\r\n")}\r\n`;
}

const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#",
  locn: "http://www.w3.org/ns/locn#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  "dct:modified": { "@type": "xsd:date" },
  "dct:issued": { "@type": "xsd:date" },
  "dcat:accessURL": { "@type": "@id" },
  "dcat:downloadURL": { "@type": "@id" },
  "dcat:landingPage": { "@type": "@id" },
  "dct:license": { "@type": "@id" },
  "dct:format": { "@type": "@id" },
  "dcat:mediaType": { "@type": "@id" },
  "dct:language": { "@type": "@id" },
  "dct:accrualPeriodicity": { "@type": "@id" },
  "foaf:homepage": { "@type": "@id" },
  "vcard:hasURL": { "@type": "@id" },
};

const EU = "http://publications.europa.eu/resource/authority";
const fr = (value: string) => ({ "@language": "fr", "@value": value });
const en = (value: string) => ({ "@language": "en", "@value": value });

/**
 * The DCAT-AP 3 catalogue of the open data: the Pôle's catalogue (publisher a foaf:Organization), one dataset
 * (titles and descriptions in French and English, licences, latest change, the Grésilles in Dijon, keywords
 * from the themes, a vCard contact point naming the Pôle, no person) with two distributions (JSON, CSV).
 * Each practice carries its own licence: the dataset and its distributions list the licences in use.
 */
export function catalogJsonLd(rows: OpenDataRow[], baseUrl: string, modified: string | null): string {
  const licences = [...new Set(rows.map((row) => row.licence.url))].sort();
  const keywords = [...new Set(rows.flatMap((row) => row.themes))].sort((a, b) => a.localeCompare(b, "fr"));
  const publisher = {
    "@id": `${baseUrl}/#pole`,
    "@type": "foaf:Organization",
    "foaf:name": PUBLISHER.name,
    "foaf:homepage": `${baseUrl}/`,
  };
  const dated = modified ? { "dct:modified": modified } : {};
  const distribution = (path: string, format: "JSON" | "CSV", mediaType: string, title: string) => ({
    "@id": `${baseUrl}${path}`,
    "@type": "dcat:Distribution",
    "dct:title": fr(title),
    "dcat:accessURL": `${baseUrl}${path}`,
    "dcat:downloadURL": `${baseUrl}${path}`,
    "dct:format": `${EU}/file-type/${format}`,
    "dcat:mediaType": `https://www.iana.org/assignments/media-types/${mediaType}`,
    "dct:license": licences,
    ...dated,
  });
  const catalog = {
    "@context": DCAT_CONTEXT,
    "@id": `${baseUrl}${OPEN_DATA_PATHS.catalog}`,
    "@type": "dcat:Catalog",
    "dct:title": [
      fr("Données ouvertes du Pôle de Coopération Culturel & Créatif du Grand Dijon"),
      en("Open data of the Pôle de Coopération Culturel & Créatif du Grand Dijon"),
    ],
    "dct:description": [
      fr("Les jeux de données publiés par le Pôle : sa bibliothèque de bonnes pratiques."),
      en("The datasets the Pôle publishes: its library of good practice."),
    ],
    "dct:publisher": publisher,
    "dct:language": `${EU}/language/FRA`,
    "foaf:homepage": `${baseUrl}/`,
    ...dated,
    "dcat:dataset": [
      {
        "@id": `${baseUrl}/open-data/practices`,
        "@type": "dcat:Dataset",
        "dct:identifier": `${baseUrl}/open-data/practices`,
        "dct:title": [
          fr("Bibliothèque de bonnes pratiques du Pôle"),
          en("The Pôle's library of good practice"),
        ],
        "dct:description": [
          fr(
            "Les bonnes pratiques publiées par le Pôle et par d'autres territoires, décrites comme sur la plateforme d'apprentissage d'Interreg Europe : défi, description, ressources, résultats, difficultés, enseignements, transférabilité, territoire, codes INSEE et QPV, adoptions. Chaque pratique porte sa propre licence.",
          ),
          en(
            "Good practice published by the Pôle and by other territories, recorded as on Interreg Europe's policy-learning platform: challenge, description, resources, results, difficulties, lessons, transferability, territory, INSEE and QPV codes, adoptions. Each practice carries its own licence.",
          ),
        ],
        "dct:publisher": { "@id": publisher["@id"] },
        "dct:license": licences,
        "dct:rights": fr(
          "Chaque pratique est publiée sous la licence indiquée dans sa ligne (licence, licenceUrl).",
        ),
        "dct:language": `${EU}/language/FRA`,
        "dct:accrualPeriodicity": `${EU}/frequency/CONT`,
        "dct:spatial": {
          "@type": "dct:Location",
          "locn:geographicName": [fr("Les Grésilles, Dijon"), fr("Dijon (INSEE 21231)")],
        },
        "dcat:keyword": keywords.map(fr),
        "dcat:theme": { "@id": `${EU}/data-theme/SOCI` },
        "dcat:contactPoint": {
          "@type": "vcard:Organization",
          "vcard:fn": PUBLISHER.name,
          "vcard:hasURL": `${baseUrl}/`,
        },
        "dcat:landingPage": `${baseUrl}${OPEN_DATA_PATHS.catalog}`,
        ...dated,
        "dcat:distribution": [
          distribution(OPEN_DATA_PATHS.json, "JSON", "application/json", "Les pratiques publiées (JSON)"),
          distribution(OPEN_DATA_PATHS.csv, "CSV", "text/csv", "Les pratiques publiées (CSV, séparateur ;)"),
        ],
      },
    ],
  };
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

const SCHEMA_CONTEXT = "https://schema.org/";

/**
 * One published practice as schema.org JSON-LD. A `CreativeWork`: a practice is a described piece of know-how
 * under a licence; `HowTo` would promise ordered steps and supplies that the record does not have.
 */
export function practiceJsonLd(row: OpenDataRow, baseUrl: string): string {
  const territory = row.territory;
  const place = territory
    ? {
        "@type": "Place",
        name: territory.name,
        identifier: [
          ...(territory.inseeCode
            ? [{ "@type": "PropertyValue", propertyID: "INSEE", value: territory.inseeCode }]
            : []),
          ...(territory.qpvCode
            ? [{ "@type": "PropertyValue", propertyID: "QPV", value: territory.qpvCode }]
            : []),
        ],
      }
    : undefined;
  const geo = row.coordinates
    ? { "@type": "GeoCoordinates", latitude: row.coordinates.latitude, longitude: row.coordinates.longitude }
    : undefined;
  const where = [
    ...(place ? [{ ...place, ...(geo ? { geo } : {}) }] : geo ? [{ "@type": "Place", geo }] : []),
    ...(row.inseeCode && row.inseeCode !== territory?.inseeCode
      ? [
          {
            "@type": "Place",
            identifier: { "@type": "PropertyValue", propertyID: "INSEE", value: row.inseeCode },
          },
        ]
      : []),
    ...(row.qpvCode && row.qpvCode !== territory?.qpvCode
      ? [
          {
            "@type": "Place",
            identifier: { "@type": "PropertyValue", propertyID: "QPV", value: row.qpvCode },
          },
        ]
      : []),
  ];
  const document = {
    "@context": SCHEMA_CONTEXT,
    "@type": "CreativeWork",
    "@id": row.uri,
    url: row.uri,
    identifier: row.id,
    name: row.title,
    ...(row.titleEn ? { alternateName: row.titleEn } : {}),
    abstract: row.summary,
    description: row.description ?? row.summary,
    inLanguage: "fr",
    keywords: row.themes,
    license: row.licence.url,
    ...(row.startedOn ? { dateCreated: row.startedOn } : {}),
    ...(row.publishedOn ? { datePublished: row.publishedOn } : {}),
    ...(row.updatedAt ? { dateModified: row.updatedAt } : {}),
    // Interreg's "organisation in charge": schema.org's organisation on whose behalf the work was made.
    ...(row.organisationInCharge
      ? {
          sourceOrganization: {
            "@type": "Organization",
            name: row.organisationInCharge.name,
            ...(row.organisationInCharge.url ? { url: row.organisationInCharge.url } : {}),
            ...(row.organisationInCharge.siret
              ? {
                  identifier: {
                    "@type": "PropertyValue",
                    propertyID: "SIRET",
                    value: row.organisationInCharge.siret,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(row.beneficiaries ? { audience: { "@type": "Audience", audienceType: row.beneficiaries } } : {}),
    ...(row.fundingSources?.length
      ? { funder: row.fundingSources.map((source) => ({ "@type": "Organization", name: source.funder })) }
      : {}),
    ...(row.images?.length
      ? {
          image: row.images.map((image) => ({
            "@type": "ImageObject",
            contentUrl: image.url,
            caption: image.altText,
            ...(image.credit ? { creditText: image.credit } : {}),
            ...(image.licence ? { license: image.licence } : {}),
          })),
        }
      : {}),
    ...(row.furtherInformationUrl
      ? { subjectOf: { "@type": "WebPage", url: row.furtherInformationUrl } }
      : {}),
    ...(where.length > 0 ? { spatialCoverage: where.length === 1 ? where[0] : where } : {}),
    publisher: { "@type": "Organization", "@id": `${baseUrl}/#pole`, name: PUBLISHER.name },
    isPartOf: {
      "@type": "Dataset",
      "@id": `${baseUrl}/open-data/practices`,
      url: `${baseUrl}${OPEN_DATA_PATHS.json}`,
    },
    isAccessibleForFree: true,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A withdrawn practice's tombstone: what it was, that it is gone, why; nothing of its content. */
export function tombstoneJsonLd(practice: OpenDataPractice, baseUrl: string): string {
  const uri = `${baseUrl}${OPEN_DATA_PATHS.practice(practice.id)}`;
  return `${JSON.stringify(
    {
      "@context": SCHEMA_CONTEXT,
      "@type": "CreativeWork",
      "@id": uri,
      url: uri,
      identifier: practice.id,
      name: practice.title,
      creativeWorkStatus: "WITHDRAWN",
      ...(practice.publishedOn ? { datePublished: practice.publishedOn } : {}),
      // The withdrawal date: when the work stopped being distributed.
      ...(practice.withdrawnOn ? { expires: practice.withdrawnOn } : {}),
      ...(practice.withdrawalReason ? { description: practice.withdrawalReason } : {}),
      ...(practice.territory ? { spatialCoverage: { "@type": "Place", name: practice.territory.name } } : {}),
      publisher: { "@type": "Organization", "@id": `${baseUrl}/#pole`, name: PUBLISHER.name },
    },
    null,
    2,
  )}\n`;
}
