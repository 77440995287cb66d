import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { SubgraphContext } from "@pole/subgraph-kit";
import { Territory } from "../external/territory";
import { Member } from "../member/member.entity";
import { memberById } from "../member/member.loader";
import { viewerRoleOf } from "./viewer-role.enum";
import { Viewer } from "./viewer.type";

/**
 * `viewer`: who the token is. This subgraph answers it because it owns members, the records most tokens act
 * for; a territory is an entity reference the knowledge subgraph completes through the gateway.
 */
@Resolver(() => Viewer)
export class ViewerResolver {
  @Query(() => Viewer, {
    nullable: true,
    description:
      "Who the caller is, from its token: role, subject, and the member or territory it acts for; null for an anonymous caller (no token). A malformed or expired token is refused with UNAUTHENTICATED, as for any request.",
  })
  viewer(@Ctx() { viewer }: SubgraphContext): Viewer | null {
    if (!viewer) return null;
    return Object.assign(new Viewer(), {
      subject: viewer.subject,
      role: viewerRoleOf[viewer.role],
      memberId: viewer.memberId?.toLowerCase() ?? null,
      territoryId: viewer.territoryId?.toLowerCase() ?? null,
    });
  }

  @FieldResolver(() => Member, {
    nullable: true,
    description:
      "The member structure a member token acts for, with the fields it may read as that member (its SIRET, figures…); null for other roles, or when the member does not exist.",
  })
  member(@Root() viewer: Viewer, @Ctx() context: SubgraphContext): Promise<Member | null> | null {
    return viewer.memberId ? memberById(context).load(viewer.memberId) : null;
  }

  @FieldResolver(() => Territory, {
    nullable: true,
    description:
      "The territory a territory token acts for (resolved by the knowledge subgraph: null when it does not exist or that subgraph does not answer); null for other roles.",
  })
  territory(@Root() viewer: Viewer): Territory | null {
    return viewer.territoryId ? Object.assign(new Territory(), { id: viewer.territoryId }) : null;
  }
}
