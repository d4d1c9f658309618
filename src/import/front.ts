/**
 * Title, issuer, dates, version, code and scope from the lines before the first
 * clause and from a signature block (落款) at the end.
 */
import type { FrontMatter, Located } from './types.ts';
import { chineseNumeral } from '../model/numerals.ts';
import { endsClause } from './text.ts';

const HAN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1950 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

interface FoundDate {
  date: string;
  index: number;
  end: number;
}

/** Dates in a line: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日, 二〇二六年三月一日. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const arabic = /(?<!\d)(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)\s*日?/gu;
  for (let m = arabic.exec(text); m; m = arabic.exec(text)) {
    const d = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (d) out.push({ date: d, index: m.index, end: m.index + m[0].length });
  }
  const han = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/gu;
  for (let m = han.exec(text); m; m = han.exec(text)) {
    const y = Number([...(m[1] ?? '')].map((c) => HAN_DIGIT[c] ?? '').join(''));
    const d = isoDate(y, chineseNumeral(m[2] ?? '') ?? 0, chineseNumeral(m[3] ?? '') ?? 0);
    if (d) out.push({ date: d, index: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

const ORG_SUFFIX =
  /(公司|集团|局|供电所|收费所|营业所|管理所|处|厅|部|中心|委员会|委|办公室|站|支行|分行|银行|医院|学校|大学|学院|政府|大队|支队|车队|院|协会|联社|信用社)$/u;
const ISSUER_LABEL =
  /^(?:发布单位|发文单位|制定单位|编制单位|制订单位|主办单位|印发单位|发布部门|发布机关|颁布单位)\s*[：:]\s*(.+)$/u;
const ISSUER_VERB = /^(.{2,30}?)\s*(?:发布|印发|颁布|制定|制订)$/u;
const VERSION =
  /(?:版本号?|版次)\s*[：:]?\s*([A-Za-z]?\d+(?:\.\d+)*)|第([一二三四五六七八九十\d]+)版|^[Vv](\d+(?:\.\d+)*)$/u;
const CODE = /^(?:(?:编号|文号|标准号)\s*[：:]\s*)?((?:Q|GB|GB\/T|DB|DL|DL\/T|CJ|JT|YY|WS)[/\w]*\s*[\w.]+[-—–]\d{4})$/u;

/** A short line that is just an organisation's name. */
export function looksLikeOrganisation(text: string): boolean {
  const t = text.trim();
  return [...t].length >= 4 && [...t].length <= 30 && !/[，,。；;：:！？!?“”"「」]/u.test(t) && ORG_SUFFIX.test(t);
}

/** A year and month without a day, as signatures often give it: 2025年11月, 二〇二五年十一月. */
const YEAR_MONTH = /^(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月$/u;
/** Who signs: "客服中心全体党员", "营业部：刘芳" (a department and a person's name). */
const SIGNER =
  /^[\u4e00-\u9fff]{2,16}(?:全体(?:党员|员工|职工|同志|干部|同仁)|党支部|党委|工会|团委|团支部)$|^[\u4e00-\u9fff]{2,12}[：:]\s*[\u4e00-\u9fff·]{2,4}$/u;

/** Whether `text` is a line a signature block (落款) is made of: an organisation name or a date. */
export function isSignatureLine(text: string): boolean {
  if ([...text].length > 40) return false;
  if (looksLikeOrganisation(text) || YEAR_MONTH.test(text.trim()) || SIGNER.test(text.trim())) return true;
  const dates = findDates(text);
  if (dates.length > 0) {
    const rest = text.replace(
      /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?|[〇零一二三四五六七八九十]+年[一二三四五六七八九十]+月[一二三四五六七八九十]+日/gu,
      '',
    );
    return /^[\s（()）发布实施印发起施行生效日期：:]*$/u.test(rest);
  }
  return (
    ISSUER_LABEL.test(text) ||
    (ISSUER_VERB.test(text) && looksLikeOrganisation((ISSUER_VERB.exec(text)?.[1] ?? '').trim()))
  );
}

/** Puts the facts one front or signature line carries into `front`; returns false when it carries none. */
export function classifyFrontLine(front: FrontMatter, l: Located): boolean {
  const t = l.text.trim();
  let used = false;
  const dates = findDates(t);
  for (const d of dates) {
    const after = t.slice(d.end, d.end + 6);
    const before = t.slice(Math.max(0, d.index - 8), d.index);
    const eff =
      /^(?:起)?\s*(?:实施|施行|生效|执行|起执行|起实施|起施行)/u.test(after) ||
      /(?:实施|施行|生效)(?:日期|时间)?\s*[：:]?\s*$/u.test(before);
    const iss =
      /^\s*(?:发布|印发|颁布|签发)/u.test(after) || /(?:发布|印发|颁布)(?:日期|时间|于)?\s*[：:]?\s*$/u.test(before);
    if (eff && !front.effective) {
      front.effective = { text: d.date, line: l.line };
      used = true;
    } else if ((iss || !eff) && !front.issued && (iss || t.length <= 20)) {
      front.issued = { text: d.date, line: l.line };
      used = true;
    }
  }
  const label = ISSUER_LABEL.exec(t);
  if (label && !front.issuer) {
    front.issuer = { text: (label[1] ?? '').trim(), line: l.line };
    return true;
  }
  const verb = ISSUER_VERB.exec(t.replace(/\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?/gu, '').trim());
  if (verb && looksLikeOrganisation((verb[1] ?? '').trim()) && !front.issuer) {
    front.issuer = { text: (verb[1] ?? '').trim(), line: l.line };
    return true;
  }
  if (looksLikeOrganisation(t) && !front.issuer) {
    front.issuer = { text: t, line: l.line };
    return true;
  }
  const code = CODE.exec(t);
  if (code && !front.code) {
    front.code = { text: (code[1] ?? '').replace(/\s*[—–]\s*/gu, '-'), line: l.line };
    return true;
  }
  const version = VERSION.exec(t);
  if (version && !front.version && [...t].length <= 30) {
    const v =
      version[1] ?? (version[2] !== undefined ? String(chineseNumeral(version[2]) ?? version[2]) : version[3]) ?? '';
    front.version = { text: v, line: l.line };
    return true;
  }
  if (/适用于|适用范围/u.test(t) && !front.scope) {
    front.scope = { text: t, line: l.line };
    return true;
  }
  return used && dates.length > 0 && [...t].length <= 40;
}

/** Words a document's title ends with: 方案, 办法, 规范, 倡议书 …  */
export const DOCUMENT_WORD =
  /(?:方案|办法|规范|制度|细则|规定|守则|承诺|标准|准则|倡议书|措施|须知|规程|条例|通知|意见|计划|公约|职责|要求|服务承诺书|承诺书|规则|指南|手册|题库|试题|试卷|用语|礼仪)(?:[（(][^）)]{1,12}[）)])?$/u;

/** Whether a line is a document's title: short, unpunctuated, ending in a word such as 规范 or 办法. */
export function looksLikeDocumentTitle(text: string): boolean {
  return looksLikeTitle(text) && [...text].length <= 40 && DOCUMENT_WORD.test(text) && !/[：:]/u.test(text);
}

/** Whether a first line can serve as the document title. */
export function looksLikeTitle(text: string): boolean {
  const n = [...text].length;
  // A first line ending in a colon or holding commas is the start of a paragraph, not a title.
  return n >= 2 && n <= 60 && !endsClause(text) && !/[：:]$/u.test(text) && !/[，,]/u.test(text);
}

/**
 * The effective date a clause states — 「本规范自2027年1月1日起施行」, most often the last
 * article (附则) — when no front or signature line gave one. The last clauses are read first.
 */
export function effectiveInClauses(clauses: Iterable<{ text?: string; line: number }>): Located | undefined {
  for (const c of [...clauses].reverse()) {
    const t = c.text ?? '';
    for (const d of findDates(t)) {
      const before = t.slice(Math.max(0, d.index - 2), d.index);
      const after = t.slice(d.end, d.end + 8);
      if (/[自从]\s*$/u.test(before) && /^\s*起?\s*(?:正式)?(?:施行|实施|执行|生效)/u.test(after))
        return { text: d.date, line: c.line };
    }
  }
  return undefined;
}

/** Suffixes that end an organisation's own name (a 厅, 站 or 部 inside one is a part of it). */
const ISSUER_IN_TITLE = /^.{2,28}(?:公司|集团|医院|银行|分行|支行|局|中心|大学|学院|委员会)$/u;

/**
 * The organisation a title opens with — 「城南人民医院门诊服务规范」 → 城南人民医院 — the longest
 * such prefix, so 「…供水集团有限公司…」 gives the company, not the group; for when no line names
 * the issuer. Undefined when the title does not open with one or is only that name.
 */
export function issuerInTitle(title: string): string | undefined {
  let best: string | undefined;
  for (let end = [...title].length - 1; end >= 3 && !best; end--) {
    const prefix = [...title].slice(0, end).join('');
    if (ISSUER_IN_TITLE.test(prefix)) best = prefix;
  }
  return best;
}
