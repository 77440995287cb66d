import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import {
  assertDateRange,
  Connection,
  invalidField,
  missingRecord,
  PageArgs,
  requireUuid,
  runMutation,
  SortDirection,
  type AccessRule,
  type KeyPart,
  type SubgraphContext,
  MaxItems,
  ChecksViewer,
} from "@pole/subgraph-kit";
import { assertActsFor } from "../common/access";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { recordById, recordsBy } from "../common/relation-loaders";
import { Member } from "../member/member.entity";
import { centsForHours } from "../service-offering/pricing-unit.enum";
import { ServiceCategory } from "../service-offering/service-category.enum";
import { ServiceOffering } from "../service-offering/service-offering.entity";
import { TrainingAttendance } from "./training-attendance.entity";
import { TrainingSession } from "./training-session.entity";
import { Training } from "./training.entity";
import {
  CreateTrainingInput,
  RecordTrainingAttendanceInput,
  ScheduleTrainingSessionInput,
  TrainingFilter,
  TrainingSort,
  TrainingSortField,
} from "./training.inputs";

export const TrainingConnection = Connection(Training, "Training", "A page of trainings (Relay connection).");
type TrainingConnection = InstanceType<typeof TrainingConnection>;

export const CreateTrainingPayload = Payload("CreateTraining", "training", Training, "The new training.");
export const ScheduleTrainingSessionPayload = Payload(
  "ScheduleTrainingSession",
  "trainingSession",
  TrainingSession,
  "The new session.",
);
export const RecordTrainingAttendancePayload = Payload(
  "RecordTrainingAttendance",
  "trainingAttendance",
  TrainingAttendance,
  "The attendance as recorded, with its prices.",
);

/** Sessions of each training, oldest first. */
const sessionsByTraining = (context: SubgraphContext) =>
  recordsBy(context, TrainingSession, "trainingId", { heldOn: "ASC" });

@Resolver(() => Training)
export class TrainingResolver {
  @Query(() => Training, { nullable: true, description: "A training by id; null when none." })
  training(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext) {
    return recordById(context, Training).load(requireUuid(id));
  }

