/** An assessment file → Assessment: inspections, phases, score thresholds, violations with penalties, score-sheet items, awards. */
import { restrictionOf } from '../applies.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { checkRef, type IdIndex } from '../ids.ts';
import type { ValidFile } from '../load.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import type { Assessment, Bearer, EscalationStep } from '../types/assessments.ts';
import type { ItemKind, Restriction, SourceRef } from '../types.ts';
import { at, fillFile, type BuildContext } from './context.ts';

type Data = ValidFile<'assessment'>['data'];

/** Builds the rule set from `data` (the file's, or a copy with a unit's params); registers ids only when `ids` is given. */
export function assessmentFrom(pf: ParsedFile, d: Data, ids?: IdIndex): Assessment {
  const reg = <T extends { id: string; units?: 'all' | string[] | undefined; industries?: string[] | undefined }>(
    kind: ItemKind,
    key: string,
    list: T[],
    label: (x: T) => string,
  ) =>
    list.map((x, i) => {
      ids?.add(kind, x.id, label(x), at(pf, [key, i, 'id']), formatPath([key, i, 'id']), d.id);
      const { units: _u, industries: _i, ...rest } = x;
      const restrict = restrictionOf(x);
      return { ...rest, ...(restrict ? { restrict } : {}), source: at(pf, [key, i]) } as Omit<
        T,
        'units' | 'industries'
      > & { restrict?: Restriction; source: SourceRef };
    });
  const inspections = reg('inspection', 'inspections', d.inspections, (x) => x.title).map(({ frequency, ...x }) => ({
    ...x,
    ...(frequency ? { frequency } : {}),
  }));
  const phases = d.phases.map((p, i) => {
    ids?.add('phase', p.id, p.title, at(pf, ['phases', i, 'id']), formatPath(['phases', i, 'id']), d.id);
    return { id: p.id, title: p.title, from: p.from, ...(p.to ? { to: p.to } : {}), source: at(pf, ['phases', i]) };
  });
  const thresholds = reg('threshold', 'thresholds', d.thresholds, (x) => `< ${x.below}`);
  const awards = reg('award', 'awards', d.awards, (x) => x.title);
  const scoreItems = reg('score-item', 'scoreItems', d.scoreItems, (x) => x.text).map(
    ({ clauses, cap, repeat, ...x }) => ({
      ...x,
      clauses: clauses ?? [],
      // Never more than the item's points: an item cannot score below zero.
      cap: Math.min(cap ?? x.points, x.points),
      ...(repeat ? { repeat: { factor: repeat.factor, ...(repeat.text ? { text: repeat.text } : {}) } } : {}),
    }),
  );
  const violations = reg('violation', 'violations', d.violations, (x) => x.text).map((v) => ({
    id: v.id,
    text: v.text,
    clauses: v.clauses ?? [],
    penalty: {
      ...(v.penalty.fine !== undefined ? { fine: v.penalty.fine } : {}),
      ...(v.penalty.fineMax !== undefined ? { fineMax: v.penalty.fineMax } : {}),
      ...(v.penalty.points !== undefined ? { points: v.penalty.points } : {}),
      ...(v.penalty.text ? { text: v.penalty.text } : {}),
      ...(v.penalty.bearer ? { bearer: v.penalty.bearer } : {}),
    },
    escalation: escalationOf(v.escalation ?? []),
    ...(v.restrict ? { restrict: v.restrict } : {}),
    source: v.source,
  }));
  const restrict = restrictionOf(d);
  return {
    id: d.id,
    title: d.title,
    ...(d.description ? { description: d.description } : {}),
    inspections,
    phases,
    thresholds,
    violations,
    scoreItems,
    awards,
    ...(restrict ? { restrict } : {}),
    source: at(pf, []),
  };
}

export function buildAssessment(f: ValidFile<'assessment'>, ctx: BuildContext): Assessment {
  ctx.ids.add('assessment', f.data.id, f.data.title, at(f.pf, ['id']), 'id');
  return assessmentFrom(f.pf, fillFile(f.pf, f.data, ctx), ctx.ids);
}

/** Escalation steps in the model's shape, by occurrence. */
export function escalationOf(
  steps: readonly { occurrence: number; action: string; fine?: number | undefined; bearer?: Bearer[] | undefined }[],
): EscalationStep[] {
  return [...steps]
    .sort((a, b) => a.occurrence - b.occurrence)
    .map((e) => ({
      occurrence: e.occurrence,
      action: e.action,
      ...(e.fine !== undefined ? { fine: e.fine } : {}),
      ...(e.bearer ? { bearer: e.bearer } : {}),
    }));
}

/** References inside an assessment file: clauses of violations and score items, their violations, inspections and phases. */
export function checkAssessmentRefs(f: ValidFile<'assessment'>, ids: IdIndex, diags: Diagnostics): void {
  const ref = (id: string, kinds: ItemKind[], path: (string | number)[]): boolean =>
    checkRef(ids, diags, id, kinds, at(f.pf, path), formatPath(path));
  f.data.violations.forEach((v, i) =>
    (v.clauses ?? []).forEach((c, j) => ref(c, ['clause'], ['violations', i, 'clauses', j])),
  );
  f.data.scoreItems.forEach((x, i) => {
    (x.clauses ?? []).forEach((c, j) => ref(c, ['clause'], ['scoreItems', i, 'clauses', j]));
    if (x.violation) ref(x.violation, ['violation'], ['scoreItems', i, 'violation']);
    (x.inspections ?? []).forEach((c, j) => ref(c, ['inspection'], ['scoreItems', i, 'inspections', j]));
    if (x.cap !== undefined && x.cap > x.points) {
      diags.error(
        at(f.pf, ['scoreItems', i, 'cap']),
        formatPath(['scoreItems', i, 'cap']),
        'cap-above-points',
        `扣分上限 ${x.cap} 超过本项分值 ${x.points}：本项最多扣完 ${x.points} 分 / the cap ${x.cap} exceeds the item's ${x.points} points: write at most ${x.points}`,
      );
    }
  });
  f.data.thresholds.forEach((t, i) =>
    (t.phases ?? []).forEach((p, j) => {
      if (ref(p, ['phase'], ['thresholds', i, 'phases', j]) && !f.data.phases.some((x) => x.id === p)) {
        diags.error(
          at(f.pf, ['thresholds', i, 'phases', j]),
          formatPath(['thresholds', i, 'phases', j]),
          'phase-elsewhere',
          `阶段 "${p}" 写在另一个考核文件中，请在本文件的 phases 中定义 / phase "${p}" is defined in another assessment file; define it in this file's phases`,
        );
      }
    }),
  );
}
