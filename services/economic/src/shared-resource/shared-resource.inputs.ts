import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { IsInt, IsOptional, IsUUID, Length, MaxLength, Min } from "class-validator";
import { SortInput } from "../common/listing";
import { IsEuros } from "../common/validators";
import { SharedResourceKind } from "./shared-resource-kind.enum";

@InputType({ description: "Narrows the list of shared resources." })
export class SharedResourceFilter {
  @Field(() => SharedResourceKind, { nullable: true, description: "Only rooms, or only equipment." })
  kind?: SharedResourceKind;
}

export enum SharedResourceSortField {
  NAME = "NAME",
  MEMBER_HOURLY_RATE = "MEMBER_HOURLY_RATE",
}

registerEnumType(SharedResourceSortField, {
  name: "SharedResourceSortField",
  description: "Field the shared resource list is sorted by.",
  valuesConfig: { NAME: { description: "Name." }, MEMBER_HOURLY_RATE: { description: "Member rate." } },
});

export const SharedResourceSort = SortInput(
  "SharedResource",
  SharedResourceSortField,
  SharedResourceSortField.NAME,
);
export type SharedResourceSort = InstanceType<typeof SharedResourceSort>;

@InputType({ description: "Narrows the list of bookings; every given criterion must hold." })
export class BookingFilter {
  @Field(() => ID, { nullable: true, description: "Only bookings of this resource." })
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "Only bookings of this member (staff, or the member itself).",
  })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field({ nullable: true, description: "Only bookings ending after this instant." })
  from?: Date;

  @Field({ nullable: true, description: "Only bookings starting before this instant." })
  to?: Date;
}

export enum BookingSortField {
  STARTS_AT = "STARTS_AT",
}

registerEnumType(BookingSortField, {
  name: "BookingSortField",
  description: "Field the booking list is sorted by.",
  valuesConfig: { STARTS_AT: { description: "Start of the slot." } },
});

export const BookingSort = SortInput("Booking", BookingSortField, BookingSortField.STARTS_AT);
export type BookingSort = InstanceType<typeof BookingSort>;

@InputType({ description: "A new shared room or piece of equipment (staff)." })
export class CreateSharedResourceInput {
  @Field(() => SharedResourceKind, { description: "Room or equipment." })
  kind!: SharedResourceKind;

  @Field({ description: "Name (French), unique, 1–200 characters." })
  @Length(1, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: "What it is (French)." })
  @IsOptional()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: "Seats, for a room." })
  @IsOptional()
  @IsInt()
  @Min(1)
  capacity?: number | null;

  @Field(() => Float, { description: "Member rate per hour, in euros." })
  @IsEuros()
  memberHourlyRate!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Public rate per hour, in euros; null when not hired out.",
  })
  @IsOptional()
  @IsEuros()
  publicHourlyRate?: number | null;
}

@InputType({
  description:
    "Books a shared resource for a slot: staff for any member, a member for itself. Overlapping slots are refused with CONFLICT.",
})
export class BookSharedResourceInput {
  @Field(() => ID, { description: "The resource." })
  @IsUUID()
  resourceId!: string;

  @Field(() => ID, { description: "The member booking." })
  @IsUUID()
  memberId!: string;

  @Field({ description: "Start of the slot." })
  startsAt!: Date;

  @Field({ description: "End of the slot, after its start, at most 14 days later." })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: "Why (French), up to 300 characters." })
  @IsOptional()
  @MaxLength(300)
  purpose?: string | null;
}

@InputType({ description: "Cancels a booking: staff, or the member that booked." })
export class CancelBookingInput {
  @Field(() => ID, { description: "The booking." })
  @IsUUID()
  bookingId!: string;
}
