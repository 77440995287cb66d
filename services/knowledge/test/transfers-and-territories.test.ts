import { type SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { sampleTerritories } from "../src/sample-data/sample-territories";
import { sampleTransfers, type SampleTransfer } from "../src/sample-data/sample-transfers";
import {
  ATELIER_ECHANGE_CHALON,
  CHENOVE_MAIL,
  expectedPracticeIds,
  INGENIERIE_CHENOVE,
  MUTUALISATION_DE_BUREAUX,
  RESIDENCES_AVEC_HABITANTS,
  SAVOIR_FAIRE_RADIO_CHENOVE,
  BRIEFING_ELUS_GRAND_DIJON,
  CHALON_TILLEULS,
  FORMATION_IN_SITU_CHALON,
  GRAND_DIJON,
  GRESILLES,
  startKnowledge,
} from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
});
afterAll(() => knowledge.stop());

interface TransfersPage {
  transfers: {
    totalCount: number;
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const TRANSFERS = `query Transfers($first: Int, $after: String, $filter: TransferFilter) {
  transfers(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { cursor node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Ids, most recent first, of the sample transfers that pass `keep`. */
function expectedTransferIds(keep: (transfer: SampleTransfer) => boolean = () => true): string[] {
  return sampleTransfers
    .filter(keep)
    .sort((a, b) => b.heldOn.localeCompare(a.heldOn) || a.id.localeCompare(b.id))
    .map((transfer) => transfer.id);
}

/** Ids of the transfers a list query returns, in order. */
async function transferIds(filter?: Record<string, unknown>): Promise<string[]> {
  const result = await knowledge.request<TransfersPage>(TRANSFERS, { first: 100, filter });
  expect(result.errors).toBeUndefined();
  const page = result.data!.transfers;
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((edge) => edge.node.id);
}

const territoryOf = (id: string) => {
  const territory = sampleTerritories.find((t) => t.id === id);
  if (!territory) throw new Error(`no sample territory ${id}`);
  return territory;
};

describe("transfers", () => {
  it("lists every transfer, most recent first, with the fields of the sample data and its territory", async () => {
    const result = await knowledge.request<{ transfers: { totalCount: number; edges: { node: unknown }[] } }>(
      `{ transfers(first: 100) { totalCount edges { node {
          id kind title heldOn audience audienceKind participantCount origin isSample territory { id name kind qpvCode }
          practices { id } facilitatingMembers { id } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const expected = expectedTransferIds().map((id) => {
      const { territoryId, practiceIds, memberIds, ...transfer } = sampleTransfers.find((t) => t.id === id)!;
      const { name, kind, qpvCode } = territoryOf(territoryId);
      return {
        ...transfer,
        isSample: true,
        territory: { id: territoryId, name, kind, qpvCode },
        // Practices in the API's order: most recently published first.
        practices: expectedPracticeIds((p) => practiceIds.includes(p.id)).map((practiceId) => ({
          id: practiceId,
        })),
        facilitatingMembers: [...memberIds].sort().map((memberId) => ({ id: memberId })),
      };
    });
    expect(result.data?.transfers.totalCount).toBe(sampleTransfers.length);
    expect(result.data?.transfers.edges.map((edge) => edge.node)).toEqual(expected);
    expect(expected.map((t) => t.id)).toEqual([
      INGENIERIE_CHENOVE,
      SAVOIR_FAIRE_RADIO_CHENOVE,
      ATELIER_ECHANGE_CHALON,
      FORMATION_IN_SITU_CHALON,
      BRIEFING_ELUS_GRAND_DIJON,
    ]);
    // The in-situ training used two practices, the most recently published first.
    expect(expected.find((t) => t.id === FORMATION_IN_SITU_CHALON)?.practices).toEqual([
      { id: RESIDENCES_AVEC_HABITANTS },
      { id: MUTUALISATION_DE_BUREAUX },
    ]);
  });

  it("filters by kind", async () => {
    expect(await transferIds({ kind: "IN_SITU_TRAINING" })).toEqual(
      expectedTransferIds((t) => t.kind === "IN_SITU_TRAINING"),
    );
    expect(await transferIds({ kind: "ELECTED_OFFICIALS_BRIEFING" })).toEqual([BRIEFING_ELUS_GRAND_DIJON]);
    expect(await transferIds({ kind: "KNOW_HOW_TRANSFER" })).toEqual([SAVOIR_FAIRE_RADIO_CHENOVE]);
    // Every kind of transfer of the seed appears in the sample data.
    expect(new Set(sampleTransfers.map((t) => t.kind)).size).toBe(5);
  });

  it("filters by territory and by kind of audience", async () => {
    expect(await transferIds({ territoryId: CHALON_TILLEULS })).toEqual(
      expectedTransferIds((t) => t.territoryId === CHALON_TILLEULS),
    );
    expect(await transferIds({ territoryId: CHALON_TILLEULS })).toHaveLength(2);
    expect(await transferIds({ territoryId: GRESILLES })).toEqual([]);
    expect(await transferIds({ audienceKind: "NEIGHBOURHOOD_OPERATORS" })).toEqual([
      SAVOIR_FAIRE_RADIO_CHENOVE,
      ATELIER_ECHANGE_CHALON,
    ]);
    expect(await transferIds({ audienceKind: "NEIGHBOURHOOD_OPERATORS", territoryId: CHENOVE_MAIL })).toEqual(
      [SAVOIR_FAIRE_RADIO_CHENOVE],
    );
    const malformed = await knowledge.request(TRANSFERS, { filter: { territoryId: "chalon" } });
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("filters by a date range, both bounds included", async () => {
    expect(await transferIds({ from: "2013-01-01", to: "2013-12-31" })).toEqual(
      expectedTransferIds((t) => t.heldOn >= "2013-01-01" && t.heldOn <= "2013-12-31"),
    );
    expect(await transferIds({ from: "2013-05-23", to: "2013-05-23" })).toEqual([FORMATION_IN_SITU_CHALON]);
    expect(await transferIds({ from: "2013-05-24", to: "2013-12-31" })).toEqual([ATELIER_ECHANGE_CHALON]);
    expect(await transferIds({ from: "2014-01-01" })).toEqual([
      INGENIERIE_CHENOVE,
      SAVOIR_FAIRE_RADIO_CHENOVE,
    ]);
    expect(await transferIds({ to: "2013-05-22" })).toEqual([BRIEFING_ELUS_GRAND_DIJON]);
    expect(await transferIds({ kind: "OPERATOR_TRANSFER", to: "2013-06-30" })).toEqual([]);
  });

  it("refuses a range whose start is after its end, and a date that is not one", async () => {
    const reversed = await knowledge.request(TRANSFERS, { filter: { from: "2013-12-31", to: "2013-01-01" } });
    expect(reversed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(reversed.errors?.[0].message).toBe("Invalid input: filter.from: must not be after filter.to");
    const notADate = await knowledge.request(TRANSFERS, { filter: { from: "2013-02-30" } });
    expect(notADate.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages through transfers with cursors and a stable total", async () => {
    const first = await knowledge.request<TransfersPage>(TRANSFERS, { first: 3 });
    expect(first.data?.transfers.totalCount).toBe(5);
    expect(first.data?.transfers.pageInfo.hasNextPage).toBe(true);
    const second = await knowledge.request<TransfersPage>(TRANSFERS, {
      first: 3,
      after: first.data?.transfers.pageInfo.endCursor,
    });
    expect(second.data?.transfers.totalCount).toBe(5);
    expect(second.data?.transfers.edges).toHaveLength(2);
    expect(second.data?.transfers.pageInfo.hasNextPage).toBe(false);
    expect(
      [...first.data!.transfers.edges, ...second.data!.transfers.edges].map((edge) => edge.node.id),
    ).toEqual(expectedTransferIds());
    const tooMany = await knowledge.request(TRANSFERS, { first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("returns a transfer by id with its territory; null when unknown, BAD_USER_INPUT when malformed", async () => {
    const query = `query($id: ID!) { transfer(id: $id) { id kind participantCount territory { id name } } }`;
    const found = await knowledge.request(query, { id: FORMATION_IN_SITU_CHALON });
    expect(found.errors).toBeUndefined();
    expect(found.data).toEqual({
      transfer: {
        id: FORMATION_IN_SITU_CHALON,
        kind: "IN_SITU_TRAINING",
        participantCount: 12,
        territory: { id: CHALON_TILLEULS, name: territoryOf(CHALON_TILLEULS).name },
      },
    });
    const unknown = await knowledge.request(query, { id: "c3000000-0000-4000-8000-0000000000ff" });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ transfer: null });
    const malformed = await knowledge.request(query, { id: "transfer-2" });
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("territories", () => {
  interface TerritoriesPage {
    territories: {
      totalCount: number;
      edges: {
        node: { id: string; name: string; inseeCode: string | null; kind: string; qpvCode: string | null };
      }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }
  const TERRITORIES = `query($first: Int, $after: String) { territories(first: $first, after: $after) {
    totalCount edges { node { id name inseeCode siren kind qpvCode qpvCodes isSample } } pageInfo { hasNextPage endCursor } } }`;

  const byName = [...sampleTerritories].sort((a, b) => a.name.localeCompare(b.name, "fr"));

  it("lists every territory by name with the fields of the sample data", async () => {
    const result = await knowledge.request<TerritoriesPage>(TERRITORIES, { first: 100 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.territories.totalCount).toBe(sampleTerritories.length);
    expect(result.data?.territories.edges.map((edge) => edge.node)).toEqual(
      byName.map((territory) => ({ ...territory, isSample: true })),
    );
  });

  it("pages through territories with cursors", async () => {
    const first = await knowledge.request<TerritoriesPage>(TERRITORIES, { first: 3 });
    expect(first.data?.territories.totalCount).toBe(5);
    expect(first.data?.territories.pageInfo.hasNextPage).toBe(true);
    const rest = await knowledge.request<TerritoriesPage>(TERRITORIES, {
      first: 3,
      after: first.data?.territories.pageInfo.endCursor,
    });
    expect(rest.data?.territories.totalCount).toBe(5);
    expect(rest.data?.territories.pageInfo.hasNextPage).toBe(false);
    expect(
      [...first.data!.territories.edges, ...rest.data!.territories.edges].map((edge) => edge.node.id),
    ).toEqual(byName.map((territory) => territory.id));
    const tooMany = await knowledge.request(TERRITORIES, { first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("returns a territory by id; null when unknown, BAD_USER_INPUT when malformed", async () => {
    const query = `query($id: ID!) { territory(id: $id) { id name inseeCode siren kind qpvCode qpvCodes isSample } }`;
    const gresilles = await knowledge.request(query, { id: GRESILLES });
    expect(gresilles.errors).toBeUndefined();
    expect(gresilles.data).toEqual({ territory: { ...territoryOf(GRESILLES), isSample: true } });
    expect(gresilles.data).toEqual({
      territory: {
        id: GRESILLES,
        name: "Les Grésilles, Dijon",
        inseeCode: "21231",
        siren: null,
        kind: "COMMUNE",
        qpvCode: "QP021900",
        qpvCodes: ["QP021900"],
        isSample: true,
      },
    });
    const grandDijon = await knowledge.request(query, { id: GRAND_DIJON });
    expect(grandDijon.data).toEqual({ territory: { ...territoryOf(GRAND_DIJON), isSample: true } });

    const unknown = await knowledge.request(query, { id: "c1000000-0000-4000-8000-0000000000ff" });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ territory: null });
    const malformed = await knowledge.request(query, { id: "21231" });
    expect(malformed.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
