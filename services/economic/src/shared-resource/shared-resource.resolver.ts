import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Field,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import {
  Connection,
  forbidden,
  invalidField,
  message,
  missingRecord,
  formerNameOf,
  PageArgs,
  runMutation,
  unauthenticated,
  type AccessRule,
  type SubgraphContext,
  ChecksViewer,
} from "@pole/subgraph-kit";
import { assertActsFor } from "../common/access";
import { refuseOverlap } from "../common/conflict";
import { assertOrdered } from "../common/dates";
import { pageOf } from "../common/listing";
import { Payload } from "../common/payload";
import { recordById } from "../common/relation-loaders";
import { Member } from "../member/member.entity";
import { eurosToCents, optionalCents } from "../money";
import { Booking } from "./booking.entity";
import { SharedResource } from "./shared-resource.entity";
import {
  BookingFilter,
  BookingSort,
  BookSharedResourceInput,
  CancelBookingInput,
  CreateSharedResourceInput,
  SharedResourceFilter,
  SharedResourceSort,
  SharedResourceSortField,
} from "./shared-resource.inputs";

export const SharedResourceConnection = Connection(
  SharedResource,
  "SharedResource",
  "A page of shared rooms and equipment (Relay connection).",
);
type SharedResourceConnection = InstanceType<typeof SharedResourceConnection>;
export const BookingConnection = Connection(Booking, "Booking", "A page of bookings (Relay connection).");
type BookingConnection = InstanceType<typeof BookingConnection>;

export const CreateSharedResourcePayload = Payload(
  "CreateSharedResource",
  "sharedResource",
  SharedResource,
  "The new resource.",
);
export const BookSharedResourcePayload = Payload("BookSharedResource", "booking", Booking, "The booking.");

@ObjectType("CancelBookingPayload", { description: "What cancelBooking removed." })
export class CancelBookingPayload {
  @Field(() => ID, {
    description: "Id of the booking cancelled (deleted), as deleteAdoption and deleteTransfer name theirs.",
  })
  deletedBookingId!: string;

  @Field(() => ID, formerNameOf("deletedBookingId", "Id of the booking cancelled."))
  bookingId!: string;
}

/** The longest slot one booking may hold. */
const MAX_BOOKING_MS = 14 * 24 * 3_600_000;

@Resolver(() => SharedResource)
export class SharedResourceResolver {
  @Query(() => SharedResourceConnection, {
    nullable: true,
    description: "Shared rooms and equipment members can book.",
  })
  sharedResources(
    @Args() page: PageArgs,
    @Ctx() { dataSource }: SubgraphContext,
    @Arg("filter", () => SharedResourceFilter, { nullable: true }) filter?: SharedResourceFilter,
    @Arg("sort", () => SharedResourceSort, { nullable: true }) sort?: SharedResourceSort,
  ): Promise<SharedResourceConnection> {
    const query = dataSource.getRepository(SharedResource).createQueryBuilder("resource");
    if (filter?.kind) query.andWhere("resource.kind = :kind", { kind: filter.kind });
    const column =
      sort?.field === SharedResourceSortField.MEMBER_HOURLY_RATE
        ? "resource.memberHourlyRateCents"
        : "resource.name";
    return pageOf(query, page, column, sort?.direction);
  }

  @ChecksViewer()
  @Query(() => BookingConnection, {
    nullable: true,
    description:
      "Booked slots, by start: public, so everyone sees what is free; who booked, why and the price are for staff and that member.",
  })
  bookings(
    @Args() page: PageArgs,
    @Ctx() { dataSource, viewer }: SubgraphContext,
    @Arg("filter", () => BookingFilter, { nullable: true }) filter?: BookingFilter,
    @Arg("sort", () => BookingSort, { nullable: true }) sort?: BookingSort,
  ): Promise<BookingConnection> {
    if (filter?.from && filter?.to && filter.from > filter.to) {
      throw invalidField("filter.from", "order", "input.notAfter", { other: "filter.to" });
    }
    const query = dataSource.getRepository(Booking).createQueryBuilder("booking");
    if (filter?.memberId) {
      // Who booked is private: only staff and the member itself may list a member's bookings.
      assertActsFor(viewer, filter.memberId.toLowerCase());
      query.andWhere("booking.memberId = :memberId", { memberId: filter.memberId.toLowerCase() });
    }
    if (filter?.resourceId) {
      query.andWhere("booking.resourceId = :resourceId", { resourceId: filter.resourceId.toLowerCase() });
    }
    if (filter?.from) query.andWhere("booking.endsAt > :from", { from: filter.from });
    if (filter?.to) query.andWhere("booking.startsAt < :to", { to: filter.to });
    return pageOf(query, page, "booking.startsAt", sort?.direction);
  }

