/**
 * The page cache of `guifan build` (on with GUIFAN_PAGE_CACHE=1: kept-site.ts): a page whose inputs
 * read the same as when the last build rendered it is not rendered again; its file is copied from
 * the last output, byte for byte. Off by default while it is no faster: at 100× a one-clause
 * rebuild takes 5,434 of 5,504 pages and still costs what a build without it does (checking the
 * records, the group's own pages, garbage collection), and a build that renders every page traced
 * (the first, or one after a change of code or day) costs about 1.7 times one without.
 *
 * A page is rendered (Astro's generatePath, patched: patches/astro+5.18.2.patch) inside an
 * AsyncLocalStorage context, and getModel (data.ts) hands it a read-tracing proxy of the model
 * of its own (print/cache/trace.ts), so its record is exactly what it read; the records are kept
 * as the PDF cache keeps its own (print/cache/store.ts, with no stored file: the page is in the
 * last output). Each page has a tracer of its own, so the model-keyed caches of src/model,
 * src/quiz and src/site (views, banks, plans) are made again for each page from its own proxy and
 * their reads are the page's: no page takes a value another page derived without noting what it
 * came from. What is derived from the whole group is made once outside the traces and lent as
 * plain data inside the traced tree, as print's derived.ts does (who each item is for, the latest
 * revision's changes, every unit's and role's view; site-lent.ts: the histories, where units show
 * items, the print plan), so a page that asks about one item reads that item's entry, not every
 * clause. The lent values reach the pages' own bundled copy of src/model through maps shared on
 * globalThis (model/lent.ts).
 *
 * A page's getStaticPaths (with the props it hands its pages) is traced as its route's record,
 * and a page is taken only while its route's record also reads the same.
 *
 * What a page depends on besides the model (guifan's code, templates, public files, the lock file
 * and patches, the site address, the MDX pages, the build's local date: kept-site.ts) is in the
 * key of every record: any change there renders every page. A page is taken only when the last
 * output still holds the very file the build that made its record wrote (site.json names, for
 * each page, the build that rendered it, with its size and time: kept-site.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compactReads } from '../print/cache/compact.ts';
import { ReadTracer } from '../print/cache/trace.ts';
import { PrintCache, pruneCache, sha256 } from '../print/cache/store.ts';
import { lendDerived, printTree, type PrintTree } from '../print/cache/derived.ts';
import type { Model } from '../model/types.ts';
import { plainView, type PlainView, viewAsIs } from '../model/view-cache.ts';
import { roleView, type ScopeView, scopeView } from '../model/view.ts';
import { lendSite, type SiteLent, siteLent } from './site-lent.ts';
import { copyAsRendered } from './page-cache-copy.ts';

/**
 * What pages read: the model (a JSON tree), what is derived from the whole of it (print's
 * derived.ts) and the site's own such values (site-lent.ts); one tree, so each value has one path.
 */
interface PageTree extends PrintTree {
  readonly site: SiteLent;
}

/** What `guifan build` hands the site's process for its page cache (kept-site.ts makes it). */
export interface PageCacheJob {
  /** The records' folder, beside the out folder. */
  dir: string;
  /** The published output of the last build, where kept pages are copied from. */
  lastOut: string;
  /** Everything besides the model that every page depends on (kept-site.ts). */
  key: string;
  /** This build's id: each record names the build that rendered its page. */
  build: string;
  /** The last output's pages: path under it → [size, modification time (ms), build that rendered it]. */
  last: Record<string, [number, number, string]>;
  /** Where this build writes which build rendered each of its pages (path → build), for kept-site.ts. */
  producedFile: string;
}

/** How many pages were rendered and taken. */
export interface PageCacheStats {
  rendered: number;
  taken: number;
}

/** The hooks Astro's patched generate.js and the pages' modules (data.ts, slice.ts) find on globalThis. */
export const PAGE_CACHE = Symbol.for('guifan.pageCache');

interface Reading {
  tracer: ReadTracer<PageTree>;
}

/** Bumped when what a record holds changes. */
const FORMAT = 1;

export class PageCache {
  readonly stats: PageCacheStats = { rendered: 0, taken: 0 };
  private readonly store: PrintCache;
  /** What the pages read, through their tracers: the derived values as plain copies (trees). */
  private readonly tree: PageTree;
  /** What the records are checked against: the same values, not copied (they are only read). */
  private readonly checked: PageTree;
  /** Folders of this output made for pages taken. */
  private readonly folders = new Set<string>();
  private readonly reading = new AsyncLocalStorage<Reading>();
  /** The routes whose getStaticPaths this build traced. */
  private readonly routes = new Set<string>();
  /** Whether each route's last record read the same on this model (and its props are plain). */
  private readonly routeSame = new Map<string, boolean>();
  /** The build that rendered each page of this output. */
  private readonly produced: Record<string, string> = {};
  private recorded = 0;

