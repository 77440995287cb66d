import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from "type-graphql";
import type { ClassType } from "type-graphql";
import type { SelectQueryBuilder } from "typeorm";
import { Connection, PageArgs, pageRequest, type ConnectionShape } from "../connection";
import { queryKeyset } from "../keyset/column-key";
import { keysetPage } from "../keyset/keyset-page";
import type { AccessRule, Role, Viewer } from "../auth";
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

@InputType({ description: "Narrows an audit trail; every given criterion must hold." })
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true, description: "Only the entries of this record (its id)." })
  recordId?: string | null;
}

/**
 * Opens a subgraph's audit trail to callers other than staff, each seeing only the entries of its own
 * records: `roles` may read, and `restrict` narrows the query (alias `entry`) for a viewer of those roles.
 * Staff always read the whole trail.
 */
export interface AuditTrailScope {
  roles: Exclude<Role, "staff">[];
  restrict(query: SelectQueryBuilder<AuditEntry>, viewer: Viewer): void;
}

/**
 * The query that lets staff read a subgraph's audit trail, newest first: `<subgraph>AuditTrail`, e.g.
 * `economicAuditTrail` (each subgraph answers for its own database). With a `scope`, other roles read the
 * entries of their own records too.
 */
export function createAuditTrailResolver(subgraph: string, scope?: AuditTrailScope): ClassType {
  const roles: AccessRule[] = ["staff", ...(scope?.roles ?? [])];
  const who = scope ? `staff; ${scope.roles.join(", ")}: the entries of its own records only` : "staff only";
  @Resolver(() => AuditEntry)
  class AuditTrailResolver {
    @Authorized<AccessRule>(...roles)
    @Query(() => AuditEntryConnection, {
      nullable: true,
      name: `${subgraph}AuditTrail`,
      description: `Changes made by mutations of the ${subgraph} subgraph, newest first (${who}).`,
    })
    async auditTrail(
      @Args() page: PageArgs,
      @Ctx() { dataSource, viewer }: SubgraphContext,
      @Arg("filter", () => AuditTrailFilter, {
        nullable: true,
        description: "Criteria the entries must meet.",
      })
      filter?: AuditTrailFilter,
    ): Promise<ConnectionShape<AuditEntry>> {
      const query = dataSource.getRepository(AuditEntry).createQueryBuilder("entry");
      const order = queryKeyset(query, "auditTrail", [{ column: "entry.occurredAt", direction: "DESC" }]);
      const request = pageRequest(page, order);
      if (viewer && viewer.role !== "staff") scope?.restrict(query, viewer);
      if (filter?.recordId) {
        // Record ids are stored as given by the subgraph (UUIDs lower-case).
        query.andWhere("entry.record_id = :recordId", { recordId: filter.recordId.toLowerCase() });
      }
      const entries = await keysetPage(query, request);
      if (!viewer || viewer.role === "staff") return entries;
      // Another role reads the changes made to its records, not who at the Pôle made them: the subject of
      // a token that is not its own is replaced by its role.
      for (const edge of entries.edges) {
        const entry = edge.node;
        if (entry.actorSubject !== viewer.subject) entry.actorSubject = entry.actorRole ?? "anonymous";
      }
      return entries;
    }
  }
  return AuditTrailResolver;
}
