import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({
  description: "Economic indicators of a year: the member structures and their consolidated figures.",
})
export class EconomyReport {
  @Field(() => Int, { description: "Member structures at some point of the year." })
  memberCount!: number;

  @Field(() => Int, { description: "Members installed in the Boutaric building." })
  installedMemberCount!: number;

  @Field(() => Int, { description: "Members associated elsewhere on the territory." })
  associatedMemberCount!: number;

  @Field(() => Float, { description: "Full-time equivalents (ETP), summed over members." })
  fte!: number;

  @Field(() => Int, { description: "Permanent employees, summed over members." })
  permanentEmployees!: number;

  @Field(() => Float, { description: "Consolidated budget in euros, exact to the cent." })
  consolidatedBudget!: number;

  @Field(() => Float, { description: "Cumulated revenue (chiffre d'affaires) in euros, exact to the cent." })
  cumulatedRevenue!: number;

  @Field(() => Float, { description: "Cumulated equity (fonds propres) in euros, exact to the cent." })
  cumulatedEquity!: number;

  @Field(() => Int, { description: "Distinct legal forms among the year's members." })
  legalFormCount!: number;

  @Field(() => Int, { description: "Office area in square metres occupied by members on 31 December." })
  occupiedAreaSqm!: number;
}