  constructor(
    private readonly job: PageCacheJob,
    model: Model,
    private readonly outDir: string,
  ) {
    this.store = new PrintCache(job.dir, job.key);
    // The site's process parsed the model from JSON: a tree already.
    const tree = printTree(model, [], 'json');
    // Every unit's view and the organisation's kept made (print keeps a dozen: a print worker goes
    // unit by unit, the pages of a route go through every unit). 100 units' plain views: ~50 MB.
    Object.defineProperty(tree.derived, 'views', { value: scopeViews(tree.model, plainView), enumerable: true });
    const site = siteLent(tree.model);
    this.tree = { ...tree, site };
    // A record is checked against the views as they are (print's check does the same, derived.ts):
    // whatever a plain copy would change reads otherwise than the copy it was recorded from, so it
    // can fail a check, never pass one; and a rebuild that takes a page makes no copy for it.
    const checked = printTree(tree.model, [], 'json', 'check');
    Object.defineProperty(checked.derived, 'views', { value: scopeViews(tree.model, viewAsIs), enumerable: true });
    this.checked = { ...checked, site };
  }

  /** The model the page or route being made reads (traced), or undefined outside one. */
  model(): Model | undefined {
    return this.reading.getStore()?.tracer.value.model;
  }

  /**
   * A route's getStaticPaths, traced as the route's record. Its props are handed to its pages as
   * plain copies, read whole through the route's tracer: a page reads them untraced, and what
   * they hold is in the route's record, which each of its pages is taken by. Props that are not
   * plain data (a function, a Map) leave the route's pages rendered and unrecorded.
   */
  async route<T>(route: string, paths: () => Promise<T[]>): Promise<T[]> {
    if (!isCached(route)) return paths();
    const tracer = this.tracer();
    const entries = await this.reading.run({ tracer }, paths);
    let plain = true;
    const copied = entries.map((entry) => {
      const props = (entry as { props?: unknown }).props;
      const copy = props === undefined ? undefined : this.reading.run({ tracer }, () => plainCopy(props));
      if (copy === NOT_PLAIN) plain = false;
      return copy === undefined || copy === NOT_PLAIN ? entry : { ...entry, props: copy };
    });
    const key = this.routeKey(route);
    // The last build's record is checked before this build's replaces it (a second call finds its own).
    if (!this.routeSame.has(route))
      this.routeSame.set(
        route,
        plain && tracer.wrote === undefined && this.store.lookup(key, this.checked) !== undefined,
      );
    // A route not recorded must not leave an older record to be taken: one that never reads the same.
    const record = plain && tracer.wrote === undefined ? compactReads(tracer.root) : NEVER;
    this.store.store(key, { files: [`route ${route}`], audience: 'public' }, record, {}, [], [this.job.build]);
    this.routes.add(route);
    return copied;
  }

