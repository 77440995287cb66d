import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
  Field,
  registerEnumType,
} from "type-graphql";
import { IsInt, IsOptional, IsUUID, Max, Min } from "class-validator";
import {
  Connection,
  MAX_REPORT_YEAR,
  MIN_REPORT_YEAR,
  PageArgs,
  pageWindow,
  toConnection,
  type AccessRule,
  type SubgraphContext,
} from "@pole/subgraph-kit";
import { scopedMemberId } from "../common/access";
import { SortInput } from "../common/listing";
import { recordById } from "../common/relation-loaders";
import { Member } from "../member/member.entity";
import { ServiceCategory } from "../service-offering/service-category.enum";
import { EngagementKind } from "./engagement-kind.enum";
import { ENGAGEMENTS_SQL, type EngagementRow } from "./engagements.sql";
import { ServiceEngagement } from "./service-engagement.type";

@InputType({ description: "Narrows the list of service engagements; every given criterion must hold." })
export class ServiceEngagementFilter {
  @Field(() => ID, { nullable: true, description: "Only this member's (a member may only ask for itself)." })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field(() => Int, { nullable: true, description: "Only this year." })
  @IsOptional()
  @IsInt()
  @Min(MIN_REPORT_YEAR)
  @Max(MAX_REPORT_YEAR)
  year?: number;

  @Field(() => ServiceCategory, { nullable: true, description: "Only this family of services." })
  category?: ServiceCategory;

  @Field(() => EngagementKind, { nullable: true, description: "Only engagements from this kind of record." })
  kind?: EngagementKind;
}

export enum ServiceEngagementSortField {
  OCCURRED_ON = "OCCURRED_ON",
  SAVINGS = "SAVINGS",
}

registerEnumType(ServiceEngagementSortField, {
  name: "ServiceEngagementSortField",
  description: "Field the service engagement list is sorted by.",
  valuesConfig: { OCCURRED_ON: { description: "Day." }, SAVINGS: { description: "Savings." } },
});

export const ServiceEngagementSort = SortInput(
  "ServiceEngagement",
  ServiceEngagementSortField,
  ServiceEngagementSortField.OCCURRED_ON,
);
export type ServiceEngagementSort = InstanceType<typeof ServiceEngagementSort>;

export const ServiceEngagementConnection = Connection(
  ServiceEngagement,
  "ServiceEngagement",
  "A page of service engagements (Relay connection).",
);
type ServiceEngagementConnection = InstanceType<typeof ServiceEngagementConnection>;

@Resolver(() => ServiceEngagement)
export class ServiceEngagementResolver {
  @Authorized<AccessRule>("staff", "member")
  @Query(() => ServiceEngagementConnection, {
    nullable: true,
    description: "Uses of the service offer with prices and savings: staff see all, a member its own.",
  })
  async serviceEngagements(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => ServiceEngagementFilter, { nullable: true }) filter?: ServiceEngagementFilter,
    @Arg("sort", () => ServiceEngagementSort, { nullable: true }) sort?: ServiceEngagementSort,
  ): Promise<ServiceEngagementConnection> {
    const window = pageWindow(page);
    const memberId = scopedMemberId(viewer, filter?.memberId?.toLowerCase());
    const order = sort?.field === ServiceEngagementSortField.SAVINGS ? "savings_cents" : "occurred_on";
    const direction = sort?.direction === "DESC" ? "DESC" : "ASC";
    const where = `WHERE ($1::uuid IS NULL OR member_id = $1::uuid) AND ($2::int IS NULL OR year = $2::int)
                     AND ($3::text IS NULL OR category = $3::text) AND ($4::text IS NULL OR kind = $4::text)`;
    const criteria = [memberId, filter?.year ?? null, filter?.category ?? null, filter?.kind ?? null];
    const rows = await dataSource.query<(EngagementRow & { total_count: string })[]>(
      `SELECT engagement.*, count(*) OVER () AS total_count FROM (${ENGAGEMENTS_SQL}) AS engagement ${where}
        ORDER BY ${order} ${direction}, kind, source_id, member_id, year OFFSET $5 LIMIT $6`,
      [...criteria, window.offset, window.limit],
    );
    // The window count rides on the rows; an empty page has none, so count apart then only.
    const total =
      rows.length > 0
        ? Number(rows[0].total_count)
        : Number(
            (
              await dataSource.query<{ count: string }[]>(
                `SELECT count(*) FROM (${ENGAGEMENTS_SQL}) AS engagement ${where}`,
                criteria,
              )
            )[0].count,
          );
    return toConnection(rows.map(ServiceEngagement.fromRow), window, total);
  }

  @FieldResolver(() => Member, { description: "The member served." })
  async member(@Root() engagement: ServiceEngagement, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(engagement.memberId);
  }
}
