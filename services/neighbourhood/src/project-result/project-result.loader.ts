import { In } from "typeorm";
import { manyByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { ResultMilestone } from "./result-milestone.entity";

/** Each result's milestones in date order, one SELECT per request. */
export const milestonesByResult = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, ResultMilestone[]>("milestonesByResult", async (resultIds) =>
    manyByKey(
      resultIds,
      await dataSource.getRepository(ResultMilestone).find({
        where: { resultId: In([...resultIds]) },
        order: { occurredOn: "ASC", id: "ASC" },
      }),
      (milestone) => milestone.resultId,
    ),
  );
