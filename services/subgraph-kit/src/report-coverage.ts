import { registerEnumType } from "type-graphql";

/** How much of a report part's figures rest on recorded data for the year. */
export enum ReportCoverage {
  COMPLETE = "COMPLETE",
  PARTIAL = "PARTIAL",
  NONE = "NONE",
}

registerEnumType(ReportCoverage, {
  name: "ReportCoverage",
  description:
    "How complete a pillar's figures of a year are. A figure without data is null, never 0; the coverage says how many are.",
  valuesConfig: {
    COMPLETE: { description: "Every figure of the part rests on data recorded for the year." },
    PARTIAL: { description: "Some figures rest on recorded data; the others are null." },
    NONE: { description: "Nothing was recorded for the year: every figure that needs data is null." },
  },
});

/** French labels of the coverage values, for reports and the `…Label` fields. */
export const reportCoverageLabels: Record<ReportCoverage, string> = {
  COMPLETE: "Données complètes",
  PARTIAL: "Données partielles",
  NONE: "Aucune donnée",
};

/** COMPLETE when every source has data for the year, NONE when none has, PARTIAL otherwise. */
export function coverageOf(sourcesWithData: boolean[]): ReportCoverage {
  const recorded = sourcesWithData.filter(Boolean).length;
  if (recorded === 0) return ReportCoverage.NONE;
  return recorded === sourcesWithData.length ? ReportCoverage.COMPLETE : ReportCoverage.PARTIAL;
}
