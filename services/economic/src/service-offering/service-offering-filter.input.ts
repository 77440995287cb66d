import { Field, InputType } from "type-graphql";
import { ServiceCategory } from "./service-category.enum";

@InputType({ description: "Narrows the list of service offerings." })
export class ServiceOfferingFilter {
  @Field(() => ServiceCategory, { nullable: true, description: "Only offerings of this family." })
  category?: ServiceCategory;
}
