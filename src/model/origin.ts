/**
 * How an item's origin reads to a reader of one unit's pages: the one rule
 * behind the marks on a unit's norms, etiquette, assessment and role pages.
 * `ItemOrigin` records who wrote and who reworded an item; a unit's reader
 * needs to know whether the wording is the group's (沿用), this unit's
 * (本单位修订 / 本单位新增) or a unit's above it (上级单位修订 / 上级单位新增) —
 * a clause a parent reworded is not the group's wording, though the unit
 * inherits it.
 */
import type { ItemOrigin } from './types.ts';

export type OriginMark = 'inherited' | 'overridden' | 'own' | 'overridden-above' | 'own-above';

export interface OriginNote {
  mark: OriginMark;
  /** For the marks '…-above': the unit above that wrote or reworded the item. */
  by?: string;
  /** The stated reason of the rewording shown (this unit's or the one above's). */
  reason?: string;
}

/** An origin as a unit's reader sees it; no origin (or the organisation's item unchanged) is 'inherited'. */
export function originNote(origin: ItemOrigin | undefined): OriginNote {
  if (!origin) return { mark: 'inherited' };
  const reason = origin.reason !== undefined ? { reason: origin.reason } : {};
  if (origin.kind === 'overridden') return { mark: 'overridden', ...reason };
  if (origin.kind === 'own') return { mark: 'own' };
  if (origin.overriddenBy !== undefined) return { mark: 'overridden-above', by: origin.overriddenBy, ...reason };
  if (origin.definedBy !== 'organisation') return { mark: 'own-above', by: origin.definedBy };
  return { mark: 'inherited' };
}

/** Whether the unit's wording differs from the group's (anything but 'inherited'): worth marking on a page. */
export function differsFromGroup(origin: ItemOrigin | undefined): boolean {
  return originNote(origin).mark !== 'inherited';
}
