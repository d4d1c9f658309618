/**
 * Search records of the service guides: one per service of each unit whose view has it (a
 * guide is a unit's page: its place and hours; its phones are the unit's, found on the unit's contacts), filed under that unit only, its
 * materials and time limit in the text, so 一次性告知, 身份证 or 15个工作日 find the guide.
 */
import { serviceGuides } from '../model/guide.ts';
import { paths } from '../model/routes.ts';
import type { Model } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import type { SearchRecord } from './records.ts';
import type { ScopeResolver } from './scope.ts';

export function serviceRecords(model: Model, scope: ScopeResolver, keywords: (id: string) => string): SearchRecord[] {
  return model.units.flatMap((u) => {
    const view = unitView(model, u.id);
    return serviceGuides(model, view).map(
      (g): SearchRecord => ({
        path: paths.unitService(u.id, g.id),
        kind: 'service',
        id: g.id,
        title: g.name,
        content: [
          g.summary,
          g.timeLimitText,
          ...g.fees,
          ...g.conditions,
          ...g.materials.map((m) => `${m.name} ${m.amount}`),
          ...g.steps.map((s) => s.label),
        ]
          .filter(Boolean)
          .join(' '),
        // Not the phones: they are the unit's numbers, on every page of the unit; a number search lands on the unit's contacts.
        extra: [keywords(g.id), g.category, g.place].filter(Boolean).join(' '),
        context: `${u.shortName} · 办事指南`,
        units: [u.id],
        roles: scope.roles(g.id, view),
      }),
    );
  });
}
