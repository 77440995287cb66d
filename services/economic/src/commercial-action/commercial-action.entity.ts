import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { centsToEuros, formerNameOf, LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { bigintCents } from "../money";
import { CommercialActionKind } from "./commercial-action.enums";

/** A pooled commercial action (communication, prospecting, marketing) led by the Pôle for its members. */
@Entity("commercial_action")
@Index(["startsOn"])
@Check(`"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@ObjectType({
  description: "A pooled commercial action the Pôle runs for several members, with its outcomes.",
})
export class CommercialAction {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => CommercialActionKind, { description: "Communication, prospecting or marketing." })
  @Column({ type: "enum", enum: CommercialActionKind, enumName: "commercial_action_kind" })
  kind!: CommercialActionKind;

  @Field({ description: "Title of the action (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the action does (French)." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => LocalDate, { description: "First day of the action." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the action; null while running." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;

  @Field(() => String, { nullable: true, description: "Outcomes of the action in words (French)." })
  @Column({ type: "text", nullable: true })
  outcome!: string | null;

  @Field(() => Int, {
    nullable: true,
    ...formerNameOf("leadCount", "Contacts or leads the action produced."),
  })
  @Column({ type: "int", nullable: true })
  leads!: number | null;

  @Field(() => Int, {
    nullable: true,
    ...formerNameOf("contractWonCount", "Contracts the participants signed thanks to the action."),
  })
  @Column({ name: "contracts_won", type: "int", nullable: true })
  contractsWon!: number | null;

  @Field(() => Int, { nullable: true, description: "Contacts or leads the action produced (a count)." })
  get leadCount(): number | null {
    return this.leads;
  }

  @Field(() => Int, {
    nullable: true,
    description: "Contracts the participants signed thanks to the action (a count).",
  })
  get contractWonCount(): number | null {
    return this.contractsWon;
  }

  @Column({ name: "revenue_generated_cents", type: "bigint", nullable: true, transformer: bigintCents })
  revenueGeneratedCents!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Revenue the participants made from those contracts, in euros, all participants together.",
  })
  get revenueGenerated(): number | null {
    return this.revenueGeneratedCents === null ? null : centsToEuros(this.revenueGeneratedCents);
  }
}
