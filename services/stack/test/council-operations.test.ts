import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, validate } from "graphql";
import { councilOperation } from "../src/report/council-operations";
import { REPO_ROOT } from "../src/services";

describe("schema/operations/council.graphql", () => {
  const api = buildSchema(readFileSync(join(REPO_ROOT, "schema", "api.graphql"), "utf8"));

  it.each(["AnnualReports", "AnnualReview", "FundingOpenData", "ReportIndicators", "ReportSampleData"])(
    "holds %s, valid against the API schema",
    (name) => {
      expect(validate(api, councilOperation(name)).map((error) => error.message)).toEqual([]);
    },
  );
});
