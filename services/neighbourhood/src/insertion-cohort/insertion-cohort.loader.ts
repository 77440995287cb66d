import { In } from "typeorm";
import { manyByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { InsertionCohort } from "./insertion-cohort.entity";

/** Each action's insertion cohorts, oldest first, one SELECT per request. */
export const insertionCohortsByAction = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, InsertionCohort[]>("insertionCohortsByAction", async (actionIds) =>
    manyByKey(
      actionIds,
      await dataSource.getRepository(InsertionCohort).find({
        where: { actionId: In([...actionIds]) },
        order: { startsOn: "ASC", id: "ASC" },
      }),
      (cohort) => cohort.actionId,
    ),
  );
