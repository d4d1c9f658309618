/**
 * Scoring an inspection visit (检查评分): the one computation the score-sheet PDF and the
 * inspector's phone page both run. An item loses its deduction per fault, multiplied when the
 * same fault was pointed out at the previous inspection, never more than its cap; the total is
 * put on the 100-point scale when the unit's sheet has fewer points (缺项按比例折算); the
 * thresholds in force on the visit's date say what follows; a fault that is a violation takes
 * the fine and the escalation step of its occurrence.
 *
 * Plain data in and out; its one runtime import is wording.formatDate (a pure function), so the
 * page's island bundles little more than this file.
 */
import type { Bearer, EscalationStep } from './types/assessments.ts';
import { formatDate, type Language } from './wording.ts';

export interface SheetViolation {
  id: string;
  text: string;
  /** The penalty's fine (range up to fineMax), for a violation without escalation steps. */
  fine?: number;
  fineMax?: number;
  penaltyText?: string;
  bearer?: Bearer[];
  escalation: EscalationStep[];
}

export interface SheetItem {
  id: string;
  section?: string;
  text: string;
  clauses: string[];
  /** The clauses' numbers in the unit's documents (4.1.13), for the clause column. */
  clauseNumbers: string[];
  evidence?: string;
  points: number;
  deduct: number;
  cap: number;
  repeat?: { factor: number; text?: string };
  violation?: SheetViolation;
}

export interface SheetThreshold {
  id: string;
  below: number;
  consequence: string;
  bearer?: Bearer[];
  /** The phases it holds in, with their dates; empty: always. */
  periods: { phase: string; title: string; from: string; to?: string }[];
}

/** One unit's score sheet for one inspection: what the PDF prints and the phone page scores. */
export interface ScoreSheet {
  unitId: string;
  unitName: string;
  organisation: string;
  assessmentId: string;
  assessmentTitle: string;
  inspection: { id: string; kind: string; title: string; frequency?: string };
  items: SheetItem[];
  /** Sum of the items' points. */
  points: number;
  thresholds: SheetThreshold[];
  phases: { id: string; title: string; from: string; to?: string }[];
  awards: { id: string; title: string; criteria: string; amount?: number }[];
  /** The date the unit's standards take effect (the printed sheet's date). */
  effective: string;
}

export interface VisitEntry {
  item: string;
  /** Faults found (处). */
  faults: number;
  /** The same fault was pointed out at the previous inspection. */
  repeat?: boolean;
  /** Which occurrence of the violation this is for the person concerned (1st, 2nd…); default 2 on a repeat, else 1. */
  occurrence?: number;
  reason?: string;
}

export interface Visit {
  /** YYYY-MM-DD */
  date: string;
  inspector?: string;
  entries: VisitEntry[];
}

export interface ItemResult {
  id: string;
  faults: number;
  repeat: boolean;
  /** The multiplier applied (1 unless repeated and the item has a repetition rule). */
  factor: number;
  deduction: number;
  /** The deduction was cut to the item's cap. */
  capped: boolean;
  score: number;
  occurrence?: number;
  /** The escalation step for that occurrence, when the item counts as a violation. */
  step?: EscalationStep;
  fine?: { amount: number; max?: number };
  bearer: Bearer[];
  reason?: string;
}

export interface VisitResult {
  items: ItemResult[];
  /** Sum of the points of the sheet's items. */
  points: number;
  deducted: number;
  /** Points kept on the sheet (points − deducted). */
  raw: number;
  /** On the 100-point scale, one decimal. */
  score: number;
  /** Whether the sheet has fewer than 100 points and the score was scaled. */
  scaled: boolean;
  /** Phases the date falls in. */
  phases: string[];
  /** Thresholds in force on the date. */
  active: SheetThreshold[];
  /** Those the score is below. */
  crossed: SheetThreshold[];
  /** The most severe of them: the one with the lowest line. */
  consequence?: SheetThreshold;
  fines: { amount: number; max: number };
}

export const BEARER_ZH: Record<Bearer, string> = { staff: '当事人', team: '班组', head: '单位负责人', unit: '本单位' };

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** The step of an escalation for the nth occurrence: the last step at or before it. */
export function escalationStep(steps: readonly EscalationStep[], occurrence: number): EscalationStep | undefined {
  let found: EscalationStep | undefined;
  for (const s of steps) if (s.occurrence <= occurrence && (!found || s.occurrence >= found.occurrence)) found = s;
  return found;
}

