import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Connection, PageArgs, runMutation, type AccessRule, type SubgraphContext } from "@pole/subgraph-kit";
import { assertOrdered } from "../common/dates";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import {
  AddOperatingTeamMemberInput,
  OperatingTeamFilter,
  OperatingTeamSort,
  OperatingTeamSortField,
} from "./governance.inputs";
import { OperatingTeamMember } from "./operating-team-member.entity";

export const OperatingTeamMemberConnection = Connection(
  OperatingTeamMember,
  "OperatingTeamMember",
  "A page of the operating team (Relay connection).",
);
type OperatingTeamMemberConnection = InstanceType<typeof OperatingTeamMemberConnection>;

export const AddOperatingTeamMemberPayload = Payload(
  "AddOperatingTeamMember",
  "operatingTeamMember",
  OperatingTeamMember,
  "The new team member.",
);

@Resolver(() => OperatingTeamMember)
export class OperatingTeamResolver {
  @Query(() => OperatingTeamMemberConnection, {
    nullable: true,
    description: "The Pôle's operating team (cellule opérationnelle d'animation), by first day.",
  })
  operatingTeam(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => OperatingTeamFilter, { nullable: true }) filter?: OperatingTeamFilter,
    @Arg("sort", () => OperatingTeamSort, { nullable: true }) sort?: OperatingTeamSort,
  ): Promise<OperatingTeamMemberConnection> {
    const query = dataSource.getRepository(OperatingTeamMember).createQueryBuilder("team");
    if (filter?.activeOn) {
      query.andWhere("team.startsOn <= :day AND (team.endsOn IS NULL OR team.endsOn >= :day)", {
        day: filter.activeOn,
      });
    }
    const column = sort?.field === OperatingTeamSortField.JOB_TITLE ? "team.jobTitle" : "team.startsOn";
    return pageOf(query, page, column, sort?.direction);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => AddOperatingTeamMemberPayload, {
    nullable: true,
    description: "Adds an employee to the operating team (staff).",
  })
  addOperatingTeamMember(
    @Arg("input", () => AddOperatingTeamMemberInput) input: AddOperatingTeamMemberInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ operatingTeamMember: OperatingTeamMember }> {
    assertOrdered(input.startsOn, input.endsOn, "input.startsOn", "input.endsOn");
    return runMutation(context, "addOperatingTeamMember", async ({ manager, recordChange }) => {
      const operatingTeamMember = await manager.save(
        manager.create(OperatingTeamMember, {
          fullName: input.fullName,
          jobTitle: input.jobTitle,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
        }),
      );
      recordChange("OperatingTeamMember", operatingTeamMember.id);
      return { operatingTeamMember };
    });
  }
}
