/**
 * Spacing between the characters of a paragraph, after W3C clreq and GB/T 15834:
 *
 * - punctuation: full-width marks keep their em, but of two adjacent marks the blank halves
 *   that would meet are taken away (”“ → 1.5 em, 。」 → 1 em); the 开明 (Kaiming) style sets
 *   every mark but 。？！ half width; line-end-half sets a closing mark at the end of a line half
 *   width (lineEnd);
 * - a gap (¼ em by default) between Han and Western letters or digits (在 24 小时内);
 * - nothing, ever, inside a Western run: a number, phone number, range, code or word.
 *
 * Each gap also says how far it may grow or shrink when a line is justified: gaps at
 * punctuation and beside Western runs first (class A), then between Han characters up to a
 * cap (class B); punctuation blanks may shrink to pull one more character onto a line.
 * All widths are in points, from `em(k)`, the em of code point k.
 */
import { KAIMING_FULL, Kind, kindOf } from './chars.ts';
import type { Typography } from '../templates.ts';

export type SpacingRules = Typography;

export const DEFAULT_RULES: SpacingRules = { punctuation: 'full', latinGap: 0.25, maxStretch: 0.08 };

/** Em a compressed pair of marks may widen again when a line is justified (it stays within a quarter em of compressed). */
const PUNCTUATION_STRETCH = 0.2;

/** Per code point of a paragraph: its advance and the gap after it, with what the gap may do. */
export interface Glue {
  /** Code points and the UTF-16 index each starts at. */
  cps: number[];
  offsets: number[];
  advances: Float64Array;
  /** Natural gap after code point k (to k + 1), in points; negative where blank halves are taken away. */
  gaps: Float64Array;
  /** How much gap k may grow: class A (punctuation, Han–Western) and class B (between Han characters). */
  stretchA: Float64Array;
  stretchB: Float64Array;
  /** How much gap k may shrink (a punctuation blank, a Han–Western gap down to half). */
  shrink: Float64Array;
  /** Em of code point k, in points. */
  ems: Float64Array;
  /** Code point k may start a line with its left blank taken away (an opening mark in the Kaiming style). */
  kinds: Uint8Array;
  /** Code point k is inside a Western run (a number, word or code): the gap after it never changes. */
  western: Uint8Array;
  rules: SpacingRules;
}

export function glue(
  text: string,
  advance: (cp: number, index: number) => number,
  em: (index: number) => number,
  rules: SpacingRules = DEFAULT_RULES,
): Glue {
  const cps: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    cps.push(cp);
    offsets.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  const n = cps.length;
  const advances = new Float64Array(n);
  const ems = new Float64Array(n);
  const kind = new Uint8Array(n) as Uint8Array & { [k: number]: Kind };
  for (let k = 0; k < n; k++) {
    advances[k] = cps[k] === 10 ? 0 : advance(cps[k]!, offsets[k]!);
    ems[k] = em(offsets[k]!);
    kind[k] = kindOf(cps[k]!);
  }
  // Western runs: letters and digits, and signs touching them (0791-8662, 200—500, 97%, Q/Y).
  const western = new Uint8Array(n);
  for (let k = 0; k < n; k++) if (kind[k] === Kind.Western) western[k] = 1;
  // Signs touching a letter or digit join its run (as westernFlags in chars.ts).
  for (let k = 0; k < n; k++) {
    if (kind[k] !== Kind.Sign) continue;
    if ((k > 0 && kind[k - 1] === Kind.Western) || (k + 1 < n && kind[k + 1] === Kind.Western)) western[k] = 1;
  }
  const gaps = new Float64Array(n);
  const stretchA = new Float64Array(n);
  const stretchB = new Float64Array(n);
  const shrink = new Float64Array(n);
  const kaiming = rules.punctuation === 'kaiming';
  const halfAfter = (k: number): boolean => kind[k] === Kind.Close && !KAIMING_FULL.has(String.fromCodePoint(cps[k]!));
  for (let k = 0; k + 1 < n; k++) {
    const a = kind[k]!;
    const b = kind[k + 1]!;
    const e = ems[k]!;
    if (a === Kind.Space || b === Kind.Space || cps[k] === 10 || cps[k + 1] === 10) continue;
    if (western[k] && western[k + 1]) continue;
    let removed = 0;
    if (kaiming) {
      if (halfAfter(k)) removed += 0.5;
      if (b === Kind.Open) removed += 0.5;
    }
    // Adjacent marks: the blanks that meet go (closing+closing, opening+opening; closing+opening keeps one half).
    if (a === Kind.Close && (b === Kind.Close || b === Kind.Open) && removed === 0) removed = 0.5;
    if (a === Kind.Open && b === Kind.Open && removed === 0) removed = 0.5;
    if (removed > 0) {
      gaps[k] = -removed * e;
      // Justification may give a compressed pair back a little, never its whole blank.
      stretchA[k] = Math.min(removed, PUNCTUATION_STRETCH) * e;
      continue;
    }
    const hanA = a === Kind.Han;
    const hanB = b === Kind.Han;
    if ((hanA && western[k + 1]) || (western[k] && hanB)) {
      gaps[k] = rules.latinGap * e;
      stretchA[k] = rules.maxStretch * e;
      shrink[k] = (rules.latinGap / 2) * e;
      continue;
    }
    // A closing mark's blank half may give way to pull one more character onto the line (挤进).
    if (a === Kind.Close) shrink[k] = 0.5 * e;
    stretchB[k] = rules.maxStretch * e;
  }
  return { cps, offsets, advances, gaps, stretchA, stretchB, shrink, ems, kinds: kind, western, rules };
}

/** Shift of a line's first glyph: an opening mark at the start of a line loses its left blank in the Kaiming style. */
export function leadOf(g: Glue, k: number): number {
  return g.rules.punctuation === 'kaiming' && g.kinds[k] === Kind.Open ? -0.5 * g.ems[k]! : 0;
}

/** Width taken off the end of a line ending with code point k: the blank half of a closing mark, when the style says so. */
export function lineEndTrim(g: Glue, k: number): number {
  if (g.kinds[k] !== Kind.Close) return 0;
  const mark = String.fromCodePoint(g.cps[k]!);
  if (g.rules.punctuation === 'line-end-half') return 0.5 * g.ems[k]!;
  if (g.rules.punctuation === 'kaiming' && !KAIMING_FULL.has(mark)) return 0.5 * g.ems[k]!;
  return 0;
}

export function isClosingKind(g: Glue, k: number): boolean {
  return g.kinds[k] === Kind.Close;
}

export function isSpaceKind(g: Glue, k: number): boolean {
  return g.kinds[k] === Kind.Space;
}

/** Characters a reader counts on a line (Han, letters, digits): a last line needs two of them. */
export function isCountedKind(g: Glue, k: number): boolean {
  return g.kinds[k] === Kind.Han ? g.cps[k] !== 0x3000 : g.kinds[k] === Kind.Western;
}
