import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import {
  invalidField,
  Connection,
  PageArgs,
  runMutation,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { eurosToCents } from "../money";
import { Funding } from "./funding.entity";
import { PaymentConditions } from "./funding.enums";
import { FundingFilter, FundingSort, FundingSortField, RecordFundingInput } from "./funding.inputs";

export const FundingConnection = Connection(
  Funding,
  "Funding",
  "A page of funding received (Relay connection).",
);
type FundingConnection = InstanceType<typeof FundingConnection>;

export const RecordFundingPayload = Payload("RecordFunding", "funding", Funding, "The funding as recorded.");

const sortColumns: Record<FundingSortField, string[]> = {
  AGREEMENT_DATE: ["funding.agreementDate"],
  AMOUNT: ["funding.amountCents"],
  YEAR: ["funding.year", "funding.agreementDate"],
};

@Resolver(() => Funding)
export class FundingResolver {
  @Query(() => FundingConnection, {
    nullable: true,
    description: "Funding the association received (public: grants to associations are open data).",
  })
  fundings(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => FundingFilter, { nullable: true }) filter?: FundingFilter,
    @Arg("sort", () => FundingSort, { nullable: true }) sort?: FundingSort,
  ): Promise<FundingConnection> {
    const query = dataSource.getRepository(Funding).createQueryBuilder("funding");
    if (filter?.year) query.andWhere("funding.year = :year", { year: filter.year });
    if (filter?.funderKind) query.andWhere("funding.funderKind = :kind", { kind: filter.funderKind });
    return pageOf(query, page, sortColumns[sort?.field ?? FundingSortField.AGREEMENT_DATE], sort?.direction);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => RecordFundingPayload, {
    nullable: true,
    description: "Records funding the association received (staff).",
  })
  recordFunding(
    @Arg("input", () => RecordFundingInput) input: RecordFundingInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ funding: Funding }> {
    const dates = [...input.paymentDates].sort();
    if (input.paymentConditions === PaymentConditions.SINGLE && dates.length !== 1) {
      throw invalidField("input.paymentDates", "count", "economic.singlePaymentDates");
    }
    if (input.paymentConditions === PaymentConditions.INSTALMENTS && dates.length < 2) {
      throw invalidField("input.paymentDates", "count", "economic.instalmentDates");
    }
    if (!input.beneficiarySiret && !input.beneficiaryRna) {
      throw invalidField("input.beneficiarySiret", "required", "economic.beneficiaryIdentifier");
    }
    return runMutation(context, "recordFunding", async ({ manager, recordChange }) => {
      const funding = await manager.save(
        manager.create(Funding, {
          year: input.year,
          funderKind: input.funderKind,
          attributingBodyName: input.attributingBodyName,
          attributingBodySiret: input.attributingBodySiret,
          agreementDate: input.agreementDate,
          decisionReference: input.decisionReference ?? null,
          beneficiaryName: input.beneficiaryName,
          beneficiarySiret: input.beneficiarySiret ?? null,
          beneficiaryRna: input.beneficiaryRna ?? null,
          object: input.object,
          amountCents: eurosToCents(input.amount),
          natures: input.natures,
          paymentConditions: input.paymentConditions,
          paymentDates: dates,
          raeId: input.raeId ?? null,
          euNotification: input.euNotification,
          subsidyPercentage: input.subsidyPercentage,
          scheme: input.scheme ?? null,
          schemeId: input.schemeId ?? null,
        }),
      );
      recordChange("Funding", funding.id);
      return { funding };
    });
  }
}
