/**
 * Warnings about versions and revision records: a document whose clauses changed since the
 * last published version while its `version:` stayed the same (readers and printed copies
 * could not tell the two apart), and a document that keeps `revisions:` without a record of the
 * version it now has.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { Model } from '../types.ts';
import type { NormDocument } from '../types/documents.ts';
import { countsWording, changeCounts } from './describe.ts';
import type { DocumentChanges } from './types.ts';

function warning(doc: NormDocument, code: string, message: string): Diagnostic {
  const at = doc.versionSource ?? doc.source;
  return { severity: 'warning', file: at.file, line: at.line, column: at.column, path: 'version', code, message };
}

/** For documents compared with the last published version (compareDocuments of the previous and the current model). */
export function versionWarnings(
  model: Model,
  documents: readonly DocumentChanges[],
  since: { zh: string; en: string },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of documents) {
    const doc = model.documents.find((x) => x.id === d.id);
    if (!doc || d.status !== 'changed' || d.changes.length === 0) continue;
    if (d.version.old !== d.version.new) continue;
    const counts = countsWording(changeCounts(d.changes));
    out.push(
      warning(
        doc,
        'version-unchanged',
        `《${doc.title}》自已发布的第${doc.version}版（${since.zh}）以来内容有变化（${counts}），但版本号没有变：请更新 version:（并在 revisions: 中记下这一版） / "${doc.title}" changed since version ${doc.version} was published (${since.en}) but its version did not: raise version: (and add a revisions: record)`,
      ),
    );
  }
  return out;
}

/** Documents that keep revision records without one for their current version. */
export function revisionRecordWarnings(model: Pick<Model, 'documents'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const doc of model.documents) {
    if (!doc.revisions || doc.revisions.length === 0) continue;
    if (doc.revisions.some((r) => r.version === doc.version)) continue;
    const last = doc.revisions[doc.revisions.length - 1]!;
    out.push(
      warning(
        doc,
        'revision-record-missing',
        `《${doc.title}》的 revisions: 中没有第${doc.version}版的记录（最近一条是第${last.version}版）：请补上这一版的日期、批准人和修订摘要 / "${doc.title}" keeps revision records but none for version ${doc.version} (the latest is ${last.version}): add its date, approver and summary`,
      ),
    );
  }
  return out;
}
