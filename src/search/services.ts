/**
 * Search records of the service guides: one per service of each unit (a guide is a unit's page:
 * its place, hours and phones), its materials and time limit in the text, so 一次性告知,
 * 身份证 or 15个工作日 find the guide.
 */
import { serviceGuides } from '../model/guide.ts';
import { paths } from '../model/routes.ts';
import type { Model } from '../model/types.ts';
import { unitView } from '../model/view.ts';
import type { SearchRecord } from './records.ts';

export function serviceRecords(model: Model): SearchRecord[] {
  return model.units.flatMap((u) =>
    serviceGuides(model, unitView(model, u.id)).map((g) => ({
      path: paths.unitService(u.id, g.id),
      kind: 'service' as const,
      id: g.id,
      title: g.name,
      content: [g.name, g.summary, g.timeLimitText, ...g.fees, ...g.conditions, ...g.materials.map((m) => `${m.name} ${m.amount}`), ...g.steps.map((s) => s.label)].filter(Boolean).join(' '),
      context: `${u.shortName} · 办事指南`,
      units: [u.id],
    })),
  );
}
