/**
 * Which scopes get a written test at all: a paper with no question to ask is not planned. The
 * rule is here, beside the paper's rule (paper.ts, which the study client bundles and so must not
 * read the model's views), so the print plan only follows it.
 */
import { walkClauses } from '../model/clauses.ts';
import type { Model } from '../model/types.ts';
import { organisationView, roleView, unitView, type ScopeView } from '../model/view.ts';
import type { QuizScope } from './assemble.ts';

/**
 * What a question can ask about in a view, or in a role's part of it: provisions (clauses with
 * text), phrases, forbidden phrases, conduct rules, rule sets, commitments, processes and their
 * steps, service items and their materials, and the hand-written questions (those whose every
 * cited item the view has). Every question of a bank cites at least one of these. What every
 * role's view keeps (commitments, rule sets, general conduct, services: `roleView`) comes first,
 * so that the role's view is put together only when none of those is there.
 */
function* askable(view: ScopeView, roleId: string | undefined): Generator<string> {
  for (const c of view.commitments) yield c.id;
  for (const set of view.etiquette) for (const x of [...set.ruleSets, ...set.conduct]) yield x.id;
  for (const sv of view.services) {
    yield sv.id;
    for (const m of sv.materials) yield m.id;
  }
  const part = roleId === undefined ? view : roleView(view, roleId);
  for (const q of part.quizzes) for (const x of q.questions) yield x.id;
  for (const d of part.documents) for (const c of walkClauses(d.clauses)) if (c.text !== undefined) yield c.id;
  for (const set of part.etiquette)
    for (const s of set.situations) for (const x of [...s.phrases, ...s.forbidden, ...s.conduct]) yield x.id;
  for (const p of part.processes) {
    yield p.id;
    for (const n of p.nodes) yield n.id;
  }
}

/** Why a scope gets no written test, in Chinese and English. */
export interface PaperLeftOut {
  reason: 'unit-only' | 'nothing';
  zh: string;
  en: string;
}

/**
 * Whether a written test can be set for a scope (the quiz scope of `choosePaperQuestions`: a unit
 * or the group's `'all'`, and a role or none), and if not, why: undefined when it can.
 *
 * The group's paper asks only what applies in every unit (`inScope` with `unitId: 'all'`: the
 * questions whose every cited item each unit's view holds), so it has nothing to ask when every
 * clause, phrase, commitment and question is written for some units only (`units:`); a unit's
 * paper (or a post's in it) has nothing to ask when its view holds nothing a question can cite.
 * Read from the views, not from a generated bank (planning stays cheap): a scope left out has no
 * question for certain; a scope kept holds something to ask about.
 */
export function paperLeftOut(model: Model, scope: Pick<QuizScope, 'unitId' | 'roleId'>): PaperLeftOut | undefined {
  if (scope.unitId !== undefined && scope.unitId !== 'all') {
    for (const _ of askable(unitView(model, scope.unitId), scope.roleId)) return undefined;
    return scope.roleId === undefined
      ? { reason: 'nothing', zh: '本单位没有可考的内容', en: 'the unit has nothing to test on' }
      : {
          reason: 'nothing',
          zh: '本单位没有与该岗位相关的可考内容',
          en: 'nothing in the unit concerns the post to test on',
        };
  }
  const units = model.units.map((u) => unitView(model, u.id));
  // An item every unit holds is held by the first: its view has every candidate.
  const first = units[0] ?? organisationView(model);
  let unitOnly = false;
  for (const id of askable(first, scope.roleId)) {
    if (units.every((u) => u.has(id))) return undefined;
    unitOnly = true;
  }
  if (!unitOnly)
    for (const u of units.slice(1)) {
      for (const _ of askable(u, scope.roleId)) {
        unitOnly = true;
        break;
      }
      if (unitOnly) break;
    }
  return unitOnly
    ? {
        reason: 'unit-only',
        zh: '条款、用语、承诺和题目都只适用于部分单位（units: 或 industries:），没有全体单位都有的内容可考；各单位的试卷照出',
        en: "every clause, phrase, commitment and question is limited to some units (units: or industries:), so nothing applies in every unit to test on; the units' papers are made",
      }
    : { reason: 'nothing', zh: '没有可考的内容', en: 'there is nothing to test on' };
}
