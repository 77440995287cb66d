import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs, type SubgraphContext } from "@pole/subgraph-kit";
import { PracticeConnection } from "../practice/practice-connection.type";
import { PracticeFilter } from "../practice/practice-filter.input";
import { checkPracticeFilter } from "../practice/practice-list.query";
import { PracticeSort } from "../practice/practice-sort.input";
import { practicesByMember } from "../practice/practice.loader";
import { practiceVisibility } from "../practice/practice.visibility";
import { TransferConnection } from "../transfer/transfer-connection.type";
import { TransferFilter } from "../transfer/transfer-filter.input";
import { checkTransferFilter } from "../transfer/transfer-list.query";
import { TransferSort } from "../transfer/transfer-sort.input";
import { transfersByMember } from "../transfer/transfer.loader";
import { Member } from "./member";

@Resolver(() => Member)
export class MemberKnowledgeResolver {
  @FieldResolver(() => PracticeConnection, {
    // Nullable: if the knowledge subgraph is down, the rest of the member still reaches the client.
    nullable: true,
    description:
      "Practices the member contributed to, with the same filters and sorts as `practices` (most recently published first unless told), a page at a time. Staff see every status; a territory published practices and its own; other callers only published practices. Null (with an error) when the knowledge subgraph cannot answer.",
  })
  practices(
    @Root() member: Member,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
    @Arg("filter", () => PracticeFilter, {
      nullable: true,
      description: "Narrows the member's practices, as in `practices`.",
    })
    filter?: PracticeFilter,
    @Arg("sort", () => PracticeSort, {
      nullable: true,
      description: "Order of the list; most recently published first when absent.",
    })
    sort?: PracticeSort,
  ): Promise<PracticeConnection> {
    const visibility = practiceVisibility(context.viewer);
    const checked = checkPracticeFilter(filter);
    return practicesByMember(context, page, visibility, checked, sort).load(member.id);
  }

  @FieldResolver(() => TransferConnection, {
    // Nullable for the same reason as practices.
    nullable: true,
    description:
      "Transfers of good practice the member facilitated, with the same filters and sorts as `transfers` (most recent first unless told), a page at a time. Null (with an error) when the knowledge subgraph cannot answer.",
  })
  transfers(
    @Root() member: Member,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
    @Arg("filter", () => TransferFilter, {
      nullable: true,
      description: "Narrows the member's transfers, as in `transfers`.",
    })
    filter?: TransferFilter,
    @Arg("sort", () => TransferSort, {
      nullable: true,
      description: "Order of the list; most recent first when absent.",
    })
    sort?: TransferSort,
  ): Promise<TransferConnection> {
    return transfersByMember(context, page, checkTransferFilter(filter), sort).load(member.id);
  }
}
