/**
 * What one role is asked to know in a scope, split the way a clerk reads it:
 * what is written for the role (本岗位专门要求) and what is written for
 * everyone (全体通用). It is the role's view (roleView) — the same items its
 * handbook prints and its questions test — sorted by rolesOfItem, so the role
 * page never decides for itself what concerns a role.
 */
import type { Assessment, Award, Inspection, Threshold, Violation } from './types/assessments.ts';
import type { Clause, NormDocument } from './types/documents.ts';
import type { Commitment } from './types/commitments.ts';
import type { ConductRule, EtiquetteSet, RuleSet, Situation } from './types/etiquette.ts';
import type { Model } from './types.ts';
import type { Process, ProcessNode } from './types/processes.ts';
import type { Service } from './types/services.ts';
import { rolesCover, rolesOfItem } from './item-roles.ts';
import { roleView, type ScopeView } from './view.ts';

/** A provision (a clause with text) and the headings above it, outermost first. */
export interface RoleClause {
  clause: Clause;
  headings: Clause[];
}

export interface RoleItems {
  clauses: { document: NormDocument; clauses: RoleClause[] }[];
  situations: { set: EtiquetteSet; situation: Situation }[];
  ruleSets: { set: EtiquetteSet; ruleSet: RuleSet }[];
  /** Conduct rules of a whole etiquette set (a situation's are with the situation). */
  conduct: { set: EtiquetteSet; rule: ConductRule }[];
  /** Public and internal commitments, in board order. */
  commitments: Commitment[];
  /** Processes the role has a part in, every step in order; `own` are the steps it performs. */
  processes: { process: Process; own: ProcessNode[] }[];
  violations: { assessment: Assessment; violation: Violation }[];
  /** Inspections, score thresholds and awards: everyone's (in `general` only). */
  assessmentRules: { assessment: Assessment; inspections: Inspection[]; thresholds: Threshold[]; awards: Award[] }[];
  /** Service items (办事指南) with their materials: what a clerk tells a customer to bring and how long it takes. */
  services: Service[];
}

export interface RoleRequirements {
  roleId: string;
  /** Written for this role (or a group of posts that includes it). */
  specific: RoleItems;
  /** Written for every role. */
  general: RoleItems;
}

const empty = (): RoleItems => ({
  clauses: [],
  situations: [],
  ruleSets: [],
  conduct: [],
  commitments: [],
  processes: [],
  violations: [],
  assessmentRules: [],
  services: [],
});

export function roleRequirements(model: Model, view: ScopeView, roleId: string): RoleRequirements {
  const rv = roleView(view, roleId);
  const specific = empty();
  const general = empty();
  // Read against the scope's own view: a unit's rewording may change whom an item concerns.
  const part = (id: string): RoleItems => (rolesOfItem(model, id, view) === 'all' ? general : specific);

  for (const document of rv.documents) {
    const byPart = new Map<RoleItems, RoleClause[]>();
    const walk = (list: readonly Clause[], headings: Clause[]): void => {
      for (const c of list) {
        if (c.text !== undefined) {
          const into = part(c.id);
          let clauses = byPart.get(into);
          if (!clauses) byPart.set(into, (clauses = []));
          clauses.push({ clause: c, headings });
        }
        walk(c.children, c.text === undefined ? [...headings, c] : headings);
      }
    };
    walk(document.clauses, []);
    for (const [into, clauses] of byPart) into.clauses.push({ document, clauses });
  }
  for (const set of rv.etiquette) {
    for (const situation of set.situations) part(situation.id).situations.push({ set, situation });
    for (const ruleSet of set.ruleSets) part(ruleSet.id).ruleSets.push({ set, ruleSet });
    for (const rule of set.conduct) part(rule.id).conduct.push({ set, rule });
  }
  for (const c of rv.commitments) part(c.id).commitments.push(c);
  for (const process of rv.processes) {
    const own = process.nodes.filter((n) => rolesCover(model, [n.role], roleId));
    part(process.id).processes.push({ process, own });
  }
  for (const assessment of rv.assessments) {
    for (const violation of assessment.violations) part(violation.id).violations.push({ assessment, violation });
    const { inspections, thresholds, awards } = assessment;
    if (inspections.length + thresholds.length + awards.length > 0)
      general.assessmentRules.push({ assessment, inspections, thresholds, awards });
  }
  for (const service of rv.services) part(service.id).services.push(service);
  return { roleId, specific, general };
}

/** Every item id a role's requirements list (documents' provisions and headings, etiquette, commitments, steps, violations, services and their materials). */
export function requirementIds(req: RoleRequirements): Set<string> {
  const ids = new Set<string>();
  for (const items of [req.specific, req.general]) {
    for (const { document, clauses } of items.clauses) {
      ids.add(document.id);
      for (const { clause, headings } of clauses) [clause, ...headings].forEach((c) => ids.add(c.id));
    }
    for (const { set, situation } of items.situations) {
      ids.add(set.id);
      ids.add(situation.id);
      for (const x of [...situation.phrases, ...situation.forbidden, ...situation.conduct]) ids.add(x.id);
    }
    for (const { ruleSet } of items.ruleSets) ids.add(ruleSet.id);
    for (const { rule } of items.conduct) ids.add(rule.id);
    for (const c of items.commitments) ids.add(c.id);
    for (const { process } of items.processes) {
      ids.add(process.id);
      process.nodes.forEach((n) => ids.add(n.id));
    }
    for (const { assessment, violation } of items.violations) {
      ids.add(assessment.id);
      ids.add(violation.id);
    }
    for (const r of items.assessmentRules) {
      ids.add(r.assessment.id);
      for (const x of [...r.inspections, ...r.thresholds, ...r.awards]) ids.add(x.id);
    }
    for (const service of items.services) [service, ...service.materials].forEach((x) => ids.add(x.id));
  }
  return ids;
}
