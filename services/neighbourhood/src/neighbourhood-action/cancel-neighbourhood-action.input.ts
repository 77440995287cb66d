import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Length } from "class-validator";

@InputType({ description: "Cancels a planned or running action." })
export class CancelNeighbourhoodActionInput {
  @Field(() => ID, { description: "The action (UUID)." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Why it is cancelled (French), up to 500 characters." })
  @IsOptional()
  @Length(1, 500)
  reason?: string | null;
}
