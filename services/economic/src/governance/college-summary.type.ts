import { Field, Int, ObjectType } from "type-graphql";
import { College } from "./governance.enums";

@ObjectType({ description: "A college of the association and the votes it holds." })
export class CollegeSummary {
  @Field(() => College, { description: "The college." })
  college!: College;

  @Field({ description: "Its name (French)." })
  label!: string;

  @Field(() => Int, { description: "Members of the association in this college." })
  memberCount!: number;

  @Field(() => Int, { description: "Of which with voting rights." })
  votingMemberCount!: number;

  @Field(() => Int, { description: "Votes the college holds at the general assembly." })
  votes!: number;
}
