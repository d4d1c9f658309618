/**
 * Search quality evaluation (issue 14), for bench/search-quality.ts and search-island.test.ts:
 * runs a query set through the site's search page in Chromium and through Pagefind's default
 * page-level index of the same built site (the peer), and reports precision@1, precision@3, MRR
 * and zero-result queries per category.
 *
 * Our results are identified by their links: anchors are `<prefix>-<model id>` (README: links
 * `/norms/<doc>/#c-<id>`), pages of one item end in its id, and a link under `/units/<unit>/…`
 * is that unit's own copy. The peer returns pages, so a peer result counts when its page is one
 * that holds a target (that is all a page-level index can do).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as pagefind from 'pagefind';
import { CATEGORIES, type Category, type SearchCase } from '../search-queries/types.ts';
import { parseTarget } from '../search-queries/items.ts';

const ANCHOR = /^(c|p|r|cm|step|v|i|ph|t|w|rs|s|a|e|m|si)-(.+)$/;

export interface ResultItem {
  id: string;
  unit?: string;
  href: string;
}

/** The item a result link points at. */
export function resultItem(href: string): ResultItem {
  const url = new URL(href, 'http://x');
  const pathname = decodeURIComponent(url.pathname);
  const hash = decodeURIComponent(url.hash.slice(1));
  const segments = pathname.split('/').filter(Boolean);
  const scope = segments[0] === 'units' && segments.length > 2 ? segments[1] : undefined;
  if (hash) {
    const m = ANCHOR.exec(hash);
    if (m) return { id: m[2]!, ...(scope ? { unit: scope } : {}), href };
    return { id: `${segments.at(-1) ?? ''}#${hash}`, href };
  }
  // The home page ('') stands for the organisation: the caller knows its id.
  return { id: segments.at(-1) ?? '', ...(scope ? { unit: scope } : {}), href };
}

export function matchesTarget(item: ResultItem, target: string): boolean {
  const t = parseTarget(target);
  if (t.heading !== undefined) return item.id === `${t.id}#${t.heading}`;
  if (t.unit) return item.id === t.id && item.unit === t.unit;
  return item.id === t.id;
}

/** 1-based rank of the first result that is a target, 0 when none is. */
export function firstHit(items: ResultItem[], targets: string[]): number {
  const i = items.findIndex((it) => targets.some((t) => matchesTarget(it, t)));
  return i + 1;
}

// ------------------------------------------------------------------ the peer

/** Pagefind's default indexing of the built site's HTML, written to <dist>/<bundle>/. */
export async function writePeerIndex(dist: string, bundle = 'pagefind-peer'): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(dist, bundle) });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

function htmlFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      // The English UI repeats the same Chinese content; the peer is asked from a zh-CN page.
      if (dir === root && (e.name === 'en' || e.name.startsWith('pagefind') || e.name === '_astro')) continue;
      out.push(...htmlFiles(p, root));
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Site path ('/norms/x/') of every Chinese page holding each element id. */
export function pagesByElementId(dist: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const file of htmlFiles(dist)) {
    const rel = path.relative(dist, file).split(path.sep).join('/');
    const page = `/${rel.replace(/index\.html$/, '')}`;
    const html = fs.readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\sid="([^"]+)"/g)) {
      const id = m[1]!;
      if (!map.has(id)) map.set(id, new Set());
      map.get(id)!.add(page);
    }
    if (!map.has(`page:${page}`)) map.set(`page:${page}`, new Set([page]));
  }
  return map;
}

/** The pages that hold a target (for the page-level peer). */
export function targetPages(target: string, byId: Map<string, Set<string>>, organisationId: string): Set<string> {
  const t = parseTarget(target);
  const pages = new Set<string>();
  if (t.heading !== undefined) {
    for (const p of byId.get(t.heading) ?? []) if (p === `/pages/${t.id}/`) pages.add(p);
    return pages;
  }
  for (const prefix of ['c', 'p', 'r', 'cm', 'step', 'v', 'i', 't', 'w', 'rs', 's']) {
    for (const p of byId.get(`${prefix}-${t.id}`) ?? []) if (!t.unit || p.startsWith(`/units/${t.unit}/`)) pages.add(p);
  }
  for (const section of ['units', 'roles', 'processes', 'norms', 'pages']) {
    const p = `/${section}/${t.id}/`;
    if (byId.has(`page:${p}`)) pages.add(p);
  }
  if (t.id === organisationId) pages.add('/');
  return pages;
}

// ------------------------------------------------------------------ running the queries

export interface CaseResult {
  case: SearchCase;
  /** Result links in order (ours: items; peer: pages). */
  results: string[];
  /** 1-based rank of the first target, 0 when not listed. */
  rank: number;
}

/**
 * One more query on a search page already open: the query and filters put in the form (as an
 * address `?q=…&unit=…` fills them when the page opens) and submitted, as a reader searches
 * again; returns the result links once the status is final. A filter not named is set to 全部.
 */
