import type { DataSource, EntityTarget, FindOptionsOrder, FindOptionsWhere, ObjectLiteral } from "typeorm";
import { In } from "typeorm";
import { entityHydrator, type EntityHydrator } from "./entity-hydrator";

/** The SELECT of one loader shape (entity, key column, order), built once by TypeORM, and its hydrator. */
interface PreparedSelect {
  sql: string;
  hydrate: EntityHydrator<ObjectLiteral>;
}

const prepared = new WeakMap<object, Map<string, PreparedSelect | null>>();
const ALIAS = "row";

/**
 * Rows of `entity` whose `column` is one of `keys`, in `order` (property → ASC/DESC), exactly as TypeORM's
 * `find({ where: { [column]: In(keys) }, order })` returns them, for the DataLoaders every relation goes
 * through. TypeORM builds, escapes and plans that SELECT again on every `find` (about 0.2 ms of CPU per
 * statement, as much as the round trip): here TypeORM builds it once per shape, with the keys as one array
 * parameter (`= ANY($1)`, so the text does not depend on their number), and `entityHydrator` makes the
 * entities. Entities it does not support go through `find` as before.
 */
export async function rowsByColumn<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  column: keyof E & string,
  keys: readonly unknown[],
  order: FindOptionsOrder<E> = {},
): Promise<E[]> {
  const select = preparedSelect(dataSource, entity, column, order);
  if (!select) {
    return dataSource.getRepository(entity).find({
      where: { [column]: In([...keys]) } as FindOptionsWhere<E>,
      order,
    });
  }
  const rows = (await dataSource.query(select.sql, [[...keys]])) as Record<string, unknown>[];
  return rows.map(select.hydrate) as E[];
}

function preparedSelect<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  column: string,
  order: FindOptionsOrder<E>,
): PreparedSelect | null {
  const metadata = dataSource.getMetadata(entity);
  let byShape = prepared.get(metadata);
  if (!byShape) prepared.set(metadata, (byShape = new Map()));
  const shape = `${column}:${JSON.stringify(order)}`;
  let select = byShape.get(shape);
  if (select === undefined) {
    const hydrate = entityHydrator(dataSource, entity, ALIAS);
    select = null;
    if (hydrate) {
      const builder = dataSource
        .createQueryBuilder(metadata.target, ALIAS)
        .where(`${ALIAS}.${column} = ANY(:keys)`, { keys: [] });
      for (const [property, direction] of Object.entries(order)) {
        const descending = direction === "DESC" || direction === "desc";
        builder.addOrderBy(`${ALIAS}.${property}`, descending ? "DESC" : "ASC");
      }
      select = { sql: builder.getQueryAndParameters()[0], hydrate: hydrate as EntityHydrator<ObjectLiteral> };
    }
    byShape.set(shape, select);
  }
  return select;
}
