/**
 * The print audit over a directory of PDFs (a build's `print/` folder): each file is matched
 * to its template by name (for the Han–Western gap and, for posters, the reading minimums)
 * and, when the model is given, a poster to its unit's targets. See checks.ts for what is counted.
 *
 *   const report = await auditPrint('dist/print', { templates, model });
 *   report.totals.looseLines   // 0
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../../model/types.ts';
import { unitView } from '../../model/view.ts';
import { posterMinimums, type Template } from '../templates.ts';
import { AUDIT_CHECKS, auditPdf, type AuditCounts, type AuditOptions, type AuditResult } from './checks.ts';
import { readGlyphs } from './pdf-glyphs.ts';

export { AUDIT_CHECKS, type AuditCounts } from './checks.ts';

export interface AuditReport {
  files: { file: string; result: AuditResult }[];
  totals: AuditCounts;
}

/** The template whose output name is the longest prefix of the file name. */
export function templateFor(file: string, templates: readonly Template[]): Template | undefined {
  return [...templates].sort((a, b) => b.output.length - a.output.length).find((t) => file.startsWith(`${t.output}-`));
}

export function auditOptions(file: string, templates: readonly Template[], model: Model | undefined): AuditOptions {
  const template = templateFor(file, templates);
  if (!template) return {};
  const options: AuditOptions = { latinGap: template.typography.latinGap };
  if (template.kind === 'poster') {
    const unitId = file.slice(template.output.length + 1).replace(/\.pdf$/, '');
    const unit = model?.units.find((u) => u.id === unitId);
    // Posters print a target as the public reads it (24小时内, 不低于97%).
    const targets =
      model && unit
        ? unitView(model, unit.id).publicCommitments.flatMap((c) => (c.target ? [c.target.wording] : []))
        : [];
    options.poster = { ...posterMinimums(template), targets };
  }
  return options;
}

export async function auditFile(path: string, options: AuditOptions): Promise<AuditResult> {
  return auditPdf(await readGlyphs(new Uint8Array(readFileSync(path))), options);
}

export async function auditPrint(
  dir: string,
  context: { templates: readonly Template[]; model?: Model },
): Promise<AuditReport> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort();
  const report: AuditReport = {
    files: [],
    totals: Object.fromEntries(AUDIT_CHECKS.map((k) => [k, 0])) as unknown as AuditCounts,
  };
  for (const file of files) {
    const result = await auditFile(join(dir, file), auditOptions(file, context.templates, context.model));
    report.files.push({ file, result });
    for (const k of AUDIT_CHECKS) report.totals[k] += result.counts[k];
  }
  return report;
}
