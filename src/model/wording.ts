/**
 * How the model's words are written out, one rule each, for every renderer:
 * phrase slots, blanks in questions, strength words, dates, industries. The
 * site, search, study and print call these; none keeps a copy.
 */
import type { Strength } from './schema/common.ts';
import { STRENGTH_LABEL_ZH } from './strength.ts';
import { formatAmount } from './targets.ts';
import type { Award, Inspection, Phase, Threshold, Violation } from './types/assessments.ts';

/** A slot in a phrase: 收到您{金额}元. */
export const PHRASE_SLOT = /\{([^{}]+)\}/g;

/** Names of the {slots} in a phrase, in order. */
export function phraseSlots(text: string): string[] {
  return [...text.matchAll(PHRASE_SLOT)].map((m) => m[1]!.trim());
}

/**
 * A phrase as staff read it, on the site, in search, on cards and in handbooks: each slot
 * shows what to fill in, 收到您〔金额〕元.
 */
export function phraseDisplay(text: string): string {
  return text.replace(PHRASE_SLOT, (_, name: string) => `〔${name.trim()}〕`);
}

/** A blank in a hand-written question's stem: four or more underscores (or two full-width ones). */
export const BLANK_PATTERN = /_{4,}|＿{2,}/g;

/** Number of blanks in a stem. */
export function countBlanks(stem: string): number {
  return (stem.match(BLANK_PATTERN) ?? []).length;
}

/** A commitment posted for the public (on the board, the poster and the card). */
const PUBLIC_COMMITMENT = '服务承诺';
/** A commitment with public: false: kept by staff, posted nowhere (the unit page's and the handbook's heading). */
export const INTERNAL_COMMITMENT = '内部服务标准';

/** What a commitment is called in a sentence: 服务承诺, or 内部服务标准 when it is not public. */
export function commitmentKindWord(commitment: { public: boolean }): string {
  return commitment.public ? PUBLIC_COMMITMENT : INTERNAL_COMMITMENT;
}

/** The strength as the word printed in brackets: 应, 不得, 宜, 不宜, 可. */
export function strengthWord(strength: Strength): string {
  return STRENGTH_LABEL_ZH[strength];
}

/** The language of a page or print a text is written for: the words the model itself adds (dates, amounts). */
export type Language = 'zh' | 'en';

/** 2027-01-01 → 2027年1月1日, as the public reads a date (Jan 1, 2027 on a page in English). */
export function formatDate(iso: string, language: Language = 'zh'): string {
  const [y, m, d] = iso.split('-').map((p) => Number.parseInt(p, 10));
  return language === 'en' ? `${MONTHS_EN[(m ?? 1) - 1]} ${d}, ${y}` : `${y}年${m}月${d}日`;
}

/** A phase's dates: 2027年1月1日至2027年6月30日, or 2027年4月1日起 when it has no end. */
export function phaseSpanSaid(p: Phase, language: Language = 'zh'): string {
  const from = formatDate(p.from, language);
  if (language === 'en') return p.to ? `${from} – ${formatDate(p.to, language)}` : `from ${from}`;
  return p.to ? `${from}至${formatDate(p.to, language)}` : `${from}起`;
}

/** Month names for a date on a page in English (Jan 1, 2027), the same on every machine (no ICU). */
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An inspection's kind in words (定期检查, 明查暗访 …): one wording for the handbook and the site. */
export const INSPECTION_KIND_ZH: Record<Inspection['kind'], string> = {
  scheduled: '定期检查',
  unannounced: '明查暗访',
  survey: '满意度调查',
  self: '自查',
};

/** Words by which a title already says its kind: 暗访 is an unannounced visit, 问卷 a survey. */
const INSPECTION_KIND_WORDS: Record<Inspection['kind'], RegExp> = {
  scheduled: /定期检查|例行检查/,
  unannounced: /暗访|明查|暗查|神秘顾客|突击检查/,
  survey: /满意度|问卷|调查|回访/,
  self: /自查|自检/,
};

/**
 * Whether an inspection's title already says its kind (明查暗访, 暗访（督导员装作业主…）, 业主满意度
 * 问卷调查, 季度自查): then the kind is not written again (暗访：明查暗访 read as two different things).
 */
export function inspectionKindSaid(i: Pick<Inspection, 'kind' | 'title'>): boolean {
  return i.title.includes(INSPECTION_KIND_ZH[i.kind]) || INSPECTION_KIND_WORDS[i.kind].test(i.title);
}

/**
 * What an inspection's line says after its title: its kind where the title does not say it (in the
 * reader's words for kinds), then how often — never a bracket after the title, which may end in one
 * (暗访（督导员以群众身份办事）（每月一次） read as two asides).
 */
