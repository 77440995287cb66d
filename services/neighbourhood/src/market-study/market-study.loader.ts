import { In } from "typeorm";
import { oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { MarketStudy } from "./market-study.entity";

/** Market study details by action id, one SELECT per request. */
export const marketStudyByAction = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, MarketStudy | null>("marketStudyByAction", async (actionIds) =>
    oneByKey(
      actionIds,
      await dataSource.getRepository(MarketStudy).findBy({ actionId: In([...actionIds]) }),
      (study) => study.actionId,
    ),
  );
