/** Search records of the assessment rules: inspections, score thresholds, violations and awards. */
import { unitView } from '../model/view.ts';
import { UI } from '../site/i18n/ui.ts';

import { byScope, join, KEY, type Recorder, thresholdPeriods } from './recorder.ts';

/**
 * Assessment: inspections, score thresholds, violations and awards. A unit with an assessment page
 * of its own finds each item there, worded as the group's or not: beside it that page gives the
 * unit's values and scores and cites the clauses in the unit's wording.
 */
export function assessmentRecords(r: Recorder): void {
  const { model, keywords, inUnit, records } = r;
  const emit: Recorder['emit'] = (id, org, key, make) => r.emit(id, org, key, make, true);
  for (const a of model.assessments) {
    const start = records.length;
    for (const i of a.inspections) {
      emit(i.id, i, KEY.inspection, (x, where) => ({
        path: where.path,
        kind: 'inspection',
        id: x.id,
        title: x.title,
        content: join(x.frequency),
        extra: join(keywords(x.id), UI['zh-CN'].inspectionKind[x.kind]),
        context: inUnit(a.title, where.unitId),
        units: where.units,
        roles: 'all',
        group: `${where.unitId ?? ''}/${a.id}/i`,
      }));
    }
    for (const t of a.thresholds) {
      emit(t.id, t, KEY.threshold, (x, where) => ({
        path: where.path,
        kind: 'threshold',
        id: x.id,
        // The periods as the version's scope names them (its view's phases), as its page does.
        title: `${UI['zh-CN'].belowPoints(x.below)}${thresholdPeriods(x, { model, ...(where.unitId ? { view: unitView(model, where.unitId) } : {}) })}`,
        content: x.consequence,
        extra: join(keywords(x.id), UI['zh-CN'].thresholds),
        context: inUnit(a.title, where.unitId),
        units: where.units,
        roles: 'all',
        group: `${where.unitId ?? ''}/${a.id}/t`,
      }));
    }
    for (const v of a.violations) {
      emit(v.id, v, KEY.violation, (x, where) => {
        const pen = x.penalty;
        return {
          path: where.path,
          kind: 'violation',
          id: x.id,
          title: x.text,
          content: join(
            x.text,
            pen.fine !== undefined && `罚款${pen.fine}${pen.fineMax !== undefined ? `-${pen.fineMax}` : ''}元`,
            pen.points !== undefined && `扣${pen.points}分`,
            pen.text,
            ...x.escalation.map((e) => e.action),
          ),
          extra: keywords(x.id),
          context: inUnit(a.title, where.unitId),
          units: where.units,
          roles: where.roles,
          group: `${where.unitId ?? ''}/${a.id}/v`,
        };
      });
    }
    for (const w of a.awards) {
      emit(w.id, w, KEY.award, (x, where) => ({
        path: where.path,
        kind: 'award',
        id: x.id,
        title: x.title,
        // Not the prize (奖金500元): in the title or the text it drew questions about bonuses docked
        // for low scores (Node loop, tuning sets: p@1 654 → 653 of 927 either way); the page shows it.
        content: x.criteria,
        extra: keywords(x.id),
        context: inUnit(a.title, where.unitId),
        units: where.units,
        roles: 'all',
        group: `${where.unitId ?? ''}/${a.id}/w`,
      }));
    }
    records.push(...byScope(records.splice(start)));
  }
}
