/**
 * Each view made once per model, and views lent as plain data. Print's cache (print/cache/
 * derived.ts) makes every view once per build outside a job's read trace and lends it here, so a
 * job's record names the parts of the view it printed — not the whole unit, every document of
 * the group and every item id it took to put the view together (a poster's record was 1.5 MB at
 * 30×, and tracing and keeping it cost as much CPU as printing). A lent view answers `has` and
 * `originOf` from records, so a job asking about one id reads only that id.
 */
import type { ItemOrigin, Model } from './types.ts';
import type { ScopeView } from './view.ts';
import { sharedWeakMap } from './lent.ts';

/**
 * A view as plain JSON data: its two functions' answers kept as records, and without the
 * resolved unit (the model's own object, read from the model when a job asks for it: a copy in
 * each of a unit's role views cost more memory than the rest of the views together).
 */
export type PlainView = Omit<ScopeView, 'has' | 'originOf' | 'unit'> & {
  roleId?: string;
  /** Every id the view has (`has`). */
  ids: Record<string, true>;
  /** Where each item came from, for every id `originOf` answers. */
  origins: Record<string, ItemOrigin>;
};

const viewCache = new WeakMap<Model, Map<string, ScopeView>>();
/** Shared by every copy of this module (lent.ts): the page cache lends from the CLI's copy. */
const lent = sharedWeakMap<Model, Readonly<Record<string, PlainView>>>('views');
const modelOf = new WeakMap<ScopeView, Model>();
/** What `has` and `originOf` answer from, for `plainView`. */
const tablesOf = new WeakMap<ScopeView, ViewTables>();

interface ViewTables {
  ids: () => Iterable<string>;
  origins: () => Record<string, ItemOrigin>;
}

/** How many role views of a model are kept at most, where a caller set it (keepViews). */
const keptAtMost = new WeakMap<Model, number>();
/** The role views kept, least recently used first. */
const roleOrder = new WeakMap<Model, Set<string>>();
/** What a role view's key holds (view.ts's roleView: `unit:ID|role:ROLE` or `|role:ROLE`). */
const ROLE = '|role:';

/** The view of `key` in `model`: lent, made before, or made now by `make`. */
export function cachedView(model: Model, key: string, make: () => ScopeView): ScopeView {
  let byKey = viewCache.get(model);
  if (!byKey) viewCache.set(model, (byKey = new Map()));
  let view = byKey.get(key);
  if (!view) {
    const plain = lent.get(model);
    view = plain && Object.hasOwn(plain, key) ? fromPlain(model, plain[key]!) : make();
  }
  const most = keptAtMost.get(model);
  if (most !== undefined && key.includes(ROLE)) {
    // Role views, least recently used first: unit views are kept (planning goes through every
    // unit's again and again) and cost little, as they share the model's objects.
    let order = roleOrder.get(model);
    if (!order) roleOrder.set(model, (order = new Set()));
    order.delete(key);
    order.add(key);
    if (order.size > most) {
      const oldest = order.values().next().value!;
      order.delete(oldest);
      byKey.delete(oldest);
    }
  }
  byKey.set(key, view);
  return view;
}

/**
 * Keep at most `most` role views of `model`, the most recently used. For a caller that works one
 * unit at a time (a print worker: cli/print-pool.ts): at 100× every unit × role view kept held
 * 150 MB more in each worker. A dropped view is made again when asked for, equal to the one dropped.
 */
export function keepViews(model: Model, most: number): void {
  keptAtMost.set(model, most);
}

/** Notes a view's model and the tables its `has` and `originOf` answer from (what `plainView` keeps). */
export function registerView(view: ScopeView, model: Model, tables: ViewTables): void {
  modelOf.set(view, model);
  tablesOf.set(view, tables);
}

/** `copy` (a view with a field added) answers from `view`'s model and tables. */
export function sameTables<T extends ScopeView>(copy: T, view: ScopeView): T {
  const tables = tablesOf.get(view);
  if (tables) registerView(copy, modelOfView(view), tables);
  return copy;
}

/** The model a view was made from. */
export function modelOfView(view: ScopeView): Model {
  const model = modelOf.get(view);
  if (!model) throw new Error(`view ${view.id} was not made by view.ts`);
  return model;
}

/** Have `model`'s views come from `views` (keyed as view.ts keys them; a key not there is made). */
export function lendViews(model: Model, views: Readonly<Record<string, PlainView>>): void {
  lent.set(model, views);
  viewCache.delete(model);
}

/** Every id a view's `has` answers true for (a view not made by view.ts: undefined). */
export function idsOf(view: ScopeView): Iterable<string> | undefined {
  return tablesOf.get(view)?.ids();
}

/** Every origin a view's `originOf` answers, by id. */
export function originsTable(view: ScopeView): Record<string, ItemOrigin> {
  return tablesOf.get(view)?.origins() ?? {};
}

/** A view as plain data, answering exactly as the view does. */
export function plainView(view: ScopeView & { roleId?: string }): PlainView {
  const { has: _has, originOf: _originOf, unit: _unit, ...data } = view;
  const tables = tablesOf.get(view);
  if (!tables) throw new Error(`view ${view.id} was not made by view.ts`);
  const ids: Record<string, true> = {};
  for (const id of tables.ids()) ids[id] = true;
  return JSON.parse(JSON.stringify({ ...data, ids, origins: tables.origins() })) as PlainView;
}

/**
 * `plainView`'s data without its copy: objects the view shares with the model stay shared. For
 * reading only (the PDF cache's check, print/cache/derived.ts), where copying every view was a
 * third of the check's time; whatever the copy would change (an undefined property, a value JSON
 * cannot hold) reads otherwise than the copy recorded, so it fails a check, never passes one.
 */
export function viewAsIs(view: ScopeView & { roleId?: string }): PlainView {
  const { has: _has, originOf: _originOf, unit: _unit, ...data } = view;
  const tables = tablesOf.get(view);
  if (!tables) throw new Error(`view ${view.id} was not made by view.ts`);
  const ids: Record<string, true> = {};
  for (const id of tables.ids()) ids[id] = true;
  return { ...data, ids, origins: tables.origins() } as PlainView;
}

function fromPlain(model: Model, plain: PlainView): ScopeView {
  const { ids, origins, ...data } = plain;
  const view: ScopeView = {
    ...data,
    has: (id) => Object.hasOwn(ids, id),
    originOf: (id) => (Object.hasOwn(origins, id) ? origins[id] : undefined),
  };
  if (plain.kind === 'unit')
    Object.defineProperty(view, 'unit', {
      configurable: true,
      enumerable: true,
      get: () => model.units.find((u) => u.id === plain.id),
    });
  registerView(view, model, { ids: () => Object.keys(ids), origins: () => origins });
  return view;
}
