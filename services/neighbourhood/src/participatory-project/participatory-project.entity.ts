import { Field, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { LocalDate, type IsoDate } from "@pole/subgraph-kit";

@Entity("participatory_project")
// The index on the folded place (the place filter), created by the accent-folding migration.
@Index("IDX_participatory_project_place_folded", { synchronize: false })
@Check("CHK_participatory_project_dates", `"ends_on" IS NULL OR "ends_on" >= "starts_on"`)
@ObjectType({
  description:
    "A participatory project run with the inhabitants over several years, such as « Réenchantez l'Esplanade Boutaric ».",
})
export class ParticipatoryProject {
  @Field(() => ID, { description: "Stable identifier (UUID)." })
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field({ description: "Title of the project (French)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "What the project set out to do and how the inhabitants took part (French)." })
  @Column({ type: "text" })
  summary!: string;

  @Field(() => LocalDate, { description: "First day of the project." })
  @Column({ name: "starts_on", type: "date" })
  startsOn!: IsoDate;

  @Field(() => LocalDate, { nullable: true, description: "Last day of the project; null while it goes on." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn!: IsoDate | null;

  @Field({ description: "Where it takes place, e.g. « Esplanade Boutaric »." })
  @Column({ type: "varchar", length: 200 })
  place!: string;

  @Field({ description: "True for invented sample records, false for real data." })
  @Column({ name: "is_sample", type: "boolean", default: false })
  isSample!: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;
}
