import { In } from "typeorm";
import { oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { Transfer } from "./transfer.entity";

/** Transfers by id, one SELECT per request whatever the number of ids. */
export const transferById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Transfer | null>("transferById", async (ids) =>
    oneByKey(ids, await dataSource.getRepository(Transfer).findBy({ id: In([...ids]) }), (t) => t.id),
  );
