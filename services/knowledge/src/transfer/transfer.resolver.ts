import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import {
  assertDateRange,
  requireUuid,
  PageArgs,
  pageWindow,
  toConnection,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { Territory } from "../territory/territory.entity";
import { territoryById } from "../territory/territory.loader";
import { TransferConnection } from "./transfer-connection.type";
import { TransferFilter } from "./transfer-filter.input";
import { Transfer } from "./transfer.entity";
import { transferById } from "./transfer.loader";

@Resolver(() => Transfer)
export class TransferResolver {
  @Query(() => Transfer, { nullable: true, description: "A transfer by id; null when there is none." })
  async transfer(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Transfer | null> {
    return transferById(context).load(requireUuid(id));
  }

  @Query(() => TransferConnection, {
    description: "Transfers of good practice to other territories, most recent first, a page at a time.",
  })
  async transfers(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => TransferFilter, { nullable: true }) filter?: TransferFilter,
  ): Promise<TransferConnection> {
    const window = pageWindow(page);
    assertDateRange(filter?.from, filter?.to, "filter.");
    const query = dataSource.getRepository(Transfer).createQueryBuilder("transfer");
    if (filter?.kind) query.andWhere("transfer.kind = :kind", { kind: filter.kind });
    if (filter?.from) query.andWhere("transfer.heldOn >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("transfer.heldOn <= :to", { to: filter.to });
    query
      .orderBy("transfer.heldOn", "DESC")
      .addOrderBy("transfer.id", "ASC")
      .skip(window.offset)
      .take(window.limit);
    const [rows, total] = await query.getManyAndCount();
    return toConnection(rows, window, total);
  }

  @FieldResolver(() => Territory, { description: "Territory the good practice was transferred to." })
  async territory(@Root() transfer: Transfer, @Ctx() context: SubgraphContext): Promise<Territory> {
    const territory = await territoryById(context).load(transfer.territoryId);
    // The foreign key guarantees the territory exists.
    return territory!;
  }
}