export function inPeriod(date: string, p: { from: string; to?: string }): boolean {
  return p.from <= date && (p.to === undefined || date <= p.to);
}

/** The thresholds in force on a date: those without phases, and those of a phase the date is in. */
export function thresholdsOn(sheet: Pick<ScoreSheet, 'thresholds'>, date: string): SheetThreshold[] {
  return sheet.thresholds.filter((t) => t.periods.length === 0 || t.periods.some((p) => inPeriod(date, p)));
}

export function scoreItem(item: SheetItem, entry: VisitEntry | undefined): ItemResult {
  const faults = Math.max(0, Math.floor(entry?.faults ?? 0));
  const repeat = faults > 0 && entry?.repeat === true;
  const factor = repeat && item.repeat ? item.repeat.factor : 1;
  const full = faults * item.deduct * factor;
  const deduction = round1(Math.min(full, item.cap));
  const result: ItemResult = {
    id: item.id,
    faults,
    repeat,
    factor,
    deduction,
    capped: full > item.cap,
    score: round1(item.points - deduction),
    bearer: [],
  };
  if (entry?.reason) result.reason = entry.reason;
  const v = item.violation;
  if (v && faults > 0) {
    const occurrence = Math.max(1, Math.floor(entry?.occurrence ?? (repeat ? 2 : 1)));
    result.occurrence = occurrence;
    const step = escalationStep(v.escalation, occurrence);
    if (step) result.step = step;
    // With escalation steps the fine is the step's; without, the penalty's (a range up to fineMax).
    if (v.escalation.length > 0) {
      if (step?.fine !== undefined) result.fine = { amount: step.fine };
    } else if (v.fine !== undefined)
      result.fine = { amount: v.fine, ...(v.fineMax !== undefined ? { max: v.fineMax } : {}) };
    result.bearer = step?.bearer ?? v.bearer ?? [];
  }
  return result;
}

export function scoreVisit(sheet: ScoreSheet, visit: Visit): VisitResult {
  const byItem = new Map(visit.entries.map((e) => [e.item, e]));
  const items = sheet.items.map((item) => scoreItem(item, byItem.get(item.id)));
  const deducted = round1(items.reduce((a, r) => a + r.deduction, 0));
  const raw = round1(sheet.points - deducted);
  const scaled = sheet.points !== 100 && sheet.points > 0;
  const score = scaled ? round1((raw / sheet.points) * 100) : raw;
  const active = thresholdsOn(sheet, visit.date);
  const crossed = active.filter((t) => score < t.below);
  const consequence = crossed.reduce<SheetThreshold | undefined>(
    (worst, t) => (!worst || t.below < worst.below ? t : worst),
    undefined,
  );
  const fines = items.reduce(
    (a, r) => ({ amount: a.amount + (r.fine?.amount ?? 0), max: a.max + (r.fine?.max ?? r.fine?.amount ?? 0) }),
    { amount: 0, max: 0 },
  );
  return {
    items,
    points: sheet.points,
    deducted,
    raw,
    score,
    scaled,
    phases: sheet.phases.filter((p) => inPeriod(visit.date, p)).map((p) => p.id),
    active,
    crossed,
    ...(consequence ? { consequence } : {}),
    fines,
  };
}

/** 200元; 200–500元 — or, for a page in English, 200 yuan; 200–500 yuan. */
export function fineText(fine: { amount: number; max?: number }, language: Language = 'zh'): string {
  const amount = fine.max !== undefined && fine.max !== fine.amount ? `${fine.amount}–${fine.max}` : `${fine.amount}`;
  return language === 'en' ? `${amount} yuan` : `${amount}元`;
}

export function bearerText(bearer: readonly Bearer[]): string {
  return bearer.map((b) => BEARER_ZH[b]).join('、');
}

/**
 * The threshold in words: 低于85分：…〔适用：全面实施阶段，2027年3月1日至2027年10月31日〕, dates as the
 * public reads them (wording.formatDate); the comma keeps a title from running into its first date.
 */
export function thresholdText(t: SheetThreshold): string {
  const when = t.periods
    .map((p) => `${p.title}，${p.to ? `${formatDate(p.from)}至${formatDate(p.to)}` : `${formatDate(p.from)}起`}`)
    .join('；');
  return `低于${t.below}分：${t.consequence}${t.bearer ? `（承担：${bearerText(t.bearer)}）` : ''}${when ? `〔适用：${when}〕` : ''}`;
}

