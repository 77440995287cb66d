import type { Logger } from "typeorm";
import { AuditEntry, createDataSource } from "@pole/subgraph-kit";
import { ActionLeadMember } from "./neighbourhood-action/action-lead-member.entity";
import { NeighbourhoodAction } from "./neighbourhood-action/neighbourhood-action.entity";
import { ParticipatoryProject } from "./participatory-project/participatory-project.entity";
import { migrations } from "./migrations";

export const neighbourhoodEntities = [
  NeighbourhoodAction,
  ActionLeadMember,
  ParticipatoryProject,
  AuditEntry,
];

/** The neighbourhood subgraph's DataSource on the database at `url`. */
export function createNeighbourhoodDataSource(url: string, logger?: Logger) {
  return createDataSource({
    url,
    entities: neighbourhoodEntities,
    migrations,
    logger,
    applicationName: "pole-neighbourhood",
  });
}
