/**
 * Measurable targets in commitment wording: 24小时内, 2日内, 3个工作日, 不低于0.28兆帕,
 * 97%以上, 准确率达100%.
 */
import type { TargetInput } from '../model/schema.ts';
import { chineseNumeral } from './text.ts';

type Comparator = TargetInput['comparator'];

export interface FoundTarget {
  value: number;
  unit: string;
  comparator: Comparator;
  /** The wording it was read from, e.g. "不低于0.28兆帕". */
  written: string;
  /** True when no comparator word was found and one was assumed. */
  comparatorGuessed: boolean;
}

const UNIT_NAMES: Record<string, string> = {
  兆帕: 'MPa',
  mpa: 'MPa',
  MPa: 'MPa',
  工作日: '个工作日',
  秒钟: '秒',
  千米: '公里',
  '%': '%',
};

const BEFORE: [RegExp, Comparator][] = [
  [/(不低于|不少于|至少|达到|达|不小于|≥|>=)$/u, 'ge'],
  [/(不超过|不多于|不高于|不大于|最多|最长|≤|<=)$/u, 'le'],
  [/(超过|大于|高于|多于|>)$/u, 'gt'],
  [/(小于|低于|少于|<)$/u, 'lt'],
];
const AFTER: [RegExp, Comparator][] = [
  [/^(以上|及以上)/u, 'ge'],
  [/^(以内|之内|内|以下|及以下|之前|前|完成|办结|到达)/u, 'le'],
];

const TARGET =
  /(不低于|不少于|至少|达到|不超过|不多于|不高于|不大于|不小于|超过|大于|高于|多于|小于|低于|少于|最多|最长|达|≥|≤|>=|<=|>|<)?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*(个工作日|工作日|小时|分钟|秒钟|秒|个月|天|日|周|%|兆帕|MPa|mpa|公里|千米|米|元|次)(以上|及以上|以内|之内|内|以下|及以下|之前|前)?/gu;

/** Every target-like figure in `text`, in order. */
export function findTargets(text: string): FoundTarget[] {
  const out: FoundTarget[] = [];
  for (let m = TARGET.exec(text); m; m = TARGET.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    // Dates (3月1日, 第5日) and parts of longer numbers are not targets.
    if (/[\d.年月第每]/u.test(before)) continue;
    // The end of a date range: 8月1日—15日.
    if (/月\d{1,2}日?\s*[—–\-~～至到]\s*$/u.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const rawNumber = m[2] ?? '';
    const value = /^\d/u.test(rawNumber) ? Number(rawNumber) : chineseNumeral(rawNumber);
    if (value === undefined || Number.isNaN(value)) continue;
    const rawUnit = m[3] ?? '';
    // A Chinese numeral before 次 or 元 is usually not a target (一次性, 三元), only before time units.
    if (!/^\d/u.test(rawNumber) && !/^(个工作日|工作日|小时|分钟|天|日|周|个月)$/u.test(rawUnit)) continue;
    if (!/^\d/u.test(rawNumber) && /^(一次性|一日三)/u.test(text.slice(m.index + (m[1]?.length ?? 0)))) continue;
    const unit = UNIT_NAMES[rawUnit] ?? rawUnit;
    let comparator: Comparator | undefined;
    const pre = m[1] ?? '';
    if (pre !== '') comparator = BEFORE.find(([re]) => re.test(pre))?.[1];
    const post = m[4] ?? text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    comparator ??= AFTER.find(([re]) => re.test(post))?.[1];
    // "97%以上" style may also be written before the noun: "合格率不低于97%" is covered by BEFORE.
    let guessed = false;
    if (comparator === undefined) {
      guessed = true;
      comparator = unit === '%' ? 'ge' : 'eq';
    }
    out.push({ value, unit, comparator, written: m[0].trim(), comparatorGuessed: guessed });
  }
  return out;
}
