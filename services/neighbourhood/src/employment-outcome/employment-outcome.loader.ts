import { In } from "typeorm";
import { manyByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { EmploymentOutcome } from "./employment-outcome.entity";

/** Each action's employment outcomes, oldest period first, one SELECT per request. */
export const employmentOutcomesByAction = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, EmploymentOutcome[]>("employmentOutcomesByAction", async (actionIds) =>
    manyByKey(
      actionIds,
      await dataSource.getRepository(EmploymentOutcome).find({
        where: { actionId: In([...actionIds]) },
        order: { periodStart: "ASC", id: "ASC" },
      }),
      (outcome) => outcome.actionId,
    ),
  );
