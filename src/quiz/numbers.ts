/**
 * Numbers in questions: finding a number in a text without matching inside a longer one, writing
 * it without float noise, and the plausible wrong values offered beside the right one.
 */

/** A number as a regex that does not match inside a longer number (24 in 240 or 0.24). */
export function numberRegex(value: string, flags = 'g'): RegExp {
  return new RegExp(`(?<![\\d.])${value.replace(/\./g, '\\.')}(?![\\d]|\\.\\d)`, flags);
}

/** A quantity's Chinese numeral as a regex: not inside a longer numeral (十 in 三十), a unit after it. */
export function hanNumeralRegex(numeral: string, flags = ''): RegExp {
  const digit = '[零〇一二两三四五六七八九十百千]';
  return new RegExp(`(?<!${digit}|第)${numeral}(?=[个工小分秒点天日周年元米公千次人项位台户倍])`, flags);
}

/** Displayed digits of a number, without float noise (0.28, not 0.28000000000000003). */
export function formatNumber(value: number): string {
  return String(Number.parseFloat(value.toPrecision(12)));
}

function decimalsOf(value: number): number {
  const text = formatNumber(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** Round values a person would write for counts and amounts with no time or money unit. */
const LADDER = [
  1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 24, 30, 36, 45, 48, 60, 72, 90, 96, 100, 120, 150, 180, 200, 240, 300, 360,
  500, 600, 1000, 2000, 5000, 10000,
];

/**
 * Round values by unit: an examiner offers 20 or 45 minutes beside 30, never 36 minutes or 36 days
 * (36 is round only in hours). The unit as written after the number (分钟内, 个工作日, 小时).
 */
const UNIT_LADDERS: readonly (readonly [RegExp, readonly number[]])[] = [
  [/^\s*秒/, [5, 10, 15, 20, 30, 45, 60, 90, 120]],
  [/^\s*分(钟|$|内)/, [1, 2, 3, 5, 10, 15, 20, 30, 40, 45, 60, 90, 120, 180]],
  [/^\s*(个?小时|时)/, [1, 2, 3, 4, 6, 8, 12, 24, 36, 48, 72, 96, 120, 168]],
  [/^\s*(个?工作日|天|日)/, [1, 2, 3, 5, 7, 10, 15, 20, 30, 45, 60, 90, 180, 365]],
  [/^\s*(周|个?星期)/, [1, 2, 3, 4, 6, 8, 12]],
  [/^\s*个?月/, [1, 2, 3, 6, 9, 12, 18, 24, 36]],
  [/^\s*年/, [1, 2, 3, 5, 8, 10, 15, 20]],
  [/^\s*万?元/, [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000]],
];

function ladderFor(unit: string): readonly number[] {
  return UNIT_LADDERS.find(([re]) => re.test(unit))?.[1] ?? LADDER;
}

/**
 * Wrong but plausible numbers for a target, most plausible first: half, double,
 * and the neighbouring round values (or neighbouring steps of the last decimal).
 * Percentages never exceed 100; integers stay integers.
 */
export function plausibleWrongNumbers(value: number, unit: string): number[] {
  const isPercent = /%|％/.test(unit);
  const decimals = decimalsOf(value);
  const candidates: number[] = [];
  if (isPercent && value > 50) {
    for (const d of [-1, -2, -5, 1, -3, -10, 2]) candidates.push(value + d);
    if (decimals > 0) for (const d of [-0.1, -0.5, 0.1]) candidates.push(value + d);
  } else if (decimals > 0) {
    const step = 10 ** -decimals;
    candidates.push(
      value / 2,
      value * 2,
      value - step,
      value + step,
      value - 2 * step,
      value + 2 * step,
      value + 5 * step,
      value - 5 * step,
    );
  } else {
    const ladder = ladderFor(unit);
    // Half and double too, unless the unit's own ladder does not hold them (14 working days).
    const round = (v: number): boolean => ladder === LADDER || ladder.includes(v);
    if (value % 2 === 0 && round(value / 2)) candidates.push(value / 2);
    if (round(value * 2)) candidates.push(value * 2);
    const lower = ladder.filter((v) => v < value).reverse();
    const higher = ladder.filter((v) => v > value);
    for (let i = 0; i < 3; i++) {
      if (lower[i] !== undefined) candidates.push(lower[i] as number);
      if (higher[i] !== undefined) candidates.push(higher[i] as number);
    }
    candidates.push(value + 1, value - 1);
  }
  const seen = new Set<string>([formatNumber(value)]);
  const out: number[] = [];
  for (const raw of candidates) {
    const rounded = Number(raw.toFixed(Math.max(decimals, 0)));
    if (!(rounded > 0) || (isPercent && rounded > 100)) continue;
    const key = formatNumber(rounded);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(rounded);
  }
  return out;
}
