/**
 * What `guifan check` shows about quizzes: coverage of the content by the
 * bank, and a warning for each hand-written question the bank had to leave
 * out (ambiguous, duplicated …). The lead wires `runQuizCheck` into the CLI.
 */
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Model } from '../model/types.ts';
import { coverage, formatCoverage, type CoverageReport } from './coverage.ts';
import { generateBank, rejectionCounts } from './generate.ts';
import { REJECTION_REASONS, type GeneratedBank } from './types.ts';

/** The seed the site and `check` use unless told otherwise, so both see the same bank. */
export const DEFAULT_SEED = 'guifan';

export interface QuizCheck {
  bank: GeneratedBank;
  coverage: CoverageReport;
  /** Warnings for hand-written questions left out of the bank. */
  diagnostics: Diagnostic[];
  /** Coverage table, bank size and rejection counts, ready to print. */
  text: string;
}

export function runQuizCheck(
  model: Model,
  options: { seed?: string | number; unitId?: string; listUncovered?: boolean } = {},
): QuizCheck {
  const bank = generateBank(model, {
    seed: options.seed ?? DEFAULT_SEED,
    ...(options.unitId === undefined ? {} : { unitId: options.unitId }),
  });
  const report = coverage(model, bank);
  const diagnostics: Diagnostic[] = bank.rejections
    .filter((r) => r.kind === 'hand')
    .map((r) => ({
      severity: 'warning',
      file: r.source.file,
      line: r.source.line,
      column: r.source.column,
      path: '',
      code: `quiz-${r.reason}`,
      message: `题目 ${r.sourceId} 未收入题库：${REJECTION_REASONS[r.reason]}（${r.detail}） / question ${r.sourceId} was left out of the bank: ${r.reason}`,
    }));
  const generated = bank.questions.filter((q) => q.generated).length;
  const rejected = Object.entries(rejectionCounts(bank))
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ');
  const text = [
    formatCoverage(report, { listUncovered: options.listUncovered ?? true }),
    `题库 / bank: ${bank.questions.length} 题 (${bank.counts.hand} 手写 hand-written, ${generated} 生成 generated)`,
    `未收入的候选题 / rejected candidates: ${bank.rejections.length}${rejected ? ` (${rejected})` : ''}`,
  ].join('\n');
  return { bank, coverage: report, diagnostics, text };
}
