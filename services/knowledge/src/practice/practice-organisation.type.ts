import { Field, ObjectType } from "type-graphql";
import { OrganisationKind } from "./organisation-kind.enum";

/** How a practice's organisation in charge is stored (the `organisation_in_charge` JSON column). */
export interface StoredOrganisation {
  name: string;
  kind: OrganisationKind | null;
  siret: string | null;
  url: string | null;
}

@ObjectType({
  description:
    "The organisation in charge of a practice: whoever runs it, a member of the Pôle or not (contributing members are listed apart).",
})
export class PracticeOrganisation {
  @Field({ description: "Name of the organisation (French)." })
  name!: string;

  @Field(() => OrganisationKind, { nullable: true, description: "Kind of organisation, when given." })
  kind!: OrganisationKind | null;

  @Field(() => String, { nullable: true, description: "SIRET of the organisation (14 digits), when given." })
  siret!: string | null;

  @Field(() => String, { nullable: true, description: "Web site of the organisation, when given." })
  url!: string | null;
}
