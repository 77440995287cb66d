import { Field, ID, InputType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { Pillar } from "./practice-pillar.enum";
import { PracticeStatus } from "./practice-status.enum";

@InputType({ description: "Narrows the list of practices; every given criterion must hold." })
export class PracticeFilter {
  @Field(() => PracticeStatus, {
    nullable: true,
    description:
      "Only practices of this status, among those the caller may see (staff: all; a territory: published ones and its own). WITHDRAWN also lists, for everyone, the tombstones of the practices withdrawn after publication; without this criterion the list shows no tombstone.",
  })
  status?: PracticeStatus;

  @Field({
    nullable: true,
    description:
      "Only practices carrying this keyword: the whole keyword, ignoring case and accents (`residence d'artistes` matches « résidence d'artistes »).",
  })
  @IsOptional()
  @MaxLength(100)
  theme?: string;

  @Field(() => ID, { nullable: true, description: "Only practices of this territory." })
  territoryId?: string;

  @Field(() => Pillar, { nullable: true, description: "Only practices of this pillar." })
  pillar?: Pillar;

  @Field(() => LocalDate, { nullable: true, description: "Only practices published on or after this date." })
  from?: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Only practices published on or before this date." })
  to?: IsoDate;

  @Field(() => Date, {
    nullable: true,
    description:
      "The change feed: only practices changed at or after this instant (updatedAt ≥ updatedSince), in the order they changed (updatedAt, then id, ascending; `sort` must then be left out), including for everyone the tombstones of published practices since WITHDRAWN. A harvester asks again with the latest updatedAt it has seen and deduplicates by id (the practice changed at that very instant comes again). Changes of writes still in progress are held back until they commit, so none is skipped.",
  })
  updatedSince?: Date;
}
