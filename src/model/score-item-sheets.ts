/**
 * Where a score item (评分项) is shown: a line of a unit's score sheet is its only page, and the
 * sheets differ by unit (their points, their clause numbers, the unit's own items). So a reader in
 * a unit reads an item on that unit's sheet, and the organisation's address — for a reader who
 * chose no unit — is the first sheet listing it (units in the model's order, then inspections).
 * routes.ts's itemPath turns a place into an address; search records and the units' link tables
 * read it there, so a clerk who chose a unit never lands on another unit's sheet.
 */
import { scoreSheets } from './scoresheet.ts';
import type { Model } from './types.ts';
import { unitView } from './view.ts';

/** A sheet listing the item: the unit's, for one of its inspections. */
export interface SheetPlace {
  unitId: string;
  inspectionId: string;
}

/** Per model: item id → unit id → the unit's first sheet listing it, units in the model's order. */
const placesOf = new WeakMap<Model, Map<string, Map<string, SheetPlace>>>();

function places(model: Model): Map<string, Map<string, SheetPlace>> {
  let m = placesOf.get(model);
  if (m) return m;
  m = new Map();
  for (const u of model.units)
    for (const sheet of scoreSheets(unitView(model, u.id), model.organisation.name))
      for (const item of sheet.items) {
        let byUnit = m.get(item.id);
        if (!byUnit) m.set(item.id, (byUnit = new Map()));
        if (!byUnit.has(u.id)) byUnit.set(u.id, { unitId: u.id, inspectionId: sheet.inspection.id });
      }
  placesOf.set(model, m);
  return m;
}

/**
 * The sheet a score item is read on: the unit's own when its sheets list it, else the first unit's
 * that does; undefined when no sheet lists it (an item whose inspection no unit has).
 */
export function scoreItemSheet(model: Model, itemId: string, unitId?: string): SheetPlace | undefined {
  const byUnit = places(model).get(itemId);
  if (!byUnit) return undefined;
  return (unitId !== undefined ? byUnit.get(unitId) : undefined) ?? byUnit.values().next().value;
}
