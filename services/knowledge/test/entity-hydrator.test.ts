// Ranked pages (src/ranked-pages.ts) hydrate their rows with the kit's entityHydrator rather than TypeORM's
// getRawAndEntities: the entities must be exactly TypeORM's, for each record type listed that way.
import { entityHydrator } from "@pole/subgraph-kit";
import type { SubgraphUnderTest } from "@pole/subgraph-kit/testing";
import { Practice } from "../src/practice/practice.entity";
import { Transfer } from "../src/transfer/transfer.entity";
import { startKnowledge } from "./knowledge-harness";

let knowledge: SubgraphUnderTest;
beforeAll(async () => {
  knowledge = await startKnowledge();
});
afterAll(() => knowledge.stop());

describe("the kit's entity hydrator", () => {
  it.each([
    ["Practice", Practice],
    ["Transfer", Transfer],
  ] as const)("makes TypeORM's own %s entities from the raw rows", async (_name, entity) => {
    const hydrate = entityHydrator(knowledge.dataSource, entity, "row");
    expect(hydrate).not.toBeNull();
    const { raw, entities } = await knowledge.dataSource
      .getRepository(entity)
      .createQueryBuilder("row")
      .orderBy("row.id")
      .getRawAndEntities();
    expect(entities.length).toBeGreaterThan(0);
    expect(raw.map((row: Record<string, unknown>) => hydrate!(row))).toStrictEqual(entities);
  });
});
