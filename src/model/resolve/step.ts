/**
 * What every step of a unit's resolution reads: the assembled content, where to
 * report, the unit and its place in the tree, its params, and the operations of
 * every unit on its line (top first, then its own).
 */
import type { UnitPlace } from '../applies.ts';
import type { Assembled } from '../assemble.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { Scope } from '../params.ts';
import type { UnitOps } from './ops.ts';

export interface UnitStep {
  a: Assembled;
  diags: Diagnostics;
  unit: { id: string; name: string };
  place: UnitPlace;
  scope: Scope;
  /** Ops of the units above, top first, then this unit's. */
  lineageOps: UnitOps[];
}
