import { printSubgraphSchema } from "@apollo/subgraph";
import { graphql } from "graphql";
import { Arg, Int, Query, Resolver } from "type-graphql";
import { buildFederatedSchema } from "./federated-schema";

@Resolver()
class YearsResolver {
  @Query(() => [Int], { description: "Years from `from` to `to`, every `step` years." })
  years(
    @Arg("from", () => Int) from: number,
    @Arg("to", () => Int) to: number,
    @Arg("step", () => Int, { nullable: true }) step?: number,
  ): number[] {
    const years: number[] = [];
    for (let year = from; year <= to; year += step ?? 1) years.push(year);
    return years;
  }
}

describe("buildFederatedSchema", () => {
  it("prints a field's arguments in the order the method declares them, and passes each to its parameter", async () => {
    const schema = await buildFederatedSchema({ resolvers: [YearsResolver] });
    expect(printSubgraphSchema(schema)).toContain("years(from: Int!, to: Int!, step: Int): [Int!]!");
    const result = await graphql({ schema, source: "{ years(to: 2013, step: 2, from: 2008) }" });
    expect(result).toEqual({ data: { years: [2008, 2010, 2012] } });
  });
});
