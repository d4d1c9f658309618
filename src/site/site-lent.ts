/**
 * What `guifan build`'s page cache (page-cache.ts) derives from the whole group once, outside the
 * pages' read traces, and lends each page as plain data inside its traced tree: a page's record
 * then names the values it used (the search box's example terms), not every clause they were
 * chosen from. Kept on globalThis: this module is bundled into the pages, page-cache.ts is not.
 * Without a page cache nothing is lent and each value is derived from the model as before.
 */
import { type Histories, histories, lendHistories } from '../model/changes/current.ts';
import { itemHolders, lendItemHolders } from '../model/routes.ts';
import { searchExamples } from '../model/search-examples.ts';
import type { Model } from '../model/types.ts';
import { plannedPrintFiles, type PlannedFile } from '../print/plan.ts';

/** The values lent, as plain data. */
export interface SiteLent {
  /** The search boxes' example terms (model/search-examples.ts). */
  readonly searchExamples: readonly string[];
  /** Every file the print pipeline plans (print/plan.ts), which the download lists and PDF links name. */
  readonly printPlan: PrintPlan;
  /** Each document's and scope's revisions (model/changes/current.ts): a page reads its own document's or unit's. */
  readonly histories: Histories;
  /** Where a unit shows an item the organisation's pages lack (model/routes.ts itemPath), by id. */
  readonly itemHolders: Readonly<Record<string, string>>;
}

/**
 * The print plan, whole and by unit and scope, each in the plan's order: a page that names its
 * unit's files reads that unit's list, so a card sheet more in another unit does not change its reads.
 */
export interface PrintPlan {
  readonly all: readonly PlannedFile[];
  /** By unit id; '' for the organisation's files (no unit). */
  readonly byUnit: Readonly<Record<string, readonly PlannedFile[]>>;
  readonly byScope: Readonly<Record<string, readonly PlannedFile[]>>;
}

const LENT = Symbol.for('guifan.site.lent');
const shared = globalThis as typeof globalThis & { [LENT]?: WeakMap<Model, SiteLent> };

/** The values of `model` (a page's traced model) come from `lent` (read through the same trace). */
export function lendSite(model: Model, lent: SiteLent): void {
  (shared[LENT] ??= new WeakMap()).set(model, lent);
  lendHistories(model, lent.histories);
  lendItemHolders(model, lent.itemHolders);
}

/** What is lent for `model`, if anything. */
function lentOf(model: Model): SiteLent | undefined {
  return shared[LENT]?.get(model);
}

/** The search boxes' example terms: lent, or chosen from the model. */
export function lentSearchExamples(model: Model): readonly string[] {
  return lentOf(model)?.searchExamples ?? searchExamples(model);
}

const plans = new WeakMap<Model, PrintPlan>();

/** The print plan: lent, or planned from the model (once per model). */
export function lentPrintPlan(model: Model): PrintPlan {
  const lent = lentOf(model)?.printPlan;
  if (lent) return lent;
  let plan = plans.get(model);
  if (!plan) plans.set(model, (plan = printPlan(plannedPrintFiles(model))));
  return plan;
}

function printPlan(all: readonly PlannedFile[]): PrintPlan {
  const byUnit: Record<string, PlannedFile[]> = {};
  const byScope: Record<string, PlannedFile[]> = {};
  for (const f of all) {
    (byUnit[f.unitId ?? ''] ??= []).push(f);
    (byScope[f.scopeId] ??= []).push(f);
  }
  return { all, byUnit, byScope };
}

/** The values to lend, derived from `model` when first read (a rebuild that takes every page reads few). */
export function siteLent(model: Model): SiteLent {
  let examples: readonly string[] | undefined;
  let plan: PrintPlan | undefined;
  let history: Histories | undefined;
  let holders: Record<string, string> | undefined;
  // Plain JSON copies: a page's reads of them are traced as reads of the model are (trace.ts needs a tree).
  const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return Object.defineProperties({} as SiteLent, {
    searchExamples: { configurable: true, enumerable: true, get: () => (examples ??= plain(searchExamples(model))) },
    printPlan: {
      configurable: true,
      enumerable: true,
      get: () => (plan ??= plain(printPlan(plannedPrintFiles(model)))),
    },
    histories: { configurable: true, enumerable: true, get: () => (history ??= plain(histories(model))) },
    itemHolders: { configurable: true, enumerable: true, get: () => (holders ??= itemHolders(model)) },
  });
}