/**
 * What follows from an item's faults, in words: the escalation step for the occurrence and the
 * fine with who bears it — the fine said once, after the step when the step already names it.
 */
export function itemOutcome(r: ItemResult): string {
  const bearer = r.bearer.length > 0 ? `（${bearerText(r.bearer)}）` : '';
  const fine = r.fine ? `罚款${fineText(r.fine)}` : '';
  const step = r.step ? `第${r.occurrence}次：${r.step.action}` : '';
  if (fine !== '' && step.includes(fine)) return `${step}${bearer}`;
  return [step, fine ? `${fine}${bearer}` : ''].filter(Boolean).join('；');
}

/** The reason column of a scored item, on the filled sheet and the phone page's printout: faults, repeat, the inspector's note, the outcome. */
export function itemReason(r: ItemResult): string {
  if (r.faults === 0) return '';
  return [
    `${r.faults}处${r.repeat ? `，重复出现×${r.factor}` : ''}${r.capped ? '，扣至上限' : ''}`,
    r.reason,
    itemOutcome(r),
  ]
    .filter(Boolean)
    .join('；');
}

/** How an item is scored, in words: per fault, the cap, the repetition rule, the violation's steps. */
export function deductionRule(item: SheetItem): string[] {
  const lines = [`每处扣${item.deduct}分${item.cap < item.points ? `，最多扣${item.cap}分` : '，扣完为止'}`];
  if (item.repeat) lines.push(item.repeat.text ?? `上次检查已指出的问题再次出现，扣分×${item.repeat.factor}`);
  const v = item.violation;
  if (v) {
    const steps = v.escalation.map(
      (e) => `第${e.occurrence}次${e.action}${e.bearer ? `（${bearerText(e.bearer)}）` : ''}`,
    );
    const direct =
      v.fine !== undefined
        ? `罚款${fineText({ amount: v.fine, ...(v.fineMax !== undefined ? { max: v.fineMax } : {}) })}${v.bearer ? `（${bearerText(v.bearer)}）` : ''}`
        : (v.penaltyText ?? '');
    lines.push(`违规处理：${steps.length > 0 ? steps.join('；') : direct}`);
  }
  return lines;
}

/** The visit as rows for a spreadsheet: one per item, then the totals and the consequence. */
export function visitRows(sheet: ScoreSheet, visit: Visit, result: VisitResult = scoreVisit(sheet, visit)): string[][] {
  const rows: string[][] = [
    ['序号', '评分项', '条款', '分值', '处数', '重复', '扣分', '得分', '第几次', '处理', '罚款', '承担', '扣分原因'],
  ];
  sheet.items.forEach((item, i) => {
    const r = result.items[i]!;
    rows.push([
      String(i + 1),
      item.text,
      item.clauseNumbers.join(' '),
      String(item.points),
      String(r.faults),
      r.repeat ? '是' : '',
      String(r.deduction),
      String(r.score),
      r.occurrence !== undefined ? String(r.occurrence) : '',
      r.step?.action ?? '',
      r.fine ? fineText(r.fine) : '',
      bearerText(r.bearer),
      r.reason ?? '',
    ]);
  });
  rows.push([
    '',
    '合计',
    '',
    String(result.points),
    '',
    '',
    String(result.deducted),
    String(result.raw),
    '',
    '',
    result.fines.amount > 0 ? fineText({ amount: result.fines.amount, max: result.fines.max }) : '',
    '',
    '',
  ]);
  rows.push([
    '',
    '百分制得分',
    '',
    '',
    '',
    '',
    '',
    String(result.score),
    '',
    result.consequence ? thresholdText(result.consequence) : '未低于分数线',
    '',
    '',
    '',
  ]);
  rows.push(['', '检查日期', visit.date, '', '', '', '', '', '', '检查人', visit.inspector ?? '', '', '']);
  return rows;
}

/** CSV (RFC 4180) with a byte-order mark, so spreadsheet programs read the Chinese right. */
export function visitCsv(sheet: ScoreSheet, visit: Visit, result?: VisitResult): string {
  const cell = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${visitRows(sheet, visit, result)
    .map((r) => r.map(cell).join(','))
    .join('\r\n')}\r\n`;
}
