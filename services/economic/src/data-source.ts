import type { Logger } from "typeorm";
import { AuditEntry, createDataSource } from "@pole/subgraph-kit";
import { Member } from "./member/member.entity";
import { MemberYear } from "./member-year/member-year.entity";
import { OfficeLease } from "./office-lease/office-lease.entity";
import { ServiceOffering } from "./service-offering/service-offering.entity";
import { migrations } from "./migrations";

export const economicEntities = [Member, MemberYear, ServiceOffering, OfficeLease, AuditEntry];

/** The economic subgraph's DataSource on the database at `url`. */
export function createEconomicDataSource(url: string, logger?: Logger) {
  return createDataSource({
    url,
    entities: economicEntities,
    migrations,
    logger,
    applicationName: "pole-economic",
  });
}
