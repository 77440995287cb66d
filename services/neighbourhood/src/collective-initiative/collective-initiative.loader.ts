import { In } from "typeorm";
import { oneByKey, type SubgraphContext } from "@pole/subgraph-kit";
import { CollectiveInitiative } from "./collective-initiative.entity";

/** Collective initiative details by action id, one SELECT per request. */
export const collectiveInitiativeByAction = ({ loaders, dataSource }: SubgraphContext) =>
  loaders.get<string, CollectiveInitiative | null>("collectiveInitiativeByAction", async (actionIds) =>
    oneByKey(
      actionIds,
      await dataSource.getRepository(CollectiveInitiative).findBy({ actionId: In([...actionIds]) }),
      (initiative) => initiative.actionId,
    ),
  );
