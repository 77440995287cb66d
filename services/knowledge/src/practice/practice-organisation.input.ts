import { Field, InputType } from "type-graphql";
import { IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { IsSiret, IsWebUrl } from "@pole/subgraph-kit";
import { OrganisationKind } from "./organisation-kind.enum";

@InputType({ description: "The organisation in charge of a practice (replaced as a whole)." })
export class PracticeOrganisationInput {
  @Field({ description: "Name of the organisation (French), at most 200 characters." })
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => OrganisationKind, { nullable: true, description: "Kind of organisation." })
  @IsOptional()
  kind?: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: "SIRET: 14 digits with a valid check digit." })
  @IsOptional()
  @IsSiret()
  siret?: string | null;

  @Field(() => String, { nullable: true, description: "Web site: an absolute http or https address." })
  @IsOptional()
  @IsWebUrl()
  url?: string | null;
}
