import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { sampleActions } from "../src/sample-data/sample-actions";
import { COMPAGNIE_DES_GRESILLES, startNeighbourhood } from "./neighbourhood-harness";

let neighbourhood: SubgraphUnderTest;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood();
});
afterAll(() => neighbourhood.stop());

interface ReportEntities {
  _entities: ({
    year: number;
    neighbourhood: { actionCount: number; inhabitantsReached: number } | null;
  } | null)[];
}

const REPORT = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on AnnualReport { year neighbourhood { actionCount inhabitantsReached } }
} }`;

const reportOf = (year: number) => ({ __typename: "AnnualReport", year });

/** The neighbourhood figures of a year computed from the sample data: the actions that started that year. */
function expectedFigures(year: number) {
  const started = sampleActions.filter((action) => action.startsOn.startsWith(`${year}-`));
  return {
    actionCount: started.length,
    inhabitantsReached: started.reduce((sum, action) => sum + action.inhabitantsReached, 0),
  };
}

describe("neighbourhood part of the annual report", () => {
  it("sums the actions that started in 2013 and the inhabitants they reached", async () => {
    const expected = expectedFigures(2013);
    expect(expected.actionCount).toBeGreaterThan(0);
    const result = await neighbourhood.request<ReportEntities>(
      REPORT,
      { representations: [reportOf(2013)] },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([{ year: 2013, neighbourhood: expected }]);
  });

  it("counts an action in the year it started only, not in the years it ran into", async () => {
    const ranInto2013 = sampleActions.filter(
      (action) =>
        action.startsOn.startsWith("2012-") && action.endsOn !== null && action.endsOn >= "2013-01-01",
    );
    expect(ranInto2013.length).toBeGreaterThan(0);
    const result = await neighbourhood.request<ReportEntities>(
      REPORT,
      { representations: [reportOf(2012), reportOf(2013)] },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    const [in2012, in2013] = result.data!._entities;
    expect(in2012?.neighbourhood?.actionCount).toBe(expectedFigures(2012).actionCount);
    expect(in2013?.neighbourhood?.actionCount).toBe(
      sampleActions.filter((action) => action.startsOn.startsWith("2013-")).length,
    );
    expect(in2012!.neighbourhood!.actionCount + in2013!.neighbourhood!.actionCount).toBe(
      sampleActions.filter((action) => action.startsOn >= "2012-01-01" && action.startsOn <= "2013-12-31")
        .length,
    );
  });

  it("answers zeros for a year without actions", async () => {
    const result = await neighbourhood.request<ReportEntities>(
      REPORT,
      { representations: [reportOf(2020)] },
      await tokenFor({ role: "staff" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { year: 2020, neighbourhood: { actionCount: 0, inhabitantsReached: 0 } },
    ]);
  });

  it("answers every year 2007–2014 in one request with one SQL statement", async () => {
    const years = [2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014];
    neighbourhood.statements.reset();
    const result = await neighbourhood.request<ReportEntities>(
      REPORT,
      { representations: years.map(reportOf) },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual(
      years.map((year) => ({ year, neighbourhood: expectedFigures(year) })),
    );
    expect(neighbourhood.statements.count).toBe(1);
  });

  it("refuses anonymous callers with UNAUTHENTICATED", async () => {
    const result = await neighbourhood.request<ReportEntities>(REPORT, { representations: [reportOf(2013)] });
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.errors?.[0].path).toEqual(["_entities", 0, "neighbourhood"]);
    expect(result.data?._entities).toEqual([{ year: 2013, neighbourhood: null }]);
  });

  it("refuses a member token with FORBIDDEN", async () => {
    const result = await neighbourhood.request<ReportEntities>(
      REPORT,
      { representations: [reportOf(2013)] },
      await tokenFor({ role: "member", memberId: COMPAGNIE_DES_GRESILLES }),
    );
    expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(result.data?._entities).toEqual([{ year: 2013, neighbourhood: null }]);
  });

  it("is open to the council and the staff", async () => {
    for (const role of ["council", "staff"] as const) {
      const result = await neighbourhood.request<ReportEntities>(
        REPORT,
        { representations: [reportOf(2013)] },
        await tokenFor({ role }),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([{ year: 2013, neighbourhood: expectedFigures(2013) }]);
    }
  });

  it("refuses a year outside 1900–2100 with a clear BAD_USER_INPUT", async () => {
    const result = await neighbourhood.request<ReportEntities>(
      REPORT,
      { representations: [reportOf(1899)] },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toBe("year must be between 1900 and 2100; got 1899.");
  });
});
