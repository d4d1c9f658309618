/**
 * npm run print-audit [-- DIR] [--content DIR] [--templates DIR] [--verbose]
 *
 * Counts typesetting faults over every PDF of a build output (DIR/print and the staff folder
 * DIR-staff with the quiz papers, with DIR/model.json when present): spaces inside numbers and
 * words, uncompressed punctuation pairs, loose lines, runt pages, charts split although they fit,
 * posters under their reading minimums, one-character last lines. Without DIR, builds the PDFs of
 * --content (default: content) into a temporary directory first. Exits 1 when any count is not 0.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { buildPrint } from '../src/print/index.ts';
import { AUDIT_CHECKS, auditPrint } from '../src/print/audit/index.ts';
import { defaultTemplatesDir, loadTemplates } from '../src/print/templates.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    content: { type: 'string', default: 'content' },
    templates: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const templates = loadTemplates(values.templates ?? defaultTemplatesDir());
let dir = positionals[0];
let model: Model | undefined;
let temporary: string | undefined;
if (dir === undefined) {
  model = await loadModelOrThrow(values.content);
  temporary = dir = mkdtempSync(join(tmpdir(), 'guifan-audit-'));
  await buildPrint(model, dir, values.templates ? { templatesDir: values.templates } : {});
} else if (existsSync(join(dir, 'model.json'))) {
  model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')) as Model;
} else {
  model = await loadModelOrThrow(values.content);
}
// Published PDFs in print/, quiz papers in the staff folder (staff/ under a temporary build, <out>-staff beside a real one).
const folders = [
  existsSync(join(dir, 'print')) ? join(dir, 'print') : dir,
  join(dir, 'staff'),
  `${dir.replace(/\/+$/, '')}-staff`,
].filter((d) => existsSync(d));
const reports: Awaited<ReturnType<typeof auditPrint>>[] = [];
for (const folder of folders) reports.push(await auditPrint(folder, { templates, ...(model ? { model } : {}) }));
const report = {
  files: reports.flatMap((r) => r.files),
  totals: Object.fromEntries(AUDIT_CHECKS.map((k) => [k, reports.reduce((n, r) => n + r.totals[k], 0)])) as Record<
    (typeof AUDIT_CHECKS)[number],
    number
  >,
};
if (temporary) rmSync(temporary, { recursive: true, force: true });

const width = Math.max(...report.files.map((f) => f.file.length), 4);
const short = AUDIT_CHECKS.map((k) => k.replace(/([A-Z])/g, ' $1').toLowerCase());
console.log(
  `${'file'.padEnd(width)}  ${AUDIT_CHECKS.map((k, i) => short[i]!.padStart(Math.max(k.length, 6))).join('  ')}`,
);
for (const { file, result } of report.files) {
  const row = AUDIT_CHECKS.map((k) => String(result.counts[k]).padStart(Math.max(k.length, 6))).join('  ');
  if (values.verbose || AUDIT_CHECKS.some((k) => result.counts[k] > 0)) console.log(`${file.padEnd(width)}  ${row}`);
  if (values.verbose)
    for (const k of AUDIT_CHECKS) for (const e of result.examples[k] ?? []) console.log(`    ${k}: ${e}`);
}
console.log(
  `${`total (${report.files.length} PDFs)`.padEnd(width)}  ${AUDIT_CHECKS.map((k) => String(report.totals[k]).padStart(Math.max(k.length, 6))).join('  ')}`,
);
process.exitCode = AUDIT_CHECKS.some((k) => report.totals[k] > 0) ? 1 : 0;
