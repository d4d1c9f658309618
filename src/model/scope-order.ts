/**
 * The one order in which documents, etiquette files and commitment sets are listed — on the
 * site's pages, the study page, the handbook, the card and the poster alike. Renderers list
 * what the model gives, in the model's order; none sorts on its own.
 *
 * From the most general scope to the most specific, as a clerk reads a unit's standards:
 *   1. what the whole group follows (written for every unit),
 *   2. what a trade follows (`industries:` only),
 *   3. what a company follows (`units:` naming a top-level unit), then what a unit under it
 *      follows, then a sub-unit's … — the deeper the unit it is written for, the later.
 * A unit's view measures "written for" from its own line (the unit of its line a file names
 * most specifically); the organisation's full list from the shallowest unit a file names.
 *
 * Within one scope: by document number (`code:`, Q/YLGY 101—2027 before 102, 9 before 10);
 * those without a number after those with one, by file name (the order files were read in).
 * There is no separate `order:` field: the number a clerk gives a document is its place.
 *
 * The order changes no number and no address: clause numbers belong to each document
 * (numbering.ts), and every address is made of ids (routes.ts).
 */
import type { UnitPlace } from './applies.ts';
import type { Restriction } from './types.ts';

/** How specific a scope is: 0 the whole group, 1 a trade, 1 + n a unit n levels below the organisation. */
export type ScopeRank = (restrict: Restriction | undefined) => number;

const GROUP = 0;
const TRADE = 1;

/** The ranks the organisation's full list uses: a unit-only file by the shallowest unit it names. */
export function organisationRanks(units: readonly { id: string; parent?: string | undefined }[]): ScopeRank {
  const parentOf = new Map(units.map((u) => [u.id, u.parent]));
  const level = (id: string): number => {
    let n = 1;
    const seen = new Set<string>([id]);
    for (let p = parentOf.get(id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      seen.add(p);
      n += 1;
    }
    return n;
  };
  return (restrict) => {
    if (restrict?.units && restrict.units.length > 0) return TRADE + Math.min(...restrict.units.map(level));
    return restrict?.industries ? TRADE : GROUP;
  };
}

/** The ranks one unit's view uses: a unit-only file by the unit of the unit's line it names most specifically. */
export function unitRanks(place: UnitPlace): ScopeRank {
  return (restrict) => {
    if (restrict?.units && restrict.units.length > 0) {
      // The line starts at the organisation (0): its top-level unit is 1.
      const depth = Math.max(...restrict.units.map((u) => place.lineage.indexOf(u)));
      return TRADE + Math.max(depth, 1);
    }
    return restrict?.industries ? TRADE : GROUP;
  };
}

/** What the order reads of an item: the scope it is written for, its number, its file. */
export interface Listed {
  restrict?: Restriction | undefined;
  code?: string | undefined;
  source: { file: string };
}

/** The items in the model's order (stable: items of one scope, number and file keep the order given). */
export function inScopeOrder<T>(items: readonly T[], rank: ScopeRank, listed: (x: T) => Listed): T[] {
  const keyed = items.map((x) => ({ x, l: listed(x) })).map((k) => ({ ...k, r: rank(k.l.restrict) }));
  keyed.sort((a, b) => a.r - b.r || byNumber(a.l.code, b.l.code) || byText(a.l.source.file, b.l.source.file));
  return keyed.map((k) => k.x);
}

/** A document, etiquette set or commitment set as the order reads it. */
export const listedOf = (x: {
  restrict?: Restriction | undefined;
  units?: 'all' | string[];
  industries?: string[] | undefined;
  code?: string | undefined;
  source: { file: string };
}): Listed => ({
  restrict:
    x.restrict ??
    (x.units !== undefined && x.units !== 'all'
      ? { units: x.units, ...(x.industries ? { industries: x.industries } : {}) }
      : x.industries
        ? { industries: x.industries }
        : undefined),
  ...(x.code !== undefined ? { code: x.code } : {}),
  source: x.source,
});

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Document numbers compared as a clerk counts: numbers by value (9 before 10), the rest as written; none last. */
export function byNumber(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined || a.trim() === '') return b === undefined || b.trim() === '' ? 0 : 1;
  if (b === undefined || b.trim() === '') return -1;
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    const d = nx && ny ? Number(x) - Number(y) || x.length - y.length : byText(x, y);
    if (d !== 0) return d;
  }
  return pa.length - pb.length || byText(a, b);
}
