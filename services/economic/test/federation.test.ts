import {
  schemaDriftAfterMigrations,
  tablesLeftAfterRevertingAll,
  tokenFor,
  type SubgraphUnderTest,
} from "@pole/subgraph-kit/testing";
import { createEconomicDataSource } from "../src/data-source";
import { sampleMembers } from "../src/sample-data/sample-members";
import { COMPAGNIE_DES_GRESILLES, startEconomic } from "./economic-harness";

let economic: SubgraphUnderTest;
beforeAll(async () => {
  economic = await startEconomic();
});
afterAll(() => economic.stop());

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Member { id name officeLeases { areaSqm } }
  ... on AnnualReport { year economy { memberCount } }
} }`;

describe("federation contract", () => {
  it("publishes a Federation 2 SDL with every entity key", async () => {
    const result = await economic.request<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
    const sdl = result.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.');
    expect(sdl).toMatch(/type Member\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type AnnualReport\s+@key\(fields: "year"\)/);
  });

  it("resolves every key form through _entities", async () => {
    const result = await economic.request<{ _entities: unknown[] }>(
      ENTITIES,
      {
        representations: [
          { __typename: "Member", id: COMPAGNIE_DES_GRESILLES },
          { __typename: "AnnualReport", year: 2013 },
          { __typename: "Member", id: "a0000000-0000-4000-8000-0000000000ff" },
        ],
      },
      await tokenFor({ role: "council" }),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: COMPAGNIE_DES_GRESILLES,
        name: "Compagnie des Grésilles (exemple)",
        officeLeases: [{ areaSqm: 60 }],
      },
      { year: 2013, economy: { memberCount: 15 } },
      null,
    ]);
  });

  it("resolves 1 and 15 Member representations with the same number of SQL statements", async () => {
    const statementsFor = async (count: number) => {
      const representations = sampleMembers.slice(0, count).map(({ id }) => ({ __typename: "Member", id }));
      economic.statements.reset();
      const result = await economic.request<{ _entities: unknown[] }>(ENTITIES, { representations });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(count);
      return economic.statements.count;
    };
    const one = await statementsFor(1);
    const fifteen = await statementsFor(15);
    expect(one).toBe(2); // members, then their leases
    expect(fifteen).toBe(one);
  });

  it("keeps member lists batched: a page of 5 and of 16 cost the same statements", async () => {
    const statementsFor = async (first: number) => {
      economic.statements.reset();
      const result = await economic.request(
        `query($first: Int) { members(first: $first, filter: { includeFormer: true }) { edges { node { name officeLeases { room } figures { year } } } } }`,
        { first },
        await tokenFor({ role: "staff" }),
      );
      expect(result.errors).toBeUndefined();
      return economic.statements.count;
    };
    expect(await statementsFor(5)).toBe(await statementsFor(16));
  });
});

describe("migrations", () => {
  it("match the entities exactly (nothing left for migration:generate)", async () => {
    expect(await schemaDriftAfterMigrations("economic", createEconomicDataSource)).toEqual([]);
  });

  it("revert cleanly down to an empty schema", async () => {
    expect(await tablesLeftAfterRevertingAll("economic", createEconomicDataSource)).toEqual([]);
  });
});
