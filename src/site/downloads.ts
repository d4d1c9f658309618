/**
 * The PDFs the print pipeline (src/print, `buildPrint(model, outDir)`) writes into
 * <out>/print/. The list comes from the print pipeline's own plan (the templates in
 * templates/), so the downloads page cannot drift from what is built. `plannedPrintFiles`
 * is also exported from src/print/index.ts; it is imported from plan.ts here so the page
 * bundle does not pull in pdf-lib and the fonts.
 */
import type { Model } from '../model/types.ts';
import { plannedPrintFiles } from '../print/plan.ts';

export interface PrintFile {
  file: string;
  kind: 'poster' | 'handbook' | 'card' | 'quiz' | 'guide' | 'slip' | 'scoresheet';
  /** Chinese label of the scope: unit, role, organisation, paper version. */
  scope: string;
}

export function printFiles(model: Model, options: { templatesDir?: string } = {}): PrintFile[] {
  return plannedPrintFiles(model, options).map(({ file, kind, scope }) => ({ file, kind, scope }));
}
