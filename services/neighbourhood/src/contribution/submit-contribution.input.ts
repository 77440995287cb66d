import { Field, ID, InputType } from "type-graphql";
import { CONTRIBUTION_BODY_LENGTH, DISPLAY_NAME_LENGTH } from "./contribution.entity";
import { HasNoContactData, HasTrimmedLength } from "./text-rules";

@InputType({
  description:
    "A contribution to an open phase. Give a display name of your choice (a pseudonym is welcome) and your text; never an e-mail address or a phone number: both are refused, since contributions are public.",
})
export class SubmitContributionInput {
  @Field(() => ID, { description: "The phase (UUID); it must be open (see ProjectPhase.isOpen)." })
  phaseId!: string;

  @Field({
    description: `The name to sign with, ${DISPLAY_NAME_LENGTH.min} to ${DISPLAY_NAME_LENGTH.max} characters; no e-mail address or phone number.`,
  })
  @HasTrimmedLength(DISPLAY_NAME_LENGTH.min, DISPLAY_NAME_LENGTH.max)
  @HasNoContactData()
  displayName!: string;

  @Field({
    description: `The text, ${CONTRIBUTION_BODY_LENGTH.min} to ${CONTRIBUTION_BODY_LENGTH.max} characters; no e-mail address or phone number.`,
  })
  @HasTrimmedLength(CONTRIBUTION_BODY_LENGTH.min, CONTRIBUTION_BODY_LENGTH.max)
  @HasNoContactData()
  body!: string;
}
