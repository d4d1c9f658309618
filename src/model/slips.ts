/**
 * Characters that slip in from input methods, Word and web pages and that people cannot see or
 * tell apart: zero-width spaces, no-break and full-width spaces, curly quotes, a full-width
 * colon. `visible` shows them in messages as <U+200B>; `slipHint` says what happened and what to
 * do, in Chinese and English.
 */

import { chineseNumeral } from './numerals.ts';

/** Invisible or look-alike characters, shown as <U+XXXX> wherever a message quotes a value. */
const HIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex lint/suspicious/noMisleadingCharacterClass: finding control characters and lone variation selectors is this pattern's job
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]|[\u201c\u201d\u2018\u2019\uff1a]/gu;

const code = (ch: string): string => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/** The value with every invisible or look-alike character written as <U+XXXX>. */
export function visible(value: string): string {
  return value.replace(HIDDEN, code);
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad\u180e]/u;
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/u;
const NBSP = /[\u00a0\u202f\u2007]/u;
const WIDE_SPACE = /\u3000/u;
const OTHER_SPACE = /[\u2000-\u2006\u2008-\u200a\u205f]/u;
const CURLY = /[\u201c\u201d\u2018\u2019]/u;
const WIDE_COLON = /\uff1a/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/**
 * What slipped into `value`, as " 中文 / English" hint parts to add to a message, or undefined.
 * For values that must be plain ASCII-like tokens (ids, URLs, dates, enum values, field names).
 */
export function slipHint(value: string): { zh: string; en: string } | undefined {
  const found = (re: RegExp) => {
    const m = re.exec(value);
    return m ? code(m[0]) : '';
  };
  if (ZERO_WIDTH.test(value)) {
    return {
      zh: `其中有看不见的零宽字符 ${found(ZERO_WIDTH)}（常见于从网页、微信或 Word 复制），请删除它`,
      en: `it holds an invisible zero-width character ${found(ZERO_WIDTH)} (often copied from a web page, WeChat or Word); delete it`,
    };
  }
  if (BIDI.test(value))
    return {
      zh: `其中有看不见的文字方向控制字符 ${found(BIDI)}，请删除它`,
      en: `it holds an invisible text-direction character ${found(BIDI)}; delete it`,
    };
  if (NBSP.test(value))
    return {
      zh: `其中有不间断空格 ${found(NBSP)}（常见于从 Word 或网页复制），请改为普通空格或删除`,
      en: `it holds a no-break space ${found(NBSP)} (often copied from Word or a web page); use an ordinary space or delete it`,
    };
  if (WIDE_SPACE.test(value))
    return {
      zh: `其中有全角空格 ${found(WIDE_SPACE)}（中文输入法），请改为半角空格或删除`,
      en: `it holds a full-width space ${found(WIDE_SPACE)} (typed with a Chinese input method); use an ordinary space or delete it`,
    };
  if (OTHER_SPACE.test(value))
    return {
      zh: `其中有特殊空格 ${found(OTHER_SPACE)}，请改为普通空格或删除`,
      en: `it holds a special space ${found(OTHER_SPACE)}; use an ordinary space or delete it`,
    };
  if (CURLY.test(value))
    return {
      zh: '其中有中文引号 “ ” ‘ ’（输入法或 Word 自动替换）；YAML 的引号要用英文引号 " 或 \'',
      en: 'it holds curly quotes “ ” ‘ ’ (an input method or Word autocorrect); YAML quotes must be straight quotes " or \'',
    };
  if (WIDE_COLON.test(value))
    return {
      zh: '其中有中文冒号“：”（中文输入法）；字段名后要用英文冒号加空格 ": "',
      en: 'it holds a full-width colon "：" (a Chinese input method); a field name is followed by an ASCII colon and a space ": "',
    };
  if (CONTROL.test(value))
    return {
      zh: `其中有控制字符 ${found(CONTROL)}，请删除它`,
      en: `it holds a control character ${found(CONTROL)}; delete it`,
    };
  return undefined;
}

/** `message` ("中文 / English") with the slip hint for `value` added to both halves, if any. */
export function withSlipHint(message: string, value: unknown): string {
  if (typeof value !== 'string') return message;
  const hint = slipHint(value);
  if (!hint) return message;
  const cut = message.indexOf(' / ');
  if (cut < 0) return `${message}；${hint.zh} / ${hint.en}`;
  return `${message.slice(0, cut)}；${hint.zh} / ${message.slice(cut + 3)}; ${hint.en}`;
}

/**
 * \`value: {{days}}\` is valid YAML, a mapping inside a mapping: where a value is an object and
 * its line holds {{, the fix is quotes.
 */
export function unquotedParamHint(text: string, found: unknown): { zh: string; en: string } {
  if (found === null || typeof found !== 'object' || Array.isArray(found) || !text.includes('{{'))
    return { zh: '', en: '' };
  return {
    zh: '；{{…}} 不加引号会被 YAML 当成结构，请写成 "{{…}}"（加英文引号）',
    en: '; without quotes YAML reads {{…}} as structure: write "{{…}}" (in quotes)',
  };
}

const FULL_WIDTH_DIGIT = /[０-９．]/gu;
const HAN_NUMERAL = /^([零〇一二两三四五六七八九十百千]+)([^零〇一二两三四五六七八九十百千\d]{0,4})$/u;

/**
 * A number a clerk wrote in words, in full-width digits or with its unit (七十五, ７５, 75分, 30%),
 * in digits ("75"); undefined for anything else. For the hint of a field that takes a number.
 */
export function numberWrittenAs(value: string): string | undefined {
  const v = value.trim().replace(FULL_WIDTH_DIGIT, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10)));
  const digits = /^(\d+(?:\.\d+)?)\s*[^\d\s.]{0,4}$/u.exec(v);
  if (digits) return v === value.trim() && digits[1] === v ? undefined : digits[1];
  const han = HAN_NUMERAL.exec(v);
  const n = han ? chineseNumeral(han[1]!) : undefined;
  return n === undefined ? undefined : String(n);
}

/** A date written the Chinese way or without leading zeros (2027年3月1日, 2027/3/1, 2027.3.1, 2027-3-1), as YYYY-MM-DD. */
export function dateWrittenAs(value: string): string | undefined {
  const m = /^(\d{4})\s*[年/.\-－]\s*(\d{1,2})\s*[月/.\-－]\s*(\d{1,2})\s*日?$/u.exec(value.trim());
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return iso === value ? undefined : iso;
}

/** `message` ("中文 / English") with how to write a number or date the clerk wrote otherwise, if it is one. */
export function withWrittenAsHint(message: string, value: unknown): string {
  if (typeof value !== 'string') return message;
  const date = dateWrittenAs(value);
  const number = date === undefined ? numberWrittenAs(value) : undefined;
  const hint =
    date !== undefined
      ? { zh: `请写成 ${date}`, en: `write ${date}` }
      : number !== undefined
        ? { zh: `请只写阿拉伯数字，写成 ${number}`, en: `write the number alone, in digits: ${number}` }
        : undefined;
  if (!hint) return message;
  const cut = message.indexOf(' / ');
  if (cut < 0) return `${message}；${hint.zh} / ${hint.en}`;
  return `${message.slice(0, cut)}；${hint.zh} / ${message.slice(cut + 3)}; ${hint.en}`;
}
