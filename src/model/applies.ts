/**
 * Does an item apply to a unit: its `units` / `industries`, through the unit's
 * parent chain. (Whether it applies to a role is rolesOfItem in view.ts.)
 * Renderers never decide this themselves; they read a unit's view.
 */
import type { Restriction } from './types.ts';

/** The written `units` / `industries` of a file or item as a Restriction; undefined when it applies everywhere. */
export function restrictionOf(input: {
  units?: 'all' | string[] | undefined;
  industries?: readonly string[] | undefined;
}): Restriction | undefined {
  const units = input.units === undefined || input.units === 'all' ? undefined : [...input.units];
  const industries = input.industries === undefined ? undefined : [...input.industries];
  if (!units && !industries) return undefined;
  return { ...(units ? { units } : {}), ...(industries ? { industries } : {}) };
}

/** A unit as applicability sees it: its line of ancestors (itself last) and its industry. */
export interface UnitPlace {
  lineage: readonly string[];
  industry: string;
}

/**
 * Whether everything in `restrictions` (a file's, then an item's…) lets the unit in: a named
 * unit covers its sub-units; industries must include the unit's.
 */
export function appliesToUnit(unit: UnitPlace, ...restrictions: (Restriction | undefined)[]): boolean {
  for (const r of restrictions) {
    if (!r) continue;
    if (r.units && !r.units.some((u) => unit.lineage.includes(u))) return false;
    if (r.industries && !r.industries.includes(unit.industry)) return false;
  }
  return true;
}

/** The unit a restriction names most specifically for this unit: for origins ("written for"). */
export function writtenFor(unit: UnitPlace, ...restrictions: (Restriction | undefined)[]): string | undefined {
  let found: string | undefined;
  for (const r of restrictions) {
    for (const u of r?.units ?? []) {
      const depth = unit.lineage.indexOf(u);
      if (depth >= 0 && (found === undefined || depth > unit.lineage.indexOf(found))) found = u;
    }
  }
  return found;
}
