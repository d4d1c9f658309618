/**
 * Character classes for Chinese line composition (W3C clreq, GB/T 15834): which punctuation
 * opens or closes (and so where its blank half lies in a full-width glyph), which characters
 * are Han, and which belong to Western runs (letters, digits and the signs written inside
 * numbers and codes). Shared by the line breaker, the renderer and the print audit.
 */

/** Opening marks: ink on the right half of the em, blank on the left (clreq 开始标点). */
export const OPENING = new Set([...'（〔［｛〈《「『【〖“‘']);
/**
 * Closing marks and pause/stop marks set at the left of the em in Simplified Chinese: ink on the
 * left half, blank on the right (clreq 结束标点, 点号).
 */
export const CLOSING = new Set([...'）〕］｝〉》」』】〗”’，。、：；？！']);
/** Marks that stay full width in the 开明 (Kaiming) style: the ends of sentences. */
export const KAIMING_FULL = new Set([...'。？！']);

/** Never at the start of a line (clreq 行首禁则). */
export const NO_LINE_START = new Set([...'，。、；：？！）」』》〉】〕〗］｝’”…‥·・—～%‰℃,.;:?!)]}、〃々〻ゝゞ']);
/** Never at the end of a line (clreq 行尾禁则). */
export const NO_LINE_END = new Set([...'（「『《〈【〔〖［｛‘“([{']);

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u3007\u303B]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Signs written inside numbers, ranges and codes: 0.28, 0791-8662, 200—500, Q/YLGY, 97%, ±5 ℃. */
const NUMBER_SIGN = /[.,:/\-–—~～%‰℃°′″+±×·#№@&_]/u;

/** What a character is for spacing: Han (with kana and the ideographic space), a Western letter or digit, a sign, a mark. */
export const Kind = { Unknown: 0, Han: 1, Western: 2, Sign: 3, Open: 4, Close: 5, Space: 6, Other: 7 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Asked for every character set: the classes of the BMP are kept once found. */
const kinds = new Uint8Array(0x10000);

export function kindOf(cp: number): Kind {
  if (cp < 0x10000 && kinds[cp] !== Kind.Unknown) return kinds[cp] as Kind;
  const ch = String.fromCodePoint(cp);
  let kind: Kind;
  if (OPENING.has(ch)) kind = Kind.Open;
  else if (CLOSING.has(ch)) kind = Kind.Close;
  else if (ch === ' ' || ch === '\u00a0' || ch === '\n') kind = Kind.Space;
  else if (HAN.test(ch) || ch === '\u3000') kind = Kind.Han;
  else if (cp >= 0xff00 && cp <= 0xffef) kind = Kind.Other;
  else if (LETTER_OR_DIGIT.test(ch)) kind = Kind.Western;
  else if (NUMBER_SIGN.test(ch)) kind = Kind.Sign;
  else kind = Kind.Other;
  if (cp < 0x10000) kinds[cp] = kind;
  return kind;
}

const kindOfChar = (ch: string): Kind => kindOf(ch.codePointAt(0) ?? 0);

export function isHan(ch: string): boolean {
  return kindOfChar(ch) === Kind.Han && ch !== '\u3000';
}

/** Letters and digits of Western scripts (Latin, Greek, Cyrillic; full-width forms excluded). */
export function isWestern(ch: string): boolean {
  return kindOfChar(ch) === Kind.Western;
}

/**
 * For each character of `chars`, whether it belongs to a Western run: letters, digits, and number
 * signs joined to them. Inside such a run no spacing is ever added.
 */
export function westernFlags(chars: readonly string[]): boolean[] {
  const kinds = chars.map(kindOfChar);
  const western = kinds.map((k) => k === Kind.Western);
  // A sign joins the run when a letter or digit touches it on either side (200—500, 97%, ±5, Q/Y).
  for (let i = 0; i < chars.length; i++) {
    if (kinds[i] !== Kind.Sign) continue;
    if ((i > 0 && kinds[i - 1] === Kind.Western) || (i + 1 < chars.length && kinds[i + 1] === Kind.Western))
      western[i] = true;
  }
  return western;
}
