import { In } from "typeorm";
import { oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { Territory } from "./territory.entity";

/** Territories by id, one SELECT per request whatever the number of ids. */
export const territoryById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Territory | null>("territoryById", async (ids) =>
    oneByKey(ids, await dataSource.getRepository(Territory).findBy({ id: In([...ids]) }), (t) => t.id),
  );