  @Authorized<AccessRule>("staff")
  @Mutation(() => CreateSharedResourcePayload, {
    nullable: true,
    description: "Adds a shared room or piece of equipment (staff).",
  })
  createSharedResource(
    @Arg("input", () => CreateSharedResourceInput) input: CreateSharedResourceInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ sharedResource: SharedResource }> {
    return runMutation(context, "createSharedResource", async ({ manager, recordChange }) => {
      const sharedResource = await manager.save(
        manager.create(SharedResource, {
          kind: input.kind,
          name: input.name,
          description: input.description ?? null,
          capacity: input.capacity ?? null,
          memberHourlyRateCents: eurosToCents(input.memberHourlyRate),
          publicHourlyRateCents: optionalCents(input.publicHourlyRate),
        }),
      );
      recordChange("SharedResource", sharedResource.id);
      return { sharedResource };
    });
  }

  @ChecksViewer()
  @Mutation(() => BookSharedResourcePayload, {
    nullable: true,
    description:
      "Books a shared resource for a slot: staff for any member, a member for itself. CONFLICT when the slot overlaps another booking.",
  })
  bookSharedResource(
    @Arg("input", () => BookSharedResourceInput) input: BookSharedResourceInput,
    @Ctx() context: SubgraphContext,
  ): Promise<{ booking: Booking }> {
    const memberId = input.memberId.toLowerCase();
    assertActsFor(context.viewer, memberId);
    assertOrdered(input.startsAt, input.endsAt, "input.startsAt", "input.endsAt", true);
    if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_BOOKING_MS) {
      throw invalidField("input.endsAt", "range", "economic.bookingTooLong", { days: 14 });
    }
    return runMutation(context, "bookSharedResource", async ({ manager, recordChange }) => {
      const resource = await manager.findOneBy(SharedResource, { id: input.resourceId.toLowerCase() });
      if (!resource) throw missingRecord("input.resourceId", "economic.noSharedResource");
      const member = await manager.findOneBy(Member, { id: memberId });
      if (!member) throw missingRecord("input.memberId", "economic.noMember");
      if (member.leftOn && member.leftOn < input.startsAt.toISOString().slice(0, 10)) {
        throw invalidField("input.startsAt", "consistency", "economic.memberLeftByThen");
      }
      const hours = (input.endsAt.getTime() - input.startsAt.getTime()) / 3_600_000;
      const booking = await refuseOverlap(
        manager.save(
          manager.create(Booking, {
            resourceId: resource.id,
            memberId,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            purpose: input.purpose ?? null,
            memberAmountCents: Math.round(resource.memberHourlyRateCents * hours),
            publicAmountCents:
              resource.publicHourlyRateCents === null
                ? null
                : Math.round(resource.publicHourlyRateCents * hours),
          }),
        ),
        message("economic.resourceBooked", { name: resource.name }),
      );
      recordChange("Booking", booking.id);
      return { booking };
    });
  }

  @ChecksViewer()
  @Mutation(() => CancelBookingPayload, {
    nullable: true,
    description: "Cancels a booking: staff, or the member that booked.",
  })
  cancelBooking(
    @Arg("input", () => CancelBookingInput) input: CancelBookingInput,
    @Ctx() context: SubgraphContext,
  ): Promise<CancelBookingPayload> {
    if (!context.viewer) throw unauthenticated();
    if (context.viewer.role !== "staff" && context.viewer.role !== "member") throw forbidden();
    return runMutation(context, "cancelBooking", async ({ manager, recordChange }) => {
      const booking = await manager.findOneBy(Booking, { id: input.bookingId.toLowerCase() });
      if (!booking) throw missingRecord("input.bookingId", "economic.noBooking");
      assertActsFor(context.viewer, booking.memberId);
      await manager.delete(Booking, { id: booking.id });
      recordChange("Booking", booking.id);
      return { deletedBookingId: booking.id, bookingId: booking.id };
    });
  }
}

@Resolver(() => Booking)
export class BookingResolver {
  @FieldResolver(() => SharedResource, { description: "The room or equipment booked." })
  async resource(@Root() booking: Booking, @Ctx() context: SubgraphContext) {
    return recordById(context, SharedResource).load(booking.resourceId);
  }

  @Authorized<AccessRule>("staff", "owner")
  @FieldResolver(() => Member, {
    nullable: true,
    description: "The member that booked (staff and that member).",
  })
  member(@Root() booking: Booking, @Ctx() context: SubgraphContext) {
    return recordById(context, Member).load(booking.memberId);
  }
}
