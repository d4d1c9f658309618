/**
 * The pages and the search index of the last build, taken again when nothing they are made from
 * has changed: `guifan build` run again on the same content and code (a CI job run twice, a build
 * after a pull that brought no content). At 100× the pages and the index are ~45 s of such a
 * rebuild, and linking them back is under a second. A template is among what the site is made
 * from: the download lists name the PDFs it plans.
 *
 * They are a function of: the model as the site's process is handed it (one JSON file, so its
 * bytes), guifan's code with the templates and public files, the lock file and patches (so Astro,
 * Vite and Pagefind's versions), the site address and base path, the content folder's MDX pages
 * (kept-bundle.ts's fixed key) and the build's local date (the study hub names the weekly
 * question of the weeks around it: study-hub-summary.ts). The key hashes them all.
 *
 * A build records the key and, once its output is in place, each file the site and the index
 * wrote with its size and modification time (the PDFs' sizes are then written into some pages,
 * which they keep). Another build with the same key links (or copies) those files from the output folder
 * into its staging folder, if every one is still there as recorded — a file edited, removed or
 * rewritten by `guifan pdf` since means a full build. The steps after the site run as always:
 * the PDFs' sizes filled in again, the service worker, model.json.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { codeVersion } from '../print/cache/code.ts';
import { fillPdfSizes, sizesShownStill } from '../print/file-sizes.ts';
import type { Model } from '../model/types.ts';
import { CACHE_FOLDER } from '../print/cache/store.ts';
import { fixedKey } from '../site/kept-bundle.ts';
import { siteState } from '../site/site-state.ts';
import type { PageCacheJob } from '../site/page-cache.ts';

/** Bumped when the record's format or what the key covers changes (2: the build that rendered each page). */
const FORMAT = 2;

interface SiteRecord {
  format: number;
  key: string;
  /** Path under the output folder ('/'-separated), size, modification time (ms). */
  files: [string, number, number][];
  /** The build that rendered each page (page-cache.ts): a page record is taken only with its own build's file. */
  pages?: Record<string, string>;
  /** The build that made this output (its pages rendered afresh are those `pages` gives it). */
  build?: string;
  /** What the pages' PDF size marks say of each file they name (file-sizes.ts), as recorded. */
  shown?: Record<string, string>;
}

/** Where the record of the output folder `outDir` is kept: beside its PDF cache, never in the published folder. */
export function siteRecordFile(outDir: string): string {
  const out = path.resolve(outDir);
  return path.join(path.dirname(out), CACHE_FOLDER, path.basename(out), 'site.json');
}

/** A calendar date in the build machine's time zone, as study-hub-summary.ts reads it. */
function localDate(now: Date): string {
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/**
 * What every page depends on besides the model (see the head of this file): the key of the page
 * cache's records (page-cache.ts), and with the model's bytes the key of the whole site.
 */
export async function pagesKey(at: { contentDir: string; baseUrl: string; now?: Date }): Promise<string> {
  const url = new URL(at.baseUrl);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  const code = await codeVersion('all');
  const fixed = fixedKey({
    codeVersion: code,
    root: siteState().root,
    pages: path.join(path.resolve(at.contentDir), 'pages'),
    site: url.origin,
    base,
  });
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, fixed, localDate(at.now ?? new Date())]))
    .digest('hex');
}

/** The key of the site and index a build makes from `modelFile` (see the head of this file). */
export async function siteOutputKey(
  modelFile: string,
  at: { contentDir: string; baseUrl: string; now?: Date },
): Promise<string> {
  const model = createHash('sha256').update(fs.readFileSync(modelFile)).digest('hex');
  return createHash('sha256')
    .update(JSON.stringify([await pagesKey(at), model]))
    .digest('hex');
}

