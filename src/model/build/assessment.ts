/** An assessment file → Assessment: inspections, score thresholds, violations with penalties, awards. */
import { restrictionOf } from '../applies.ts';
import type { IdIndex } from '../ids.ts';
import type { ValidFile } from '../load.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import type { Assessment, ItemKind, Restriction, SourceRef } from '../types.ts';
import { at, fillFile, type BuildContext } from './context.ts';

type Data = ValidFile<'assessment'>['data'];

/** Builds the rule set from `data` (the file's, or a copy with a unit's params); registers ids only when `ids` is given. */
export function assessmentFrom(pf: ParsedFile, d: Data, ids?: IdIndex): Assessment {
  const reg = <T extends { id: string; units?: 'all' | string[] | undefined; industries?: string[] | undefined }>(kind: ItemKind, key: string, list: T[], label: (x: T) => string) =>
    list.map((x, i) => {
      ids?.add(kind, x.id, label(x), at(pf, [key, i, 'id']), formatPath([key, i, 'id']), d.id);
      const { units: _u, industries: _i, ...rest } = x;
      const restrict = restrictionOf(x);
      return { ...rest, ...(restrict ? { restrict } : {}), source: at(pf, [key, i]) } as Omit<T, 'units' | 'industries'> & { restrict?: Restriction; source: SourceRef };
    });
  const inspections = reg('inspection', 'inspections', d.inspections, (x) => x.title).map(({ frequency, ...x }) => ({ ...x, ...(frequency ? { frequency } : {}) }));
  const thresholds = reg('threshold', 'thresholds', d.thresholds, (x) => `< ${x.below}`);
  const awards = reg('award', 'awards', d.awards, (x) => x.title);
  const violations = reg('violation', 'violations', d.violations, (x) => x.text).map((v) => ({
    id: v.id,
    text: v.text,
    clauses: v.clauses ?? [],
    penalty: {
      ...(v.penalty.fine !== undefined ? { fine: v.penalty.fine } : {}),
      ...(v.penalty.fineMax !== undefined ? { fineMax: v.penalty.fineMax } : {}),
      ...(v.penalty.points !== undefined ? { points: v.penalty.points } : {}),
      ...(v.penalty.text ? { text: v.penalty.text } : {}),
    },
    escalation: [...(v.escalation ?? [])].sort((a, b) => a.occurrence - b.occurrence),
    ...(v.restrict ? { restrict: v.restrict } : {}),
    source: v.source,
  }));
  const restrict = restrictionOf(d);
  return {
    id: d.id,
    title: d.title,
    ...(d.description ? { description: d.description } : {}),
    inspections,
    thresholds,
    violations,
    awards,
    ...(restrict ? { restrict } : {}),
    source: at(pf, []),
  };
}

export function buildAssessment(f: ValidFile<'assessment'>, ctx: BuildContext): Assessment {
  ctx.ids.add('assessment', f.data.id, f.data.title, at(f.pf, ['id']), 'id');
  return assessmentFrom(f.pf, fillFile(f.pf, f.data, ctx), ctx.ids);
}
