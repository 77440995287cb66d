import DataLoader from "dataloader";

/**
 * The DataLoaders of one request. Resolvers ask for a loader by name; the first call creates it, so every
 * relation and every `__resolveReference` of a request shares one batch per kind of lookup.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders rows by the requested keys, `null` where a key matched nothing (DataLoader's contract). */
export function oneByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under the requested keys, `[]` where a key matched nothing. */
export function manyByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}
