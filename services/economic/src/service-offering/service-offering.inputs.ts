import { Field, Float, ID, InputType } from "type-graphql";
import { IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { IsEuros } from "../common/validators";
import { PricingUnit } from "./pricing-unit.enum";
import { ServiceCategory } from "./service-category.enum";

@InputType({ description: "A new service of the offer (staff)." })
export class CreateServiceOfferingInput {
  @Field(() => ServiceCategory, { description: "Family of the service." })
  category!: ServiceCategory;

  @Field({ description: "Name (French), 1–200 characters." })
  @Length(1, 200)
  name!: string;

  @Field({ description: "What it provides (French), up to 2,000 characters." })
  @Length(1, 2000)
  description!: string;

  @Field(() => PricingUnit, {
    defaultValue: PricingUnit.FLAT,
    description: "What one unit of the rates buys.",
  })
  unit!: PricingUnit;

  @Field(() => Float, { nullable: true, description: "Member rate in euros; null when not priced." })
  @IsOptional()
  @IsEuros()
  memberRate?: number | null;

  @Field(() => Float, { nullable: true, description: "Public rate in euros; null when none applies." })
  @IsOptional()
  @IsEuros()
  publicRate?: number | null;
}

@InputType({ description: "Changes to a service of the offer (staff); only the fields given change." })
export class UpdateServiceOfferingInput {
  @Field(() => ID, { description: "The offering." })
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: "New name." })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true, description: "New description." })
  @IsOptional()
  @MaxLength(2000)
  description?: string;

  @Field(() => PricingUnit, { nullable: true, description: "New pricing unit." })
  @IsOptional()
  unit?: PricingUnit;

  @Field(() => Float, { nullable: true, description: "New member rate; null removes it." })
  @IsOptional()
  @IsEuros()
  memberRate?: number | null;

  @Field(() => Float, { nullable: true, description: "New public rate; null removes it." })
  @IsOptional()
  @IsEuros()
  publicRate?: number | null;
}
