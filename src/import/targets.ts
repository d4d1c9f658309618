/**
 * The figure a commitment promises: 24小时内, 3个工作日, 不低于0.28兆帕, 97%以上, 90分以上,
 * 不少于2名, 300人次, 3至5个工作日 (a range).
 *
 * Every figure with a unit is found; a figure is no promise when it is a fine or penalty on
 * staff, a reward, a course length, part of a condition (停水超过12小时的，……), a date, a time of
 * day or a phone number. A target is given only when one figure is left (or several that are the
 * same); otherwise the commitment gets none and a TODO naming the candidates.
 */
import type { TargetInput } from '../model/schema/commitments.ts';
import { chineseNumeral } from '../model/numerals.ts';
import type { TargetDecision } from './types.ts';

type Comparator = TargetInput['comparator'];

export interface FoundTarget {
  value: number;
  /** Set for a range (3至5个工作日, 200—500元): its upper end; `value` is the lower. */
  max?: number;
  unit: string;
  comparator: Comparator;
  /** The wording it was read from, e.g. "不低于0.28兆帕". */
  written: string;
  /** True when no comparator word was found and one was assumed. */
  comparatorGuessed: boolean;
  /** Why this figure is not the promise, when it is not. */
  notPromise?: string;
}

const UNIT_NAMES: Record<string, string> = {
  兆帕: 'MPa',
  mpa: 'MPa',
  MPa: 'MPa',
  工作日: '个工作日',
  秒钟: '秒',
  千米: '公里',
  '%': '%',
  度: '℃',
};

const BEFORE: [RegExp, Comparator][] = [
  [/(不低于|不少于|至少|达到|达|不小于|提前|保持在|≥|>=)$/u, 'ge'],
  [/(不超过|不多于|不高于|不大于|最多|最长|≤|<=)$/u, 'le'],
  [/(超过|大于|高于|多于|>)$/u, 'gt'],
  [/(小于|低于|少于|<)$/u, 'lt'],
];
const AFTER: [RegExp, Comparator][] = [
  [/^(以上|及以上)/u, 'ge'],
  [/^(以内|之内|内|以下|及以下|之前|前|完成|办结|到达)/u, 'le'],
];

// Longer units first: 个工作日 before 日, 分钟 before 分, 人次 before 人 and 次.
const UNIT =
  '个工作日|工作日|小时|分钟|秒钟|秒|个月|天|日|周|%|兆帕|MPa|mpa|公里|千米|米|元|人次|次|分|名|户|件|通|个|℃|度|倍';
const NUMBER = '\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]{1,3}';
const PREFIX =
  '不低于|不少于|至少|达到|不超过|不多于|不高于|不大于|不小于|超过|大于|高于|多于|小于|低于|少于|最多|最长|提前|保持在|达|≥|≤|>=|<=|>|<';
const TARGET = new RegExp(
  `(${PREFIX})?\\s*(${NUMBER})(?:\\s*(?:${UNIT})?\\s*[—–\\-~～至到]\\s*(${NUMBER}))?\\s*(${UNIT})(以上|及以上|以内|之内|内|以下|及以下|之前|前)?`,
  'gu',
);

/** Words near a figure that make it something other than the promise. */
const NOT_PROMISE: [RegExp, string][] = [
  [
    /罚款|罚金|处罚|处以|扣发|扣除|扣减|扣罚|扣当事人|扣分|扣.{0,6}绩效|绩效.{0,4}$|罚$/u,
    '罚款或扣罚 / a fine or penalty',
  ],
  [/奖励|奖金|奖$|给予.{0,8}奖/u, '奖励 / a reward'],
  [/培训|课时|学时|考试/u, '培训 / a course'],
];

const numberOf = (raw: string): number | undefined => (/^\d/u.test(raw) ? Number(raw) : chineseNumeral(raw));

