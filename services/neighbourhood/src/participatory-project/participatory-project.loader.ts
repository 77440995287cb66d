import { In } from "typeorm";
import { oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { ParticipatoryProject } from "./participatory-project.entity";

/** Participatory projects by id, one SELECT per request whatever the number of ids. */
export const participatoryProjectById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, ParticipatoryProject | null>("participatoryProjectById", async (ids) =>
    oneByKey(
      ids,
      await dataSource.getRepository(ParticipatoryProject).findBy({ id: In([...ids]) }),
      (p) => p.id,
    ),
  );