function readRecord(file: string): SiteRecord | undefined {
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteRecord;
    return record.format === FORMAT && Array.isArray(record.files) ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Copies the last build's pages and index from `outDir` into `staging` when its record has this
 * key and every file is as recorded; returns whether it did (nothing is copied otherwise).
 */
function takeKeptSite(record: SiteRecord | undefined, key: string, outDir: string, staging: string): boolean {
  if (record?.key !== key || record.files.length === 0) return false;
  for (const [rel, size, mtimeMs] of record.files) {
    const stat = fs.statSync(path.join(outDir, rel), { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== size || stat.mtimeMs !== mtimeMs) return false;
  }
  const made = new Set<string>();
  let link = true;
  for (const [rel] of record.files) {
    const to = path.join(staging, rel);
    const dir = path.dirname(to);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    // A link, not a copy (at 100×, ~700 MB copied and the old tree's blocks freed cost seconds):
    // the previous output stays as it was should this build fail, since nothing after the site
    // writes into a page in place (fillPdfSizes writes a whole new file and renames it over,
    // atomic.ts's marker, model.json and the service worker are files of their own). Another
    // disk or a file system without links: copied.
    if (link)
      try {
        fs.linkSync(path.join(outDir, rel), to);
        continue;
      } catch {
        link = false;
      }
    fs.copyFileSync(path.join(outDir, rel), to, fs.constants.COPYFILE_FICLONE);
  }
  return true;
}

/** Every file under `dir`, '/'-separated and relative to it, in a stable order. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else if (entry.isFile()) out.push(r);
    }
  };
  walk('');
  return out;
}

/** Records, once the output is in place, the site's and the index's files as they now are in `outDir`. */
function recordSite(
  recordFile: string,
  key: string,
  outDir: string,
  files: readonly string[],
  shown: Record<string, string> | undefined,
): void {
  const record: SiteRecord = { format: FORMAT, key, files: [], ...(shown ? { shown } : {}) };
  const pages = renderedBy(key);
  if (pages) record.pages = pages;
  if (thisBuild?.key === key && thisBuild.job) record.build = thisBuild.job.build;
  for (const rel of files) {
    const stat = fs.statSync(path.join(outDir, rel), { throwIfNoEntry: false });
    // Gone already (a later step removed it): no record, so the next build makes the site.
    if (!stat?.isFile()) {
      fs.rmSync(recordFile, { force: true });
      return;
    }
    record.files.push([rel, stat.size, stat.mtimeMs]);
  }
  fs.mkdirSync(path.dirname(recordFile), { recursive: true });
  const tmp = `${recordFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(record));
  fs.renameSync(tmp, recordFile);
}

/** What a build leaves for the next: its key and the files its site and index wrote (none: a build without the site, or a slice). */
export interface KeptSite {
  key: string;
  files: string[];
  /** What the pages' PDF size marks say once filled (file-sizes.ts); none: unknown. */
  shown?: Record<string, string>;
}

/**
 * Once the output is in place at `outPath`: the record of its site for the next build, or none
 * when this build made no whole site (without the site, or a slice: the next makes it).
 */
export function leaveSiteRecord(outDir: string, outPath: string, kept: KeptSite | undefined): void {
  const file = siteRecordFile(outDir);
  if (kept) recordSite(file, kept.key, outPath, kept.files, kept.shown);
  else fs.rmSync(file, { force: true });
}

/**
 * Fills the pages' PDF size marks from the PDFs placed in `staging` (file-sizes.ts), unless the
 * pages were taken (`shown`: what their marks said) and every mark would stay as it is — at 100×
 * reading the 1,368 pages with marks cost seconds; notes in `record` what the
 * marks now say, for the next build.
 */
export function fillSizes(
  staging: string,
  model: () => Model,
  shown: Record<string, string> | undefined,
  record: KeptSite | undefined,
): void {
  if (shown && sizesShownStill(staging, shown)) {
    if (record) record.shown = shown;
    return;
  }
  const now: Record<string, string> = {};
  fillPdfSizes(staging, model(), now);
  if (record) record.shown = now;
}

/** This build's site key, and whether the last build's pages and index were copied into `staging`. */
export async function keepSite(at: {
  modelFile: string;
  contentDir: string;
  baseUrl: string;
  outDir: string;
  outPath: string;
  staging: string;
}): Promise<{ key: string; reused: boolean; shown?: Record<string, string> }> {
  const key = await siteOutputKey(at.modelFile, at);
  const recordFile = siteRecordFile(at.outDir);
  const last = readRecord(recordFile);
  const reused = takeKeptSite(last, key, at.outPath, at.staging);
  if (reused) {
    thisBuild = { key, pages: last?.pages };
    // The pages taken say what the last build's size marks said (its record, of this key).
    return last?.shown ? { key, reused, shown: last.shown } : { key, reused };
  }
  // Off unless GUIFAN_PAGE_CACHE=1 (page-cache.ts): at 100× a one-clause rebuild with it takes
  // nearly every page and is still no faster (checking records, the group's own pages, garbage
  // collection), and a build that renders every page traced (the first, or any after a change of
  // code or of day) costs about 1.7 times one without.
  if (process.env.GUIFAN_PAGE_CACHE !== '1') thisBuild = { key };
  else {
    const job = pageCacheJob(at.outDir, at.outPath, await pagesKey(at), last);
    thisBuild = { key, job, staging: path.resolve(at.staging) };
  }
  return { key, reused };
}

/**
 * The build in progress in this process (one at a time: the site build's lock): its site key, and
 * either the pages the last build rendered (the site taken whole) or its page cache's job, which
 * site-process.ts hands the site's process with the staging folder's job.
 */
let thisBuild: { key: string; pages?: Record<string, string>; job?: PageCacheJob; staging?: string } | undefined;

/** The page cache's job of the site build into `staging` (undefined: none, every page is rendered). */
export function pageCacheJobFor(staging: string): PageCacheJob | undefined {
  return thisBuild?.staging === path.resolve(staging) ? thisBuild.job : undefined;
}

function pageCacheJob(outDir: string, outPath: string, key: string, last: SiteRecord | undefined): PageCacheJob {
  const dir = path.join(path.dirname(siteRecordFile(outDir)), 'pages');
  // What an earlier build that failed left (this one writes its own).
  const left = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  for (const name of left.filter((n) => n.startsWith('rendered-'))) fs.rmSync(path.join(dir, name), { force: true });
  const build = randomUUID();
  const pages: PageCacheJob['last'] = {};
  if (last?.pages)
    for (const [rel, size, mtimeMs] of last.files) {
      const by = last.pages[rel];
      if (by !== undefined) pages[rel] = [size, mtimeMs, by];
    }
  return { dir, lastOut: outPath, key, build, last: pages, producedFile: path.join(dir, `rendered-${build}.json`) };
}

/** Which build rendered each page of the output being recorded under `key` (none when unknown). */
function renderedBy(key: string): Record<string, string> | undefined {
  const build = thisBuild;
  if (build?.key !== key) return undefined;
  if (!build.job) return build.pages;
  try {
    const text = fs.readFileSync(build.job.producedFile, 'utf8');
    fs.rmSync(build.job.producedFile, { force: true });
    const produced = JSON.parse(text) as { build?: string; produced?: Record<string, string> };
    return produced.build === build.job.build ? produced.produced : undefined;
  } catch {
    return undefined;
  }
}
