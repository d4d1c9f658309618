/**
 * What print jobs derive from the whole model, made once per build (per worker) outside their
 * read trace and handed to them beside the model, as plain JSON: who each item is written for
 * (item-roles.ts's lookup, which walks every clause of the group) and each quiz scope's papers
 * (the unit's question bank, generated from all its content, and the questions chosen from it),
 * and every scope's view (a unit's is put together from its whole parent chain).
 * A job's record then names the derived values it used, not everything they were made from: a
 * clause's new wording remakes the papers that ask about it, not every paper of its unit. The
 * derivations stay exact (the next build derives again from its own model and the records are
 * checked against that), and each is made once instead of once per job.
 */
import type { Model } from '../../model/types.ts';
import { itemLookup, lendItemLookup, type ItemLookup } from '../../model/item-roles.ts';
import { latestChangesByScope, lendLatestChanges } from '../../model/changes/revision.ts';
import type { ScopeChanges } from '../../model/changes/types.ts';
import { DEFAULT_SEED } from '../../quiz/index.ts';
import { recentBanks } from '../recent-banks.ts';
import { quizScopes } from '../plan.ts';
import { assembleQuiz, type QuizAssembly } from '../quiz-assembly.ts';
import type { Template } from '../templates.ts';
import { lendViews, plainView, type PlainView, viewAsIs } from '../../model/view-cache.ts';
import { roleView, scopeView } from '../../model/view.ts';

export interface Derived {
  /** Who each item is written for (item-roles.ts). */
  readonly lookup: ItemLookup;
  /** Each scope's changes in the latest revision (a handbook's foreword: model/changes/foreword.ts). */
  readonly latest: Readonly<Record<string, ScopeChanges | null>>;
  /** Each quiz template's papers (by its output name), by scope id. */
  readonly quiz: Readonly<Record<string, Readonly<Record<string, QuizAssembly>>>>;
  /** Every view (view.ts), by view-cache.ts's key: the organisation's, each unit's, each role's in either. */
  readonly views: Readonly<Record<string, PlainView>>;
}

/** What a print job reads: the model and what is derived from it (one tree, so each value has one path). */
export interface PrintTree {
  readonly model: Model;
  readonly derived: Derived;
}

/** A value as a tree of plain JSON, as the model is (trace.ts needs one path to each object). */
function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * An object whose properties are made when first read (a rebuild that reuses every PDF makes
 * few), the last `keep` of them kept (all when omitted).
 */
function lazy<T>(keys: readonly string[], make: (key: string) => T, keep = Infinity): Record<string, T> {
  const out: Record<string, T> = {};
  const kept = new Map<string, T>();
  const get = (key: string): T => {
    let value = kept.get(key);
    if (value === undefined) value = make(key);
    else kept.delete(key);
    kept.set(key, value);
    if (kept.size > keep) kept.delete(kept.keys().next().value!);
    return value;
  };
  // Configurable: a proxy may only answer for a fixed property with the very same value.
  for (const key of keys)
    Object.defineProperty(out, key, { configurable: true, enumerable: true, get: () => get(key) });
  return out;
}

/**
 * Views kept made at once, per worker: a 100-unit group's 675 views, each a copy as plain data,
 * held 1.2 GB; a job reads one or two, and making one again costs tens of milliseconds.
 */
const VIEWS_KEPT = 12;

/**
 * Papers kept made at once, per worker: each is chosen from its unit's bank (kept: making a bank
 * is the costly part, ~70 ms at 30×) in a few milliseconds; all of a 30× group's 298 held 38 MB.
 */
const PAPERS_KEPT = 12;

/**
 * The derived values of `model` (a tree: modelTree) for the jobs of `templates`. For 'check' (the
 * cache's check, which only reads them) they are not copied into plain trees: a value that reads
 * otherwise than its copy would fails the check, it never passes one (view-cache.ts viewAsIs).
 */
export function derive(model: Model, templates: readonly Template[], use: 'trace' | 'check' = 'trace'): Derived {
  const plain = use === 'trace' ? plainCopy : <T>(value: T): T => value;
  const asPlainView = use === 'trace' ? plainView : viewAsIs;
  // One bank per unit and seed, shared by the unit's scopes (all its roles); the last few kept.
  const bankOf = recentBanks(model);
  const quiz: Record<string, Record<string, QuizAssembly>> = {};
  for (const template of templates) {
    if (template.kind !== 'quiz') continue;
    const scopes = new Map(quizScopes(model, template).map((s) => [s.id, s]));
    quiz[template.output] = lazy(
      [...scopes.keys()],
      (id) => {
        const scope = scopes.get(id)!;
        return plain(assembleQuiz(model, scope, template, bankOf(template.seed ?? DEFAULT_SEED, scope.unitId)));
      },
      PAPERS_KEPT,
    );
  }
  const scopes = ['', ...model.units.map((u) => `unit:${u.id}`)];
  const roleKeys = scopes.flatMap((scope) => model.roles.map((r) => `${scope}|role:${r.id}`));
  const views = lazy(
    [...scopes, ...roleKeys],
    (key) => {
      const [scope = '', role] = key.split('|role:');
      const view = scopeView(model, scope === '' ? undefined : scope.slice('unit:'.length));
      return asPlainView(role === undefined ? view : roleView(view, role));
    },
    VIEWS_KEPT,
  );
  let lookup: ItemLookup | undefined;
  let latest: Derived['latest'] | undefined;
  return Object.defineProperties({} as Derived, {
    lookup: { configurable: true, enumerable: true, get: () => (lookup ??= plain(itemLookup(model))) },
    latest: { configurable: true, enumerable: true, get: () => (latest ??= plain(latestChangesByScope(model))) },
    quiz: { configurable: true, enumerable: true, writable: true, value: quiz },
    views: { configurable: true, enumerable: true, writable: true, value: views },
  });
}

/**
 * Have the model's rules answer a job from `derived` (both read through the job's tracer): who an
 * item is for (item-roles.ts), the latest revision's changes by scope (changes/revision.ts) and
 * every view (view-cache.ts).
 */
export function lendDerived(model: Model, derived: Derived): void {
  lendItemLookup(model, derived.lookup);
  lendLatestChanges(model, derived.latest);
  lendViews(model, derived.views);
}

/**
 * What the jobs read when cached: the model as a tree (a JSON round trip, so that the cache's
 * read trace names each object by one path) and what is derived from it.
 */
export function printTree(
  model: Model,
  templates: readonly Template[],
  from: 'copy' | 'json' = 'copy',
  use: 'trace' | 'check' = 'trace',
): PrintTree {
  // A model just parsed from JSON is a tree already (a print worker's): it is used as it is.
  const tree = from === 'json' ? model : plainCopy(model);
  return { model: tree, derived: derive(tree, templates, use) };
}
