import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { ClassType } from "type-graphql";
import { Connection, PageArgs, pageRequest, type ConnectionShape } from "../connection";
import { queryKeyset } from "../keyset/column-key";
import { keysetPage } from "../keyset/keyset-page";
import type { AccessRule } from "../auth";
import type { SubgraphContext } from "../subgraph-server";
import { AuditEntry } from "./audit-entry.entity";

/** A page of audit entries (Relay connection). */
export const AuditEntryConnection = Connection(
  AuditEntry,
  "AuditEntry",
  "A page of audit entries (Relay connection).",
  {
    shareable: true,
  },
);

/**
 * The query that lets staff read a subgraph's audit trail, newest first: `<subgraph>AuditTrail`, e.g.
 * `economicAuditTrail` (each subgraph answers for its own database).
 */
export function createAuditTrailResolver(subgraph: string): ClassType {
  @Resolver(() => AuditEntry)
  class AuditTrailResolver {
    @Authorized<AccessRule>("staff")
    @Query(() => AuditEntryConnection, {
      nullable: true,
      name: `${subgraph}AuditTrail`,
      description: `Changes made by mutations of the ${subgraph} subgraph, newest first (staff only).`,
    })
    async auditTrail(
      @Args() page: PageArgs,
      @Ctx() { dataSource }: SubgraphContext,
    ): Promise<ConnectionShape<AuditEntry>> {
      const query = dataSource.getRepository(AuditEntry).createQueryBuilder("entry");
      const order = queryKeyset(query, "auditTrail", [{ column: "entry.occurredAt", direction: "DESC" }]);
      return keysetPage(query, pageRequest(page, order));
    }
  }
  return AuditTrailResolver;
}
