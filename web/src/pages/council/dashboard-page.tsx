import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useSearchParams } from "react-router";
import { CouncilDashboardDocument, type CouncilDashboardQuery } from "../../gql/graphql";
import { graphQLErrorsInWords, graphQLErrorsOf } from "../../ui/errors";
import { ErrorNotice, Loading, usePageTitle } from "../../ui/status";
import {
  KEY_INDICATORS,
  listInWords,
  parseYearRange,
  PILLAR_LABELS,
  PILLARS,
  SAMPLE_WARNING,
  seriesOf,
  usesSampleData,
  yearsOf,
  yearsWithoutData,
  yearsWithPartialData,
  type Pillar,
  type YearAnswer,
} from "./council-logic";
import { IndicatorChart, type IndicatorDefinition } from "./indicator-chart";
import { ReportDownloads } from "./report-downloads";
import "./council.css";

const currentYear = () =>
  Number(new Intl.DateTimeFormat("en", { timeZone: "Europe/Paris", year: "numeric" }).format(new Date()));

/** /conseil: the council's dashboard, the key indicators of a range of years, and the report's downloads. */
export function CouncilDashboardPage() {
  usePageTitle("Tableau de bord du Conseil régional");
  const [params, setParams] = useSearchParams();
  const range = parseYearRange(params, currentYear());
  const { data, loading, error } = useQuery(CouncilDashboardDocument, {
    variables: range.ok ? { from: range.from, to: range.to } : { from: 0, to: 0 },
    skip: !range.ok,
    fetchPolicy: "cache-and-network",
  });

  return (
    <>
      <h1>Tableau de bord du Conseil régional</h1>
      <p className="muted">
        Les indicateurs clés du Pôle année par année, avec leur évolution sur un an. Une année sans données
        est « non disponible », jamais comptée comme 0.
      </p>
      <RangeForm
        key={params.toString()}
        from={params.get("from") ?? (range.ok ? String(range.from) : "")}
        to={params.get("to") ?? (range.ok ? String(range.to) : "")}
        invalid={!range.ok}
        onChoose={(from, to) => setParams({ from, to })}
      />
      {!range.ok ? (
        <div className="notice notice-error" role="alert">
          <p id={RANGE_ERROR_ID}>Période invalide : {range.message}</p>
        </div>
      ) : (
        <>
          <ReportDownloads from={range.from} to={range.to} />
          {loading && !data ? (
            <Loading what="Chargement des indicateurs…" />
          ) : !data?.annualReports ? (
            <ErrorNotice error={error} />
          ) : (
            <Dashboard data={data} error={error} from={range.from} to={range.to} />
          )}
        </>
      )}
    </>
  );
}

const RANGE_ERROR_ID = "conseil-periode-erreur";

function RangeForm({
  from,
  to,
  invalid,
  onChoose,
}: {
  from: string;
  to: string;
  invalid: boolean;
  onChoose(from: string, to: string): void;
}) {
  const aria = invalid ? { "aria-invalid": true, "aria-describedby": RANGE_ERROR_ID } : {};
  const [first, setFirst] = useState(from);
  const [last, setLast] = useState(to);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChoose(first.trim(), last.trim());
  };
  return (
    <form className="filters council-range" aria-label="Période" onSubmit={submit}>
      <div className="field">
        <label htmlFor="conseil-de">Première année</label>
        <input
          id="conseil-de"
          inputMode="numeric"
          size={6}
          {...aria}
          value={first}
          onChange={(event) => setFirst(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="conseil-a">Dernière année</label>
        <input
          id="conseil-a"
          inputMode="numeric"
          size={6}
          {...aria}
          value={last}
          onChange={(event) => setLast(event.target.value)}
        />
      </div>
      <div className="field">
        <button type="submit">Afficher la période</button>
      </div>
    </form>
  );
}

type Reports = NonNullable<CouncilDashboardQuery["annualReports"]>;

function Dashboard({
  data,
  error,
  from,
  to,
}: {
  data: CouncilDashboardQuery;
  error: unknown;
  from: number;
  to: number;
}) {
  const reports = (data.annualReports ?? []) as Reports;
  const answers = reports as unknown as YearAnswer[];
  const years = yearsOf(from, to);
  return (
    <>
      {usesSampleData(answers) && (
        <div className="notice notice-partial" role="note" aria-label="Données d'exemple">
          <p>
            <strong>{SAMPLE_WARNING}</strong>
          </p>
        </div>
      )}
      {PILLARS.map((pillar) => (
        <PillarSection
          key={pillar}
          pillar={pillar}
          answers={answers}
          years={years}
          error={error}
          definitions={(data.reportIndicators?.[pillar] ?? []) as IndicatorDefinition[]}
        />
      ))}
    </>
  );
}

/** The errors of one pillar: its part of any year, or its list of the catalogue. */
function pillarErrors(error: unknown, pillar: Pillar) {
  return graphQLErrorsOf(error).filter(
    (e) =>
      (e.path?.[0] === "annualReports" && e.path.length >= 3 && e.path[2] === pillar) ||
      (e.path?.[0] === "reportIndicators" && e.path[1] === pillar),
  );
}

function PillarSection({
  pillar,
  answers,
  years,
  error,
  definitions,
}: {
  pillar: Pillar;
  answers: YearAnswer[];
  years: number[];
  error: unknown;
  definitions: IndicatorDefinition[];
}) {
  const headingId = `pilier-${pillar}`;
  const failed = pillarErrors(error, pillar);
  const without = yearsWithoutData(answers, pillar, years);
  const partial = yearsWithPartialData(answers, pillar);
  return (
    <section className="section council-pillar" aria-labelledby={headingId}>
      <h2 id={headingId}>{PILLAR_LABELS[pillar]}</h2>
      {failed.length > 0 ? (
        <p className="notice notice-partial" role="status">
          Les indicateurs de ce pilier n'ont pas pu être chargés : {graphQLErrorsInWords(failed)} Les autres
          piliers restent affichés.
        </p>
      ) : (
        <>
          {without.length > 0 && (
            <p className="notice notice-partial">
              {without.length === years.length
                ? `Aucune donnée pour ce pilier sur la période : ses indicateurs sont non disponibles (n.d.), jamais comptés comme 0.`
                : `Non disponible pour ${listInWords(without)} : aucune donnée enregistrée pour ${without.length > 1 ? "ces années" : "cette année"} ; les courbes s'interrompent (n.d., jamais 0).`}
            </p>
          )}
          {partial.length > 0 && (
            <p className="notice">
              Données partielles pour {listInWords(partial)} : certains indicateurs n'y sont pas renseignés
              (n.d.).
            </p>
          )}
          <div className="council-charts">
            {KEY_INDICATORS[pillar].map((key) => (
              <IndicatorChart
                key={key}
                id={`${pillar}-${key}`}
                definition={definitions.find((definition) => definition.key === key)}
                indicator={key}
                series={seriesOf(answers, pillar, key, years)}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
