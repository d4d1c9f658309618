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

/**
 * The marks' words in the content's language, for every output that shows them (the site's
 * Chinese pages, the printed handbooks); the site's English pages translate them (site/i18n/ui.ts).
 */
export const ORIGIN_WORDS = {
  inherited: '沿用',
  overridden: '本单位修订',
  own: '本单位新增',
  overriddenAbove: (unit: string): string => `上级单位修订（${unit}）`,
  ownAbove: (unit: string): string => `上级单位新增（${unit}）`,
  reason: '修订理由',
  /** What a unit's reader is told once, before that unit's wording of a document. */
  legend:
    '未加标注的条款沿用集团原文。标注「本单位修订」「本单位新增」的，是本单位改写或增加的条款；标注「上级单位修订」「上级单位新增」的，是上级单位改写或增加、本单位执行的条款。',
  excluded: '不适用的条款',
};

/** The words of the five marks, in some language. */
export type OriginMarkWords = Pick<
  typeof ORIGIN_WORDS,
  'inherited' | 'overridden' | 'own' | 'overriddenAbove' | 'ownAbove'
>;

/**
 * A mark in words (these, or another language's: the site's English); `unitName` names the unit
 * above for the marks '…-above'.
 */
export function originWords(
  note: OriginNote,
  unitName: (id: string) => string,
  words: OriginMarkWords = ORIGIN_WORDS,
): string {
  switch (note.mark) {
    case 'inherited':
      return words.inherited;
    case 'overridden':
      return words.overridden;
    case 'own':
      return words.own;
    case 'overridden-above':
      return words.overriddenAbove(unitName(note.by ?? ''));
    case 'own-above':
      return words.ownAbove(unitName(note.by ?? ''));
  }
}
