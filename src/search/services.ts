/**
 * Search records of the service guides: one per service of each unit whose view has it (a
 * guide is a unit's page: its place and hours; its phones are the unit's, found on the unit's contacts), filed under that unit only, its
 * materials and time limit in the text, so 一次性告知, 身份证 or 15个工作日 find the guide. Each
 * material is also an item of its own at its line of the guide (#m-<id>), in the guide's Pagefind
 * record (no record more): 委託書, 就珍卡 land on the paper asked for. Measured (search8, Node
 * loop): typo p@1 fifth 6 → 9 of 9, sixth 4 → 7 of 9 (targets that were no search item before),
 * a sixth paraphrase 16th → 2nd; lost one tuning paraphrase (帮别人代办查账要带什么: the proxy
 * letter before the guide) and one fifth role query (1st → 2nd).
 */
import { serviceGuides } from '../model/guide.ts';
import { anchorId, paths } from '../model/routes.ts';
import type { Model } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import type { SearchRecord } from './records.ts';
import type { ScopeResolver } from './scope.ts';

export function serviceRecords(model: Model, scope: ScopeResolver, keywords: (id: string) => string): SearchRecord[] {
  return model.units.flatMap((u) => {
    const view = unitView(model, u.id);
    return serviceGuides(model, view).flatMap((g): SearchRecord[] => {
      const roles = scope.roles(g.id, view);
      const guide: SearchRecord = {
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
        roles,
        group: `${u.id}/${g.id}`,
      };
      // Each paper to bring at its own line of the guide (委托书 lands on the proxy letter), in the guide's record.
      const materials = g.materials.map(
        (m): SearchRecord => ({
          path: `${guide.path}#${anchorId('material', m.id)}`,
          kind: 'service',
          id: m.id,
          title: m.name,
          content: [m.name, m.amount, m.needText].filter(Boolean).join(' '),
          extra: '',
          context: guide.context,
          units: [u.id],
          roles,
          group: guide.group!,
        }),
      );
      return [guide, ...materials];
    });
  });
}
