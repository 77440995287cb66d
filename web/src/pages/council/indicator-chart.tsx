import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatEuros, formatNumber } from "../../ui/format";
import { formatChangePercent, NOT_AVAILABLE, type SeriesPoint } from "./council-logic";

/** What the catalogue (reportIndicators) says of an indicator. */
export interface IndicatorDefinition {
  key: string;
  label: string;
  definition: string;
  unit: string;
  unitLabel: string;
  source: string;
}

const compact = new Intl.NumberFormat("fr-FR", { notation: "compact", maximumFractionDigits: 1 });

/** A figure in its unit: euros as « 3 700 000 € », the rest as French numbers; null is « non disponible ». */
export function formatFigure(value: number | null, unit: string | undefined): string {
  if (value === null) return NOT_AVAILABLE;
  return unit === "EUROS" ? formatEuros(value, true) : formatNumber(value);
}

/**
 * One key indicator over the years: a line chart (a year without data is a gap, never a drop to 0) and, as
 * its text alternative, a table of the figures with a caption, the definition and the yearly change.
 */
export function IndicatorChart({
  id,
  indicator,
  definition,
  series,
}: {
  id: string;
  indicator: string;
  definition: IndicatorDefinition | undefined;
  series: SeriesPoint[];
}) {
  const label = definition?.label ?? indicator;
  const unit = definition?.unitLabel ? ` (${definition.unitLabel})` : "";
  const first = series[0]?.year;
  const last = series[series.length - 1]?.year;
  const span = first === last ? `${first}` : `${first}–${last}`;
  const headingId = `indicateur-${id}`;
  const definitionId = `definition-${id}`;
  const points = series.map((point) => ({ year: String(point.year), value: point.value }));
  const known = series.filter((point) => point.value !== null).length;
  return (
    <article className="council-indicator" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {label}
        {unit}
      </h3>
      <div className="council-chart" aria-hidden="true">
        {known === 0 ? (
          <p className="council-chart-empty">Aucune donnée sur la période : rien à tracer.</p>
        ) : (
          <ResponsiveContainer width="100%" height={200}>
            <LineChart
              data={points}
              margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#d9d3dc" strokeDasharray="3 3" />
              <XAxis dataKey="year" tick={{ fill: "#55505a", fontSize: 12 }} />
              <YAxis
                width={56}
                tick={{ fill: "#55505a", fontSize: 12 }}
                tickFormatter={(value: number) => compact.format(value)}
              />
              <Tooltip
                formatter={(value) => [
                  formatFigure(typeof value === "number" ? value : null, definition?.unit),
                  label,
                ]}
              />
              <Line
                type="linear"
                dataKey="value"
                stroke="#6b2d5c"
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
      {definition && (
        <p className="muted council-definition" id={definitionId}>
          {definition.definition} <span>Source : {definition.source}</span>
        </p>
      )}
      <div className="table-wrap">
        <table aria-describedby={definition ? definitionId : undefined}>
          <caption>
            {label}
            {unit}, {span}
          </caption>
          <thead>
            <tr>
              <th scope="col">Année</th>
              <th scope="col" className="number">
                Valeur
              </th>
              <th scope="col" className="number">
                Évolution sur un an
              </th>
            </tr>
          </thead>
          <tbody>
            {series.map((point) => (
              <tr key={point.year}>
                <th scope="row">{point.year}</th>
                <td className={point.value === null ? "number council-no-data" : "number"}>
                  {formatFigure(point.value, definition?.unit)}
                </td>
                <td className="number">{formatChangePercent(point.changePercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
