import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  InputProblems,
  invalidField,
  Connection,
  LocalDate,
  missingRecord,
  PageArgs,
  runMutation,
  type AccessRule,
  type IsoDate,
  type SubgraphContext,
  MaxItems,
} from "@pole/subgraph-kit";
import { assertOrdered, today } from "../common/dates";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { recordById } from "../common/relation-loaders";
import { Member } from "../member/member.entity";
import { AssociationMember } from "./association-member.entity";
import { CollegeSummary } from "./college-summary.type";
import { College, collegeLabels } from "./governance.enums";
import {
  AddAssociationMemberInput,
  AssociationMemberFilter,
  AssociationMemberSort,
  AssociationMemberSortField,
  UpdateAssociationMemberInput,
} from "./governance.inputs";

export const AssociationMemberConnection = Connection(
  AssociationMember,
  "AssociationMember",
  "A page of the association's members (Relay connection).",
);
type AssociationMemberConnection = InstanceType<typeof AssociationMemberConnection>;

export const AddAssociationMemberPayload = Payload(
  "AddAssociationMember",
  "associationMember",
  AssociationMember,
  "The new member of the association.",
);
export const UpdateAssociationMemberPayload = Payload(
  "UpdateAssociationMember",
  "associationMember",
  AssociationMember,
  "The member of the association as updated.",
);

const sortColumns: Record<AssociationMemberSortField, string[]> = {
  NAME: ["am.name"],
  JOINED_ON: ["am.joinedOn"],
  COLLEGE: ["am.college", "am.name"],
};

@Resolver(() => AssociationMember)
export class AssociationMemberResolver {
  @Query(() => AssociationMemberConnection, {
    nullable: true,
    description: "The association's members in its three colleges, with their voting rights.",
  })
  associationMembers(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => AssociationMemberFilter, { nullable: true }) filter?: AssociationMemberFilter,
    @Arg("sort", () => AssociationMemberSort, { nullable: true }) sort?: AssociationMemberSort,
  ): Promise<AssociationMemberConnection> {
    const query = dataSource.getRepository(AssociationMember).createQueryBuilder("am");
    if (filter?.college) query.andWhere("am.college = :college", { college: filter.college });
    if (filter?.hasVotingRights !== undefined && filter.hasVotingRights !== null) {
      query.andWhere("am.hasVotingRights = :voting", { voting: filter.hasVotingRights });
    }
    if (filter?.activeOn) {
      query.andWhere("am.joinedOn <= :day AND (am.leftOn IS NULL OR am.leftOn >= :day)", {
        day: filter.activeOn,
      });
    }
    return pageOf(
      query,
      page,
      sortColumns[sort?.field ?? AssociationMemberSortField.COLLEGE],
      sort?.direction,
    );
  }

  @MaxItems(3)
  @Query(() => [CollegeSummary], {
    nullable: true,
    description: "The three colleges with their members and votes on a day (today by default).",
  })
  async colleges(
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("on", () => LocalDate, { nullable: true, description: "The day; today by default." }) on?: IsoDate,
  ): Promise<CollegeSummary[]> {
    const rows = await dataSource.query<
      { college: College; member_count: string; voting_count: string; votes: string | null }[]
    >(
      `SELECT college, count(*) AS member_count, count(*) FILTER (WHERE has_voting_rights) AS voting_count,
              sum(votes) FILTER (WHERE has_voting_rights) AS votes
         FROM association_member
        WHERE joined_on <= $1::date AND (left_on IS NULL OR left_on >= $1::date)
        GROUP BY college`,
      [on ?? today()],
    );
    const byCollege = new Map(rows.map((row) => [row.college, row]));
    return Object.values(College).map((college) => {
      const row = byCollege.get(college);
      return Object.assign(new CollegeSummary(), {
        college,
        label: collegeLabels[college],
        memberCount: Number(row?.member_count ?? 0),
        votingMemberCount: Number(row?.voting_count ?? 0),
        votes: Number(row?.votes ?? 0),
      });
    });
  }

  @FieldResolver(() => Member, { nullable: true, description: "The member structure, in the first college." })
  member(@Root() associationMember: AssociationMember, @Ctx() context: SubgraphContext) {
    return associationMember.memberId ? recordById(context, Member).load(associationMember.memberId) : null;
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => AddAssociationMemberPayload, {
    nullable: true,
    description: "Adds a member to the association (staff).",
  })
  addAssociationMember(
    @Arg("input", () => AddAssociationMemberInput) input: AddAssociationMemberInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ associationMember: AssociationMember }> {
    const enterprise = input.college === College.MEMBER_ENTERPRISES;
    const problems = new InputProblems();
    const college = { college: College.MEMBER_ENTERPRISES };
    if (enterprise && !input.memberId) {
      problems.add("input.memberId", "required", "economic.memberRequiredInCollege", college);
    }
    if (!enterprise && input.memberId) {
      problems.add("input.memberId", "consistency", "economic.memberOnlyInCollege", college);
    }
    if (!input.hasVotingRights && input.votes) {
      problems.add("input.votes", "consistency", "economic.votesWithoutRights");
    }
    problems.throwIfAny();
    return runMutation(context, "addAssociationMember", async ({ manager, recordChange }) => {
      const associationMember = await manager.save(
        manager.create(AssociationMember, {
          college: input.college,
          kind: input.kind,
          name: input.name,
          memberId: input.memberId?.toLowerCase() ?? null,
          hasVotingRights: input.hasVotingRights,
          votes: input.votes ?? (input.hasVotingRights ? 1 : 0),
          boardRole: input.boardRole ?? null,
          joinedOn: input.joinedOn,
          leftOn: null,
        }),
      );
      recordChange("AssociationMember", associationMember.id);
      return { associationMember };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => UpdateAssociationMemberPayload, {
    nullable: true,
    description:
      "Changes voting rights, votes, board seat or leaving date of a member of the association (staff).",
  })
  updateAssociationMember(
    @Arg("input", () => UpdateAssociationMemberInput) input: UpdateAssociationMemberInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ associationMember: AssociationMember }> {
    return runMutation(context, "updateAssociationMember", async ({ manager, recordChange }) => {
      const existing = await manager.findOneBy(AssociationMember, { id: input.id.toLowerCase() });
      if (!existing) throw missingRecord("input.id", "economic.noAssociationMember");
      if (input.hasVotingRights !== undefined && input.hasVotingRights !== null) {
        existing.hasVotingRights = input.hasVotingRights;
        if (!input.hasVotingRights) existing.votes = 0;
      }
      if (input.votes !== undefined && input.votes !== null) existing.votes = input.votes;
      if (!existing.hasVotingRights && existing.votes > 0) {
        throw invalidField("input.votes", "consistency", "economic.votesWithoutRights");
      }
      if (input.boardRole !== undefined) existing.boardRole = input.boardRole;
      if (input.leftOn !== undefined) {
        assertOrdered(existing.joinedOn, input.leftOn, existing.joinedOn, "input.leftOn");
        existing.leftOn = input.leftOn;
      }
      const associationMember = await manager.save(existing);
      recordChange("AssociationMember", associationMember.id);
      return { associationMember };
    });
  }
}
