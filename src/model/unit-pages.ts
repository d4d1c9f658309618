/**
 * Where a unit's reader finds, on the unit's own pages, what the organisation's pages show. A unit
 * gets a page of its own for a part where its view differs (routes.ts), and that page then holds
 * the part's every item in the unit's wording and values — also the items worded as the group
 * words them, whose one search record sits at the group's page. The search island takes such a
 * result to the reader's unit's page with this table, so a clerk who chose a unit stays among the
 * unit's own values. The rule is routes.ts's itemPath: the table is read off it, item by item.
 */
import { itemPath } from './routes.ts';
import type { Model } from './types.ts';
import { unitView } from './view.ts';
import { anchorOf, follow, pageOf, type UnitPages } from './unit-address.ts';

export type { UnitPages } from './unit-address.ts';

/** Each unit's table: where it shows, on a page of its own, the items of the organisation's pages it has. */
export function unitPages(model: Model): Map<string, UnitPages> {
  // Each item's address on the organisation's pages, once for every unit. Items with none there (a
  // unit's additions, questions) have records at the unit's page already, or none — but for score
  // items: their only pages are units' sheets, and their one record sits at the first that lists them.
  const grouped: { id: string; group: string }[] = [];
  for (const [id, entry] of Object.entries(model.index)) {
    const group = itemPath(model, id);
    if (group !== undefined && (!group.startsWith('units/') || entry.kind === 'score-item'))
      grouped.push({ id, group });
  }
  return new Map(model.units.map((unit) => [unit.id, tableOf(model, unit.id, grouped)]));
}

function tableOf(model: Model, unitId: string, grouped: readonly { id: string; group: string }[]): UnitPages {
  const view = unitView(model, unitId);
  // The unit's address of each of its items, by the group page holding the item.
  const byPage = new Map<string, { group: string; own: string }[]>();
  for (const { id, group } of grouped) {
    if (!view.has(id)) continue;
    const own = itemPath(model, id, unitId) ?? group;
    const list = byPage.get(pageOf(group));
    if (list) list.push({ group, own });
    else byPage.set(pageOf(group), [{ group, own }]);
  }
  const pages: Record<string, string> = {};
  const items: Record<string, string> = {};
  for (const [page, list] of byPage) {
    // The page's entry: where most of its items go, when that is a page of the unit's and keeps the anchor.
    const counts = new Map<string, number>();
    for (const { group, own } of list)
      if (own !== group && anchorOf(own) === anchorOf(group))
        counts.set(pageOf(own), (counts.get(pageOf(own)) ?? 0) + 1);
    const target = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (target !== undefined) pages[page] = target;
    // The items that go elsewhere than the page's entry says, one by one.
    for (const { group, own } of list) if (follow({ pages, items }, group) !== own) items[group] = own;
  }
  return { pages, items };
}
