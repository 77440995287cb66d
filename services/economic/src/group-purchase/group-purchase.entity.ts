import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

/** An order the Pôle places for several members together, at a group price. */
@Entity("group_purchase")
@Index(["orderedOn"])
@ObjectType({ description: "A group purchase: one order for several members at a group price." })
export class GroupPurchase {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "What was bought (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "Supplier of the order." })
  @Column({ type: "varchar", length: 200 })
  supplier!: string;

  @Field(() => LocalDate, { description: "Date of the order." })
  @Column({ name: "ordered_on", type: "date" })
  orderedOn!: IsoDate;

  @Field(() => String, { nullable: true, description: "Details of the order (French)." })
  @Column({ type: "text", nullable: true })
  description!: string | null;
}
