import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import {
  invalidField,
  requireUuid,
  keysetPage,
  PageArgs,
  pageRequest,
  queryKeyset,
  type SubgraphContext,
  MaxItems,
} from "@pole/subgraph-kit";
import { Member } from "../external/member";
import { Practice } from "../practice/practice.entity";
import { practicesByTransfer } from "../practice/practice.loader";
import { practiceVisibility } from "../practice/practice.visibility";
import { Territory } from "../territory/territory.entity";
import { territoryById } from "../territory/territory.loader";
import { TransferConnection } from "./transfer-connection.type";
import { TransferFilter } from "./transfer-filter.input";
import { checkTransferFilter, filterTransfers } from "./transfer-list.query";
import { transferSortKey, TransferSort } from "./transfer-sort.input";
import { Transfer } from "./transfer.entity";
import { memberIdsByTransfer, transferById } from "./transfer.loader";

@Resolver(() => Transfer)
export class TransferResolver {
  @Query(() => Transfer, { nullable: true, description: "A transfer by id; null when there is none." })
  async transfer(
    @Arg("id", () => ID, { description: "Id of the transfer (UUID)." }) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<Transfer | null> {
    return transferById(context).load(requireUuid(id));
  }

  @Query(() => TransferConnection, {
    nullable: true,
    description: "Transfers of good practice to other territories, most recent first, a page at a time.",
  })
  async transfers(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => TransferFilter, { nullable: true, description: "Criteria the transfers must meet." })
    filter?: TransferFilter,
    @Arg("sort", () => TransferSort, {
      nullable: true,
      description: "Order of the list; most recent first when absent.",
    })
    sort?: TransferSort,
  ): Promise<TransferConnection> {
    const query = dataSource.getRepository(Transfer).createQueryBuilder("transfer");
    const changes = Boolean(filter?.updatedSince);
    if (changes && sort) throw invalidField("sort", "consistency", "knowledge.changeFeedOrder");
    const key = changes ? { property: "updatedAt", direction: "ASC" as const } : transferSortKey(sort);
    const request = pageRequest(
      page,
      queryKeyset(query, changes ? "transferChanges" : "transfers", [
        { column: `transfer.${key.property}`, direction: key.direction },
      ]),
    );
    filterTransfers(query, "transfer", checkTransferFilter(filter));
    return keysetPage(query, request);
  }

  @FieldResolver(() => Territory, {
    nullable: true,
    description: "Territory that gave the transfer; null when the Pôle gave it.",
  })
  fromTerritory(
    @Root() transfer: Transfer,
    @Ctx() context: SubgraphContext,
  ): Promise<Territory | null> | null {
    return transfer.fromTerritoryId ? territoryById(context).load(transfer.fromTerritoryId) : null;
  }

  @FieldResolver(() => Territory, { description: "Territory the good practice was transferred to." })
  async territory(@Root() transfer: Transfer, @Ctx() context: SubgraphContext): Promise<Territory> {
    const territory = await territoryById(context).load(transfer.territoryId);
    // The foreign key guarantees the territory exists.
    return territory!;
  }

  @MaxItems(50)
  @FieldResolver(() => [Practice], {
    description:
      "Practices used in the transfer, most recently published first (those the caller may see: published ones for most).",
  })
  practices(@Root() transfer: Transfer, @Ctx() context: SubgraphContext): Promise<Practice[]> {
    return practicesByTransfer(context, practiceVisibility(context.viewer)).load(transfer.id);
  }

  @MaxItems(50)
  @FieldResolver(() => [Member], {
    // Items nullable, as Practice.contributingMembers: the economic subgraph resolves each member.
    nullable: "items",
    description:
      "Member structures of the Pôle that facilitated the transfer. An item is null (with an error) when the economic subgraph cannot answer for it.",
  })
  async facilitatingMembers(@Root() transfer: Transfer, @Ctx() context: SubgraphContext): Promise<Member[]> {
    const ids = await memberIdsByTransfer(context).load(transfer.id);
    return ids.map((id) => Object.assign(new Member(), { id }));
  }
}
