import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs, type SubgraphContext } from "@pole/subgraph-kit";
import { PracticeConnection } from "../practice/practice-connection.type";
import { practicesByMember } from "../practice/practice.loader";
import { practiceVisibility } from "../practice/practice.visibility";
import { TransferConnection } from "../transfer/transfer-connection.type";
import { transfersByMember } from "../transfer/transfer.loader";
import { Member } from "./member";

@Resolver(() => Member)
export class MemberKnowledgeResolver {
  @FieldResolver(() => PracticeConnection, {
    // Nullable: if the knowledge subgraph is down, the rest of the member still reaches the client.
    nullable: true,
    description:
      "Practices the member contributed to, most recently published first, a page at a time. Staff see every status; a territory published practices and its own; other callers only published practices. Null (with an error) when the knowledge subgraph cannot answer.",
  })
  practices(
    @Root() member: Member,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
  ): Promise<PracticeConnection> {
    return practicesByMember(context, page, practiceVisibility(context.viewer)).load(member.id);
  }

  @FieldResolver(() => TransferConnection, {
    // Nullable for the same reason as practices.
    nullable: true,
    description:
      "Transfers of good practice the member facilitated, most recent first, a page at a time. Null (with an error) when the knowledge subgraph cannot answer.",
  })
  transfers(
    @Root() member: Member,
    @Args() page: PageArgs,
    @Ctx() context: SubgraphContext,
  ): Promise<TransferConnection> {
    return transfersByMember(context, page).load(member.id);
  }
}
