import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { ActionKind } from "../src/neighbourhood-action/action-kind.enum";
import { ActionPlaceKind, actionPlaceKindLabels } from "../src/neighbourhood-action/action-place-kind.enum";
import { EXAMPLE_QPV_CODE, sampleActions } from "../src/sample-data/sample-actions";
import { sampleEmploymentOutcomes, sampleInsertionCohorts } from "../src/sample-data/sample-details";
import { sampleContributions } from "../src/sample-data/sample-project";
import { COMPAGNIE_DES_GRESILLES, startNeighbourhood } from "./neighbourhood-harness";

let neighbourhood: SubgraphUnderTest;
beforeAll(async () => {
  neighbourhood = await startNeighbourhood();
});
afterAll(() => neighbourhood.stop());

interface ReportEntities {
  _entities: ({
    year: number;
    neighbourhood: { actionCount: number | null; inhabitantsReached: number | null } | null;
  } | null)[];
}

const REPORT = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on AnnualReport { year neighbourhood { actionCount inhabitantsReached } }
} }`;

const reportOf = (year: number) => ({ __typename: "AnnualReport", year });

/** The neighbourhood figures of a year computed from the sample data: the actions that started that year. */
function expectedFigures(year: number) {
  const started = sampleActions.filter((action) => action.startsOn.startsWith(`${year}-`));
  // No action recorded that year: no data (null), not 0.
  if (started.length === 0) return { actionCount: null, inhabitantsReached: null };
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
    expect(in2012!.neighbourhood!.actionCount! + in2013!.neighbourhood!.actionCount!).toBe(
      sampleActions.filter((action) => action.startsOn >= "2012-01-01" && action.startsOn <= "2013-12-31")
        .length,
    );
  });

  it("answers null, never 0, for a year without any action recorded", async () => {
    const result = await neighbourhood.request<ReportEntities>(
      REPORT,
      { representations: [reportOf(2020)] },
      await tokenFor({ role: "staff" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { year: 2020, neighbourhood: { actionCount: null, inhabitantsReached: null } },
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
    expect(result.errors?.[0].message).toBe("Invalid input: year: must be between 1900 and 2100; got 1899");
  });
});

interface BreakdownItem {
  key: string;
  label: string;
  value: number | null;
}
interface FullReport {
  coverage: string;
  sampleData: boolean;
  actionCount: number;
  actionsByPlaceKind: BreakdownItem[];
  actionsByQpvCode: BreakdownItem[];
  actionsByKind: BreakdownItem[];
  inhabitantsReached: number;
  inhabitantsReachedByKind: BreakdownItem[];
  hours: number;
  hoursByKind: BreakdownItem[];
  contributionCount: number;
  contributionsByStatus: BreakdownItem[];
  trainingCount: number;
  immersionCount: number;
  returnToEmploymentCount: number;
  insertionEntryCount: number;
  insertionExitCount: number;
  insertionExitsByDestination: BreakdownItem[];
}
interface FullReportEntities {
  _entities: { year: number; neighbourhood: FullReport }[];
}

const FULL_REPORT = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on AnnualReport { year neighbourhood {
    coverage sampleData
    actionCount actionsByKind { key label value }
    actionsByPlaceKind { key label value } actionsByQpvCode { key label value }
    inhabitantsReached inhabitantsReachedByKind { key label value }
    hours hoursByKind { key label value }
    contributionCount contributionsByStatus { key label value }
    trainingCount immersionCount returnToEmploymentCount
    insertionEntryCount insertionExitCount insertionExitsByDestination { key label value }
  } }
} }`;

/** The year of an instant on Dijon's calendar. */
const dijonYear = (instant: Date) =>
  Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", year: "numeric" }).format(instant));

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

