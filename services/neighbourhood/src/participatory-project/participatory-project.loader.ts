import { In } from "typeorm";
import { manyByKey, oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { ProjectPhase } from "../project-phase/project-phase.entity";
import { ProjectResult } from "../project-result/project-result.entity";
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

/** Each project's phases in date order, one SELECT per request. */
export const phasesByProject = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, ProjectPhase[]>("phasesByProject", async (projectIds) =>
    manyByKey(
      projectIds,
      await dataSource.getRepository(ProjectPhase).find({
        where: { projectId: In([...projectIds]) },
        order: { startsOn: "ASC", id: "ASC" },
      }),
      (phase) => phase.projectId,
    ),
  );

/** Each project's results (oldest first), one SELECT per request. */
export const resultsByProject = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, ProjectResult[]>("resultsByProject", async (projectIds) =>
    manyByKey(
      projectIds,
      await dataSource.getRepository(ProjectResult).find({
        where: { projectId: In([...projectIds]) },
        order: { createdAt: "ASC", id: "ASC" },
      }),
      (result) => result.projectId,
    ),
  );
