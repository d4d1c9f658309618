/** The words check uses for what a field expects and what it found, in Chinese and English. */
import { visible } from './slips.ts';

export const TYPE_ZH: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否（true 或 false）',
  array: '列表（以 - 开头的多行）',
  object: '包含字段的对象',
  date: '日期',
};
export const TYPE_EN: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object with fields',
};

/** What a value is, for the found part of a message. */
export function describeFound(v: unknown): { zh: string; en: string } {
  if (v === undefined) return { zh: '（空）', en: 'nothing' };
  if (v === null) return { zh: '空值', en: 'an empty value' };
  if (Array.isArray(v)) return { zh: '列表', en: 'a list' };
  if (v instanceof Date) return { zh: '日期', en: 'a date' };
  if (typeof v === 'object') return { zh: '对象', en: 'an object' };
  // Invisible and look-alike characters (a zero-width space in an id) are shown as <U+200B>.
  const shown = visible(JSON.stringify(typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…` : v));
  const kind =
    typeof v === 'number' ? ['数字', 'number'] : typeof v === 'boolean' ? ['是/否', 'boolean'] : ['文字', 'text'];
  return { zh: `${kind[0]} ${shown}`, en: `${kind[1]} ${shown}` };
}

/** Values of the fields with fixed values, as a clerk writes them in Chinese: the value meant. */
const CHINESE_VALUES: Record<string, string> = {
  ...Object.fromEntries(['内', '以内', '之内', '不超过', '不多于', '不大于', '≤', '<='].map((w) => [w, 'le'])),
  ...Object.fromEntries(['不少于', '不低于', '不小于', '至少', '以上', '≥', '>='].map((w) => [w, 'ge'])),
  ...Object.fromEntries(['低于', '少于', '小于', '不到', '<'].map((w) => [w, 'lt'])),
  ...Object.fromEntries(['高于', '多于', '大于', '超过', '>'].map((w) => [w, 'gt'])),
  ...Object.fromEntries(['等于', '为', '='].map((w) => [w, 'eq'])),
  ...Object.fromEntries(['应', '应当', '必须'].map((w) => [w, 'shall'])),
  ...Object.fromEntries(['不得', '不应', '严禁', '禁止', '不准'].map((w) => [w, 'shall-not'])),
  宜: 'should',
  不宜: 'should-not',
  ...Object.fromEntries(['可', '可以'].map((w) => [w, 'may'])),
  ...Object.fromEntries(['单选', '单选题', '单项选择题'].map((w) => [w, 'single'])),
  ...Object.fromEntries(['多选', '多选题', '多项选择题'].map((w) => [w, 'multiple'])),
  ...Object.fromEntries(['判断', '判断题'].map((w) => [w, 'truefalse'])),
  ...Object.fromEntries(['填空', '填空题'].map((w) => [w, 'blank'])),
  ...Object.fromEntries(['定期', '定期检查', '月度检查'].map((w) => [w, 'scheduled'])),
  ...Object.fromEntries(['暗访', '明查暗访', '不定期'].map((w) => [w, 'unannounced'])),
  ...Object.fromEntries(['满意度调查', '调查'].map((w) => [w, 'survey'])),
  ...Object.fromEntries(['自查', '班组自查'].map((w) => [w, 'self'])),
  原件: 'original',
  复印件: 'copy',
  原件和复印件: 'original-and-copy',
  原件或复印件: 'original-or-copy',
  电子版: 'electronic',
  表格: 'form',
  必须提交: 'required',
  必交: 'required',
  选交: 'optional',
};

/** The allowed value a Chinese word stands for (不少于 → ge, 应 → shall), when it is one of `allowed`. */
export function meantValue(found: string, allowed: readonly string[]): string | undefined {
  const value = CHINESE_VALUES[found.trim()];
  return value !== undefined && allowed.includes(value) ? value : undefined;
}

/**
 * An own message ("规则；建议 / rule; advice") with what was found after the rule and before any
 * advice: 金额应为数字（实际是文字 "票价的5%"）；不是固定金额的…, not after the advice.
 */
export function withFound(message: string, found: { zh: string; en: string }): string {
  const cut = message.indexOf(' / ');
  const [zh, en] = cut < 0 ? [message, ''] : [message.slice(0, cut), message.slice(cut + 3)];
  const at = (text: string, mark: string) => (text.includes(mark) ? text.indexOf(mark) : text.length);
  const z = at(zh, '；');
  const e = at(en, '; ');
  return `${zh.slice(0, z)}（实际是${found.zh}）${zh.slice(z)} / ${en.slice(0, e)} (found ${found.en})${en.slice(e)}`;
}
