/**
 * Results for a reader who chose a unit: an item found in the organisation's record links to the
 * unit's own page holding it, where the unit has one (its copy of a document, its etiquette, its
 * board, its posts), so the clerk stays among the unit's values. The unit's table is the model's
 * (model/unit-pages.ts), written beside the index; the island fetches it once per unit and only
 * follows it.
 */
import { follow, type UnitPages } from '../model/unit-address.ts';
import type { Hit } from './engine.ts';
import { unitPagesFile } from './names.ts';

/** Turns a list of hits into the chosen unit's links. */
export type Linker = (hits: Hit[]) => Hit[];

const unchanged: Linker = (hits) => hits;

/** A hit's address (Pagefind's: the base, then the path) as the unit's, via its table. */
export function unitUrl(table: UnitPages, base: string, url: string): string {
  if (!url.startsWith(base)) return url;
  const path = url.slice(base.length);
  const own = follow(table, path);
  return own === path ? url : `${base}${own}`;
}

/** Each unit's linker, its table fetched once; without a unit, or when the table cannot be had, links stay. */
export function unitLinkers(
  base: string,
  fetchJson: (file: string) => Promise<unknown>,
): (unit: string | undefined) => Promise<Linker> {
  const tables = new Map<string, Promise<UnitPages | undefined>>();
  return async (unit) => {
    if (!unit) return unchanged;
    let table = tables.get(unit);
    if (!table) {
      // An index written before these tables has none: the group's links are still right, only less near.
      table = (fetchJson(unitPagesFile(unit)) as Promise<UnitPages>).catch(() => undefined);
      tables.set(unit, table);
    }
    const t = await table;
    if (!t) return unchanged;
    return (hits) =>
      hits.map((h) => {
        const url = unitUrl(t, base, h.url);
        return url === h.url ? h : { ...h, url };
      });
  };
}
