import { Field, ID, InputType } from "type-graphql";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { AudienceKind } from "./audience-kind.enum";
import { TransferKind } from "./transfer-kind.enum";

@InputType({ description: "Narrows the list of transfers; every given criterion must hold." })
export class TransferFilter {
  @Field(() => TransferKind, { nullable: true, description: "Only transfers of this kind." })
  kind?: TransferKind;

  @Field(() => LocalDate, { nullable: true, description: "Only transfers held on or after this date." })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Only transfers held on or before this date." })
  to?: IsoDate;

  @Field(() => ID, { nullable: true, description: "Only transfers to this territory." })
  territoryId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only transfers given by this territory (not those the Pôle gave).",
  })
  fromTerritoryId?: string;

  @Field(() => AudienceKind, { nullable: true, description: "Only transfers for this kind of audience." })
  audienceKind?: AudienceKind;

  @Field(() => Date, {
    nullable: true,
    description:
      "The change feed: only transfers changed at or after this instant (updatedAt ≥ updatedSince), in the order they changed (updatedAt, then id, ascending; `sort` must then be left out). Ask again with the latest updatedAt seen and deduplicate by id. Changes of writes still in progress are held back until they commit.",
  })
  updatedSince?: Date;
}
