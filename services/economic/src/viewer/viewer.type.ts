import { Field, ObjectType } from "type-graphql";
import { ViewerRole } from "./viewer-role.enum";

/** Who a request's token is. */
@ObjectType({
  description:
    "Who the caller is, from its token: its role, its subject, and the member or territory it acts for.",
})
export class Viewer {
  @Field({
    description: "The token's subject (`sub` claim): who signed in, as the identity provider names them.",
  })
  subject!: string;

  @Field(() => ViewerRole, { description: "The token's role." })
  role!: ViewerRole;

  /** For a `member` token: the member the caller acts for. */
  memberId!: string | null;

  /** For a `territory` token: the territory the caller acts for. */
  territoryId!: string | null;
}
