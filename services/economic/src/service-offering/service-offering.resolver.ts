import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import {
  Connection,
  foldedContains,
  missingRecord,
  PageArgs,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { optionalCents } from "../money";
import { ServiceOffering } from "./service-offering.entity";
import {
  ServiceOfferingFilter,
  ServiceOfferingSort,
  ServiceOfferingSortField,
} from "./service-offering-filter.input";
import { CreateServiceOfferingInput, UpdateServiceOfferingInput } from "./service-offering.inputs";

/** A page of service offerings (Relay connection). */
export const ServiceOfferingConnection = Connection(
  ServiceOffering,
  "ServiceOffering",
  "A page of service offerings (Relay connection).",
);
type ServiceOfferingConnection = InstanceType<typeof ServiceOfferingConnection>;

export const CreateServiceOfferingPayload = Payload(
  "CreateServiceOffering",
  "serviceOffering",
  ServiceOffering,
  "The new offering.",
);
export const UpdateServiceOfferingPayload = Payload(
  "UpdateServiceOffering",
  "serviceOffering",
  ServiceOffering,
  "The offering as updated.",
);

const sortColumns: Record<ServiceOfferingSortField, string[]> = {
  CATEGORY: ["offering.category", "offering.name"],
  NAME: ["offering.name"],
  MEMBER_RATE: ["offering.memberRateCents"],
};

@Resolver(() => ServiceOffering)
export class ServiceOfferingResolver {
  @Query(() => ServiceOfferingConnection, {
    nullable: true,
    description: "The services the Pôle offers its members, by family and name.",
  })
  serviceOfferings(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => ServiceOfferingFilter, { nullable: true }) filter?: ServiceOfferingFilter,
    @Arg("sort", () => ServiceOfferingSort, { nullable: true }) sort?: ServiceOfferingSort,
  ): Promise<ServiceOfferingConnection> {
    const query = dataSource.getRepository(ServiceOffering).createQueryBuilder("offering");
    if (filter?.category) query.andWhere("offering.category = :category", { category: filter.category });
    if (filter?.nameContains) {
      query.andWhere(...foldedContains("offering.name", "name", filter.nameContains));
    }
    return pageOf(
      query,
      page,
      sortColumns[sort?.field ?? ServiceOfferingSortField.CATEGORY],
      sort?.direction,
    );
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateServiceOfferingPayload, {
    nullable: true,
    description: "Adds a service to the offer (staff).",
  })
  createServiceOffering(
    @Arg("input", () => CreateServiceOfferingInput) input: CreateServiceOfferingInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ serviceOffering: ServiceOffering }> {
    return runMutation(context, "createServiceOffering", async ({ manager, recordChange }) => {
      const serviceOffering = await manager.save(
        manager.create(ServiceOffering, {
          category: input.category,
          name: input.name,
          description: input.description,
          unit: input.unit,
          memberRateCents: optionalCents(input.memberRate),
          publicRateCents: optionalCents(input.publicRate),
        }),
      );
      recordChange("ServiceOffering", serviceOffering.id);
      return { serviceOffering };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => UpdateServiceOfferingPayload, {
    nullable: true,
    description: "Changes a service of the offer (staff). Prices already recorded keep their rates.",
  })
  updateServiceOffering(
    @Arg("input", () => UpdateServiceOfferingInput) input: UpdateServiceOfferingInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ serviceOffering: ServiceOffering }> {
    return runMutation(context, "updateServiceOffering", async ({ manager, recordChange }) => {
      const offering = await manager.findOneBy(ServiceOffering, { id: input.id.toLowerCase() });
      if (!offering) throw missingRecord("input.id", "economic.noServiceOffering");
      if (input.name) offering.name = input.name;
      if (input.description) offering.description = input.description;
      if (input.unit) offering.unit = input.unit;
      if (input.memberRate !== undefined) offering.memberRateCents = optionalCents(input.memberRate);
      if (input.publicRate !== undefined) offering.publicRateCents = optionalCents(input.publicRate);
      const serviceOffering = await manager.save(offering);
      recordChange("ServiceOffering", serviceOffering.id);
      return { serviceOffering };
    });
  }
}
