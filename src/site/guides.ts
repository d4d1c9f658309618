/**
 * What the service-guide and score-sheet pages need from the model: each unit's guides and
 * sheets (the model words and computes them), and the PDFs the print pipeline makes of them,
 * found in its plan rather than by rebuilding file names.
 */
import { serviceGuides, type ServiceGuide } from '../model/guide.ts';
import { scoreSheets } from '../model/scoresheet.ts';
import type { ScoreSheet } from '../model/scoring.ts';
import type { Model, ResolvedUnit } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import { lentPrintPlan } from './site-lent.ts';

export function unitGuides(model: Model, unitId: string): ServiceGuide[] {
  return serviceGuides(model, unitView(model, unitId));
}

export function unitSheets(model: Model, unitId: string): ScoreSheet[] {
  return scoreSheets(unitView(model, unitId), model.organisation.name);
}

/** Every unit with its guides, for the static paths of the guide pages. */
export function guidePages(model: Model): { unit: ResolvedUnit; guide: ServiceGuide }[] {
  return model.units.flatMap((unit) => unitGuides(model, unit.id).map((guide) => ({ unit, guide })));
}

export function sheetPages(model: Model): { unit: ResolvedUnit; sheet: ScoreSheet }[] {
  return model.units.flatMap((unit) => unitSheets(model, unit.id).map((sheet) => ({ unit, sheet })));
}

/** The published PDF of a kind for a scope id (<unit>, or <unit>__<service or inspection>), if the templates make one. */
export function printFileFor(
  model: Model,
  kind: 'guide' | 'slip' | 'scoresheet',
  scopeId: string,
  perUnit = false,
): string | undefined {
  // The scope's part of the plan, in the plan's order: the page reads no other scope's files.
  const plan = lentPrintPlan(model).byScope[scopeId] ?? [];
  // A guide booklet (one per unit) and a guide per service share the kind; the scope id tells them apart.
  return plan.find((f) => f.kind === kind && (perUnit ? !f.scopeId.includes('__') : true))?.file;
}
