import { tokenFor, type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { AdoptionStatus } from "../src/adoption/adoption-status.enum";
import { PracticeStatus } from "../src/practice/practice-status.enum";
import { sampleAdoptions } from "../src/sample-data/sample-adoptions";
import { samplePractices } from "../src/sample-data/sample-practices";
import { sampleTransfers } from "../src/sample-data/sample-transfers";
import { TRANSFER_KIND_LABELS, TransferKind } from "../src/transfer/transfer-kind.enum";
import {
  CHENOVE_MAIL,
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
  ... on AnnualReport { year knowledge {
    coverage sampleData
    practiceCount transferCount territoryCount participantCount adoptionCount
    partnerTransferCount partnerParticipantCount
    transfersByKind { key label value }
  } } } }`;

interface Breakdown {
  key: string;
  label: string;
  value: number | null;
}
interface KnowledgeFigures {
  coverage: "COMPLETE" | "PARTIAL" | "NONE";
  sampleData: boolean;
  practiceCount: number | null;
  transferCount: number | null;
  territoryCount: number | null;
  participantCount: number | null;
  adoptionCount: number | null;
  partnerTransferCount: number | null;
  partnerParticipantCount: number | null;
  transfersByKind: Breakdown[];
}
interface Reports {
  _entities: { year: number; knowledge: KnowledgeFigures | null }[];
}

const reportsOf = (...years: number[]) => ({
  representations: years.map((year) => ({ __typename: "AnnualReport", year })),
});

/**
 * The knowledge part of a year's report, computed from the sample-data modules (every sample transfer is
 * the Pôle's own). A source without records that year gives nulls; one with records, true zeros.
 */
function expectedKnowledge(year: number): KnowledgeFigures {
  const inYear = (date: string | null) => date !== null && date.startsWith(`${year}-`);
  const transfers = sampleTransfers.filter((t) => inYear(t.heldOn));
  const practicesRecorded = samplePractices.some((p) => inYear(p.publishedOn));
  const transfersRecorded = transfers.length > 0;
  const adoptionsRecorded = sampleAdoptions.some((a) => inYear(a.startedOn) || inYear(a.completedOn));
  const recorded = [practicesRecorded, transfersRecorded, adoptionsRecorded].filter(Boolean).length;
  const ifTransfers = (value: number) => (transfersRecorded ? value : null);
  return {
    coverage: recorded === 3 ? "COMPLETE" : recorded === 0 ? "NONE" : "PARTIAL",
    sampleData: recorded > 0,
    practiceCount: practicesRecorded
      ? samplePractices.filter((p) => p.status === PracticeStatus.PUBLISHED && inYear(p.publishedOn)).length
      : null,
    transferCount: ifTransfers(transfers.length),
    territoryCount: ifTransfers(new Set(transfers.map((t) => t.territoryId)).size),
    participantCount: ifTransfers(transfers.reduce((sum, t) => sum + t.participantCount, 0)),
    adoptionCount: adoptionsRecorded
      ? sampleAdoptions.filter((a) => a.status === AdoptionStatus.ADOPTED && inYear(a.completedOn)).length
      : null,
    partnerTransferCount: ifTransfers(0),
    partnerParticipantCount: ifTransfers(0),
    transfersByKind: Object.values(TransferKind).map((kind) => ({
      key: kind,
      label: TRANSFER_KIND_LABELS[kind],
      value: ifTransfers(transfers.filter((t) => t.kind === kind).length),
    })),
  };
}

const sum = (items: Breakdown[]) => items.reduce((total, item) => total + (item.value ?? 0), 0);

describe("knowledge part of the annual report", () => {
  it("counts 2013's published practices, transfers, territories, participants and adoptions as in the sample data", async () => {
    const result = await knowledge.request<Reports>(
      REPORT,
      reportsOf(2013),
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([{ year: 2013, knowledge: expectedKnowledge(2013) }]);
    // Two 2013 transfers went to the same neighbourhood: territories are counted once.
    expect(expectedKnowledge(2013)).toMatchObject({
      practiceCount: 2,
      transferCount: 2,
      territoryCount: 1,
      participantCount: 21,
      adoptionCount: 1,
    });
  });

  it("answers several years in one request: null for a source without records that year, never 0", async () => {
    const years = [2011, 2012, 2013, 2014];
    const result = await knowledge.request<Reports>(
      REPORT,
      reportsOf(...years),
      await tokenFor({ role: "staff" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual(
      years.map((year) => ({ year, knowledge: expectedKnowledge(year) })),
    );
    const [in2011, in2012, , in2014] = result.data!._entities.map((report) => report.knowledge!);
    // 2011: nothing recorded at all.
    expect(in2011).toMatchObject({
      coverage: "NONE",
      sampleData: false,
      practiceCount: null,
      transferCount: null,
      territoryCount: null,
      participantCount: null,
      adoptionCount: null,
      partnerTransferCount: null,
      partnerParticipantCount: null,
    });
    expect(in2011.transfersByKind.every((item) => item.value === null)).toBe(true);
    // 2012: practices and a transfer, no adoption started or completed.
    expect(in2012).toMatchObject({
      coverage: "PARTIAL",
      practiceCount: 2,
      transferCount: 1,
      adoptionCount: null,
    });
    // 2014: transfers only; the kinds without one are true zeros.
    expect(in2014).toMatchObject({
      coverage: "PARTIAL",
      practiceCount: null,
      transferCount: 2,
      territoryCount: 1,
    });
    expect(in2014.transfersByKind.find((item) => item.key === "IN_SITU_TRAINING")?.value).toBe(0);
  });

  it("says the figures rest on sample data when a counted record is a sample one", async () => {
    const council = await tokenFor({ role: "council" });
    const before = await knowledge.request<Reports>(REPORT, reportsOf(2013), council);
    expect(before.data?._entities[0].knowledge).toMatchObject({ coverage: "COMPLETE", sampleData: true });
    await knowledge.dataSource.query(`UPDATE practice SET is_sample = false`);
    await knowledge.dataSource.query(`UPDATE transfer SET is_sample = false`);
    await knowledge.dataSource.query(`UPDATE adoption SET is_sample = false`);
    try {
      const after = await knowledge.request<Reports>(REPORT, reportsOf(2013), council);
      expect(after.data?._entities[0].knowledge).toMatchObject({ coverage: "COMPLETE", sampleData: false });
    } finally {
      for (const table of ["practice", "transfer", "adoption"]) {
        await knowledge.dataSource.query(`UPDATE ${table} SET is_sample = true`);
      }
    }
  });

  it("counts a transfer a territory records about itself as a partner's, not in the Pôle's figures", async () => {
    const council = await tokenFor({ role: "council" });
    const created = await knowledge.request<{ createTransfer: { transfer: { id: string; origin: string } } }>(
      `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { transfer { id origin originLabel } } }`,
      {
        input: {
          kind: "KNOW_HOW_TRANSFER",
          title: "Notre propre atelier (test)",
          heldOn: "2013-06-10",
          territoryId: CHENOVE_MAIL,
          audience: "habitants relais",
          audienceKind: "MIXED",
          participantCount: 30,
        },
      },
      await tokenFor({ role: "territory", territoryId: CHENOVE_MAIL }),
    );
    expect(created.errors).toBeUndefined();
    const transfer = created.data!.createTransfer.transfer;
    expect(transfer).toMatchObject({
      origin: "PARTNER_TERRITORY",
      originLabel: "Déclaré par un territoire partenaire",
    });
    try {
      const result = await knowledge.request<Reports>(REPORT, reportsOf(2013), council);
      expect(result.errors).toBeUndefined();
      const pole = expectedKnowledge(2013);
      expect(result.data!._entities[0].knowledge).toEqual({
        ...pole,
        partnerTransferCount: 1,
        partnerParticipantCount: 30,
      });
      // The Pôle's own figures did not move.
      expect(pole).toMatchObject({ transferCount: 2, territoryCount: 1, participantCount: 21 });
    } finally {
      await knowledge.dataSource.query(`DELETE FROM transfer WHERE id = $1`, [transfer.id]);
    }
  });

  it("counts a transfer the Pôle's team records as the Pôle's own", async () => {
    const created = await knowledge.request<{ createTransfer: { transfer: { id: string; origin: string } } }>(
      `mutation($input: CreateTransferInput!) { createTransfer(input: $input) { transfer { id origin } } }`,
      {
        input: {
          kind: "KNOW_HOW_TRANSFER",
          title: "Transfert du Pôle (test)",
          heldOn: "2013-06-10",
          territoryId: CHENOVE_MAIL,
          audience: "habitants relais",
          audienceKind: "MIXED",
          participantCount: 30,
        },
      },
      await tokenFor({ role: "staff" }),
    );
    expect(created.errors).toBeUndefined();
    const transfer = created.data!.createTransfer.transfer;
    expect(transfer.origin).toBe("POLE");
    try {
      const result = await knowledge.request<Reports>(
        REPORT,
        reportsOf(2013),
        await tokenFor({ role: "council" }),
      );
      expect(result.data!._entities[0].knowledge).toMatchObject({
        transferCount: expectedKnowledge(2013).transferCount! + 1,
        territoryCount: expectedKnowledge(2013).territoryCount! + 1,
        participantCount: expectedKnowledge(2013).participantCount! + 30,
        partnerTransferCount: 0,
      });
    } finally {
      await knowledge.dataSource.query(`DELETE FROM transfer WHERE id = $1`, [transfer.id]);
    }
  });

  it("lists every kind of transfer in a fixed order with its French label, 0 included", async () => {
    const result = await knowledge.request<Reports>(
      REPORT,
      reportsOf(2013),
      await tokenFor({ role: "council" }),
    );
    const byKind = result.data!._entities[0].knowledge!.transfersByKind;
    expect(byKind.map((item) => item.key)).toEqual(Object.values(TransferKind));
    expect(byKind.find((item) => item.key === "IN_SITU_TRAINING")).toEqual({
      key: "IN_SITU_TRAINING",
      label: "Formation in situ",
      value: 1,
    });
    expect(byKind.find((item) => item.key === "ELECTED_OFFICIALS_BRIEFING")?.value).toBe(0);
  });

  it("makes every total equal the sum of its breakdown, for every year", async () => {
    const years = [2012, 2013, 2014];
    const result = await knowledge.request<Reports>(
      REPORT,
      reportsOf(...years),
      await tokenFor({ role: "staff" }),
    );
    expect(result.errors).toBeUndefined();
    for (const { knowledge: figures } of result.data!._entities) {
      expect(sum(figures!.transfersByKind)).toBe(figures!.transferCount);
    }
    // Not trivially zero: each of these years has transfers.
    expect(result.data!._entities.map((report) => report.knowledge!.transferCount)).toEqual([1, 2, 2]);
  });

  it("recomputes every 2013 indicator from the raw rows with its own SQL", async () => {
    // More rows than the sample data, so that each indicator has something to count: a 2013 transfer to a
    // third territory, of a kind not yet used in 2013, and an adoption still in progress (not counted).
    await knowledge.dataSource.query(
      `INSERT INTO transfer (id, kind, title, held_on, territory_id, audience, audience_kind, participant_count, origin)
       VALUES ('c3000000-0000-4000-8000-0000000000a1', 'PROJECT_ENGINEERING', 'Ingénierie (test)', '2013-12-31',
               $1, 'agents', 'LOCAL_AUTHORITY_STAFF', 4, 'POLE')`,
      [CHENOVE_MAIL],
    );
    await knowledge.dataSource.query(
      `INSERT INTO adoption (id, practice_id, territory_id, status, started_on)
       VALUES ('c4000000-0000-4000-8000-0000000000a1', $1, $2, 'IN_PROGRESS', '2013-12-01')`,
      [REENCHANTEZ_ESPLANADE, CHENOVE_MAIL],
    );
    try {
      const [raw] = await knowledge.dataSource.query<Record<string, string>[]>(
        `SELECT
           (SELECT count(*) FROM practice WHERE status = 'PUBLISHED'
             AND extract(year FROM published_on) = 2013) AS practice_count,
           (SELECT count(*) FROM transfer WHERE extract(year FROM held_on) = 2013) AS transfer_count,
           (SELECT count(DISTINCT territory_id) FROM transfer
             WHERE extract(year FROM held_on) = 2013) AS territory_count,
           (SELECT coalesce(sum(participant_count), 0) FROM transfer
             WHERE extract(year FROM held_on) = 2013) AS participant_count,
           (SELECT count(*) FROM adoption WHERE status = 'ADOPTED'
             AND extract(year FROM completed_on) = 2013) AS adoption_count`,
      );
      const rawByKind = await knowledge.dataSource.query<{ kind: string; n: string }[]>(
        `SELECT kind::text, count(*) AS n FROM transfer WHERE extract(year FROM held_on) = 2013 GROUP BY kind`,
      );
      const result = await knowledge.request<Reports>(
        REPORT,
        reportsOf(2013),
        await tokenFor({ role: "council" }),
      );
      expect(result.errors).toBeUndefined();
      const figures = result.data!._entities[0].knowledge!;
      expect(figures).toMatchObject({
        practiceCount: Number(raw.practice_count),
        transferCount: Number(raw.transfer_count),
        territoryCount: Number(raw.territory_count),
        participantCount: Number(raw.participant_count),
        adoptionCount: Number(raw.adoption_count),
      });
      const countOf = new Map(rawByKind.map((row) => [row.kind, Number(row.n)]));
      expect(figures.transfersByKind.map((item) => [item.key, item.value])).toEqual(
        Object.values(TransferKind).map((kind) => [kind, countOf.get(kind) ?? 0]),
      );
      // The extra rows changed the figures the sample data alone gives.
      expect(figures.transferCount).toBe(expectedKnowledge(2013).transferCount! + 1);
      expect(figures.territoryCount).toBe(expectedKnowledge(2013).territoryCount! + 1);
      expect(figures.adoptionCount).toBe(expectedKnowledge(2013).adoptionCount);
    } finally {
      await knowledge.dataSource.query(
        `DELETE FROM adoption WHERE id = 'c4000000-0000-4000-8000-0000000000a1'`,
      );
      await knowledge.dataSource.query(
        `DELETE FROM transfer WHERE id = 'c3000000-0000-4000-8000-0000000000a1'`,
      );
    }
  });

  it("computes 1 year and 10 years with the same two SQL statements", async () => {
    const staff = await tokenFor({ role: "staff" });
    const statementsFor = async (years: number[]) => {
      knowledge.statements.reset();
      const result = await knowledge.request<Reports>(REPORT, reportsOf(...years), staff);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities.map((report) => report.knowledge)).toEqual(years.map(expectedKnowledge));
      return knowledge.statements.count;
    };
    expect(await statementsFor([2013])).toBe(2);
    expect(await statementsFor([2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014])).toBe(2);
  });

  it("stops counting a practice once it is withdrawn", async () => {
    const council = await tokenFor({ role: "council" });
    await knowledge.dataSource.query(
      `UPDATE practice SET status = 'WITHDRAWN', withdrawal_reason = 'test', withdrawn_on = '2014-06-01' WHERE id = $1`,
      [REENCHANTEZ_ESPLANADE],
    );
    try {
      const result = await knowledge.request<Reports>(REPORT, reportsOf(2013), council);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0].knowledge?.practiceCount).toBe(
        expectedKnowledge(2013).practiceCount! - 1,
      );
    } finally {
      await knowledge.dataSource.query(
        `UPDATE practice SET status = 'PUBLISHED', withdrawal_reason = NULL, withdrawn_on = NULL WHERE id = $1`,
        [REENCHANTEZ_ESPLANADE],
      );
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
    expect(result.errors?.[0].message).toBe("Invalid input: year: must be between 1900 and 2100; got 2101");
  });
});
