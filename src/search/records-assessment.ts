/** Search records of the assessment rules: inspections, phases, score thresholds, violations, awards and score items. */
import { itemPath } from '../model/routes.ts';
import { scoreSheets } from '../model/scoresheet.ts';
import type { Assessment } from '../model/types/assessments.ts';
import { unitView } from '../model/view.ts';
import { phaseSpanSaid } from '../model/wording.ts';
import { UI } from '../site/i18n/ui.ts';

import { byScope, join, KEY, type Recorder, thresholdPeriods } from './recorder.ts';
import type { SearchRecord } from './records.ts';

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
    phaseRecords(r, a);
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

/** An assessment's phases (试行期, 正式考核期), each with its dates: what its score lines name. */
function phaseRecords(r: Recorder, a: Assessment): void {
  const emit: Recorder['emit'] = (id, org, key, make) => r.emit(id, org, key, make, true);
  for (const p of a.phases) {
    emit(p.id, p, KEY.phase, (x, where) => ({
      path: where.path,
      kind: 'phase',
      id: x.id,
      // Named with its list's heading (考核阶段：学习动员阶段): a programme plan's section or a score
      // line of the same name says what happens in it, the phase only when it runs.
      title: `${UI['zh-CN'].phases}：${x.title}`,
      content: phaseSpanSaid(x),
      extra: join(r.keywords(x.id), UI['zh-CN'].phases),
      context: r.inUnit(a.title, where.unitId),
      units: where.units,
      roles: 'all',
      group: `${where.unitId ?? ''}/${a.id}/ph`,
    }));
  }
}

/**
 * The score items (评分项) the units' score sheets list (/units/<unit>/inspections/<inspection>/):
 * what an inspector checks, worded the way staff ask (统一着装，佩戴工号牌; 叫号有序，不插队办理).
 * The site shows them on no page but a unit's sheet. One record per item, at the first sheet that
 * lists it (the model's address: score-item-sheets.ts), filed under every unit whose sheets do, one
 * Pagefind record each (its clauses are the record's: engine.ts); a reader in a unit is taken to the
 * unit's own sheet by the unit's link table (unit-pages.ts). A copy per unit took the candidates' places
 * (engine.ts CANDIDATES) from the clauses the items check, with the same words. It names the
 * clauses it checks: the rules, which it follows in the results.
 */
export function scoreItemRecords(r: Recorder): void {
  const { model, keywords, records } = r;
  const items = new Map<string, { units: string[]; make: () => Omit<SearchRecord, 'units'> }>();
  for (const u of model.units) {
    for (const sheet of scoreSheets(unitView(model, u.id), model.organisation.name)) {
      for (const item of sheet.items) {
        const have = items.get(item.id);
        if (have) {
          if (!have.units.includes(u.id)) have.units.push(u.id);
          continue;
        }
        // The model's address (its first sheet); a reader who chose a unit follows the unit's table to its own sheet.
        const path = itemPath(model, item.id);
        if (path === undefined) continue;
        items.set(item.id, {
          units: [u.id],
          make: () => ({
            path,
            kind: 'score-item',
            id: item.id,
            title: item.text,
            content: join(item.text, item.evidence),
            extra: join(keywords(item.id), item.section),
            context: sheet.assessmentTitle,
            roles: 'all',
            checks: item.clauses.flatMap((c) => itemPath(model, c) ?? []),
          }),
        });
      }
    }
  }
  for (const { units, make } of items.values()) records.push({ ...make(), units });
}
