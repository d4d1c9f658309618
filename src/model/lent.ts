/**
 * Values lent to a model (print/cache/derived.ts, site/page-cache.ts) are kept in WeakMaps shared
 * by every copy of a module in the process: `guifan build`'s site process runs page-cache.ts from
 * the CLI's code while the pages run their own bundled copy of src/model, and a module-local map
 * set by one copy is never seen by the other (the pages then made every view, lookup and latest
 * change again, each under its own read trace).
 */
export function sharedWeakMap<K extends object, V>(name: string): WeakMap<K, V> {
  const shared = globalThis as typeof globalThis & Record<symbol, unknown>;
  const key = Symbol.for(`guifan.lent.${name}`);
  let map = shared[key] as WeakMap<K, V> | undefined;
  if (!map) shared[key] = map = new WeakMap<K, V>();
  return map;
}
