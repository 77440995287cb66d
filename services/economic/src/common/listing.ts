import { Field, InputType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { PageArgs, pageWindow, SortDirection, toConnection, type ConnectionShape } from "@pole/subgraph-kit";

/** The shape of every `<Type>Sort` input: a field of the list's own enum and a direction. */
export interface SortShape<F extends string> {
  field: F;
  direction: SortDirection;
}

/**
 * Declares the `<Name>Sort` input of a list: `field` (the list's `<Name>SortField` enum, registered by the
 * caller) and `direction`. Ties are always broken by id, so pages are stable.
 */
export function SortInput<F extends string>(
  name: string,
  fieldEnum: Record<string, F>,
  defaultField: NoInfer<F>,
) {
  @InputType(`${name}Sort`, {
    description: `Order of the ${name} list; ties are broken by id so pages are stable.`,
  })
  class Sort implements SortShape<F> {
    @Field(() => fieldEnum, { defaultValue: defaultField, description: "Field to sort by." })
    field!: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending or descending." })
    direction!: SortDirection;
  }
  return Sort;
}

/**
 * One page of a list: orders the query by the `orderBy` columns in `direction` (then by id), cuts the
 * window given by `first`/`after` and counts the whole list. Two statements whatever the page size.
 */
export async function pageOf<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  orderBy: string | string[],
  direction: SortDirection = SortDirection.ASC,
): Promise<ConnectionShape<T>> {
  const window = pageWindow(page);
  query.orderBy();
  for (const column of Array.isArray(orderBy) ? orderBy : [orderBy]) query.addOrderBy(column, direction);
  query.addOrderBy(`${query.alias}.id`, "ASC").skip(window.offset).take(window.limit);
  const [rows, total] = await query.getManyAndCount();
  return toConnection(rows, window, total);
}
