import { Field, ObjectType } from "type-graphql";
import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { NeighbourhoodAction } from "../neighbourhood-action/neighbourhood-action.entity";
import { MarketStudyRole, MarketStudyStatus } from "./market-study.enums";

/** NAF rev. 2 sub-class codes: two digits, a dot, two digits, a capital letter (e.g. 56.30Z). */
export const NAF_CODE = /^[0-9]{2}\.[0-9]{2}[A-Z]$/;

/** The details of a MARKET_STUDY action: one row per action, deleted with it. */
@Entity("market_study")
@Check(
  "CHK_market_study_naf_codes",
  `array_to_string("naf_codes", ' ') ~ '^([0-9]{2}\\.[0-9]{2}[A-Z]( |$))*$'`,
)
@ObjectType({
  description:
    "A market study for a new economic activity in the neighbourhood, carried or joined by the Pôle (the details of a MARKET_STUDY action).",
})
export class MarketStudy {
  @PrimaryColumn({ name: "action_id", type: "uuid" })
  actionId!: string;

  @OneToOne(() => NeighbourhoodAction, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: NeighbourhoodAction;

  @Field({
    description: "The question the study answers (French), e.g. « Un café culturel est-il viable ? ».",
  })
  @Column({ type: "varchar", length: 1000 })
  question!: string;

  @Field(() => String, {
    nullable: true,
    description: "What the study found (French); null until it concludes.",
  })
  @Column({ type: "text", nullable: true })
  findings!: string | null;

  @Field(() => [String], {
    description: "Activities studied, as NAF rev. 2 codes (INSEE), e.g. 56.30Z (débits de boissons).",
  })
  @Column({ name: "naf_codes", type: "varchar", length: 6, array: true, default: "{}" })
  nafCodes!: string[];

  @Field(() => MarketStudyStatus, { description: "How far the study has gone, and what came of it." })
  @Column({ type: "enum", enum: MarketStudyStatus, enumName: "market_study_status" })
  status!: MarketStudyStatus;

  @Field(() => MarketStudyRole, { description: "Whether the Pôle carries the study or joins it." })
  @Column({ name: "pole_role", type: "enum", enum: MarketStudyRole, enumName: "market_study_role" })
  poleRole!: MarketStudyRole;
}
