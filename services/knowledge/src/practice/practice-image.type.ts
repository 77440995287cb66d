import { Field, ObjectType } from "type-graphql";

/** How an image of a practice is stored (an item of the `images` JSON column). */
export interface StoredImage {
  url: string;
  altText: string;
  credit: string | null;
  licence: string | null;
}

@ObjectType({ description: "An image of a practice, hosted by its territory or the Pôle." })
export class PracticeImage {
  @Field({ description: "Address of the image (https)." })
  url!: string;

  @Field({
    description: "Text alternative (French) describing the image, for those who cannot see it (RGAA).",
  })
  altText!: string;

  @Field(() => String, { nullable: true, description: "Who took or made the image, to be credited." })
  credit!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Licence of the image (SPDX identifier or words), e.g. CC-BY-4.0; null when not given.",
  })
  licence!: string | null;
}
