import { Directive, Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "The Pôle's yearly report to its funders. Each pillar's subgraph resolves its own part: economy, neighbourhood, knowledge.",
})
@Directive('@key(fields: "year")')
export class AnnualReport {
  @Field(() => Int, { description: "Calendar year reported on." })
  year!: number;
}
