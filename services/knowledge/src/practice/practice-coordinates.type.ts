import { Field, Float, ObjectType } from "type-graphql";

@ObjectType({ description: "Where a practice runs, as WGS 84 coordinates (decimal degrees)." })
export class PracticeCoordinates {
  @Field(() => Float, { description: "Latitude, from -90 to 90 (north positive)." })
  latitude!: number;

  @Field(() => Float, { description: "Longitude, from -180 to 180 (east positive)." })
  longitude!: number;
}
