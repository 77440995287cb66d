import { In } from "typeorm";
import { oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { ProjectPhase } from "./project-phase.entity";

/** Phases by id, one SELECT per request. */
export const phaseById = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, ProjectPhase | null>("phaseById", async (ids) =>
    oneByKey(ids, await dataSource.getRepository(ProjectPhase).findBy({ id: In([...ids]) }), (p) => p.id),
  );
