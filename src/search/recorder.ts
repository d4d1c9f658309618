/**
 * What every part of the search records list shares: the Recorder (the model, the list being filled,
 * an item's words, scope and place), `emit` (the organisation's record of an item and each unit's
 * own wording), and KEY, what a version of an item is compared by.
 */
import { UI } from '../site/i18n/ui.ts';
import { citedItemLabel } from '../model/cited.ts';
import { itemPath } from '../model/routes.ts';
import type { Award, Inspection, Phase, Threshold, Violation } from '../model/types/assessments.ts';
import type { Clause } from '../model/types/documents.ts';
import type { Commitment } from '../model/types/commitments.ts';
import type { ConductRule, Phrase, RuleSet, Situation } from '../model/types/etiquette.ts';
import type { Model } from '../model/types.ts';
import type { Process, ProcessNode } from '../model/types/processes.ts';
import { unitView, type ScopeView } from '../model/view.ts';
import { thresholdPeriodsSaid } from '../model/wording.ts';
import { scopeResolver, type Scope } from './scope.ts';

import type { SearchRecord } from './records.ts';

export const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(' ');
/**
 * The labels a contact card's page gives its address and hours (地址：…, 营业时间：…): words staff ask
 * with (桐江饭店地址) that the values themselves never hold. Not the phone labels: 监督电话 and the
 * like are what commitments are asked for by.
 */
export function cardLabels(card: { address?: string | undefined; openingHours?: string | undefined }): string {
  const ui = UI['zh-CN'];
  return join(card.address && ui.address, card.openingHours && ui.openingHours);
}

/** The items that pass and those that do not. */
export const partition = <T>(xs: readonly T[], p: (x: T) => boolean): [T[], T[]] => [
  xs.filter(p),
  xs.filter((x) => !p(x)),
];

/** Where a version is read: the organisation's (no view) or a unit's view. */
export interface KeyScope {
  model: Model;
  view?: ScopeView;
}

/** A threshold's periods as its scope names them (the view's assessment's phases). */
export function thresholdPeriods(t: Threshold, at: KeyScope): string {
  const container = at.model.index[t.id]?.container;
  const phases = (at.view ?? at.model).assessments.find((a) => a.id === container)?.phases ?? [];
  return thresholdPeriodsSaid(t, phases);
}

/**
 * What a version of an item is compared by: a unit shows its own record where this differs. It
 * holds what the result shows (title, excerpt) and, where the kind's page words something beside
 * the item in the scope's terms (a forbidden phrase's 请说, a violation's 依据), that too.
 */
export const KEY = {
  clause: (c: Clause) => join(c.label, c.title, c.text, c.note, c.strength),
  // A forbidden phrase's page gives the phrase to say instead in the scope's wording.
  phrase: (p: Phrase, at: KeyScope) => join(p.text, p.note, p.instead && citedItemLabel(at.model, at.view, p.instead)),
  conduct: (r: ConductRule) => r.text,
  situation: (s: Situation) => join(s.title, s.description, s.roles.join(',')),
  ruleSet: (r: RuleSet) => join(r.title, r.items.join('、')),
  commitment: (c: Commitment) => join(c.title, c.text, c.target?.display, String(c.public)),
  process: (p: Process) => join(p.title, p.description),
  node: (n: ProcessNode) => join(n.label, n.timeLimit, n.role),
  // The 依据 as the scope words each clause: a unit's value where the group leaves it open.
  violation: (v: Violation, at: KeyScope) =>
    join(
      v.text,
      JSON.stringify(v.penalty),
      v.escalation.map((e) => e.action).join('|'),
      v.clauses.map((c) => citedItemLabel(at.model, at.view, c)).join('|'),
    ),
  inspection: (i: Inspection) => join(i.title, i.frequency),
  phase: (p: Phase) => join(p.title, p.from, p.to),
  threshold: (t: Threshold, at: KeyScope) => join(String(t.below), thresholdPeriods(t, at), t.consequence),
  // The prize is on the page, not in the result (records-assessment.ts), but a unit paying its own reads it there.
  award: (w: Award) => join(w.title, w.criteria, w.amount !== undefined && String(w.amount)),
} as const;

/** What every part of the list needs: the model, the list being filled, and how a record's words, scope and place are found. */
export interface Recorder {
  model: Model;
  records: SearchRecord[];
  scope: ReturnType<typeof scopeResolver>;
  keywords: (id: string) => string;
  roleNames: (ids: readonly string[]) => string;
  unitName: Map<string, string>;
  /** The item's site path (a unit's version at the unit's page). */
  path: (id: string, unitId?: string) => string;
  /** "unit · context" for a unit's own version. */
  inUnit: (context: string, unitId?: string) => string;
  /**
   * The organisation's record of an item (for the units that word it so) and one record per unit
   * that words it otherwise, at that unit's page. `make` builds a record from a version; `byPage`:
   * also one per unit that shows the item on a page of its own (scope.ts).
   */
  emit: <T extends object>(
    id: string,
    org: T | undefined,
    key: (x: T, at: KeyScope) => string,
    make: (x: T, where: { path: string; units: Scope; roles: Scope; unitId?: string }) => SearchRecord,
    byPage?: boolean,
  ) => void;
}

export function recorder(model: Model): Recorder {
  const records: SearchRecord[] = [];
  const scope = scopeResolver(model);
  const unitName = new Map(model.units.map((u) => [u.id, u.shortName]));
  const path = (id: string, unitId?: string): string => itemPath(model, id, unitId) ?? '';
  return {
    model,
    records,
    scope,
    keywords: (id) => (model.keywords?.[id] ?? []).join(' '),
    roleNames: (ids) => ids.map((id) => model.roles.find((r) => r.id === id)?.name ?? id).join(' '),
    unitName,
    path,
    inUnit: (context, unitId) => {
      if (unitId === undefined) return context;
      const unit = unitName.get(unitId) ?? unitId;
      // Nothing holds it but the unit: the unit alone (a result read 服务承诺 · 租车门店 · ).
      return context ? `${unit} · ${context}` : unit;
    },
    emit: (id, org, key, make, byPage) => {
      const v = scope.versions(id, org, (x, view) => key(x, { model, view }), byPage);
      if (org !== undefined) records.push(make(org, { path: path(id), units: v.org, roles: scope.roles(id) }));
      for (const own of v.own)
        records.push(
          make(own.item, {
            path: own.path,
            units: [own.unitId],
            roles: scope.roles(id, unitView(model, own.unitId)),
            unitId: own.unitId,
          }),
        );
    },
  };
}

/**
 * The group's records first, then each unit's, each in the items' order: emit gives an item's
 * versions together, and groupRecords joins only neighbours into one Pagefind record (interleaved,
 * a process's steps at three units made one record per step).
 */
export function byScope(list: readonly SearchRecord[]): SearchRecord[] {
  const scopes = new Map<string, SearchRecord[]>();
  for (const x of list) {
    const scope = x.group?.split('/')[0] ?? '';
    if (!scopes.has(scope)) scopes.set(scope, []);
    scopes.get(scope)!.push(x);
  }
  return [...scopes.values()].flat();
}
