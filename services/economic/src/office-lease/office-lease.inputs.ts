import { Field, Float, ID, InputType, Int, registerEnumType } from "type-graphql";
import { IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from "class-validator";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { SortInput } from "../common/listing";
import { IsEuros } from "../common/validators";

@InputType({ description: "Narrows the list of office leases; every given criterion must hold." })
export class OfficeLeaseFilter {
  @Field(() => ID, { nullable: true, description: "Only leases of this member." })
  @IsOptional()
  @IsUUID()
  memberId?: string;

  @Field({ nullable: true, description: "Only leases of this room (exact name)." })
  @IsOptional()
  @MaxLength(100)
  room?: string;

  @Field(() => LocalDate, { nullable: true, description: "Only leases in force on this day." })
  inForceOn?: IsoDate;
}

export enum OfficeLeaseSortField {
  STARTS_ON = "STARTS_ON",
  ROOM = "ROOM",
  AREA = "AREA",
}

registerEnumType(OfficeLeaseSortField, {
  name: "OfficeLeaseSortField",
  description: "Field the office lease list is sorted by.",
  valuesConfig: {
    STARTS_ON: { description: "First day." },
    ROOM: { description: "Room name." },
    AREA: { description: "Floor area." },
  },
});

export const OfficeLeaseSort = SortInput("OfficeLease", OfficeLeaseSortField, OfficeLeaseSortField.STARTS_ON);
export type OfficeLeaseSort = InstanceType<typeof OfficeLeaseSort>;

@InputType({ description: "A new office lease (staff). Two leases of one room may not overlap." })
export class CreateOfficeLeaseInput {
  @Field(() => ID, { description: "The tenant, installed in the building on startsOn." })
  @IsUUID()
  memberId!: string;

  @Field({ description: "Room or office name, 1–100 characters." })
  @Length(1, 100)
  room!: string;

  @Field(() => Int, { description: "Floor area in m², 1–10,000." })
  @IsInt()
  @Min(1)
  @Max(10_000)
  areaSqm!: number;

  @Field(() => LocalDate, { description: "First day." })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day; null for open-ended." })
  endsOn?: IsoDate | null;

  @Field(() => Float, { description: "Monthly rent at the member rate, in euros." })
  @IsEuros()
  monthlyRent!: number;

  @Field(() => Float, { nullable: true, description: "Monthly rent of the same office at the public rate." })
  @IsOptional()
  @IsEuros()
  publicMonthlyRent?: number | null;
}

@InputType({ description: "Ends an office lease on a day (staff)." })
export class EndOfficeLeaseInput {
  @Field(() => ID, { description: "The lease." })
  @IsUUID()
  leaseId!: string;

  @Field(() => LocalDate, { description: "Last day of the lease, on or after its first." })
  endsOn!: IsoDate;
}
