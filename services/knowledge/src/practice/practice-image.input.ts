import { Field, InputType } from "type-graphql";
import { IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { IsWebUrl } from "@pole/subgraph-kit";

@InputType({ description: "An image of a practice." })
export class PracticeImageInput {
  @Field({
    description: "Address of the image: an absolute https address (pages served over https show it).",
  })
  @IsWebUrl({ httpsOnly: true })
  url!: string;

  @Field({
    description:
      "Text alternative (French) describing the image, required for accessibility, at most 300 characters.",
  })
  @IsNotEmpty()
  @MaxLength(300)
  altText!: string;

  @Field(() => String, { nullable: true, description: "Who to credit, at most 200 characters." })
  @IsOptional()
  @MaxLength(200)
  credit?: string | null;

  @Field(() => String, { nullable: true, description: "Licence of the image, at most 100 characters." })
  @IsOptional()
  @MaxLength(100)
  licence?: string | null;
}
