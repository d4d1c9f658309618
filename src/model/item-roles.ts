/**
 * Which roles an item concerns (rolesOfItem) and what follows from it: whether a list of roles
 * covers a role, the posts, the roles of several items. Role handbooks, role pages, role quizzes
 * and roleView() (view.ts) all read this one rule.
 */
import { walkClauses } from './clauses.ts';
import type { Clause } from './types/documents.ts';
import type { Model } from './types.ts';
import type { ScopeView } from './view.ts';
import { sharedWeakMap } from './lent.ts';

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
  const clauseRoles = (cid: string): string[] | undefined =>
    (view ? viewClauses(view).get(cid)?.appliesTo : undefined) ?? entry(lookup.clauses, cid);
  // Found by where the id is, not by the index's kind: hand-made models (tests) may have no index.
  const clause = clauseRoles(id);
  if (clause) return some(clause);
  const situation = (view ? viewSituations(view).get(id)?.roles : undefined) ?? entry(lookup.situations, id);
  if (situation) return some(situation);
  const processId = entry(lookup.processOf, id);
  if (processId !== undefined) {
    const process = view?.processes.find((p) => p.id === processId) ?? model.processes.find((p) => p.id === processId)!;
    return some(process.lanes);
  }
  const violation = entry(lookup.violations, id);
  if (violation) {
    if (violation.length === 0) return 'all';
    const roles = new Set<string>();
    for (const cid of violation) {
      const r = clauseRoles(cid) ?? [];
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

/**
 * Who each item is written for, as plain JSON (records, not maps): the print cache hands a print
 * job this lookup, made once per build outside the job's read trace, so that the job's record
 * names the entries it looked up and not every clause of the group it was made from.
 */
export interface ItemLookup {
  /** A clause's `appliesTo`. */
  clauses: Record<string, string[]>;
  /** Process id of each process and step id. */
  processOf: Record<string, string>;
  /** A situation's roles, by its own and its items' ids. */
  situations: Record<string, string[]>;
  /** The clauses a violation breaks. */
  violations: Record<string, string[]>;
}
const lookupCache = new WeakMap<Model, ItemLookup>();
/** An entry of a lookup record: own keys only (an id such as `constructor` is not the prototype's). */
function entry<T>(record: Record<string, T>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}
/** The organisation's clauses (then those units add), situations by their own and their items' ids, violations. */
export function itemLookup(model: Model): ItemLookup {
  let l = lookupCache.get(model) ?? lentLookups.get(model);
  if (l) return l;
  l = { clauses: {}, processOf: {}, situations: {}, violations: {} };
  for (const p of model.processes) {
    l.processOf[p.id] = p.id;
    for (const n of p.nodes) l.processOf[n.id] = p.id;
  }
  for (const d of model.documents) for (const c of walkClauses(d.clauses)) l.clauses[c.id] = c.appliesTo;
  for (const u of model.units)
    for (const d of u.documents)
      for (const c of walkClauses(d.clauses)) if (!Object.hasOwn(l.clauses, c.id)) l.clauses[c.id] = c.appliesTo;
  const situations = new Map<string, { roles: string[] }>();
  for (const set of model.etiquette) indexSituations(set.situations, situations);
  for (const [id, s] of situations) l.situations[id] = s.roles;
  for (const a of model.assessments) for (const v of a.violations) l.violations[v.id] = v.clauses;
  lookupCache.set(model, l);
  return l;
}

/**
 * Have `itemLookup(model)` answer with `lookup` (made by `itemLookup` from the same model): a
 * print job gets the model and the lookup behind its read tracer (src/print/cache/trace.ts).
 */
export function lendItemLookup(model: Model, lookup: ItemLookup): void {
  lentLookups.set(model, lookup);
}
/** Shared by every copy of this module (lent.ts): the page cache lends from the CLI's copy. */
const lentLookups = sharedWeakMap<Model, ItemLookup>('itemLookup');

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
