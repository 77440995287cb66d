import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";

/** Turns one raw row of a SELECT TypeORM built (columns aliased `<alias>_<column>`) into an entity. */
export type EntityHydrator<E> = (row: Record<string, unknown>) => E;

const hydrators = new WeakMap<EntityMetadata, Map<string, EntityHydrator<ObjectLiteral> | null>>();

/**
 * The entities of `entity` from the raw rows of a SELECT that TypeORM's query builder made with `alias` for
 * it, as `getMany`/`getRawAndEntities` would hydrate them, without their per-call planning (about 0.1–0.2
 * ms of CPU per statement, as much as the round trip itself): TypeORM's own conversions
 * (`prepareHydratedValue`: types, enums, arrays, column transformers) on the entity's selected columns.
 * Null for entities using what this does not reproduce (embedded columns, eager or lazy relations,
 * relation ids, inheritance, trees, virtual properties, load listeners or subscribers, aliases longer than
 * the driver allows): their callers keep TypeORM's own path. Made once per entity and alias.
 */
export function entityHydrator<E extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<E>,
  alias: string,
): EntityHydrator<E> | null {
  const metadata = dataSource.getMetadata(entity);
  let byAlias = hydrators.get(metadata);
  if (!byAlias) hydrators.set(metadata, (byAlias = new Map()));
  let hydrator = byAlias.get(alias);
  if (hydrator === undefined) {
    hydrator = makeHydrator(dataSource, metadata, alias);
    byAlias.set(alias, hydrator);
  }
  return hydrator as EntityHydrator<E> | null;
}

function makeHydrator(
  dataSource: DataSource,
  metadata: EntityMetadata,
  alias: string,
): EntityHydrator<ObjectLiteral> | null {
  // TypeORM's aliases (DriverUtils.buildAlias) are `<alias>_<column>` unless longer than the driver allows.
  const columns = metadata.columns
    .filter((column) => column.isSelect)
    .map((column) => ({ key: `${alias}_${column.databaseName}`, column }));
  const longest = dataSource.driver.maxAliasLength ?? Infinity;
  const supported =
    metadata.embeddeds.length === 0 &&
    metadata.eagerRelations.length === 0 &&
    metadata.lazyRelations.length === 0 &&
    metadata.relationIds.length === 0 &&
    metadata.childEntityMetadatas.length === 0 &&
    !metadata.discriminatorColumn &&
    !metadata.treeType &&
    metadata.afterLoadListeners.length === 0 &&
    metadata.columns.every((column) => !column.isVirtualProperty) &&
    dataSource.subscribers.every((subscriber) => typeof subscriber.afterLoad !== "function") &&
    columns.every(({ key }) => key.length <= longest);
  if (!supported) return null;
  const driver = dataSource.driver;
  return (row) => {
    const record = metadata.create(undefined, { fromDeserializer: true }) as ObjectLiteral;
    for (const { key, column } of columns) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(record, driver.prepareHydratedValue(value, column));
    }
    return record;
  };
}