export function inspectionNote(
  i: Pick<Inspection, 'kind' | 'title' | 'frequency'>,
  kindName: Record<Inspection['kind'], string> = INSPECTION_KIND_ZH,
): { kind?: string; frequency?: string } {
  return {
    ...(inspectionKindSaid(i) ? {} : { kind: kindName[i.kind] }),
    ...(i.frequency ? { frequency: i.frequency } : {}),
  };
}

/** An inspection as one line: 月度服务检查：定期检查，每月一次 — or 明查暗访：每季度两次 when the title says the kind. */
export function inspectionLine(i: Pick<Inspection, 'kind' | 'title' | 'frequency'>): string {
  const { kind, frequency } = inspectionNote(i);
  const said = [kind, frequency].filter((x) => x !== undefined);
  return said.length > 0 ? `${i.title}：${said.join('，')}` : i.title;
}

/**
 * An award's name with its prize, as every output gives it: 乘客救助奖（奖金1000元）. The prize
 * is a field of its own (`amount`), and criteria written to go with it (…每次奖励。) read as a
 * sentence with nothing in it without it.
 */
export function awardTitle(w: Pick<Award, 'title' | 'amount'>): string {
  const prize = awardPrize(w);
  return prize ? `${w.title}（${prize}）` : w.title;
}

/** The prize alone (奖金1000元), or '' for an award without one. */
function awardPrize(w: Pick<Award, 'amount'>): string {
  return w.amount !== undefined ? `奖金${formatAmount(w.amount, '元')}` : '';
}

/**
 * The periods a score threshold holds in, by title in the programme's order and in brackets
 * (（学习动员阶段）): an assessment with a lenient first phase has two 低于85分 rules, told apart
 * only by this. Empty when it always holds.
 */
export function thresholdPeriodsSaid(t: Threshold, phases: readonly Phase[]): string {
  const held = new Set(t.phases ?? []);
  const titles = phases.filter((p) => held.has(p.id)).map((p) => innerBrackets(p.title));
  return titles.length ? `（${titles.join('、')}）` : '';
}

/**
 * Brackets inside brackets take the other shape, as GB/T 15834 sets them: a phase titled
 * 上半年（磨合期） reads （上半年〔磨合期〕）, not （上半年（磨合期））.
 */
function innerBrackets(text: string): string {
  return text.replace(/[（(]/g, '〔').replace(/[）)]/g, '〕');
}

/**
 * A violation's penalty in words, one wording for the handbook and the site: 罚款200–500元，扣10分，
 * and the content's own words after them (视情节待岗培训…), never run into the figures.
 */
export function penaltyLine(p: Violation['penalty']): string {
  const fine =
    p.fine === undefined
      ? ''
      : `罚款${p.fineMax !== undefined && p.fineMax !== p.fine ? `${p.fine}–${p.fineMax}` : p.fine}元`;
  return [fine, p.points !== undefined ? `扣${p.points}分` : '', p.text ?? ''].filter(Boolean).join('，');
}

/** Han, kana, CJK and full-width punctuation, and the quotes, dashes and ellipsis Chinese text sets wide. */
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026]/u;

/** Whether a character is set wide in Chinese text (a line break beside two of them is no space). */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/**
 * A text's source line breaks (with the blanks around them) removed where both sides are wide:
 * 制度，⏎但墙上 → 制度，但墙上. CSS Text says so for Chinese, but browsers show such a break as a
 * space; between Western words it stays a space.
 */
export function joinWideLines(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, (m, at: number) =>
    isWide(text[at - 1] ?? '') && isWide(text[at + m.length] ?? '') ? '' : m,
  );
}

/** The quotes of a text at a nesting depth (0: “ ”, 1: ‘ ’, …), and the depth it ends at. */
function nestQuotes(text: string, start: number): { out: string; depth: number } {
  let depth = start;
  let out = '';
  for (const ch of text) {
    if (ch === '「' || ch === '『' || ch === '“' || ch === '‘') {
      out += depth % 2 === 0 ? '“' : '‘';
      depth++;
    } else if ((ch === '」' || ch === '』' || ch === '”' || ch === '’') && depth > start) {
      depth--;
      out += depth % 2 === 0 ? '”' : '’';
    } else out += ch;
  }
  return { out, depth };
}

/**
 * Quotation marks as GB/T 15834 wants them in horizontal text: “ ” outside, ‘ ’ inside, whatever
 * the content wrote (「」 and 『』 too).
 */
export function gbQuotes(text: string): string {
  return nestQuotes(text, 0).out;
}

/**
 * A text quoted in a sentence (条款“……”): its own quotes go inside as ‘ ’, and a quote a
 * shortening cut open (树立“清泉澄川、…) is closed before the outer one.
 */
export function quoteInText(text: string): string {
  const { out, depth } = nestQuotes(text, 1);
  let close = '';
  for (let d = depth - 1; d >= 1; d--) close += d % 2 === 0 ? '”' : '’';
  return `“${out}${close}”`;
}
