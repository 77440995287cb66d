import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import {
  requireUuid,
  PageArgs,
  pageWindow,
  toConnection,
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
import { orderTransfers, TransferSort } from "./transfer-sort.input";
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
    const window = pageWindow(page);
    const query = dataSource.getRepository(Transfer).createQueryBuilder("transfer");
    filterTransfers(query, "transfer", checkTransferFilter(filter));
    orderTransfers(query, "transfer", sort).skip(window.offset).take(window.limit);
    const [rows, total] = await query.getManyAndCount();
    return toConnection(rows, window, total);
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
    description: "Member structures of the Pôle that facilitated the transfer.",
  })
  async facilitatingMembers(@Root() transfer: Transfer, @Ctx() context: SubgraphContext): Promise<Member[]> {
    const ids = await memberIdsByTransfer(context).load(transfer.id);
    return ids.map((id) => Object.assign(new Member(), { id }));
  }
}
