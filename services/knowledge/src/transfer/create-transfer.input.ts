import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { AudienceKind } from "./audience-kind.enum";
import { TransferKind } from "./transfer-kind.enum";

@InputType({
  description: "A transfer of good practice to a territory, from the Pôle or from another territory.",
})
export class CreateTransferInput {
  @Field(() => TransferKind, { description: "Kind of transfer." })
  kind!: TransferKind;

  @Field({ description: "Title (French)." })
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @Field(() => LocalDate, { description: "Date it took place (its first day)." })
  heldOn!: IsoDate;

  @Field(() => ID, {
    nullable: true,
    description:
      "Territory the practice was transferred to. A territory token may omit it (its own territory) and names another only when it gave the transfer (fromTerritoryId: itself); staff must give it.",
  })
  @IsOptional()
  territoryId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Territory that gave the transfer; omitted or null when the Pôle gave it. A territory token may name itself here to record a transfer it gave to another territory (then territoryId is required and names the receiver).",
  })
  @IsOptional()
  fromTerritoryId?: string | null;

  @Field({
    description:
      "Who attended, as a kind of audience in words (French), e.g. « élus communautaires »; never names.",
  })
  @IsNotEmpty()
  @MaxLength(200)
  audience!: string;

  @Field(() => AudienceKind, { description: "Kind of audience." })
  audienceKind!: AudienceKind;

  @Field(() => Int, { description: "Number of participants (0 to 100000)." })
  @IsInt()
  @Min(0)
  @Max(100_000)
  participantCount!: number;

  @Field(() => [ID], {
    nullable: true,
    description: "Ids of the practices used (that the caller may see), at most 50.",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  practiceIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Ids of the Pôle's member structures that facilitated it, at most 50.",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  facilitatingMemberIds?: string[] | null;
}