/** Every figure with a unit in `text`, in order, each marked when it is not the promise. */
export function findTargets(text: string): FoundTarget[] {
  const out: FoundTarget[] = [];
  for (let m = TARGET.exec(text); m; m = TARGET.exec(text)) {
    const start = m.index + (m[1]?.length ?? 0);
    const before = text.slice(Math.max(0, start - 1), start);
    // Parts of longer numbers, dates (3月1日, 第5日, 每月xx日) and times of day (8:30) are not figures.
    if (/[\d.年月第:：]/u.test(before)) continue;
    if (/^\d{1,2}\s*[:：]\d{2}/u.test(text.slice(start))) continue;
    // The end of a date range: 8月1日—15日.
    if (/月\d{1,2}日?\s*[—–\-~～至到]\s*$/u.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const rawNumber = m[2] ?? '';
    const value = numberOf(rawNumber);
    if (value === undefined || Number.isNaN(value)) continue;
    const rawUnit = m[4] ?? '';
    const after = text.slice(m.index + m[0].length);
    // Units that are also words (分 of 分钟 is taken first; 个 of 个别, 度 of 年度, 通 of 通知) need digits and no Han after them that makes a word.
    if (/^(个|通|度|户|件|名)$/u.test(rawUnit) && !/^\d/u.test(rawNumber)) continue;
    if (rawUnit === '度' && /^[数量电]/u.test(after)) continue;
    if (rawUnit === '分' && /^[钟之类别局公享期批]/u.test(after)) continue;
    if (rawUnit === '通' && /^[知过讯信话报]/u.test(after)) continue;
    // A Chinese numeral before 次 or 元 is usually not a target (一次性, 三元), only before time units.
    if (!/^\d/u.test(rawNumber) && !/^(个工作日|工作日|小时|分钟|天|日|周|个月)$/u.test(rawUnit)) continue;
    if (!/^\d/u.test(rawNumber) && /^(一次性|一日三)/u.test(text.slice(start))) continue;
    const unit = UNIT_NAMES[rawUnit] ?? rawUnit;
    const upper = m[3] !== undefined ? numberOf(m[3]) : undefined;
    let comparator: Comparator | undefined;
    const pre = m[1] ?? '';
    if (pre !== '') comparator = BEFORE.find(([re]) => re.test(pre))?.[1];
    const post = m[5] ?? after.slice(0, 2);
    comparator ??= AFTER.find(([re]) => re.test(post))?.[1];
    // "至少配备2名": the comparator stands before the verb.
    const lead = text.slice(Math.max(0, start - 8), start);
    comparator ??= BEFORE.map(
      ([re, c]) => [new RegExp(`${re.source.replace(/\$$/u, '')}[^\\d，,；;。]{1,4}$`, 'u'), c] as const,
    ).find(([re]) => re.test(lead))?.[1];
    let guessed = false;
    if (comparator === undefined) {
      guessed = true;
      comparator = unit === '%' ? 'ge' : 'eq';
    }
    const found: FoundTarget = { value, unit, comparator, written: m[0].trim(), comparatorGuessed: guessed };
    if (upper !== undefined && upper > value) found.max = upper;
    // The clause part the figure stands in, and the words around it.
    const partStart =
      Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((p) => text.lastIndexOf(p, m!.index - 1))) + 1;
    const partEnd = (() => {
      const ends = ['，', ',', '；', ';', '。']
        .map((p) => text.indexOf(p, m!.index + m![0].length))
        .filter((k) => k >= 0);
      return ends.length > 0 ? Math.min(...ends) : text.length;
    })();
    const part = text.slice(partStart, partEnd);
    const reason = NOT_PROMISE.find(([re]) => re.test(part))?.[1];
    if (reason) found.notPromise = reason;
    // 停水超过12小时的，……, 超过8小时的安排送水车: the figure is part of a condition.
    else if (/的$/u.test(part.trim()) && partEnd < text.length && /[，,]/u.test(text[partEnd] ?? ''))
      found.notPromise = '条件 / part of a condition';
    else if (
      /^的/u.test(after) &&
      (/^(超过|满|达到|达|高于|低于|大于|小于)$/u.test(pre) || /以上|以下/u.test(m[5] ?? ''))
    )
      found.notPromise = '条件 / part of a condition';
    out.push(found);
  }
  return out;
}

const same = (a: FoundTarget, b: FoundTarget): boolean => a.value === b.value && a.unit === b.unit && a.max === b.max;

/**
 * The target of a commitment's wording: one promised figure (a value or a range), or none with
 * the reason when there is no figure or more than one.
 */
export function decideTarget(text: string): {
  target?: TargetDecision;
  others: FoundTarget[];
  why?: string;
  guessed?: boolean;
} {
  // Phone numbers are no figures: 0871-65558800, 95598.
  const cleaned = text.replace(/\d{3,4}[-—]\d{7,8}|\d{5,}/gu, (m) => '□'.repeat(m.length));
  const all = findTargets(cleaned);
  const promises = all.filter((t) => t.notPromise === undefined);
  const first = promises[0];
  if (!first) return { others: all };
  if (promises.some((p) => !same(p, first))) {
    return {
      others: promises,
      why: `有 ${promises.length} 个指标：${promises.map((p) => p.written).join('、')} / ${promises.length} figures: ${promises.map((p) => p.written).join(', ')}`,
    };
  }
  if (first.max !== undefined)
    return {
      target: { kind: 'range', min: first.value, max: first.max, unit: first.unit, written: first.written },
      others: [],
    };
  return {
    target: {
      kind: 'value',
      value: first.value,
      unit: first.unit,
      comparator: first.comparator,
      written: first.written,
    },
    others: [],
    guessed: first.comparatorGuessed,
  };
}
