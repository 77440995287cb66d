import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ChecksViewer, type SubgraphContext, type Viewer } from "@pole/subgraph-kit";
import { TerritoryChange } from "./territory-change.entity";
import { lastDecidedChangeByTerritory, pendingChangeByTerritory } from "./territory-change.loader";
import { Territory } from "./territory.entity";

/** Whether the caller may see a territory's change requests: staff, and that territory itself. */
const seesChangesOf = (territory: Territory, viewer: Viewer | null) =>
  viewer?.role === "staff" ||
  (viewer?.role === "territory" && viewer.territoryId?.toLowerCase() === territory.id);

/** A territory's requests to change its identity, for staff and that territory (null for anyone else). */
@Resolver(() => Territory)
export class TerritoryChangeResolver {
  @ChecksViewer()
  @FieldResolver(() => TerritoryChange, {
    nullable: true,
    description:
      "The change of its name, codes or kind the territory asked for and staff have not decided yet; null when there is none. Staff and the territory itself only (null for anyone else).",
  })
  async pendingChange(
    @Root() territory: Territory,
    @Ctx() context: SubgraphContext,
  ): Promise<TerritoryChange | null> {
    if (!seesChangesOf(territory, context.viewer)) return null;
    return pendingChangeByTerritory(context).load(territory.id);
  }

  @ChecksViewer()
  @FieldResolver(() => TerritoryChange, {
    nullable: true,
    description:
      "The territory's latest change request that staff decided (APPROVED, or REJECTED with the reason); null when there is none. Staff and the territory itself only (null for anyone else).",
  })
  async lastDecidedChange(
    @Root() territory: Territory,
    @Ctx() context: SubgraphContext,
  ): Promise<TerritoryChange | null> {
    if (!seesChangesOf(territory, context.viewer)) return null;
    return lastDecidedChangeByTerritory(context).load(territory.id);
  }
}
