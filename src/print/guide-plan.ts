/**
 * What the guide, slip and score-sheet templates make, from the model alone (no fonts, no PDF
 * library): one guide and one slip per service of each unit, a guide booklet per unit with
 * services, one score sheet per unit and inspection that has score items.
 */
import { scoreSheets } from '../model/scoresheet.ts';
import type { Model, ResolvedUnit } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import type { GuideTemplate, ScoreSheetTemplate, SlipTemplate } from './templates.ts';

export interface GuideFile {
  file: string;
  unit: ResolvedUnit;
  /** The service (guides, slips) or inspection (score sheets); absent for a unit's booklet. */
  itemId?: string;
  /** Chinese label of what it is for. */
  label: string;
  /** The service's or inspection's name (absent for a booklet). */
  itemName?: string;
}

/** Files of one guide, slip or score-sheet template, in build order (units, then their items). */
export function guideFiles(model: Model, template: GuideTemplate | SlipTemplate | ScoreSheetTemplate): GuideFile[] {
  return model.units.flatMap((unit): GuideFile[] => {
    const view = unitView(model, unit.id);
    if (template.kind === 'scoresheet') {
      return scoreSheets(view, model.organisation.name).map((s) => ({
        file: `${template.output}-${unit.id}__${s.inspection.id}.pdf`,
        unit,
        itemId: s.inspection.id,
        itemName: s.inspection.title,
        label: `${unit.name}　${s.inspection.title}`,
      }));
    }
    if (view.services.length === 0) return [];
    if (template.kind === 'guide' && template.per === 'unit')
      return [{ file: `${template.output}-${unit.id}.pdf`, unit, label: unit.name }];
    return view.services.map((s) => ({
      file: `${template.output}-${unit.id}__${s.id}.pdf`,
      unit,
      itemId: s.id,
      itemName: s.name,
      label: `${unit.name}　${s.name}`,
    }));
  });
}
