import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { AudienceKind } from "./audience-kind.enum";
import { TransferKind } from "./transfer-kind.enum";

@InputType({
  description:
    "Changes to a transfer: omitted fields stay as they are. A territory changes the transfers it received or gave, and cannot move them to other territories.",
})
export class UpdateTransferInput {
  @Field(() => ID, { description: "Id of the transfer." })
  id!: string;

  @Field(() => TransferKind, { nullable: true, description: "Kind of transfer." })
  kind?: TransferKind;

  @Field(() => String, { nullable: true, description: "Title (French)." })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @Field(() => LocalDate, { nullable: true, description: "Date it took place (its first day)." })
  heldOn?: IsoDate;

  @Field(() => ID, { nullable: true, description: "Territory the practice was transferred to (staff only)." })
  territoryId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Territory that gave the transfer; null when the Pôle did (staff only).",
  })
  fromTerritoryId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Who attended, as a kind of audience in words (French).",
  })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  audience?: string;

  @Field(() => AudienceKind, { nullable: true, description: "Kind of audience." })
  audienceKind?: AudienceKind;

  @Field(() => Int, { nullable: true, description: "Number of participants (0 to 100000)." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  participantCount?: number;

  @Field(() => [ID], {
    nullable: true,
    description: "Ids of the practices used, at most 50 (replaces the list; null empties it).",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  practiceIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Ids of the member structures that facilitated it, at most 50 (replaces the list; null empties it).",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  facilitatingMemberIds?: string[] | null;
}
