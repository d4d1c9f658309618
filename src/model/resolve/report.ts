/**
 * A {{name}} missing in several units' views of the same item is one slip in
 * one place: it is reported once, for the first unit found lacking it.
 */
import type { Assembled } from '../assemble.ts';

const seen = new WeakMap<Assembled, Set<string>>();

/** True the first time `key` is seen for this content; false after. */
export function firstReport(a: Assembled, key: string): boolean {
  let s = seen.get(a);
  if (!s) seen.set(a, (s = new Set()));
  if (s.has(key)) return false;
  s.add(key);
  return true;
}
