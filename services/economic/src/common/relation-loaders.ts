import type { EntityTarget, FindOptionsOrder, ObjectLiteral } from "typeorm";
import { manyByKey, oneByKey, rowsByColumn, type SubgraphContext } from "@pole/subgraph-kit";

/**
 * Records of `entity` by id: one SELECT per request for every id asked during it (DataLoader).
 */
export function recordById<E extends ObjectLiteral & { id: string }>(
  { loaders, dataSource }: SubgraphContext,
  entity: EntityTarget<E>,
) {
  const { name } = dataSource.getMetadata(entity);
  return loaders.get<string, E | null>(`${name}ById`, async (ids) =>
    oneByKey(ids, await rowsByColumn(dataSource, entity, "id", ids), (row) => row.id),
  );
}

/**
 * Records of `entity` grouped by the value of `column` (a foreign key): one SELECT per request for every
 * key asked during it, rows in `order`, then by id.
 */
export function recordsBy<E extends ObjectLiteral & { id: string }, K extends keyof E & string>(
  { loaders, dataSource }: SubgraphContext,
  entity: EntityTarget<E>,
  column: K,
  order: FindOptionsOrder<E> = {},
) {
  const { name } = dataSource.getMetadata(entity);
  return loaders.get<string, E[]>(`${name}By:${column}:${JSON.stringify(order)}`, async (keys) =>
    manyByKey(
      keys,
      await rowsByColumn(dataSource, entity, column, keys, { ...order, id: "ASC" } as FindOptionsOrder<E>),
      (row) => row[column] as string,
    ),
  );
}
