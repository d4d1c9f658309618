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
