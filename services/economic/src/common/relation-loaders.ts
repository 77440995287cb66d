import {
  In,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
} from "typeorm";
import { manyByKey, oneByKey, type SubgraphContext } from "@pole/subgraph-kit";

/**
 * Records of `entity` by id: one SELECT per request for every id asked during it (DataLoader).
 */
export function recordById<E extends ObjectLiteral & { id: string }>(
  { loaders, dataSource }: SubgraphContext,
  entity: EntityTarget<E>,
) {
  const repository = dataSource.getRepository(entity);
  return loaders.get<string, E | null>(`${repository.metadata.name}ById`, async (ids) =>
    oneByKey(ids, await repository.findBy({ id: In([...ids]) } as FindOptionsWhere<E>), (row) => row.id),
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
  const repository = dataSource.getRepository(entity);
  return loaders.get<string, E[]>(
    `${repository.metadata.name}By:${column}:${JSON.stringify(order)}`,
    async (keys) =>
      manyByKey(
        keys,
        await repository.find({
          where: { [column]: In([...keys]) } as FindOptionsWhere<E>,
          order: { ...order, id: "ASC" } as FindOptionsOrder<E>,
        }),
        (row) => row[column] as string,
      ),
  );
}
