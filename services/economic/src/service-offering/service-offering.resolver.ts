import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { Connection, PageArgs, pageWindow, toConnection, type SubgraphContext } from "@pole/subgraph-kit";
import { ServiceOffering } from "./service-offering.entity";
import { ServiceOfferingFilter } from "./service-offering-filter.input";

/** A page of service offerings (Relay connection). */
export const ServiceOfferingConnection = Connection(
  ServiceOffering,
  "ServiceOffering",
  "A page of service offerings (Relay connection).",
);
type ServiceOfferingConnection = InstanceType<typeof ServiceOfferingConnection>;

@Resolver(() => ServiceOffering)
export class ServiceOfferingResolver {
  @Query(() => ServiceOfferingConnection, {
    description: "The services the Pôle offers its members, by family and name.",
  })
  async serviceOfferings(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => ServiceOfferingFilter, { nullable: true }) filter?: ServiceOfferingFilter,
  ): Promise<ServiceOfferingConnection> {
    const window = pageWindow(page);
    const [rows, total] = await dataSource.getRepository(ServiceOffering).findAndCount({
      where: filter?.category ? { category: filter.category } : {},
      order: { category: "ASC", name: "ASC", id: "ASC" },
      skip: window.offset,
      take: window.limit,
    });
    return toConnection(rows, window, total);
  }
}
