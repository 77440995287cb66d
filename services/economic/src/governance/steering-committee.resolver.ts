import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  assertDateRange,
  Connection,
  LocalDate,
  PageArgs,
  runMutation,
  type AccessRule,
  type IsoDate,
  type SubgraphContext,
  MaxItems,
} from "@pole/subgraph-kit";
import { today } from "../common/dates";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { recordsBy } from "../common/relation-loaders";
import {
  AddSteeringCommitteeSeatInput,
  RecordSteeringCommitteeMeetingInput,
  SteeringCommitteeMeetingFilter,
  SteeringCommitteeMeetingSort,
} from "./governance.inputs";
import { SteeringCommitteeDecision } from "./steering-committee-decision.entity";
import { SteeringCommitteeMeeting } from "./steering-committee-meeting.entity";
import { SteeringCommitteeSeat } from "./steering-committee-seat.entity";
import { SteeringCommittee } from "./steering-committee.type";

export const SteeringCommitteeMeetingConnection = Connection(
  SteeringCommitteeMeeting,
  "SteeringCommitteeMeeting",
  "A page of steering committee meetings (Relay connection).",
);
type SteeringCommitteeMeetingConnection = InstanceType<typeof SteeringCommitteeMeetingConnection>;

export const AddSteeringCommitteeSeatPayload = Payload(
  "AddSteeringCommitteeSeat",
  "steeringCommitteeSeat",
  SteeringCommitteeSeat,
  "The new seat.",
  "seat",
);
export const RecordSteeringCommitteeMeetingPayload = Payload(
  "RecordSteeringCommitteeMeeting",
  "steeringCommitteeMeeting",
  SteeringCommitteeMeeting,
  "The meeting with its decisions.",
  "meeting",
);

@Resolver(() => SteeringCommittee)
export class SteeringCommitteeResolver {
  @Query(() => SteeringCommittee, {
    nullable: true,
    description: "The steering committee: its seats and chair.",
  })
  steeringCommittee(): SteeringCommittee {
    return new SteeringCommittee();
  }

  @FieldResolver(() => SteeringCommitteeSeat, {
    nullable: true,
    description: "The body chairing on a day (today by default): the City of Dijon.",
  })
  async chair(
    @Ctx() context: SubgraphContext,
    @Arg("on", () => LocalDate, { nullable: true, description: "The day; today by default." }) on?: IsoDate,
  ): Promise<SteeringCommitteeSeat | null> {
    return (await this.seats(context, on)).find((seat) => seat.isChair) ?? null;
  }

  @MaxItems(20)
  @FieldResolver(() => [SteeringCommitteeSeat], {
    description: "Bodies sitting on a day (today by default), the chair first.",
  })
  seats(
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("on", () => LocalDate, { nullable: true, description: "The day; today by default." }) on?: IsoDate,
  ): Promise<SteeringCommitteeSeat[]> {
    return dataSource
      .getRepository(SteeringCommitteeSeat)
      .createQueryBuilder("seat")
      .where("seat.since <= :day AND (seat.until IS NULL OR seat.until >= :day)", { day: on ?? today() })
      .orderBy("seat.isChair", "DESC")
      .addOrderBy("seat.bodyName", "ASC")
      .getMany();
  }

  @Query(() => SteeringCommitteeMeetingConnection, {
    nullable: true,
    description: "Meetings of the steering committee.",
  })
  steeringCommitteeMeetings(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => SteeringCommitteeMeetingFilter, { nullable: true })
    filter?: SteeringCommitteeMeetingFilter,
    @Arg("sort", () => SteeringCommitteeMeetingSort, { nullable: true }) sort?: SteeringCommitteeMeetingSort,
  ): Promise<SteeringCommitteeMeetingConnection> {
    assertDateRange(filter?.from, filter?.to, "filter.");
    const query = dataSource.getRepository(SteeringCommitteeMeeting).createQueryBuilder("meeting");
    if (filter?.from) query.andWhere("meeting.heldOn >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("meeting.heldOn <= :to", { to: filter.to });
    return pageOf(query, page, "meeting.heldOn", sort?.direction);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => AddSteeringCommitteeSeatPayload, {
    nullable: true,
    description: "Seats a body on the steering committee (staff); CONFLICT for a second chair.",
  })
  addSteeringCommitteeSeat(
    @Arg("input", () => AddSteeringCommitteeSeatInput) input: AddSteeringCommitteeSeatInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ steeringCommitteeSeat: SteeringCommitteeSeat; seat: SteeringCommitteeSeat }> {
    return runMutation(context, "addSteeringCommitteeSeat", async ({ manager, recordChange }) => {
      const seat = await manager.save(
        manager.create(SteeringCommitteeSeat, {
          bodyName: input.bodyName,
          bodyKind: input.bodyKind,
          isChair: input.isChair,
          since: input.since,
          until: null,
        }),
      );
      recordChange("SteeringCommitteeSeat", seat.id);
      return { steeringCommitteeSeat: seat, seat };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => RecordSteeringCommitteeMeetingPayload, {
    nullable: true,
    description: "Records a meeting of the steering committee and its decisions (staff).",
  })
  recordSteeringCommitteeMeeting(
    @Arg("input", () => RecordSteeringCommitteeMeetingInput) input: RecordSteeringCommitteeMeetingInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ steeringCommitteeMeeting: SteeringCommitteeMeeting; meeting: SteeringCommitteeMeeting }> {
    return runMutation(context, "recordSteeringCommitteeMeeting", async ({ manager, recordChange }) => {
      const meeting = await manager.save(
        manager.create(SteeringCommitteeMeeting, {
          heldOn: input.heldOn,
          place: input.place ?? null,
          summary: input.summary ?? null,
        }),
      );
      const decisions = await manager.save(
        input.decisions.map((decision) =>
          manager.create(SteeringCommitteeDecision, {
            meetingId: meeting.id,
            title: decision.title,
            description: decision.description ?? null,
            outcome: decision.outcome,
          }),
        ),
      );
      recordChange("SteeringCommitteeMeeting", meeting.id);
      for (const decision of decisions) recordChange("SteeringCommitteeDecision", decision.id);
      return { steeringCommitteeMeeting: meeting, meeting };
    });
  }
}

@Resolver(() => SteeringCommitteeMeeting)
export class SteeringCommitteeMeetingResolver {
  @MaxItems(50)
  @FieldResolver(() => [SteeringCommitteeDecision], { description: "Decisions taken at the meeting." })
  decisions(@Root() meeting: SteeringCommitteeMeeting, @Ctx() context: SubgraphContext) {
    return recordsBy(context, SteeringCommitteeDecision, "meetingId", { title: "ASC" }).load(meeting.id);
  }
}
