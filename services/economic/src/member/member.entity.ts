import { Authorized, Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { LocalDate, type AccessRule, type IsoDate, type OwnedResource } from "@pole/subgraph-kit";
import { sirenOf } from "../common/identifiers";
import { legalCategoryOf } from "./legal-category";
import { Activity, LegalForm, MembershipKind } from "./member.enums";

@Entity("member")
// The trigram index on the folded name (nameContains) is an expression index the accent-folding migration
// creates; declared here, unsynchronized, so that schema checks leave it alone.
@Index("IDX_member_name_folded", { synchronize: false })
@ObjectType({
  description: "A member structure of the Pôle: a cultural or creative enterprise or organisation.",
})
@Directive('@key(fields: "id")')
export class Member implements OwnedResource {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Name of the structure." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => LegalForm, { description: "Legal form of the structure." })
  @Column({ name: "legal_form", type: "enum", enum: LegalForm, enumName: "legal_form" })
  legalForm!: LegalForm;

  @Field(() => [Activity], {
    description: "Activities of the structure in the cultural and creative sector.",
  })
  @Column({ type: "enum", enum: Activity, enumName: "activity", array: true, default: "{}" })
  activities!: Activity[];

  @Field(() => String, {
    nullable: true,
    description:
      "INSEE catégorie juridique (4 digits) of the legal form, e.g. 9220 for an association; null for an activity hosted by a CAE (the CAE's category applies).",
  })
  get legalCategoryCode(): string | null {
    return legalCategoryOf[this.legalForm]?.code ?? null;
  }

  @Field(() => String, { nullable: true, description: "Official label of the INSEE catégorie juridique." })
  get legalCategoryLabel(): string | null {
    return legalCategoryOf[this.legalForm]?.label ?? null;
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => String, {
    nullable: true,
    description: "SIRET of the structure's establishment: 14 digits (staff and the member itself).",
  })
  @Column({ type: "varchar", length: 14, nullable: true, unique: true })
  siret!: string | null;

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => String, {
    nullable: true,
    description: "SIREN of the structure, the SIRET's first 9 digits (staff and the member itself).",
  })
  get siren(): string | null {
    return this.siret ? sirenOf(this.siret) : null;
  }

  @Authorized<AccessRule>("staff", "owner")
  @Field(() => String, {
    nullable: true,
    description:
      "RNA number of an association: W and 9 digits; null for other legal forms (staff and the member itself).",
  })
  @Column({ name: "rna_number", type: "varchar", length: 10, nullable: true, unique: true })
  rnaNumber!: string | null;

  @Field(() => MembershipKind, {
    description:
      "Installed in the Boutaric building, or associated elsewhere: the kind in force now (see membershipHistory).",
  })
  @Column({ name: "membership_kind", type: "enum", enum: MembershipKind, enumName: "membership_kind" })
  membershipKind!: MembershipKind;

  @Field(() => LocalDate, { description: "Date the structure joined the Pôle." })
  @Column({ name: "joined_on", type: "date" })
  joinedOn!: IsoDate;

  @Field(() => LocalDate, {
    nullable: true,
    description: "Date the structure left the Pôle; null while a member.",
  })
  @Column({ name: "left_on", type: "date", nullable: true })
  leftOn!: IsoDate | null;

  @Field(() => String, { nullable: true, description: "Public presentation of the structure (French)." })
  @Column({ name: "public_description", type: "text", nullable: true })
  publicDescription!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The structure's website: an absolute http or https URL, set by the member or the staff; null when none is known.",
  })
  @Column({ type: "varchar", length: 2000, nullable: true })
  website!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Address of the structure's logo (an image), an absolute https URL set by the member or the staff; null when none is known. The graph stores the address only: the image stays on the member's server.",
  })
  @Column({ name: "logo_url", type: "varchar", length: 2000, nullable: true })
  logoUrl!: string | null;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  owners() {
    return { memberId: this.id };
  }
}
