import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { PracticeStatus } from "../src/practice/practice-status.enum";
import { samplePractices } from "../src/sample-data/sample-practices";
import { sampleTransfers } from "../src/sample-data/sample-transfers";
import {
  COMPAGNIE_DES_GRESILLES,
  GRESILLES,
  REENCHANTEZ_ESPLANADE,
  startKnowledge,
} from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
});
afterAll(() => knowledge.stop());

const REPORT = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on AnnualReport { year knowledge { practiceCount transferCount territoryCount } } } }`;

interface Reports {
  _entities: { year: number; knowledge: Record<string, number> | null }[];
}

const reportsOf = (...years: number[]) => ({
  representations: years.map((year) => ({ __typename: "AnnualReport", year })),
});

/** The knowledge part of a year's report, computed from the sample-data modules. */
function expectedKnowledge(year: number) {
  const inYear = (date: string | null) => date !== null && date.startsWith(`${year}-`);
  const transfers = sampleTransfers.filter((t) => inYear(t.heldOn));
  return {
    practiceCount: samplePractices.filter(
      (p) => p.status === PracticeStatus.PUBLISHED && inYear(p.publishedOn),
    ).length,
    transferCount: transfers.length,
    territoryCount: new Set(transfers.map((t) => t.territoryId)).size,
  };
}

describe("knowledge part of the annual report", () => {
  it("counts 2013's published practices, transfers and receiving territories as in the sample data", async () => {
    const result = await knowledge.request<Reports>(
      REPORT,
      reportsOf(2013),
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([{ year: 2013, knowledge: expectedKnowledge(2013) }]);
    // Two 2013 transfers went to the same neighbourhood: territories are counted once.
    expect(expectedKnowledge(2013)).toEqual({ practiceCount: 2, transferCount: 2, territoryCount: 1 });
  });

  it("answers several years in one request, with zeros for a year without activity", async () => {
    const years = [2011, 2012, 2013];
    const result = await knowledge.request<Reports>(
      REPORT,
      reportsOf(...years),
      await tokenFor({ role: "staff" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual(
      years.map((year) => ({ year, knowledge: expectedKnowledge(year) })),
    );
    expect(expectedKnowledge(2011)).toEqual({ practiceCount: 0, transferCount: 0, territoryCount: 0 });
    expect(expectedKnowledge(2012)).toEqual({ practiceCount: 1, transferCount: 1, territoryCount: 1 });
  });

  it("computes any number of years with two SQL statements", async () => {
    const staff = await tokenFor({ role: "staff" });
    const statementsFor = async (years: number[]) => {
      knowledge.statements.reset();
      const result = await knowledge.request<Reports>(REPORT, reportsOf(...years), staff);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(years.length);
      return knowledge.statements.count;
    };
    expect(await statementsFor([2013])).toBe(2);
    expect(await statementsFor([2008, 2009, 2010, 2011, 2012, 2013, 2014])).toBe(2);
  });

  it("stops counting a practice once it is withdrawn", async () => {
    const council = await tokenFor({ role: "council" });
    await knowledge.dataSource.query(`UPDATE practice SET status = 'WITHDRAWN' WHERE id = $1`, [
      REENCHANTEZ_ESPLANADE,
    ]);
    try {
      const result = await knowledge.request<Reports>(REPORT, reportsOf(2013), council);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0].knowledge?.practiceCount).toBe(
        expectedKnowledge(2013).practiceCount - 1,
      );
    } finally {
      await knowledge.dataSource.query(`UPDATE practice SET status = 'PUBLISHED' WHERE id = $1`, [
        REENCHANTEZ_ESPLANADE,
      ]);
    }
  });

  it("refuses the report to anonymous callers with UNAUTHENTICATED", async () => {
    const result = await knowledge.request(REPORT, reportsOf(2013));
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.errors?.[0].path).toEqual(["_entities", 0, "knowledge"]);
    expect(result.data).toEqual({ _entities: [{ year: 2013, knowledge: null }] });
  });

  it("refuses the report to members and territories with FORBIDDEN", async () => {
    for (const viewer of [
      { role: "member" as const, memberId: COMPAGNIE_DES_GRESILLES },
      { role: "territory" as const, territoryId: GRESILLES },
    ]) {
      const result = await knowledge.request(REPORT, reportsOf(2013), await tokenFor(viewer));
      expect(result.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      expect(result.data).toEqual({ _entities: [{ year: 2013, knowledge: null }] });
    }
  });

  it("gives the report to the council and staff", async () => {
    for (const viewer of [{ role: "council" as const }, { role: "staff" as const }]) {
      const result = await knowledge.request<Reports>(REPORT, reportsOf(2013), await tokenFor(viewer));
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toEqual([{ year: 2013, knowledge: expectedKnowledge(2013) }]);
    }
  });

  it("refuses a year outside 1900–2100 with a clear BAD_USER_INPUT", async () => {
    const result = await knowledge.request(REPORT, reportsOf(2101), await tokenFor({ role: "council" }));
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].message).toBe("year must be between 1900 and 2100; got 2101.");
  });
});
