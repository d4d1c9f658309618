/**
 * How the model's words are written out, one rule each, for every renderer:
 * phrase slots, blanks in questions, strength words, dates, industries. The
 * site, search, study and print call these; none keeps a copy.
 */
import type { Strength } from './schema/common.ts';
import { STRENGTH_LABEL_ZH } from './strength.ts';

/** A slot in a phrase: 收到您{金额}元. */
export const PHRASE_SLOT = /\{([^{}]+)\}/g;

/** Names of the {slots} in a phrase, in order. */
export function phraseSlots(text: string): string[] {
  return [...text.matchAll(PHRASE_SLOT)].map((m) => m[1]!.trim());
}

/**
 * A phrase as staff read it, on the site, in search, on cards and in handbooks: each slot
 * shows what to fill in, 收到您〔金额〕元.
 */
export function phraseDisplay(text: string): string {
  return text.replace(PHRASE_SLOT, (_, name: string) => `〔${name.trim()}〕`);
}

/** A blank in a hand-written question's stem: four or more underscores (or two full-width ones). */
export const BLANK_PATTERN = /_{4,}|＿{2,}/g;

/** Number of blanks in a stem. */
export function countBlanks(stem: string): number {
  return (stem.match(BLANK_PATTERN) ?? []).length;
}

/** The strength as the word printed in brackets: 应, 不得, 宜, 不宜, 可. */
export function strengthWord(strength: Strength): string {
  return STRENGTH_LABEL_ZH[strength];
}

/** 2027-01-01 → 2027年1月1日, as the public reads a date. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map((p) => Number.parseInt(p, 10));
  return `${y}年${m}月${d}日`;
}
