import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Uncached } from "@pole/subgraph-kit";

@ObjectType({
  description:
    "The Pôle's yearly report to its funders. Each pillar's subgraph resolves its own part: economy, neighbourhood, knowledge.",
})
@Directive('@key(fields: "year")')
// Reports are for staff and the council only: their answers are never cached nor shared.
@Uncached()
export class AnnualReport {
  @Field(() => Int, { description: "Calendar year reported on." })
  year!: number;
}
