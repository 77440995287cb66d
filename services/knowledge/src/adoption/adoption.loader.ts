import { In } from "typeorm";
import { manyByKey, oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { Adoption } from "./adoption.entity";

/** Adoptions by id, whatever their practice's status (callers apply the visibility), one SELECT per request. */
export const adoptionById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Adoption | null>("adoptionById", async (ids) =>
    oneByKey(ids, await dataSource.getRepository(Adoption).findBy({ id: In([...ids]) }), (a) => a.id),
  );

/** The adoptions of each practice, earliest first, in one SELECT for any number of practices. */
export const adoptionsByPractice = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, Adoption[]>("adoptionsByPractice", async (practiceIds) => {
    const rows = await dataSource.getRepository(Adoption).find({
      where: { practiceId: In([...practiceIds]) },
      order: { startedOn: "ASC", id: "ASC" },
    });
    return manyByKey(practiceIds, rows, (row) => row.practiceId);
  });
