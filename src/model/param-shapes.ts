/**
 * How the content writes each param in its text — the unit word after `{{name}}` (个工作日,
 * 分钟, 小时, %, MPa), learnt from its own templated uses — and where a text states such a value
 * as a bare number in that same shape ("5个工作日" where {{complaint-reply-days}}个工作日 is
 * meant). A number alone says nothing: only the unit word the content pairs with a param ties
 * the number to it, so 30分钟 or 15个工作日 are not taken for a 5-day param.
 */
import { chineseNumeral } from './numerals.ts';
import { PLACEHOLDER } from './params.ts';
import { formatNumber } from './targets.ts';
import { UNIT_WORDS } from './text-runs.ts';
import type { ParamValue } from './types.ts';

/**
 * The unit word read with a number ending at `at` (one space allowed between, as in
 * `{{repair-hours}} 小时`): the longest of UNIT_WORDS, a %‰℃° sign, or Latin letters (MPa); and
 * where it ends.
 */
export function unitWordAt(text: string, at: number): { word: string; end: number } | undefined {
  const from = text[at] === ' ' ? at + 1 : at;
  const word =
    UNIT_WORDS.find((u) => text.startsWith(u, from)) ?? /^(?:[%‰℃°]|[A-Za-z]+)/.exec(text.slice(from, from + 12))?.[0];
  return word === undefined ? undefined : { word, end: from + word.length };
}

/** Per param, the unit words written after it: in text ({{name}}个工作日) and as a target's unit. */
export type Shapes = Map<string, Set<string>>;

function addShape(shapes: Shapes, name: string, unit: string | undefined): void {
  if (!unit || name.includes('.')) return; // hotline numbers have no unit word
  let set = shapes.get(name);
  if (!set) shapes.set(name, (set = new Set()));
  set.add(unit);
}

const WHOLE_PLACEHOLDER = /^\{\{\s*([a-z][a-z0-9-]*)\s*\}\}$/;

/** Learns the shapes from every string in `values` (file data, walked) and from targets `{value: "{{name}}", unit}`. */
export function learnShapes(values: Iterable<unknown>): Shapes {
  const shapes: Shapes = new Map();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!v.includes('{{')) return;
      for (const m of v.matchAll(PLACEHOLDER)) addShape(shapes, m[1]!, unitWordAt(v, m.index + m[0].length)?.word);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const whole = typeof o.value === 'string' ? WHOLE_PLACEHOLDER.exec(o.value) : null;
      if (whole && typeof o.unit === 'string') addShape(shapes, whole[1]!, o.unit);
      Object.values(o).forEach(walk);
    }
  };
  for (const v of values) walk(v);
  return shapes;
}

/** A param's value as a text writes it (5, 0.28), or undefined when it is not a number. */
export function writtenNumber(value: ParamValue | undefined): string | undefined {
  if (typeof value === 'number') return formatNumber(value);
  return typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value) ? value : undefined;
}

/** What a filled {{name}} becomes when a text is read for its literals: a mark that ends a phrase, never a digit. */
export const FILLED = '\uE000';

/** A number and its unit word as looked for and found: "5个工作日". */
export const literalKey = (number: string, unit: string): string => `${number}${unit}`;

/** A literal found in a text: its key (literalKey), as written ("五个工作日"), and the text before and after it. */
export interface Found {
  key: string;
  written: string;
  before: string;
  after: string;
}

/** Numerals written in Chinese (五, 十五, 两, 一百零五), as the content writes counts in prose. */
const CHINESE_NUMERAL = /[零〇一二两三四五六七八九十百千]+/g;

/**
 * A run of Chinese numerals as the number it writes (model/numerals.ts), or undefined where it is not
 * one number: two digits side by side (三五天 is "three or five days", 二〇二七 a year) or two powers.
 */
function numeralValue(run: string): number | undefined {
  return /[〇一二两三四五六七八九]{2}|[十百千]{2}/u.test(run) ? undefined : chineseNumeral(run);
}

/**
 * Where a number starts that is not a value of its own: inside a longer number, a time (8:30), a
 * date (1月5日), an ordinal (第五), or the second half of a range (3—5, 三到五, 3至5).
 */
const NOT_OWN =
  /(?:[\d.．:：/年月\-–—~～第零〇一二两三四五六七八九十百千]|[\d零〇一二两三四五六七八九十百千][至到或])$/;

/**
 * The number-and-unit literals of `text` that `wanted` holds (keyed by literalKey), every time
 * they occur, in digits or in Chinese numerals (五个工作日 is 5个工作日). A number inside a longer
 * one, a time (8:30), a date (1月5日), an ordinal or a range's second half (3—5) is not one; neither
 * is what a {{name}} fills, nor 十分 (very).
 */
export function literalsIn(text: string, wanted: ReadonlySet<string>): Found[] {
  const plain = text.includes('{{') ? text.replace(PLACEHOLDER, FILLED) : text;
  const found: Found[] = [];
  const look = (index: number, run: string, number: string | undefined): void => {
    if (number === undefined || NOT_OWN.test(plain.slice(Math.max(0, index - 2), index))) return;
    const unit = unitWordAt(plain, index + run.length);
    if (unit === undefined || (run === '十' && unit.word === '分')) return;
    const key = literalKey(number, unit.word);
    if (wanted.has(key))
      found.push({
        key,
        written: plain.slice(index, unit.end),
        before: plain.slice(0, index),
        after: plain.slice(unit.end),
      });
  };
  for (const m of plain.matchAll(/\d+(?:\.\d+)?/g)) look(m.index, m[0], m[0]);
  for (const m of plain.matchAll(CHINESE_NUMERAL)) {
    const n = numeralValue(m[0]);
    look(m.index, m[0], n === undefined ? undefined : String(n));
  }
  return found.sort((a, b) => a.before.length - b.before.length);
}