  @ChecksViewer()
  @Query(() => TrainingConnection, {
    nullable: true,
    description: "Custom professional trainings with their sessions.",
  })
  trainings(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => TrainingFilter, { nullable: true }) filter?: TrainingFilter,
    @Arg("sort", () => TrainingSort, { nullable: true }) sort?: TrainingSort,
  ): Promise<TrainingConnection> {
    assertDateRange(filter?.from, filter?.to, "filter.");
    const query = dataSource.getRepository(Training).createQueryBuilder("training");
    if (filter?.from || filter?.to) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM training_session s WHERE s.training_id = training.id
                   AND (CAST(:from AS date) IS NULL OR s.held_on >= :from)
                   AND (CAST(:to AS date) IS NULL OR s.held_on <= :to))`,
        { from: filter.from ?? null, to: filter.to ?? null },
      );
    }
    if (filter?.memberId) {
      // Who used a service is private: only staff and the member itself may filter by member.
      assertActsFor(viewer, filter.memberId.toLowerCase());
      query.andWhere(
        `EXISTS (SELECT 1 FROM training_session s JOIN training_attendance a ON a.session_id = s.id
                  WHERE s.training_id = training.id AND a.member_id = :memberId)`,
        { memberId: filter.memberId.toLowerCase() },
      );
    }
    if (sort?.field === TrainingSortField.TITLE) return pageOf(query, page, "training.title", sort.direction);
    // A training without sessions yet has no first session: it comes last, whichever the direction.
    const firstSession: KeyPart = {
      sql: "(SELECT min(s.held_on) FROM training_session s WHERE s.training_id = training.id)",
      type: "date",
      nullable: true,
    };
    return pageOf(query, page, firstSession, sort?.direction ?? SortDirection.ASC);
  }

  @MaxItems(20)
  @FieldResolver(() => [TrainingSession], { description: "Sessions, oldest first." })
  sessions(@Root() training: Training, @Ctx() context: SubgraphContext) {
    return sessionsByTraining(context).load(training.id);
  }

  @FieldResolver(() => Float, { description: "Hours of all its sessions." })
  async totalHours(@Root() training: Training, @Ctx() context: SubgraphContext): Promise<number> {
    const sessions = await sessionsByTraining(context).load(training.id);
    return sessions.reduce((sum, session) => sum + session.hours, 0);
  }

  @FieldResolver(() => ServiceOffering, { description: "The offering it falls under, with its rates." })
  async offering(@Root() training: Training, @Ctx() context: SubgraphContext) {
    return recordById(context, ServiceOffering).load(training.offeringId);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateTrainingPayload, { nullable: true, description: "Adds a custom training (staff)." })
  createTraining(
    @Arg("input", () => CreateTrainingInput) input: CreateTrainingInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ training: Training }> {
    return runMutation(context, "createTraining", async ({ manager, recordChange }) => {
      const offering = await manager.findOneBy(ServiceOffering, { id: input.offeringId.toLowerCase() });
      if (!offering) throw missingRecord("input.offeringId", "economic.noServiceOffering");
      if (offering.category !== ServiceCategory.CUSTOM_TRAINING) {
        throw invalidField("input.offeringId", "consistency", "economic.offeringFamily", {
          family: ServiceCategory.CUSTOM_TRAINING,
        });
      }
      const training = await manager.save(
        manager.create(Training, {
          offeringId: offering.id,
          title: input.title,
          description: input.description ?? null,
          trainer: input.trainer ?? null,
        }),
      );
      recordChange("Training", training.id);
      return { training };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => ScheduleTrainingSessionPayload, {
    nullable: true,
    description: "Adds a session to a training (staff).",
  })
  scheduleTrainingSession(
    @Arg("input", () => ScheduleTrainingSessionInput) input: ScheduleTrainingSessionInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ trainingSession: TrainingSession }> {
    return runMutation(context, "scheduleTrainingSession", async ({ manager, recordChange }) => {
      const trainingSession = await manager.save(
        manager.create(TrainingSession, {
          trainingId: input.trainingId.toLowerCase(),
          heldOn: input.heldOn,
          hours: input.hours,
          place: input.place ?? null,
        }),
      );
      recordChange("TrainingSession", trainingSession.id);
      return { trainingSession };
    });
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => RecordTrainingAttendancePayload, {
    nullable: true,
    description: "Records how many people of a member attended a session (staff).",
  })
  recordTrainingAttendance(
    @Arg("input", () => RecordTrainingAttendanceInput) input: RecordTrainingAttendanceInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ trainingAttendance: TrainingAttendance }> {
    return runMutation(context, "recordTrainingAttendance", async ({ manager, recordChange }) => {
      const session = await manager.findOneBy(TrainingSession, { id: input.sessionId.toLowerCase() });
      if (!session) throw missingRecord("input.sessionId", "economic.noTrainingSession");
      const training = await manager.findOneByOrFail(Training, { id: session.trainingId });
      const offering = await manager.findOneByOrFail(ServiceOffering, { id: training.offeringId });
      const hours = session.hours * input.participantCount;
      const memberId = input.memberId.toLowerCase();
      await manager
        .createQueryBuilder()
        .insert()
        .into(TrainingAttendance)
        .values({
          sessionId: session.id,
          memberId,
          participantCount: input.participantCount,
          memberAmountCents: centsForHours(offering.memberRateCents, offering.unit, hours) ?? 0,
          publicAmountCents: centsForHours(offering.publicRateCents, offering.unit, hours),
        })
        .orUpdate(
          ["participant_count", "member_amount_cents", "public_amount_cents"],
          ["session_id", "member_id"],
        )
        .execute();
      const trainingAttendance = await manager.findOneByOrFail(TrainingAttendance, {
        sessionId: session.id,
        memberId,
      });
      recordChange("TrainingAttendance", trainingAttendance.id);
      return { trainingAttendance };
    });
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @MaxItems(50)
  @FieldResolver(() => [TrainingAttendance], {
    description: "Attendance per member; which member and the prices are for staff and that member.",
  })
  attendance(@Root() session: TrainingSession, @Ctx() context: SubgraphContext) {
    return recordsBy(context, TrainingAttendance, "sessionId").load(session.id);
  }
}

@Resolver(() => TrainingAttendance)
export class TrainingAttendanceResolver {
  @Authorized<AccessRule>("staff", "owner")
  @FieldResolver(() => Member, {
    nullable: true,
    description: "The member that attended: who used a service is for staff and that member only.",
  })
  async member(@Root() attendance: TrainingAttendance, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(attendance.memberId);
  }
}
