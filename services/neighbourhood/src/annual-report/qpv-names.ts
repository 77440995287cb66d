/**
 * Names of the priority neighbourhoods (QPV) the Pôle's actions take place in, by code, for the labels of
 * the report's `actionsByQpvCode`. The neighbourhood subgraph stores an action's code only; a code missing
 * here is labelled with the code itself. `QP021003` is the sample data's placeholder code for the Grésilles
 * (not the official one). Codes of the 2024 geography (`QN…`, kit `QPV_CODE`) are labelled the same way; the
 * Grésilles' 2024 code belongs here once it is checked against the published list (décret n° 2023-1314),
 * never guessed.
 */
export const QPV_NAMES: Readonly<Record<string, string>> = {
  QP021003: "Les Grésilles (Dijon)",
};

/** The key of the actions outside any priority neighbourhood (no QPV code) in `actionsByQpvCode`. */
export const OUTSIDE_QPV = "OUTSIDE_QPV";

/** The key under which codes beyond the listed ones are summed, so the breakdown's size stays bounded. */
export const OTHER_QPVS = "OTHER_QPVS";

/** At most this many QPV codes are listed one by one; the others are summed under OTHER_QPVS. */
export const MAX_LISTED_QPV_CODES = 20;

/** The largest size of `actionsByQpvCode`: the listed codes, OTHER_QPVS and OUTSIDE_QPV. */
export const MAX_QPV_BREAKDOWN_ITEMS = MAX_LISTED_QPV_CODES + 2;

/** The French label of a QPV code in a breakdown. */
export const qpvLabel = (code: string): string => QPV_NAMES[code] ?? `Quartier prioritaire ${code}`;

/**
 * The label table of a year's `actionsByQpvCode`: the codes with actions that year (the ones with most
 * actions first when there are more than MAX_LISTED_QPV_CODES; listed in code order), then OTHER_QPVS
 * when codes were summed, then OUTSIDE_QPV, always there. Also returns the values with the summed codes
 * folded into OTHER_QPVS. `counts` has one entry per code, '' for actions without one.
 */
export function qpvBreakdownOf(counts: Map<string, number>): {
  labels: Record<string, string>;
  values: Map<string, number>;
} {
  const codes = [...counts.entries()]
    .filter(([code]) => code !== "")
    .sort(([codeA, a], [codeB, b]) => b - a || codeA.localeCompare(codeB));
  const listed = codes.slice(0, MAX_LISTED_QPV_CODES).sort(([a], [b]) => a.localeCompare(b));
  const folded = codes.slice(MAX_LISTED_QPV_CODES);
  const labels: Record<string, string> = {};
  const values = new Map<string, number>();
  for (const [code, count] of listed) {
    labels[code] = qpvLabel(code);
    values.set(code, count);
  }
  if (folded.length > 0) {
    labels[OTHER_QPVS] = "Autres quartiers prioritaires";
    values.set(
      OTHER_QPVS,
      folded.reduce((sum, [, count]) => sum + count, 0),
    );
  }
  labels[OUTSIDE_QPV] = "Hors quartier prioritaire";
  values.set(OUTSIDE_QPV, counts.get("") ?? 0);
  return { labels, values };
}