export async function searchAgain(
  page: Page,
  query: string,
  filters: Readonly<Record<string, string | undefined>> = {},
): Promise<string[]> {
  // The submit handler's run sets the status to "searching…" before it awaits anything, so the
  // wait below never reads the previous query's final status.
  await page.evaluate(
    ({ query, filters }) => {
      const form = document.querySelector<HTMLFormElement>('#search-app form')!;
      form.querySelector<HTMLInputElement>('input[name="q"]')!.value = query;
      for (const s of form.querySelectorAll('select')) s.value = filters[s.name] ?? '';
      form.requestSubmit();
    },
    { query, filters },
  );
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && !status.includes('…');
  });
  return page.$$eval('ol.results a.result-link', (as) =>
    as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''),
  );
}

/**
 * Our search page, opened once for the whole set (searchAgain per query): opening it per query
 * cost ~0.6 s a query (Pagefind's runtime and meta data loaded again), a query itself ~0.05 s;
 * both list the same results (checked on the tuning and held-aside sets, 144 queries).
 */
export async function runOurs(
  page: Page,
  origin: string,
  cases: SearchCase[],
  organisationId: string,
): Promise<CaseResult[]> {
  const out: CaseResult[] = [];
  await page.goto(`${origin}/search/`);
  for (const c of cases) {
    const results = await searchAgain(page, c.query, c.filters);
    // The organisation is the home page.
    const items = results.map(resultItem).map((it) => (it.id === '' ? { ...it, id: organisationId } : it));
    out.push({ case: c, results, rank: firstHit(items, c.targets) });
  }
  return out;
}

/** The peer: Pagefind's own API and order on its default index, raw query, no filters. */
export async function runPeer(
  page: Page,
  origin: string,
  cases: SearchCase[],
  byId: Map<string, Set<string>>,
  organisationId: string,
  bundle = 'pagefind-peer',
): Promise<CaseResult[]> {
  await page.goto(`${origin}/search/`);
  // A string, so no bundler rewrites the browser-side import().
  const urls = (await page.evaluate(`(async (queries) => {
    const pf = await import('/${bundle}/pagefind.js');
    const out = [];
    for (const q of queries) {
      const res = await pf.search(q);
      out.push(await Promise.all(res.results.slice(0, 10).map(async (r) => (await r.data()).url)));
    }
    return out;
  })(${JSON.stringify(cases.map((c) => c.query))})`)) as string[][];
  return cases.map((c, i) => {
    const results = urls[i]!.map((u) => new URL(u, 'http://x').pathname);
    const pages = c.targets.map((t) => targetPages(t, byId, organisationId));
    const rank = results.findIndex((r) => pages.some((set) => set.has(r))) + 1;
    return { case: c, results, rank };
  });
}

// ------------------------------------------------------------------ figures

export interface Figures {
  n: number;
  p1: number;
  p3: number;
  mrr: number;
  zero: number;
}

export function figures(results: CaseResult[]): Figures {
  const n = results.length;
  if (n === 0) return { n: 0, p1: 0, p3: 0, mrr: 0, zero: 0 };
  return {
    n,
    p1: results.filter((r) => r.rank === 1).length / n,
    p3: results.filter((r) => r.rank >= 1 && r.rank <= 3).length / n,
    mrr: results.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / n,
    zero: results.filter((r) => r.results.length === 0).length / n,
  };
}

export function byCategory(results: CaseResult[]): Map<Category | 'all', Figures> {
  const map = new Map<Category | 'all', Figures>();
  for (const c of CATEGORIES) map.set(c, figures(results.filter((r) => r.case.category === c)));
  map.set('all', figures(results));
  return map;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** Markdown table: ours beside the peer, per category. */
export function table(ours: CaseResult[], peer: CaseResult[]): string {
  const a = byCategory(ours);
  const b = byCategory(peer);
  const rows = [
    '| category | n | p@1 | p@3 | MRR | zero | peer p@1 | peer p@3 | peer MRR | peer zero |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [cat, f] of a) {
    const g = b.get(cat)!;
    rows.push(
      `| ${cat} | ${f.n} | ${pct(f.p1)} | ${pct(f.p3)} | ${f.mrr.toFixed(2)} | ${pct(f.zero)} | ${pct(g.p1)} | ${pct(g.p3)} | ${g.mrr.toFixed(2)} | ${pct(g.zero)} |`,
    );
  }
  return rows.join('\n');
}

export async function evaluate(
  browser: Browser,
  origin: string,
  dist: string,
  cases: SearchCase[],
  organisationId: string,
): Promise<{ ours: CaseResult[]; peer: CaseResult[] }> {
  const page = await browser.newPage();
  try {
    const ours = await runOurs(page, origin, cases, organisationId);
    const peer = await runPeer(page, origin, cases, pagesByElementId(dist), organisationId);
    return { ours, peer };
  } finally {
    await page.close();
  }
}
