import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";
import { Member } from "../member/member.entity";
import { AssociationMemberKind, BoardRole, College } from "./governance.enums";

/**
 * A member of the association (its general assembly), in one of the three colleges. Member enterprises are
 * the Pôle's member structures (`member`); partners and qualified persons are not.
 */
@Entity("association_member")
@Index(["college"])
@Check(`"college" <> 'MEMBER_ENTERPRISES' OR "member_id" IS NOT NULL`)
@Check(`"votes" >= 0`)
@Check(`"left_on" IS NULL OR "left_on" >= "joined_on"`)
@ObjectType({
  description: "A member of the association, in one of its three colleges, with its voting rights.",
})
export class AssociationMember {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => College, { description: "College of the association." })
  @Column({ type: "enum", enum: College, enumName: "college" })
  college!: College;

  @Field(() => AssociationMemberKind, { description: "Organisation or natural person." })
  @Column({ type: "enum", enum: AssociationMemberKind, enumName: "association_member_kind" })
  kind!: AssociationMemberKind;

  @Field({ description: "Name of the organisation or person." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ name: "member_id", type: "uuid", nullable: true })
  memberId!: string | null;

  @ManyToOne(() => Member, { onDelete: "SET NULL" })
  @JoinColumn({ name: "member_id" })
  member?: Member;

  @Field({ description: "Whether it votes at the general assembly." })
  @Column({ name: "has_voting_rights", type: "boolean" })
  hasVotingRights!: boolean;

  @Field(() => Int, { description: "Votes it holds at the general assembly (0 without voting rights)." })
  @Column({ type: "int" })
  votes!: number;

  @Field(() => BoardRole, { nullable: true, description: "Seat on the board, if any." })
  @Column({ name: "board_role", type: "enum", enum: BoardRole, enumName: "board_role", nullable: true })
  boardRole!: BoardRole | null;

  @Field(() => LocalDate, { description: "Date it joined the association." })
  @Column({ name: "joined_on", type: "date" })
  joinedOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Date it left; null while a member." })
  @Column({ name: "left_on", type: "date", nullable: true })
  leftOn!: IsoDate | null;
}