async function fullReports(years: number[]): Promise<FullReportEntities["_entities"]> {
  const result = await neighbourhood.request<FullReportEntities>(
    FULL_REPORT,
    { representations: years.map(reportOf) },
    await tokenFor({ role: "council" }),
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities;
}

describe("the council's neighbourhood indicators", () => {
  it("gives 2013's figures as the sample data holds them, by kind, status and destination", async () => {
    const [{ neighbourhood: report }] = await fullReports([2013]);
    const started = sampleActions.filter((action) => action.startsOn.startsWith("2013-"));
    const kindValues = (value: (action: (typeof sampleActions)[number]) => number) =>
      Object.values(ActionKind).map((kind) =>
        sum(started.filter((action) => action.kind === kind).map(value)),
      );
    expect(report.actionsByKind.map((item) => item.key)).toEqual(Object.values(ActionKind));
    expect(report.actionsByKind.map((item) => item.value)).toEqual(kindValues(() => 1));
    expect(report.inhabitantsReachedByKind.map((item) => item.value)).toEqual(
      kindValues((action) => action.inhabitantsReached),
    );
    expect(report.hoursByKind.map((item) => item.value)).toEqual(kindValues((action) => action.hours));
    expect(report.actionsByKind[0]).toEqual({
      key: "CULTURAL_ARTISTIC",
      label: "Actions culturelles et artistiques avec et pour les habitants",
      value: started.filter((action) => action.kind === ActionKind.CULTURAL_ARTISTIC).length,
    });
    const contributions = sampleContributions.filter((c) => dijonYear(c.submittedAt) === 2013);
    expect(report.contributionsByStatus).toEqual([
      {
        key: "PUBLISHED",
        label: "Publiées",
        value: contributions.filter((c) => c.status === "PUBLISHED").length,
      },
      {
        key: "HIDDEN",
        label: "Masquées par la modération",
        value: contributions.filter((c) => c.status === "HIDDEN").length,
      },
      { key: "PENDING", label: "En attente de modération", value: 0 },
    ]);
    const outcomes = sampleEmploymentOutcomes.filter((outcome) => outcome.periodStart.startsWith("2013-"));
    const cohorts = sampleInsertionCohorts.filter((cohort) => cohort.startsOn.startsWith("2013-"));
    expect(report).toMatchObject({
      trainingCount: sum(outcomes.map((o) => o.trainingCount)),
      immersionCount: sum(outcomes.map((o) => o.immersionCount)),
      returnToEmploymentCount: sum(outcomes.map((o) => o.returnToEmploymentCount)),
      insertionEntryCount: sum(cohorts.map((c) => c.entryCount)),
    });
    expect(report.insertionExitsByDestination).toEqual([
      {
        key: "EMPLOYMENT",
        label: "Sorties vers l'emploi",
        value: sum(cohorts.map((c) => c.exitsToEmployment)),
      },
      {
        key: "TRAINING",
        label: "Sorties vers une formation",
        value: sum(cohorts.map((c) => c.exitsToTraining)),
      },
      { key: "OTHER", label: "Autres sorties", value: sum(cohorts.map((c) => c.otherExits)) },
    ]);
    // Each indicator is non-zero in 2013, so none of the checks above holds by accident.
    for (const value of [
      report.trainingCount,
      report.immersionCount,
      report.returnToEmploymentCount,
      report.insertionEntryCount,
      report.insertionExitCount,
      report.contributionCount,
    ]) {
      expect(value).toBeGreaterThan(0);
    }
  });

  it("makes every total equal the sum of its breakdown, every year 2006–2014", async () => {
    const reports = await fullReports([2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014]);
    for (const { neighbourhood: report } of reports) {
      // A breakdown of no data (all null) has a null total, as its figure.
      const total = (items: BreakdownItem[]) =>
        items.every((item) => item.value === null) ? null : sum(items.map((item) => item.value!));
      expect(report.actionCount).toBe(total(report.actionsByKind));
      expect(report.actionCount).toBe(total(report.actionsByPlaceKind));
      expect(report.actionCount).toBe(total(report.actionsByQpvCode));
      expect(report.inhabitantsReached).toBe(total(report.inhabitantsReachedByKind));
      expect(report.hours).toBe(total(report.hoursByKind));
      expect(report.contributionCount).toBe(total(report.contributionsByStatus));
      expect(report.insertionExitCount).toBe(total(report.insertionExitsByDestination));
    }
  });

  it("counts a contribution in Dijon's year: sent 31 December 2011 at 23:30 UTC, it belongs to 2012", async () => {
    const [in2011, in2012] = await fullReports([2011, 2012]);
    expect(in2011.neighbourhood.contributionCount).toBe(
      sampleContributions.filter((c) => c.submittedAt.getUTCFullYear() === 2011).length - 1,
    );
    expect(in2012.neighbourhood.contributionCount).toBe(
      sampleContributions.filter((c) => dijonYear(c.submittedAt) === 2012).length,
    );
    expect(in2012.neighbourhood.contributionCount).toBe(1);
  });

  it("costs the same SQL statements for 1 year and 10 years: one", async () => {
    const statementsFor = async (years: number[]) => {
      neighbourhood.statements.reset();
      expect(await fullReports(years)).toHaveLength(years.length);
      return neighbourhood.statements.count;
    };
    const one = await statementsFor([2013]);
    expect(one).toBe(1);
    expect(await statementsFor([2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013])).toBe(one);
  });

  it("recomputes each 2013 indicator from the raw rows with its own SQL", async () => {
    const [{ neighbourhood: report }] = await fullReports([2013]);
    const q = async (sql: string) =>
      (await neighbourhood.dataSource.query(sql)) as Record<string, string | number | null>[];
    const byKind = await q(`
      SELECT kind::text AS key, count(*)::int AS actions, sum(inhabitants_reached)::int AS inhabitants, sum(hours)::int AS hours
        FROM neighbourhood_action
       WHERE extract(year FROM starts_on) = 2013 AND status::text <> 'CANCELLED'
       GROUP BY kind`);
    const valueOf = (rows: Record<string, unknown>[], key: string, column: string) =>
      Number(rows.find((row) => row.key === key)?.[column] ?? 0);
    for (const item of report.actionsByKind) expect(item.value).toBe(valueOf(byKind, item.key, "actions"));
    for (const item of report.inhabitantsReachedByKind) {
      expect(item.value).toBe(valueOf(byKind, item.key, "inhabitants"));
    }
    for (const item of report.hoursByKind) expect(item.value).toBe(valueOf(byKind, item.key, "hours"));
    const byStatus = await q(`
      SELECT status::text AS key, count(*)::int AS n FROM contribution
       WHERE extract(year FROM timezone('Europe/Paris', submitted_at)) = 2013 GROUP BY status`);
    for (const item of report.contributionsByStatus)
      expect(item.value).toBe(valueOf(byStatus, item.key, "n"));
    const [outcomes] = await q(`
      SELECT coalesce(sum(training_count), 0)::int AS trainings, coalesce(sum(immersion_count), 0)::int AS immersions,
             coalesce(sum(return_to_employment_count), 0)::int AS returns
        FROM employment_outcome WHERE extract(year FROM period_start) = 2013`);
    expect([report.trainingCount, report.immersionCount, report.returnToEmploymentCount]).toEqual([
      outcomes.trainings,
      outcomes.immersions,
      outcomes.returns,
    ]);
    const [cohorts] = await q(`
      SELECT coalesce(sum(entry_count), 0)::int AS entries, coalesce(sum(exits_to_employment), 0)::int AS employment,
             coalesce(sum(exits_to_training), 0)::int AS training, coalesce(sum(other_exits), 0)::int AS other
        FROM insertion_cohort WHERE extract(year FROM starts_on) = 2013`);
    expect(report.insertionEntryCount).toBe(cohorts.entries);
    expect(report.insertionExitsByDestination.map((item) => item.value)).toEqual([
      cohorts.employment,
      cohorts.training,
      cohorts.other,
    ]);
    expect(report.actionCount).toBe(sum(byKind.map((row) => Number(row.actions))));
    expect(report.hours).toBe(sum(byKind.map((row) => Number(row.hours))));
    expect(report.inhabitantsReached).toBe(sum(byKind.map((row) => Number(row.inhabitants))));
  });

  it("leaves a cancelled action out of its year's figures", async () => {
    const staff = await tokenFor({ role: "staff" });
    const created = await neighbourhood.request<{ createNeighbourhoodAction: { action: { id: string } } }>(
      `mutation($input: CreateNeighbourhoodActionInput!) { createNeighbourhoodAction(input: $input) { action { id } } }`,
      {
        input: {
          kind: "CULTURAL_ARTISTIC",
          title: "Concert annulé (test)",
          description: "Un concert sur l'esplanade.",
          startsOn: "2019-06-21",
          place: "Esplanade Boutaric",
          placeKind: "ESPLANADE_BOUTARIC",
          leadMemberIds: [COMPAGNIE_DES_GRESILLES],
          inhabitantsReached: 300,
          hours: 4,
        },
      },
      staff,
    );
    expect(created.errors).toBeUndefined();
    expect((await fullReports([2019]))[0].neighbourhood).toMatchObject({
      actionCount: 1,
      inhabitantsReached: 300,
      hours: 4,
    });
    await neighbourhood.request(
      `mutation($input: CancelNeighbourhoodActionInput!) { cancelNeighbourhoodAction(input: $input) { action { id } } }`,
      { input: { id: created.data!.createNeighbourhoodAction.action.id } },
      staff,
    );
    expect((await fullReports([2019]))[0].neighbourhood).toMatchObject({
      actionCount: 0,
      inhabitantsReached: 0,
      hours: 0,
    });
  });
});

describe("what the neighbourhood figures rest on", () => {
  it("counts 2013's actions by place kind and by QPV code, each summing to actionCount", async () => {
    const [{ neighbourhood: report }] = await fullReports([2013]);
    const started = sampleActions.filter((action) => action.startsOn.startsWith("2013-"));
    expect(report.actionsByPlaceKind).toEqual(
      Object.values(ActionPlaceKind).map((kind) => ({
        key: kind,
        label: actionPlaceKindLabels[kind],
        value: started.filter((action) => action.placeKind === kind).length,
      })),
    );
    expect(
      report.actionsByPlaceKind.find((item) => item.key === "ESPLANADE_BOUTARIC")?.value,
    ).toBeGreaterThan(0);
    // Every sample action is in the Grésilles' (placeholder) QPV; the actions outside one have their key.
    expect(report.actionsByQpvCode).toEqual([
      { key: EXAMPLE_QPV_CODE, label: "Les Grésilles (Dijon)", value: started.length },
      { key: "OUTSIDE_QPV", label: "Hors quartier prioritaire", value: 0 },
    ]);
  });

  it("keeps the QPV breakdown within its declared size, summing the codes beyond 20 under OTHER_QPVS", async () => {
    // 25 actions in 2017, each in a QPV of its own but one (2 actions in QP999001), and one outside any QPV.
    await neighbourhood.dataSource.query(
      `INSERT INTO neighbourhood_action (kind, title, description, starts_on, place, place_kind, qpv_code, inhabitants_reached)
       SELECT 'CULTURAL_ARTISTIC', 'Action ' || i, 'Test', date '2017-03-01', 'Ailleurs', 'ELSEWHERE_IN_NEIGHBOURHOOD',
              CASE WHEN i = 26 THEN NULL WHEN i = 25 THEN 'QP999001' ELSE 'QP9990' || lpad(i::text, 2, '0') END, 1
         FROM generate_series(1, 26) AS i`,
    );
    try {
      const [{ neighbourhood: report }] = await fullReports([2017]);
      expect(report.actionCount).toBe(26);
      expect(report.actionsByQpvCode).toHaveLength(22);
      expect(report.actionsByQpvCode[0]).toEqual({
        key: "QP999001",
        label: "Quartier prioritaire QP999001",
        value: 2,
      });
      expect(report.actionsByQpvCode.slice(-2)).toEqual([
        { key: "OTHER_QPVS", label: "Autres quartiers prioritaires", value: 4 },
        { key: "OUTSIDE_QPV", label: "Hors quartier prioritaire", value: 1 },
      ]);
      expect(sum(report.actionsByQpvCode.map((item) => item.value!))).toBe(26);
      expect(report.actionsByPlaceKind.find((item) => item.key === "ELSEWHERE_IN_NEIGHBOURHOOD")?.value).toBe(
        26,
      );
      // Real records only: not sample data; no contribution phase, outcome or cohort that year.
      expect(report).toMatchObject({
        coverage: "PARTIAL",
        sampleData: false,
        contributionCount: null,
        trainingCount: null,
        insertionEntryCount: null,
      });
    } finally {
      await neighbourhood.dataSource.query(`DELETE FROM neighbourhood_action WHERE starts_on = '2017-03-01'`);
    }
  });

  it("says how complete each year is, and that the sample's figures are sample data", async () => {
    const reports = await fullReports([2006, 2012, 2013, 2014]);
    const [in2006, in2012, in2013, in2014] = reports.map((report) => report.neighbourhood);
    // Nothing at all recorded in 2006.
    expect(in2006).toMatchObject({
      coverage: "NONE",
      sampleData: false,
      actionCount: null,
      inhabitantsReached: null,
      hours: null,
      contributionCount: null,
      trainingCount: null,
      immersionCount: null,
      returnToEmploymentCount: null,
      insertionEntryCount: null,
      insertionExitCount: null,
    });
    for (const items of [in2006.actionsByKind, in2006.actionsByPlaceKind, in2006.actionsByQpvCode]) {
      expect(items.every((item) => item.value === null)).toBe(true);
    }
    // 2013: actions, an open phase, employment outcomes and a cohort, all sample records.
    expect(in2013).toMatchObject({ coverage: "COMPLETE", sampleData: true });
    // 2012: a phase open until March, outcomes from September, no cohort.
    expect(in2012).toMatchObject({ coverage: "PARTIAL", sampleData: true, insertionEntryCount: null });
    expect(in2012.trainingCount).not.toBeNull();
    // 2014: no action, no phase open, nothing else.
    expect(in2014).toMatchObject({ coverage: "NONE", actionCount: null, contributionCount: null });
  });

  it("counts contributions as 0 in a year a phase was open to them and nobody contributed, null without one", async () => {
    const phase = "b2000000-0000-4000-8000-0000000000f1";
    await neighbourhood.dataSource.query(
      `INSERT INTO project_phase (id, project_id, title, description, starts_on, ends_on, accepts_contributions)
       VALUES ($1, 'b1000000-0000-4000-8000-000000000001', 'Phase de test', 'Test', '2016-05-01', '2016-06-30', true)`,
      [phase],
    );
    try {
      const [in2015, in2016] = await fullReports([2015, 2016]);
      expect(in2015.neighbourhood.contributionCount).toBeNull();
      expect(in2015.neighbourhood.contributionsByStatus.map((item) => item.value)).toEqual([
        null,
        null,
        null,
      ]);
      expect(in2016.neighbourhood.contributionCount).toBe(0);
      expect(in2016.neighbourhood.contributionsByStatus.map((item) => item.value)).toEqual([0, 0, 0]);
      expect(in2016.neighbourhood.coverage).toBe("PARTIAL");
    } finally {
      await neighbourhood.dataSource.query(`DELETE FROM project_phase WHERE id = $1`, [phase]);
    }
  });
});
