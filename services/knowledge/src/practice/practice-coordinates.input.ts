import { Field, Float, InputType } from "type-graphql";
import { IsNumber, Max, Min } from "class-validator";

/**
 * WGS 84 coordinates of a practice. World bounds, not France's: overseas France spans the globe (La Réunion,
 * Guyane, Polynésie) and the territories that exchange practices may be anywhere in Europe.
 */
@InputType({ description: "Where a practice runs, as WGS 84 coordinates (decimal degrees, both required)." })
export class PracticeCoordinatesInput {
  @Field(() => Float, { description: "Latitude, from -90 to 90 (north positive)." })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude!: number;

  @Field(() => Float, { description: "Longitude, from -180 to 180 (east positive)." })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude!: number;
}
