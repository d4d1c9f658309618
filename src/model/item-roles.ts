/**
 * Which roles an item concerns (rolesOfItem) and what follows from it: whether a list of roles
 * covers a role, the posts, the roles of several items. Role handbooks, role pages, role quizzes
 * and roleView() (view.ts) all read this one rule.
 */
import { walkClauses } from './clauses.ts';
import type { Clause } from './types/documents.ts';
import type { Model } from './types.ts';
import type { ScopeView } from './view.ts';

/**
 * The roles an item concerns — the one rule behind role handbooks, role pages and role quizzes:
 * a clause its `appliesTo` (own roles, else its parent's, else its document's), a situation and
 * what is in it the situation's roles, a process and its steps every lane of the process, a
 * violation the roles of the clauses it breaks; 'all' for everything else (commitments, rule
 * sets, general conduct, inspections, thresholds, awards are everyone's business) and for
 * items that name no roles. Read from the view when it has the item (a unit's wording can
 * change roles), else from the organisation's content.
 */
export function rolesOfItem(model: Model, id: string, view?: ScopeView): 'all' | string[] {
  const lookup = itemLookup(model);
  const some = (roles: readonly string[]): 'all' | string[] => (roles.length === 0 ? 'all' : [...roles]);
  const clauseOf = (cid: string): Clause | undefined =>
    (view ? viewClauses(view).get(cid) : undefined) ?? lookup.clauses.get(cid);
  // Found by where the id is, not by the index's kind: hand-made models (tests) may have no index.
  const clause = clauseOf(id);
  if (clause) return some(clause.appliesTo);
  const situation = (view ? viewSituations(view).get(id) : undefined) ?? lookup.situations.get(id);
  if (situation) return some(situation.roles);
  const processId = lookup.processOf.get(id);
  if (processId !== undefined) {
    const process = view?.processes.find((p) => p.id === processId) ?? model.processes.find((p) => p.id === processId)!;
    return some(process.lanes);
  }
  const violation = lookup.violations.get(id);
  if (violation) {
    if (violation.clauses.length === 0) return 'all';
    const roles = new Set<string>();
    for (const cid of violation.clauses) {
      const r = clauseOf(cid)?.appliesTo ?? [];
      if (r.length === 0) return 'all';
      r.forEach((x) => roles.add(x));
    }
    return [...roles];
  }
  const doc = view?.documents.find((x) => x.id === id) ?? model.documents.find((x) => x.id === id);
  if (doc) return some(doc.roles);
  return 'all';
}

/**
 * A role and every group of posts that stands for it (roles.yaml `includes`, through groups of
 * groups): what is written for 一线服务人员 applies to each post it includes.
 */
export function rolesCovering(model: Model, roleId: string): ReadonlySet<string> {
  let perModel = coveringCache.get(model);
  if (!perModel) coveringCache.set(model, (perModel = new Map()));
  let set = perModel.get(roleId);
  if (!set) {
    set = new Set([roleId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const r of model.roles)
        if (!set.has(r.id) && r.includes?.some((m) => set!.has(m))) set.add(r.id), (grew = true);
    }
    perModel.set(roleId, set);
  }
  return set;
}
const coveringCache = new WeakMap<Model, Map<string, Set<string>>>();

/** Whether a list of roles (as written on an item; empty: every role) covers a role. */
export function rolesCover(model: Model, roles: readonly string[], roleId: string): boolean {
  if (roles.length === 0) return true;
  const covering = rolesCovering(model, roleId);
  return roles.some((r) => covering.has(r));
}

/** Posts (roles that are not groups), in roles.yaml order: who gets handbooks, papers and role pages. */
export function posts(model: Model): Model['roles'] {
  return model.roles.filter((r) => !r.includes);
}

/**
 * The roles a set of items concerns together — the roles every one of them concerns (what a
 * question citing them asks of): 'all' when each is everyone's business, else the roles (posts
 * and groups, a group's members included) that each item written for some roles covers. A
 * question about the follow-up call the quality office makes and the complaint process's step
 * is the quality office's, not every lane's; one about a teller's clause and a rule set for all
 * is the teller's. An empty list: no single role is asked about all of them.
 */
export function rolesOfItems(model: Model, ids: readonly string[], view?: ScopeView): 'all' | string[] {
  let common: string[] | undefined;
  for (const id of ids) {
    const written = rolesOfItem(model, id, view);
    if (written === 'all') continue;
    const concerned = model.roles.map((r) => r.id).filter((r) => rolesCover(model, written, r));
    common = common === undefined ? concerned : common.filter((r) => concerned.includes(r));
  }
  return common ?? 'all';
}

/** Whether an item concerns a role (see rolesOfItem). */
export function itemForRole(model: Model, id: string, roleId: string, view?: ScopeView): boolean {
  const r = rolesOfItem(model, id, view);
  return r === 'all' || rolesCover(model, r, roleId);
}

interface ItemLookup {
  clauses: Map<string, Clause>;
  /** Process id of each process and step id. */
  processOf: Map<string, string>;
  situations: Map<string, { roles: string[] }>;
  violations: Map<string, { clauses: string[] }>;
}
const lookupCache = new WeakMap<Model, ItemLookup>();
/** The organisation's clauses (then those units add), situations by their own and their items' ids, violations. */
function itemLookup(model: Model): ItemLookup {
  let l = lookupCache.get(model);
  if (l) return l;
  l = { clauses: new Map(), processOf: new Map(), situations: new Map(), violations: new Map() };
  for (const p of model.processes) {
    l.processOf.set(p.id, p.id);
    for (const n of p.nodes) l.processOf.set(n.id, p.id);
  }
  for (const d of model.documents) for (const c of walkClauses(d.clauses)) l.clauses.set(c.id, c);
  for (const u of model.units)
    for (const d of u.documents)
      for (const c of walkClauses(d.clauses)) if (!l.clauses.has(c.id)) l.clauses.set(c.id, c);
  for (const set of model.etiquette) indexSituations(set.situations, l.situations);
  for (const a of model.assessments) for (const v of a.violations) l.violations.set(v.id, v);
  lookupCache.set(model, l);
  return l;
}

function indexSituations(
  situations: readonly {
    id: string;
    roles: string[];
    phrases: { id: string }[];
    forbidden: { id: string }[];
    conduct: { id: string }[];
  }[],
  into: Map<string, { roles: string[] }>,
): void {
  for (const s of situations) {
    into.set(s.id, s);
    for (const x of [...s.phrases, ...s.forbidden, ...s.conduct]) into.set(x.id, s);
  }
}

const clausesOfView = new WeakMap<ScopeView, Map<string, Clause>>();
function viewClauses(view: ScopeView): Map<string, Clause> {
  let m = clausesOfView.get(view);
  if (!m) {
    m = new Map();
    for (const d of view.documents) for (const c of walkClauses(d.clauses)) m.set(c.id, c);
    clausesOfView.set(view, m);
  }
  return m;
}
const situationsOfView = new WeakMap<ScopeView, Map<string, { roles: string[] }>>();
function viewSituations(view: ScopeView): Map<string, { roles: string[] }> {
  let m = situationsOfView.get(view);
  if (!m) {
    m = new Map();
    for (const set of view.etiquette) indexSituations(set.situations, m);
    situationsOfView.set(view, m);
  }
  return m;
}
