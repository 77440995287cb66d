import { Field, InputType, registerEnumType } from "type-graphql";
import { IsOptional, MaxLength } from "class-validator";
import { SortInput } from "../common/listing";
import { ServiceCategory } from "./service-category.enum";

@InputType({ description: "Narrows the list of service offerings; every given criterion must hold." })
export class ServiceOfferingFilter {
  @Field(() => ServiceCategory, { nullable: true, description: "Only offerings of this family." })
  category?: ServiceCategory;

  @Field({
    nullable: true,
    description:
      "Only offerings whose name contains this text, ignoring case and accents (`formation` finds « Formations »).",
  })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string;
}

/** Fields the offering list can be sorted by. */
export enum ServiceOfferingSortField {
  CATEGORY = "CATEGORY",
  NAME = "NAME",
  MEMBER_RATE = "MEMBER_RATE",
}

registerEnumType(ServiceOfferingSortField, {
  name: "ServiceOfferingSortField",
  description: "Field the service offering list is sorted by.",
  valuesConfig: {
    CATEGORY: { description: "Family, then name." },
    NAME: { description: "Name, alphabetical." },
    MEMBER_RATE: { description: "Member rate (unpriced offerings last when ascending)." },
  },
});

export const ServiceOfferingSort = SortInput(
  "ServiceOffering",
  ServiceOfferingSortField,
  ServiceOfferingSortField.CATEGORY,
);
export type ServiceOfferingSort = InstanceType<typeof ServiceOfferingSort>;
