/** A Map or a WeakMap: anything that stores values by key. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value `store` holds under `key`, made by `make` the first time it is asked for: how work done
 * once and reused across pages (a chart's memo key, a legend symbol, a source's name) is stored.
 */
export function kept<K, V>(store: Store<K, V>, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) store.set(key, (value = make()));
  return value;
}
