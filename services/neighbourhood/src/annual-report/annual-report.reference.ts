import { assertReportYear } from "@pole/subgraph-kit";
import { AnnualReport } from "./annual-report.type";

/** Resolves `AnnualReport` representations: the year is the whole key, so nothing to load. */
export const annualReportReference = {
  __resolveReference(reference: { year: number }): AnnualReport {
    assertReportYear(reference.year);
    return Object.assign(new AnnualReport(), { year: reference.year });
  },
};
