/**
 * Coverage: which provisions, phrases and commitments no question in a bank
 * (hand-written or generated) reaches. Shown by `guifan check`.
 */
import type { Model, SourceRef } from '../model/types.ts';
import type { GeneratedBank } from './types.ts';
import { viewOf } from './view.ts';

export const COVERAGE_KINDS = ['clause', 'phrase', 'commitment'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

export interface UncoveredItem {
  id: string;
  label: string;
  source: SourceRef;
}

export interface KindCoverage {
  total: number;
  covered: number;
  /** 0–100, one decimal; 100 when there is nothing to cover. */
  percent: number;
  uncovered: UncoveredItem[];
}

export interface CoverageReport {
  unitId?: string;
  kinds: Record<CoverageKind, KindCoverage>;
  total: Omit<KindCoverage, 'uncovered'>;
}

function percent(covered: number, total: number): number {
  return total === 0 ? 100 : Math.round((covered / total) * 1000) / 10;
}

/** Coverage of the model's items (seen from the bank's unit, if it has one) by the bank's questions. */
export function coverage(model: Model, bank: Pick<GeneratedBank, 'questions' | 'unitId'>): CoverageReport {
  const view = viewOf(model, bank.unitId);
  const reached = new Set(bank.questions.flatMap((q) => q.sources));
  const items: Record<CoverageKind, UncoveredItem[]> = {
    clause: view.clauses.map(({ clause, document }) => ({
      id: clause.id,
      label: `${document.title} ${clause.label}${clause.title ? ` ${clause.title}` : ''}`,
      source: clause.source,
    })),
    phrase: [...view.phrases, ...view.forbidden].map(({ phrase, situation }) => ({
      id: phrase.id,
      label: `${situation.title}：${phrase.kind === 'forbidden' ? '忌语 ' : ''}${phrase.text}`,
      source: phrase.source,
    })),
    commitment: view.commitments.map((c) => ({ id: c.id, label: c.title ?? c.text, source: c.source })),
  };
  const kinds = {} as Record<CoverageKind, KindCoverage>;
  let total = 0;
  let covered = 0;
  for (const kind of COVERAGE_KINDS) {
    const list = items[kind];
    const uncovered = list.filter((item) => !reached.has(item.id));
    kinds[kind] = {
      total: list.length,
      covered: list.length - uncovered.length,
      percent: percent(list.length - uncovered.length, list.length),
      uncovered,
    };
    total += list.length;
    covered += list.length - uncovered.length;
  }
  return {
    ...(bank.unitId === undefined ? {} : { unitId: bank.unitId }),
    kinds,
    total: { total, covered, percent: percent(covered, total) },
  };
}

const KIND_LABEL: Record<CoverageKind, string> = {
  clause: '条款 clauses',
  phrase: '用语 phrases',
  commitment: '承诺 commitments',
};

/** Plain-text report for `guifan check`: one line per kind, then every unreached item with its file:line. */
export function formatCoverage(report: CoverageReport, options: { listUncovered?: boolean } = {}): string {
  const lines = [`题库覆盖率 / quiz coverage${report.unitId ? ` (${report.unitId})` : ''}`];
  const row = (label: string, k: { covered: number; total: number; percent: number }): string =>
    `  ${label.padEnd(18)} ${String(k.covered).padStart(4)}/${String(k.total).padEnd(4)} ${k.percent.toFixed(1).padStart(5)} %`;
  for (const kind of COVERAGE_KINDS) lines.push(row(KIND_LABEL[kind], report.kinds[kind]));
  lines.push(row('合计 total', report.total));
  if (options.listUncovered ?? true) {
    const uncovered = COVERAGE_KINDS.flatMap((kind) => report.kinds[kind].uncovered.map((item) => ({ kind, item })));
    if (uncovered.length > 0) {
      lines.push('未被任何题目覆盖 / reached by no question:');
      for (const { kind, item } of uncovered) {
        lines.push(
          `  ${item.source.file}:${item.source.line}:${item.source.column}  ${kind} ${item.id}  ${item.label}`,
        );
      }
    }
  }
  return lines.join('\n');
}
