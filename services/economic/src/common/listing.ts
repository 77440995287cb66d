import { Field, InputType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import {
  keysetPage,
  PageArgs,
  pageRequest,
  queryKeyset,
  SortDirection,
  type ConnectionShape,
  type KeyPart,
} from "@pole/subgraph-kit";

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
 * One page of a list: orders the query by the `orderBy` columns (`alias.property`, or key parts for
 * computed values) in `direction`, then by id, and cuts the page at the `after`/`before` cursors' places
 * in that order (keyset pagination: an insert or a delete between two pages neither repeats nor skips a
 * row). Two statements whatever the page size: the counts and the page. A cursor is valid for the list
 * (its table) and the order that made it.
 */
export async function pageOf<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
  orderBy: string | KeyPart | (string | KeyPart)[],
  direction: SortDirection = SortDirection.ASC,
): Promise<ConnectionShape<T>> {
  const order = (Array.isArray(orderBy) ? orderBy : [orderBy]).map((item) =>
    typeof item === "string" ? { column: item, direction } : { ...item, direction },
  );
  const list = query.expressionMap.mainAlias!.metadata.tableName;
  return keysetPage(query, pageRequest(page, queryKeyset(query, list, order)));
}
