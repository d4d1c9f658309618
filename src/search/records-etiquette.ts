/** Search records of etiquette: situations, phrases (standard and forbidden), conduct rules and rule sets. */
import { citedItemLabel } from '../model/cited.ts';
import type { EtiquetteSet, Situation } from '../model/types/etiquette.ts';
import { unitView } from '../model/view.ts';
import { phraseDisplay } from '../model/wording.ts';

import { join, KEY, type Recorder } from './recorder.ts';

/**
 * Etiquette: situations, phrases (standard and forbidden), conduct rules and rule sets. Not by
 * page: a unit's etiquette page shows an item worded as the group's just as /etiquette/ does
 * (marks only where the wording differs), but for a forbidden phrase's 请说, which it gives in the
 * unit's wording: KEY.phrase compares that.
 */
export function etiquetteRecords(r: Recorder): void {
  const { model, emit, keywords, roleNames, inUnit } = r;
  const phraseById = new Map(
    model.etiquette.flatMap((e) => e.situations.flatMap((s) => s.phrases.map((p) => [p.id, p.text] as const))),
  );
  for (const set of model.etiquette) {
    // The situations of a set first, so that they share one record.
    for (const sit of set.situations) {
      emit(sit.id, sit, KEY.situation, (s, where) => ({
        path: where.path,
        kind: 'situation',
        id: s.id,
        title: s.title,
        content: join(s.description),
        extra: join(keywords(s.id), roleNames(s.roles)),
        context: inUnit(set.title, where.unitId),
        units: where.units,
        roles: where.roles,
        group: `${where.unitId ?? ''}/${set.id}/situations`,
      }));
    }
    for (const sit of set.situations) situationItemRecords(r, set, sit, phraseById);
    for (const rs of set.ruleSets) {
      emit(rs.id, rs, KEY.ruleSet, (x, where) => ({
        path: where.path,
        kind: 'rule-set',
        id: x.id,
        title: x.title,
        content: x.items.join('、'),
        extra: keywords(x.id),
        context: inUnit(set.title, where.unitId),
        units: where.units,
        roles: where.roles,
        group: `${where.unitId ?? ''}/${set.id}/rules`,
      }));
    }
    for (const r of set.conduct) {
      emit(r.id, r, KEY.conduct, (x, where) => ({
        path: where.path,
        kind: 'conduct',
        id: x.id,
        title: x.text,
        content: x.text,
        extra: keywords(x.id),
        context: inUnit(set.title, where.unitId),
        units: where.units,
        roles: where.roles,
        group: `${where.unitId ?? ''}/${set.id}`,
      }));
    }
  }
}

/** The phrases (standard and forbidden) and conduct rules of one situation, filed under it. */
function situationItemRecords(
  r: Recorder,
  set: EtiquetteSet,
  sit: Situation,
  phraseById: ReadonlyMap<string, string>,
): void {
  const { model, emit, keywords, roleNames, inUnit, path } = r;
  // The phrase to say instead, as the version's scope words it.
  const instead = (id: string | undefined, unitId: string | undefined): string | false =>
    id !== undefined &&
    phraseById.has(id) &&
    phraseDisplay(unitId ? citedItemLabel(model, unitView(model, unitId), id) : phraseById.get(id)!);
  const where0 = `${set.title} · ${sit.title}`;
  const situationWords = join(sit.title, roleNames(sit.roles));
  for (const p of [...sit.phrases, ...sit.forbidden]) {
    emit(p.id, p, KEY.phrase, (x, where) => ({
      path: where.path,
      kind: x.kind === 'forbidden' ? 'forbidden' : 'phrase',
      id: x.id,
      title: phraseDisplay(x.text),
      content: join(phraseDisplay(x.text), x.note),
      // A forbidden phrase is found by the phrase to say instead too, but weakly: a search for
      // the right words should land on them, not on the words they replace.
      extra: join(keywords(x.id), situationWords, instead(x.instead, where.unitId)),
      context: inUnit(where0, where.unitId),
      // The situation's description says when the phrase is said (客户排队时间较长…): a query telling that case finds it.
      ...(sit.description ? { about: sit.description } : {}),
      units: where.units,
      roles: where.roles,
      parent: path(sit.id, where.unitId),
      group: `${where.unitId ?? ''}/${set.id}/${sit.id}`,
    }));
  }
  for (const rule of sit.conduct) {
    emit(rule.id, rule, KEY.conduct, (x, where) => ({
      path: where.path,
      kind: 'conduct',
      id: x.id,
      title: x.text,
      content: x.text,
      extra: join(keywords(x.id), situationWords),
      context: inUnit(where0, where.unitId),
      ...(sit.description ? { about: sit.description } : {}),
      units: where.units,
      roles: where.roles,
      parent: path(sit.id, where.unitId),
      group: `${where.unitId ?? ''}/${set.id}/${sit.id}`,
    }));
  }
}
