import { Directive, Field, Float, ObjectType } from "type-graphql";
import { MaxItems } from "./limits/list-size";

/**
 * One line of a report breakdown, shaped so a spreadsheet can take a list of them as it is: a stable key,
 * a French label for people, a value. Every subgraph's reports use it, hence `@shareable`.
 */
@ObjectType({ description: "One line of a report breakdown: a stable key, a French label and a value." })
@Directive("@shareable")
export class BreakdownItem {
  @Field({ description: "Stable machine key, e.g. an enum value such as ASSOCIATION." })
  key!: string;

  @Field({ description: "Label in French, for people, e.g. « Association »." })
  label!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      "The value for this key (a count, an amount in euros, hours…); null when nothing was recorded for the whole breakdown that year (never 0 for no data).",
  })
  value!: number | null;
}

/** Declares a breakdown field's size (`@listSize`): one item per key of its label table. */
export const BreakdownOf = (labels: Record<string, string>) => MaxItems(Object.keys(labels).length);

/**
 * Builds breakdown items in a fixed key order. When the year has data (`recorded`), a key without a row is
 * a true 0; when nothing was recorded at all, every value is null, never a made-up 0.
 */
export function breakdown(
  labels: Record<string, string>,
  values: Map<string, number>,
  recorded = true,
): BreakdownItem[] {
  return Object.entries(labels).map(([key, label]) =>
    Object.assign(new BreakdownItem(), { key, label, value: recorded ? (values.get(key) ?? 0) : null }),
  );
}
