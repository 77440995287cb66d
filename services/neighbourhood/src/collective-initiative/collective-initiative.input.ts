import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, Length } from "class-validator";
import { InitiativeHelpKind } from "./initiative-help-kind.enum";

@InputType({ description: "The details of a COLLECTIVE_INITIATIVE_SUPPORT action." })
export class CollectiveInitiativeInput {
  @Field({ description: "The initiative (French), 2 to 200 characters." })
  @Length(2, 200)
  initiative!: string;

  @Field({
    description: "Who carries it, as a group, never named people (French), 2 to 300 characters.",
  })
  @Length(2, 300)
  carrierGroup!: string;

  @Field(() => [InitiativeHelpKind], { description: "Kinds of help the Pôle gives (at least one)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  helpKinds!: InitiativeHelpKind[];

  @Field({ description: "The help given, in words (French), 2 to 5000 characters." })
  @Length(2, 5000)
  helpGiven!: string;
}