  /**
   * Copies the page from the last output into `outFile` when its record and its route's read the
   * same on this model and the last output holds the file that record's build wrote; false to render.
   */
  take(component: string, dynamic: boolean, outFile: URL): boolean {
    const rel = this.rel(outFile);
    const route = routeOf(component);
    if (rel === undefined || route === undefined || !isCached(route)) return false;
    if (dynamic && !this.routeReadsTheSame(route)) return false;
    const last = this.job.last[rel];
    if (!last) return false;
    const hit = this.store.lookup(this.pageKey(rel), this.checked);
    if (!hit || hit.notes[0] !== last[2]) return false;
    const from = path.join(this.job.lastOut, rel);
    const stat = fs.statSync(from, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== last[0] || stat.mtimeMs !== last[1]) return false;
    const to = fileURLToPath(outFile);
    const folder = path.dirname(to);
    if (!this.folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    this.folders.add(folder);
    copyAsRendered(from, to);
    this.produced[rel] = last[2];
    this.stats.taken++;
    return true;
  }

  /**
   * Renders a page (`render`, Astro's own) with its reads traced, and keeps its record at once
   * (a group's records together would outgrow the process). A page that wrote to the model is not
   * recorded: its output may depend on the pages before it.
   */
  async render<T>(component: string, outFile: URL, render: () => Promise<T>): Promise<T> {
    const route = routeOf(component);
    // A page of the whole group is rendered as before: untraced, from the model's shared views.
    if (route === undefined || !isCached(route)) return render();
    const tracer = this.tracer();
    const result = await this.reading.run({ tracer }, render);
    this.stats.rendered++;
    const rel = this.rel(outFile);
    if (rel !== undefined && tracer.wrote === undefined) {
      this.store.store(
        this.pageKey(rel),
        { files: [rel], audience: 'public' },
        compactReads(tracer.root),
        {},
        [],
        [this.job.build],
      );
      this.produced[rel] = this.job.build;
      this.recorded++;
    }
    return result;
  }

  /** Once every page is done: which build rendered each page of this output (kept-site.ts records it with the output). */
  finish(): void {
    // Records of other days' keys and of pages gone are dropped; twice this build's, so the last build's stay.
    pruneCache(this.job.dir, 2 * (this.recorded + this.stats.taken + this.routes.size) + 64);
    fs.mkdirSync(path.dirname(this.job.producedFile), { recursive: true });
    fs.writeFileSync(this.job.producedFile, JSON.stringify({ build: this.job.build, produced: this.produced }));
  }

  private tracer(): ReadTracer<PageTree> {
    const tracer = new ReadTracer(this.tree);
    const { model, derived, site } = tracer.value;
    lendDerived(model, derived);
    lendSite(model, site);
    return tracer;
  }

  /** A route whose getStaticPaths this build did not trace (it has none, or it was not found) is not. */
  private routeReadsTheSame(route: string): boolean {
    return this.routeSame.get(route) === true;
  }

  private pageKey(rel: string): string {
    return sha256(JSON.stringify([FORMAT, this.job.key, 'page', rel]));
  }

  private routeKey(route: string): string {
    return sha256(JSON.stringify([FORMAT, this.job.key, 'route', route]));
  }

  /** The page's path under the out folder, '/'-separated (undefined outside it). */
  private rel(outFile: URL): string | undefined {
    const rel = path.relative(this.outDir, fileURLToPath(outFile));
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }
}

/**
 * Role views kept made at once: a role's pages go unit by unit, and at 100× every plain role view
 * kept would hold over a gigabyte (print/cache/derived.ts); a role view dropped is made again.
 */
const ROLE_VIEWS_KEPT = 32;

/**
 * The organisation's view ('') and each unit's ('unit:ID', view-cache.ts's keys), each made when
 * first read and kept, and each role's in either ('unit:ID|role:ROLE'), the last few kept: made
 * here, outside the traces, a role page reads the clauses its role has, not every clause of its
 * unit's view that the role view was chosen from.
 */
function scopeViews(model: Model, asPlain: (view: ScopeView) => PlainView): Record<string, PlainView> {
  const out: Record<string, PlainView> = {};
  const scopes = ['', ...model.units.map((u) => `unit:${u.id}`)];
  const of = (scope: string): ScopeView => scopeView(model, scope === '' ? undefined : scope.slice('unit:'.length));
  for (const key of scopes) {
    let view: PlainView | undefined;
    const make = (): PlainView => (view ??= asPlain(of(key)));
    // Configurable: a proxy may only answer for a fixed property with the very same value.
    Object.defineProperty(out, key, { configurable: true, enumerable: true, get: make });
  }
  const kept = new Map<string, PlainView>();
  for (const scope of scopes)
    for (const role of model.roles) {
      const key = `${scope}|role:${role.id}`;
      const make = (): PlainView => {
        let view = kept.get(key);
        if (view) kept.delete(key);
        else view = asPlain(roleView(of(scope), role.id));
        kept.set(key, view);
        if (kept.size > ROLE_VIEWS_KEPT) kept.delete(kept.keys().next().value!);
        return view;
      };
      Object.defineProperty(out, key, { configurable: true, enumerable: true, get: make });
    }
  return out;
}

/** A record that no model reads the same as (a tree is an object, never this primitive). */
const NEVER = compactReads({ t: 'p', v: '\u0000never' });

const NOT_PLAIN = Symbol('not plain');

/** `value` copied as plain JSON data, or NOT_PLAIN when it holds anything else. */
function plainCopy(value: unknown): unknown {
  if (value === null || value === undefined || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : NOT_PLAIN;
  if (typeof value !== 'object') return NOT_PLAIN;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const copy = plainCopy(item);
      if (copy === NOT_PLAIN) return NOT_PLAIN;
      out.push(copy);
    }
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const copy = plainCopy(v);
    if (copy === NOT_PLAIN) return NOT_PLAIN;
    out[k] = copy;
  }
  return out;
}

/**
 * Whether a route's pages are cached: a unit's pages and the group's document pages, ~3/4 of a
 * group's pages. The others are rendered every build, untraced, as before: the group's own pages
 * (the home page, the lists of units, commitments, norms…) and the group's process, role and study
 * pages read every unit, and traced each made again for itself what an untraced build makes once
 * for all (every unit's question bank, a process chart's layout): at 10× a study page took 2.5 s
 * traced, the whole site 3 minutes instead of 20 s. A route added later is rendered until it is
 * listed here.
 */
const CACHED_ROUTES = /^\[\.\.\.lang\]\/(?:units\/\[unit\]\/|norms\/\[doc\])/;

export function isCached(route: string): boolean {
  return CACHED_ROUTES.test(route);
}

/** The page's file under src/site/pages/ (Astro names it by its path under the project). */
export function routeOf(component: string): string | undefined {
  const marker = 'src/site/pages/';
  const i = component.indexOf(marker);
  return i < 0 ? undefined : component.slice(i + marker.length);
}

/** Puts the page cache where Astro's generate.js and the pages find it; returns the function that takes it away. */
export function installPageCache(cache: PageCache): () => void {
  const shared = globalThis as { [PAGE_CACHE]?: PageCache };
  shared[PAGE_CACHE] = cache;
  return () => {
    if (shared[PAGE_CACHE] === cache) delete shared[PAGE_CACHE];
  };
}
