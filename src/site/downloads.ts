/**
 * The PDFs the print pipeline (src/print, `buildPrint(model, outDir)`) writes
 * into <out>/print/, named from the model so this list needs no disk access.
 */
import type { Model } from '../model/types.ts';

export interface PrintFile {
  file: string;
  kind: 'poster' | 'handbook' | 'card' | 'quiz';
  /** Chinese label of the scope: unit, role, bank or 全部. */
  scope: string;
}

export function printFiles(model: Model): PrintFile[] {
  const files: PrintFile[] = [];
  for (const u of model.units) files.push({ file: `poster-${u.id}.pdf`, kind: 'poster', scope: `${u.name}（A3）` });
  for (const u of model.units) files.push({ file: `poster-a4-${u.id}.pdf`, kind: 'poster', scope: `${u.name}（A4）` });
  files.push({ file: 'handbook-all.pdf', kind: 'handbook', scope: model.organisation.shortName });
  for (const r of model.roles) files.push({ file: `handbook-${r.id}.pdf`, kind: 'handbook', scope: r.name });
  for (const u of model.units) files.push({ file: `card-${u.id}.pdf`, kind: 'card', scope: u.name });
  // Quiz papers (quiz-<scope>-A.pdf, -key.pdf) join this list when the print pipeline makes them (issue 5).
  return files;
}
