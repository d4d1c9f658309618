/**
 * `guifan import` on the command line: the arguments, the tree listing of --dry-run, warnings
 * printed the way compilers print them, where the files went, and what `guifan check` says
 * about them.
 */
import { STRENGTH_LABEL_ZH, STRENGTH_WORDS, type StrengthWords } from '../model/strength.ts';
import { runImport, type ImportOutcome, type ImportResult } from './index.ts';
import { ImportError } from './read.ts';
import { shorten } from './text.ts';
import { IMPORT_KINDS, type ImportedClause, type ImportKind, type ImportWarning } from './types.ts';

function strengthTag(c: ImportedClause): string {
  return c.strength ? `[${STRENGTH_LABEL_ZH[c.strength]} ${c.strength}] ` : '';
}

/** The tree as an indented listing for --dry-run: number, source marker, strength, title or text, source line. */
export function formatTree(result: ImportResult, width = 48): string {
  const { tree } = result;
  const lines: string[] = [];
  const f = tree.front;
  lines.push(`${result.kind} ${result.id}  →  ${result.targetPath}`);
  lines.push(`标题 title: ${String(result.data.title)}`);
  if (f.issuer) lines.push(`发布 issuer: ${f.issuer.text} (第 ${f.issuer.line} 行)`);
  if (f.issued) lines.push(`发布日期 issued: ${f.issued.text}`);
  if (f.effective) lines.push(`实施日期 effective: ${f.effective.text}`);
  if (f.scope) lines.push(`范围 scope: ${shorten(f.scope.text, width)}`);
  lines.push('');
  const visit = (c: ImportedClause, depth: number): void => {
    const marker = c.marker !== '' && c.marker !== c.number ? ` (${c.marker})` : '';
    const label =
      c.title !== undefined
        ? `【${c.title}】${c.text !== undefined ? ` ${shorten(c.text, width - 8)}` : ''}`
        : shorten(c.text ?? '', width);
    lines.push(`${'  '.repeat(depth)}${c.number}${marker} ${strengthTag(c)}${label}  :${c.line}`);
    for (const child of c.children) visit(child, depth + 1);
  };
  for (const c of tree.clauses) visit(c, 0);
  if (result.summary.length > 0) {
    lines.push('');
    lines.push(...result.summary);
  }
  lines.push('');
  lines.push(
    `${result.clauseCount} ${result.kind === 'quiz' ? '道题 / questions' : '条款 / clauses'}, ${result.warnings.length} 条提醒 / warnings`,
  );
  return lines.join('\n');
}

/**
 * Warnings the way compilers print them: "FILE:LINE: message" for text files; for a Word or
 * Excel file, where a user finds the place — the heading path and the first words
 * ("FILE 第12段 二、服务要求 › 3. 「窗口人员上岗时…」: message").
 */
export function formatWarnings(outcome: ImportOutcome, warnings: readonly ImportWarning[]): string {
  const paragraphs = outcome.format === 'docx';
  const rows = outcome.format === 'xlsx';
  return warnings
    .map((w) => {
      if (w.line === undefined) return `${outcome.file}: ${w.message}`;
      const at = paragraphs ? ` 第${w.line}段` : rows ? ` ${w.where ?? ''}` : `:${w.line}`;
      const where = !rows && w.where !== undefined ? ` ${w.where}` : '';
      return `${outcome.file}${at}${where}: ${w.message}`;
    })
    .join('\n');
}

interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The file, kind and strength words of `guifan import`, with every wrong combination refused as a usage error. */
async function checkedArgs(
  values: {
    kind: string;
    split?: boolean | undefined;
    'no-split'?: boolean | undefined;
    'strength-words'?: string | undefined;
    gift?: string | undefined;
    moodle?: string | undefined;
  },
  positionals: string[],
): Promise<{ file: string; kind: ImportKind; words: string | undefined }> {
  const { UsageError } = await import('../cli/errors.ts');
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError('请给出要导入的文件 / give the file to import: guifan import FILE');
  if (extra.length > 0)
    throw new UsageError(`一次只能导入一个文件 / import one file at a time (extra: ${extra.join(' ')})`);
  const kind = values.kind as ImportKind;
  if (!IMPORT_KINDS.includes(kind))
    throw new UsageError(`--kind 只能是 ${IMPORT_KINDS.join('、')} / --kind must be one of ${IMPORT_KINDS.join(', ')}`);
  if (values.split && values['no-split'])
    throw new UsageError('--split 和 --no-split 只能选一个 / choose --split or --no-split, not both');
  const words = values['strength-words'];
  if (words !== undefined && !STRENGTH_WORDS.includes(words as StrengthWords)) {
    throw new UsageError(
      `--strength-words 只能是 ${STRENGTH_WORDS.join('、')} / --strength-words must be one of ${STRENGTH_WORDS.join(', ')}`,
    );
  }
  if ((values.gift !== undefined || values.moodle !== undefined) && kind !== 'quiz') {
    throw new UsageError(
      '--gift 和 --moodle 只用于 --kind quiz / --gift and --moodle export question banks: use them with --kind quiz',
    );
  }
  return { file, kind, words };
}

/**
 * `guifan import` as the CLI calls it: parses the arguments, runs the import, prints the
 * tree (--dry-run) or where the files went, the warnings with positions on stderr, and then
 * what `guifan check` says about the files written.
 * Exit status 0 on success, 1 when the file cannot be read or written, 2 on bad usage.
 */
export async function runImportCli(args: string[], io: CliIo): Promise<number> {
  const { parseArgs } = await import('node:util');
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      kind: { type: 'string', default: 'norms' },
      content: { type: 'string', default: 'content' },
      out: { type: 'string' },
      id: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      split: { type: 'boolean' },
      'no-split': { type: 'boolean' },
      'strength-words': { type: 'string' },
      gift: { type: 'string' },
      moodle: { type: 'string' },
    },
  });
  const { file, kind, words } = await checkedArgs(values, positionals);
  try {
    const outcome = await runImport({
      file,
      kind,
      contentDir: values.content,
      dryRun: values['dry-run'],
      split: values.split ? 'always' : values['no-split'] ? 'never' : 'auto',
      ...(words !== undefined ? { strengthWords: words as StrengthWords } : {}),
      ...(values.out !== undefined ? { out: values.out } : {}),
      ...(values.id !== undefined ? { id: values.id } : {}),
    });
    const all = [...outcome.warnings, ...outcome.documents.flatMap((d) => d.warnings)];
    if (values['dry-run']) io.out(outcome.documents.map((d) => formatTree(d)).join('\n\n'));
    if (all.length > 0) io.err(formatWarnings(outcome, all));
    for (const result of outcome.documents) {
      if (!result.outPath) continue;
      const unit = kind === 'quiz' ? '道题 / questions' : '条 / clauses';
      io.out(
        `已写入 ${result.outPath}（${result.clauseCount} ${unit}，${result.warnings.length} 条提醒） / wrote ${result.outPath} (${result.clauseCount}, ${result.warnings.length} warning(s))`,
      );
    }
    if (kind === 'quiz' && (values.gift !== undefined || values.moodle !== undefined)) {
      const { writeExports } = await import('./quiz-export.ts');
      for (const line of await writeExports(outcome, {
        ...(values.gift !== undefined ? { gift: values.gift } : {}),
        ...(values.moodle !== undefined ? { moodle: values.moodle } : {}),
      }))
        io.out(line);
    }
    if (!values['dry-run']) {
      const { checkAfterImport } = await import('./after.ts');
      const report = await checkAfterImport(values.content, outcome);
      for (const line of report.out) io.out(line);
      for (const line of report.err) io.err(line);
    }
    return 0;
  } catch (e) {
    if (e instanceof ImportError) {
      io.err(e.message);
      return 1;
    }
    throw e;
  }
}
