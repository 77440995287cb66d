import { Field, ObjectType } from "type-graphql";
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { NeighbourhoodAction } from "../neighbourhood-action/neighbourhood-action.entity";
import { InitiativeHelpKind } from "./initiative-help-kind.enum";

/** The details of a COLLECTIVE_INITIATIVE_SUPPORT action: one row per action, deleted with it. */
@Entity("collective_initiative")
@ObjectType({
  description:
    "A collective initiative of inhabitants the Pôle supports (the details of a COLLECTIVE_INITIATIVE_SUPPORT action). Its carriers are described as a group, never as named people.",
})
export class CollectiveInitiative {
  @PrimaryColumn({ name: "action_id", type: "uuid" })
  actionId!: string;

  @OneToOne(() => NeighbourhoodAction, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: NeighbourhoodAction;

  @Field({ description: "The initiative (French), e.g. « Jardin partagé des voisins »." })
  @Column({ type: "varchar", length: 200 })
  initiative!: string;

  @Field({
    description:
      "Who carries it, as a group (French), e.g. « un collectif d'habitants de l'escalier B » — no names of people.",
  })
  @Column({ name: "carrier_group", type: "varchar", length: 300 })
  carrierGroup!: string;

  @Field(() => [InitiativeHelpKind], { description: "Kinds of help the Pôle gives." })
  @Column({
    name: "help_kinds",
    type: "enum",
    enum: InitiativeHelpKind,
    enumName: "initiative_help_kind",
    array: true,
    default: "{}",
  })
  helpKinds!: InitiativeHelpKind[];

  @Field({ description: "The help given, in words (French)." })
  @Column({ name: "help_given", type: "text" })
  helpGiven!: string;
}
