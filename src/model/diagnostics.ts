/**
 * Diagnostics: every problem found in content, with the file, line, column and
 * field path, worded in Chinese with English alongside so that the people who
 * edit the files (staff offices, not programmers) can act on them.
 */
import type { SourceRef } from './types.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path relative to the content directory, '/'-separated. */
  file: string;
  line: number;
  column: number;
  /** Field path inside the file, e.g. "clauses[2].strength"; '' for the whole file. */
  path: string;
  /** Stable machine-readable code, e.g. "unknown-field", "dangling-reference". */
  code: string;
  /** Chinese first, then " / " and the English. */
  message: string;
}

/** Collects diagnostics in the order found; sorted by file and position for output. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];
  /** Per file, how a path into the data read on is written as a path into the file (salvage.ts left entries out). */
  private readonly paths = new Map<string, (path: string) => string>();

  error(at: SourceRef, path: string, code: string, message: string): void {
    const p = this.paths.get(at.file)?.(path) ?? path;
    this.items.push({ severity: 'error', file: at.file, line: at.line, column: at.column, path: p, code, message });
  }

  warning(at: SourceRef, path: string, code: string, message: string): void {
    const p = this.paths.get(at.file)?.(path) ?? path;
    this.items.push({ severity: 'warning', file: at.file, line: at.line, column: at.column, path: p, code, message });
  }

  /** From now on, the paths of `file`'s problems are written through `toFile` (the list indexes as in the file). */
  rewritePaths(file: string, toFile: (path: string) => string): void {
    this.paths.set(file, toFile);
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

export function sortDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  return [...items].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.path.localeCompare(b.path),
  );
}

/** Errors (and warnings) listed per file in the terminal; the rest are counted ("N more in this file"). */
export const PER_FILE_LIMIT = 10;

/** Human-readable report for the terminal. */
export function formatDiagnostics(items: readonly Diagnostic[]): string {
  const lines: string[] = [];
  let group = '';
  let shown = 0;
  let hidden = 0;
  const flush = (severity: Severity | undefined): void => {
    if (hidden > 0)
      lines.push(
        severity === 'warning'
          ? `    …此文件还有 ${hidden} 个警告未列出 / ${hidden} more warning(s) in this file`
          : `    …此文件还有 ${hidden} 个错误未列出 / ${hidden} more error(s) in this file`,
      );
    hidden = 0;
    shown = 0;
  };
  let last: Severity | undefined;
  for (const d of sortDiagnostics(items)) {
    const key = `${d.severity}\u0000${d.file}`;
    if (key !== group) {
      flush(last);
      group = key;
      last = d.severity;
    }
    if (++shown > PER_FILE_LIMIT) {
      hidden++;
      continue;
    }
    const label = d.severity === 'error' ? '错误 error' : '警告 warning';
    const where = `${d.file}:${d.line}:${d.column}`;
    lines.push(`${where}  ${label}${d.path ? `  ${d.path}` : ''}`);
    for (const part of d.message.split(' / ')) lines.push(`    ${part}`);
  }
  flush(last);
  const e = items.filter((d) => d.severity === 'error').length;
  const w = items.length - e;
  lines.push(e || w ? `${e} 个错误，${w} 个警告 / ${e} error(s), ${w} warning(s)` : '内容检查通过 / content is valid');
  return lines.join('\n');
}

/** The `--format json` shape: {errors:[{file,line,column,path,message}], warnings:[…]}. */
export function diagnosticsToJson(items: readonly Diagnostic[]): {
  errors: Omit<Diagnostic, 'severity'>[];
  warnings: Omit<Diagnostic, 'severity'>[];
} {
  const strip = ({ severity: _s, ...rest }: Diagnostic) => rest;
  const sorted = sortDiagnostics(items);
  return {
    errors: sorted.filter((d) => d.severity === 'error').map(strip),
    warnings: sorted.filter((d) => d.severity === 'warning').map(strip),
  };
}

export { closest } from './suggest.ts';
