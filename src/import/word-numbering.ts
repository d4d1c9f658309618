/**
 * Word's automatic list numbering, read from word/numbering.xml and counted the way Word
 * counts it, so a list restarted after a heading imports as 1, 2 … again and the number the
 * user sees in Word is the number the importer reports.
 *
 * - A paragraph's list is its w:numId (own, or from its paragraph style) and level w:ilvl.
 * - w:num → w:abstractNum holds per level: start, numFmt, lvlText ("%1、", "第%1条", "%1.%2"),
 *   lvlRestart and isLgl. A w:num with w:lvlOverride/w:startOverride is a list of its own
 *   (Word's "restart numbering"); w:nums without overrides that share an abstractNum are one
 *   list, numbered on from each other (Word's "continue numbering").
 * - A level restarts when a higher level is used, unless its lvlRestart says otherwise
 *   (0: never, as in 第X条 counted through chapters).
 */
import { chineseCounting } from '../model/numerals.ts';
import type { Element } from '@xmldom/xmldom';

export interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** 0-based: restart when a level below this index is used; undefined = the level above; 0 = never. */
  restart?: number;
  legal: boolean;
  /** Paragraph style bound to this level (w:pStyle inside w:lvl). */
  style?: string;
}

interface AbstractNum {
  levels: Map<number, LevelDef>;
  /** w:numStyleLink: the numbering is defined by a numbering style's list. */
  styleLink?: string;
}

interface Num {
  abstractId: string;
  /** Level overrides: a start, or a whole level definition. */
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function children(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === name) out.push(n as Element);
  return out;
}
export function child(el: Element | undefined, name: string): Element | undefined {
  return el ? children(el, name)[0] : undefined;
}
export function val(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W, 'val') ?? el.getAttribute('w:val');
  return v === null || v === '' ? undefined : v;
}
const intVal = (el: Element | undefined): number | undefined => {
  const v = val(el);
  return v !== undefined && /^-?\d+$/u.test(v) ? Number(v) : undefined;
};

function readLevel(lvl: Element): LevelDef {
  const restart = intVal(child(lvl, 'lvlRestart'));
  const style = val(child(lvl, 'pStyle'));
  const legal = child(lvl, 'isLgl');
  return {
    start: intVal(child(lvl, 'start')) ?? 1,
    format: val(child(lvl, 'numFmt')) ?? 'decimal',
    text: val(child(lvl, 'lvlText')) ?? '',
    ...(restart !== undefined ? { restart } : {}),
    legal: legal !== undefined && val(legal) !== '0' && val(legal) !== 'false',
    ...(style !== undefined ? { style } : {}),
  };
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

const letters = (n: number): string => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';

/** A counter in a level's number format; undefined for bullets and formats without a number. */
export function formatNumber(n: number, format: string): string | undefined {
  switch (format) {
    case 'bullet':
    case 'none':
      return undefined;
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return chineseCounting(n);
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? `(${n})`;
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

export interface ListNumber {
  /** The number as Word shows it, e.g. "第三条", "（二）", "4.1.2". */
  text: string;
  /** The list it belongs to (one counter): `abs:<id>` or `num:<id>`. */
  list: string;
  level: number;
  /** This level's counter. */
  value: number;
  /** The level's number format. */
  format: string;
}

export class WordNumbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  /** Counters per list, by level. */
  private readonly counters = new Map<string, (number | undefined)[]>();
  /** numId of numbering styles (w:style w:type="numbering"), for w:numStyleLink. */
  private readonly numberingStyles: Map<string, string>;

  constructor(numberingXml: Element | undefined, numberingStyles: Map<string, string>) {
    this.numberingStyles = numberingStyles;
    if (!numberingXml) return;
    for (const a of children(numberingXml, 'abstractNum')) {
      const id = a.getAttributeNS(W, 'abstractNumId') ?? a.getAttribute('w:abstractNumId') ?? '';
      const levels = new Map<number, LevelDef>();
      for (const lvl of children(a, 'lvl'))
        levels.set(Number(lvl.getAttributeNS(W, 'ilvl') ?? lvl.getAttribute('w:ilvl') ?? 0), readLevel(lvl));
      const link = val(child(a, 'numStyleLink'));
      this.abstracts.set(id, { levels, ...(link !== undefined ? { styleLink: link } : {}) });
    }
    for (const n of children(numberingXml, 'num')) {
      const id = n.getAttributeNS(W, 'numId') ?? n.getAttribute('w:numId') ?? '';
      const overrides = new Map<number, { start?: number; level?: LevelDef }>();
      for (const o of children(n, 'lvlOverride')) {
        const ilvl = Number(o.getAttributeNS(W, 'ilvl') ?? o.getAttribute('w:ilvl') ?? 0);
        const start = intVal(child(o, 'startOverride'));
        const lvl = child(o, 'lvl');
        overrides.set(ilvl, { ...(start !== undefined ? { start } : {}), ...(lvl ? { level: readLevel(lvl) } : {}) });
      }
      this.nums.set(id, { abstractId: val(child(n, 'abstractNumId')) ?? '', overrides });
    }
  }

  /** The abstract definition of a num, following a numbering-style link. */
  private abstractOf(num: Num, depth = 0): AbstractNum | undefined {
    const a = this.abstracts.get(num.abstractId);
    if (a?.styleLink !== undefined && depth < 4) {
      const linked = this.nums.get(this.numberingStyles.get(a.styleLink) ?? '');
      if (linked) return this.abstractOf(linked, depth + 1);
    }
    return a;
  }

  /** The level a paragraph style is bound to in a num's definition (w:lvl/w:pStyle). */
  levelOfStyle(numId: string, style: string): number | undefined {
    const num = this.nums.get(numId);
    const a = num ? this.abstractOf(num) : undefined;
    for (const [ilvl, def] of a?.levels ?? []) if (def.style === style) return ilvl;
    return undefined;
  }

  /** Counts a paragraph of list numId at level ilvl; undefined for bullets, unknown lists and numId 0. */
  next(numId: string, ilvl: number): ListNumber | undefined {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return undefined;
    const abs = this.abstractOf(num);
    if (!abs) return undefined;
    const def = (level: number): LevelDef | undefined => num.overrides.get(level)?.level ?? abs.levels.get(level);
    const here = def(ilvl);
    if (!here) return undefined;
    // A num that overrides anything is a list of its own; plain nums of one definition share a counter.
    const list = num.overrides.size > 0 ? `num:${numId}` : `abs:${num.abstractId}`;
    const counts = this.counters.get(list) ?? [];
    this.counters.set(list, counts);
    const startOf = (level: number): number => num.overrides.get(level)?.start ?? def(level)?.start ?? 1;
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const r = def(deeper)?.restart ?? deeper;
      if (r !== 0 && ilvl < r) counts[deeper] = undefined;
    }
    const value = counts[ilvl] ?? startOf(ilvl);
    if (formatNumber(value, here.format) === undefined) return undefined;
    const text = here.text.replace(/%([1-9])/gu, (_m, k: string) => {
      const level = Number(k) - 1;
      const n = counts[level] ?? startOf(level);
      return (here.legal ? String(n) : formatNumber(n, def(level)?.format ?? 'decimal')) ?? '';
    });
    return { text: text.trim(), list, level: ilvl, value, format: here.format };
  }
}
