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
  inRankedPage,
  keyColumnsSql,
  keyOfRow,
  keyset,
  PageArgs,
  pageRequest,
  rankedColumnsSql,
  rankedCounts,
  rankedPageSql,
  toConnection,
  type AccessRule,
  type KeyPart,
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

/** What makes an engagement unique: the tie-breakers of every order of the list. */
const ENGAGEMENT_IDENTITY: KeyPart[] = [
  { sql: "engagement.kind", type: "text" },
  { sql: "engagement.source_id", type: "uuid" },
  { sql: "engagement.member_id", type: "uuid" },
  { sql: "engagement.year", type: "int" },
];

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
    const direction = sort?.direction === "DESC" ? "DESC" : "ASC";
    const sortKey: KeyPart =
      sort?.field === ServiceEngagementSortField.SAVINGS
        ? { sql: "engagement.savings_cents", type: "bigint", direction }
        : { sql: "engagement.occurred_on", type: "text", direction }; // YYYY-MM-DD: text order is date order
    const request = pageRequest(page, keyset("serviceEngagements", [sortKey, ...ENGAGEMENT_IDENTITY]));
    const memberId = scopedMemberId(viewer, filter?.memberId?.toLowerCase());
    const parameters: unknown[] = [
      memberId,
      filter?.year ?? null,
      filter?.category ?? null,
      filter?.kind ?? null,
    ];
    const bind = (value: string) => `$${parameters.push(value)}`;
    // ONE statement: window functions number the matching engagements in keyset order and count them;
    // the page's rows come back, and the first row too, so the counts are known even past the last page.
    const rows = await dataSource.query<(EngagementRow & Record<string, unknown>)[]>(
      `WITH ranked AS (
         SELECT engagement.*, ${rankedColumnsSql(request, null, bind)}, ${keyColumnsSql(request.keyset).join(", ")}
           FROM (${ENGAGEMENTS_SQL}) AS engagement
          WHERE ($1::uuid IS NULL OR member_id = $1::uuid) AND ($2::int IS NULL OR year = $2::int)
            AND ($3::text IS NULL OR category = $3::text) AND ($4::text IS NULL OR kind = $4::text)
       )
       SELECT * FROM ranked WHERE ${rankedPageSql(request, "ranked")} OR ranked.keyset_rn = 1
        ORDER BY ranked.keyset_rn`,
      parameters,
    );
    const counts = rankedCounts(rows[0]);
    const pageRows = rows.filter((row) => inRankedPage(request, Number(row.keyset_rn), counts));
    return toConnection(
      pageRows.map((row) => ({ node: ServiceEngagement.fromRow(row), key: keyOfRow(request.keyset, row) })),
      request,
      counts,
    );
  }

  @FieldResolver(() => Member, { description: "The member served." })
  async member(@Root() engagement: ServiceEngagement, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(engagement.memberId);
  }
}
