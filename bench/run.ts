/**
 * `npm run bench`: builds the example and synthetic organisations, measures them, prints a
 * table with the targets of issue 6 next to the figures, and writes bench/results/<name>.json.
 *
 *   npm run bench                                   everything, 3 runs each
 *   npm run bench -- --runs 1 --scales 1,10         quicker
 *   npm run bench -- --sections peer,regen          only some sections
 *   (to measure a fixed commit while others edit the tree: bench/snapshot.sh)
 *   options: --runs N  --runs-large N (100× and above)  --scales LIST  --sections LIST
 *            --name NAME (results file, default "latest")  --query 投诉  --keep (keep the work dir)
 *            --site DIR (study, board: measure this built example instead of building one)
 *   GUIFAN_BENCH_WORK: the work dir (default $TMPDIR/guifan-bench; removed at the end unless --keep)
 *
 * Sections: example (phases of the example's full build), synthetic (1×/10×/100× builds, sizes,
 * search bytes in Chromium), peer (guifan's PDFs against Chromium's page.pdf() of the same
 * content), regen (one poster after a hotline change, CLI and in-process), study (the example's
 * practice quizzes over Slow 4G, cold cache, gzip: first question on screen), board (the QR page's
 * first contentful paint over Slow 4G with the CPU slowed 4×, cold cache, gzip).
 * Every build runs in its own process (bench/child-build.ts) under /usr/bin/time.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { ChildResult } from './child-build.ts';
import {
  chromiumPrint,
  chromiumPrintConcatenated,
  measureSearch,
  measureSlowPaint,
  measureSlowPractice,
  measureSlowSearch,
  type SearchCost,
  type SlowPaint,
  type SlowPractice,
  type SlowSearch,
} from './lib/browser.ts';
import { treeSize, type TreeSize } from './lib/files.ts';
import { compareTrees, type TreeComparison } from './lib/same-tree.ts';
import { cacheDirFor } from '../src/print/cache/store.ts';
import { describeMachine, type Machine } from './lib/machine.ts';
import { launchChromium } from '../test/support/browser.ts';
import { pdftotext } from '../test/support/pdf.ts';
import { serveStatic } from '../test/support/server.ts';
import { bytes, seconds, stat, statOf, type Stat } from './lib/stats.ts';
import { generateOrganisation, type SyntheticSummary } from './synthetic.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = path.join(ROOT, 'bench', 'results');
const TIME_BIN = '/usr/bin/time';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'runs-large': { type: 'string' },
    scales: { type: 'string', default: '1,10,100' },
    sections: { type: 'string', default: 'example,synthetic,peer,regen,study,board' },
    name: { type: 'string', default: 'latest' },
    query: { type: 'string', default: '投诉' },
    'second-query': { type: 'string', default: '唱收唱付' },
    unit: { type: 'string', default: 'power-city-hall' },
    keep: { type: 'boolean', default: false },
    site: { type: 'string' },
  },
});
const RUNS = Number(opts.runs);
const RUNS_LARGE = Number(opts['runs-large'] ?? opts.runs);
const SCALES = opts.scales.split(',').map(Number);
const SECTIONS = new Set(opts.sections.split(','));
const UNIT = opts.unit;
const WORK = process.env.GUIFAN_BENCH_WORK
  ? path.resolve(process.env.GUIFAN_BENCH_WORK)
  : path.join(os.tmpdir(), 'guifan-bench');

// ------------------------------------------------------------------ child builds

interface ChildRun {
  /** Wall time of the whole process as the parent saw it (start-up, imports, build, exit). */
  wallMs: number;
  /** Peak RSS of the largest process in the tree (node itself, or Pagefind's binary), from /usr/bin/time. */
  maxRssKb?: number;
  cpuMs?: number;
  loadAverage: number;
  child: ChildResult;
}

function timeCommand(
  args: string[],
  logFile: string,
): { wallMs: number; maxRssKb?: number; cpuMs?: number; status: number } {
  const timeFile = `${logFile}.time`;
  const useTime = existsSync(TIME_BIN);
  const [cmd, ...rest] = useTime ? [TIME_BIN, '-o', timeFile, '-f', '%e %U %S %M', ...args] : args;
  const t0 = performance.now();
  const res = spawnSync(cmd!, rest, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const wallMs = performance.now() - t0;
  writeFileSync(logFile, `${res.stdout?.toString() ?? ''}\n${res.stderr?.toString() ?? ''}`);
  if (!useTime) return { wallMs, status: res.status ?? 1 };
  const [, user, sys, rss] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { wallMs, maxRssKb: rss, cpuMs: ((user ?? 0) + (sys ?? 0)) * 1000, status: res.status ?? 1 };
}

function childBuild(content: string, out: string, tag: string, flags: string[] = []): ChildRun {
  mkdirSync(path.join(WORK, 'logs'), { recursive: true });
  const resultFile = path.join(WORK, 'logs', `${tag}.json`);
  rmSync(resultFile, { force: true });
  const loadAverage = os.loadavg()[0]!;
  const t = timeCommand(
    [process.execPath, '--import', 'tsx', 'bench/child-build.ts', content, out, resultFile, ...flags],
    path.join(WORK, 'logs', `${tag}.log`),
  );
  if (!existsSync(resultFile))
    throw new Error(`build ${tag} failed (status ${t.status}); see ${path.join(WORK, 'logs', `${tag}.log`)}`);
  const child = JSON.parse(readFileSync(resultFile, 'utf8')) as ChildResult;
  if (child.errors.length) console.error(`  ${tag}: ${child.errors.join('; ')}`);
  // A wait for another build's lock is not build time (it is reported separately).
  return {
    wallMs: t.wallMs - (child.lockWaitMs ?? 0),
    ...(t.maxRssKb !== undefined ? { maxRssKb: t.maxRssKb } : {}),
    ...(t.cpuMs !== undefined ? { cpuMs: t.cpuMs } : {}),
    loadAverage,
    child,
  };
}

interface BuildStats {
  runs: number;
  wall: Stat;
  cpu?: Stat;
  load: Stat;
  site?: Stat;
  pages?: Stat;
  index?: Stat;
  pdf?: Stat;
  startup: Stat;
  /** Largest single process (/usr/bin/time %M): Node, the site's child process or Pagefind's binary. */
  maxRssKb: number;
  nodeMaxRssKb: number;
  /** Peak of the sum over the whole process tree (site child + PDF workers + Pagefind running at once). */
  treeRssKb: number;
  /** Whether the build ran from the precompiled CLI bundle (as `guifan build` does after npm install). */
  fromBundle: boolean;
  /** For each run: whether the site took the last build's server and browser bundles (src/site/kept-bundle.ts). */
  bundlesReused: boolean[];
  /** Each run's wall time, in order. */
  wallsMs: number[];
  loadAverages: number[];
  /** Waits for another build's lock, per run (already taken out of every time above). */
  lockWaitsMs: number[];
  errors: string[];
}

function buildStats(runs: ChildRun[]): BuildStats {
  const sOf = (f: (r: ChildRun) => number | undefined): Stat | undefined => statOf(runs, f);
  return {
    runs: runs.length,
    wall: stat(runs.map((r) => r.wallMs)),
    ...(sOf((r) => r.cpuMs) ? { cpu: sOf((r) => r.cpuMs)! } : {}),
    load: stat(runs.map((r) => r.child.loadMs)),
    ...(sOf((r) => r.child.siteMs) ? { site: sOf((r) => r.child.siteMs)! } : {}),
    ...(sOf((r) => r.child.pagesMs) ? { pages: sOf((r) => r.child.pagesMs)! } : {}),
    ...(sOf((r) => r.child.indexMs) ? { index: sOf((r) => r.child.indexMs)! } : {}),
    ...(sOf((r) => r.child.pdfMs) ? { pdf: sOf((r) => r.child.pdfMs)! } : {}),
    startup: stat(runs.map((r) => r.wallMs - r.child.buildMs)),
    maxRssKb: Math.max(...runs.map((r) => r.maxRssKb ?? r.child.maxRssKb)),
    nodeMaxRssKb: Math.max(...runs.map((r) => r.child.maxRssKb)),
    treeRssKb: Math.max(...runs.map((r) => Math.max(r.child.treeRssKb ?? 0, r.maxRssKb ?? r.child.maxRssKb))),
    fromBundle: runs.every((r) => r.child.fromBundle === true),
    bundlesReused: runs.map((r) => r.child.siteBundlesReused === true),
    wallsMs: runs.map((r) => Math.round(r.wallMs)),
    loadAverages: runs.map((r) => Math.round(r.loadAverage * 100) / 100),
    lockWaitsMs: runs.map((r) => Math.round(r.child.lockWaitMs ?? 0)),
    errors: [...new Set(runs.flatMap((r) => r.child.errors))],
  };
}

// ------------------------------------------------------------------ sections

/** Rebuilds into the same out folder, kept as the full builds before them left it, with their PDF cache (as a person's second build). */
interface Rebuilds {
  /** Nothing changed since the last build. */
  unchanged: ChildRun;
  /** One clause's text edited (editOneClause). */
  oneClause: ChildRun;
  /** The clause edited: file and line. */
  edited: string;
  /** The one-clause rebuild's output (site and staff folder) against a clean build of the edited content. */
  sameAsClean?: TreeComparison;
}

interface ExampleSection {
  build: BuildStats;
  rebuilds: Rebuilds;
  dist: TreeSize;
  searchIndex: TreeSize;
  print: TreeSize;
}

async function exampleSection(): Promise<ExampleSection> {
  const out = path.join(WORK, 'example-dist');
  // A copy of the example: the one-clause rebuild edits it.
  const content = path.join(WORK, 'example-content');
  rmSync(content, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const runs: ChildRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    console.error(`example build ${i + 1}/${RUNS}…`);
    runs.push(childBuild(content, out, `example-${i + 1}`));
  }
  const sizes = {
    dist: treeSize(out),
    searchIndex: treeSize(path.join(out, 'pagefind')),
    print: treeSize(path.join(out, 'print')),
  };
  return { build: buildStats(runs), rebuilds: rebuilds(content, out, 'example'), ...sizes };
}

/** After the full builds: a rebuild with nothing changed, then one with one clause's text edited (the out folder and the PDF cache kept). */
function rebuilds(content: string, out: string, tag: string): Rebuilds {
  console.error(`${tag}: rebuild, nothing changed…`);
  const unchanged = childBuild(content, out, `${tag}-rebuild-unchanged`, ['--warm']);
  // The clean build to compare with starts from the same previous version (the output's
  // model.json, which the version step compares with) and no cache of any kind.
  const clean = `${out}-clean`;
  for (const dir of [clean, `${clean}-staff`, path.dirname(cacheDirFor(clean))])
    rmSync(dir, { recursive: true, force: true });
  mkdirSync(clean, { recursive: true });
  copyFileSync(path.join(out, 'model.json'), path.join(clean, 'model.json'));
  const edited = editOneClause(content);
  console.error(`${tag}: rebuild after one clause edited (${edited})…`);
  const oneClause = childBuild(content, out, `${tag}-rebuild-one-clause`, ['--warm']);
  console.error(`${tag}: a clean build of the edited content, to compare the rebuild with…`);
  childBuild(content, clean, `${tag}-clean-after-edit`, ['--warm']);
  const site = compareTrees(out, clean);
  const staff = existsSync(`${out}-staff`)
    ? compareTrees(`${out}-staff`, `${clean}-staff`)
    : { files: 0, differing: [] };
  const sameAsClean = {
    files: site.files + staff.files,
    differing: [...site.differing, ...staff.differing.map((f) => `staff/${f}`)],
  };
  for (const dir of [clean, `${clean}-staff`, path.dirname(cacheDirFor(clean))])
    rmSync(dir, { recursive: true, force: true });
  return { unchanged, oneClause, edited, sameAsClean };
}

/** Edits the text of the first clause of the first norms file (what a person fixing a typo does); returns file:line. */
function editOneClause(content: string): string {
  const dir = path.join(content, 'norms');
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const file = path.join(dir, name);
    const lines = readFileSync(file, 'utf8').split('\n');
    const i = lines.findIndex((l) => /^\s+text: [^>|'"].*。$/.test(l));
    if (i < 0) continue;
    lines[i] = lines[i]!.replace(/。$/, '，并做好记录。');
    writeFileSync(file, lines.join('\n'));
    return `norms/${name}:${i + 1}`;
  }
  throw new Error(`no clause text to edit under ${dir}`);
}

interface ScaleResult {
  scale: number;
  content: SyntheticSummary & { clauses: number };
  build: BuildStats;
  dist: TreeSize;
  searchIndex: TreeSize;
  print: TreeSize;
  search?: SearchCost;
  /** The first query over DevTools' Slow 4G, the site served with gzip, cold cache. */
  slowSearch?: SlowSearch;
  searchError?: string;
  /** Rebuilds with the PDF cache (scales from 10×). */
  rebuilds?: Rebuilds;
}

async function syntheticSection(exampleClauses: number): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  for (const scale of SCALES) {
    const contentDir = path.join(WORK, `synthetic-${scale}x`);
    const out = path.join(WORK, `synthetic-${scale}x-dist`);
    const summary = generateOrganisation(contentDir, scale, 1);
    const runs: ChildRun[] = [];
    const n = scale >= 100 ? RUNS_LARGE : RUNS;
    for (let i = 0; i < n; i++) {
      console.error(`synthetic ${scale}× build ${i + 1}/${n}…`);
      runs.push(childBuild(contentDir, out, `synthetic-${scale}x-${i + 1}`));
    }
    const result: ScaleResult = {
      scale,
      content: { ...summary, clauses: exampleClauses * scale },
      build: buildStats(runs),
      dist: treeSize(out),
      searchIndex: existsSync(path.join(out, 'pagefind'))
        ? treeSize(path.join(out, 'pagefind'))
        : { bytes: 0, files: 0 },
      print: existsSync(path.join(out, 'print')) ? treeSize(path.join(out, 'print')) : { bytes: 0, files: 0 },
    };
    // The rebuilds come after the sizes (the edit changes the output) and before the search
    // measures, which read the output as rebuilt (the same pages, one clause's words changed).
    if (scale >= 10) result.rebuilds = rebuilds(contentDir, out, `synthetic-${scale}x`);
    try {
      console.error(`synthetic ${scale}× search in Chromium…`);
      const served = await serveStatic(out);
      const browser = await launchChromium();
      try {
        result.search = await measureSearch(browser, served.origin, '/', opts.query, opts['second-query']);
        const gzipped = await serveStatic(out, { gzip: true });
        try {
          result.slowSearch = await measureSlowSearch(browser, gzipped.origin, '/', opts.query);
        } finally {
          await gzipped.close();
        }
      } finally {
        await browser.close();
        await served.close();
      }
    } catch (e) {
      result.searchError = (e as Error).message;
      console.error(`  search measurement failed: ${result.searchError}`);
    }
    results.push(result);
  }
  return results;
}

interface PrintComparison {
  what: string;
  /** firstMs: the untimed warm-up run (a process's first print: its JIT still cold), for the record. */
  guifan: { ms: Stat; cpuMs: Stat; bytes: number; pages: number; file: string; firstMs?: number };
  chromium: { ms: Stat; bytes: number; pages: number; url: string };
  /** Chromium time ÷ guifan time (how many times faster guifan is). */
  speedup: number;
  /** guifan size ÷ Chromium size. */
  sizeRatio: number;
}

interface PeerSection {
  chromiumLaunchMs: Stat;
  poster: PrintComparison;
  handbook: PrintComparison;
  note: string;
}

async function pageCount(file: Buffer | Uint8Array): Promise<number> {
  return (await PDFDocument.load(file, { updateMetadata: false })).getPageCount();
}

async function peerSection(): Promise<PeerSection> {
  const { loadModelOrThrow } = await import('../src/model/index.ts');
  const { buildPrint } = await import('../src/print/index.ts');
  const { FontCache } = await import('../src/print/fonts.ts');
  const model = await loadModelOrThrow(path.join(ROOT, 'content'));
  const dist = path.join(WORK, 'example-dist');
  if (!existsSync(path.join(dist, 'index.html')))
    childBuild(path.join(ROOT, 'content'), dist, 'peer-site', ['--no-pdf']);
  const peerDir = path.join(WORK, 'peer');
  rmSync(peerDir, { recursive: true, force: true });
  mkdirSync(peerDir, { recursive: true });

  const { forgetParsedTemplates } = await import('../src/print/templates.ts');
  const { forgetQrSymbols } = await import('../src/print/qr.ts');
  // guifan, in-process, a fresh font cache, templates and QR symbols each time: what one
  // `guifan pdf --only` call does after loading (the process-wide caches serve watch mode).
  // One untimed warm-up run first, on both sides: Chromium's layout and PDF code is compiled C++,
  // guifan's is JavaScript that V8 compiles while it runs; the cold first run is kept for the record
  // (and the whole cold process is what section 4 times).
  const guifan = async (only: string, file: string): Promise<PrintComparison['guifan']> => {
    const times: number[] = [];
    const cpus: number[] = [];
    let firstMs = 0;
    for (let i = -1; i < RUNS; i++) {
      forgetParsedTemplates();
      forgetQrSymbols();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await buildPrint(model, peerDir, { only, fonts: new FontCache() });
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (i < 0) {
        firstMs = t;
        continue;
      }
      times.push(t);
      cpus.push((c.user + c.system) / 1000);
    }
    const abs = path.join(peerDir, 'print', file);
    const buf = readFileSync(abs);
    return {
      ms: stat(times),
      cpuMs: stat(cpus),
      bytes: buf.length,
      pages: await pageCount(buf),
      file: path.basename(abs),
      firstMs,
    };
  };
  console.error('peer: guifan poster and handbook…');
  const gPoster = await guifan(`poster:${UNIT}`, `poster-${UNIT}.pdf`);
  const gHandbook = await guifan('handbook:all', 'handbook-all.pdf');

  const served = await serveStatic(dist);
  const launches: number[] = [];
  const cPoster: number[] = [];
  const cHandbook: number[] = [];
  let posterPdf: Buffer = Buffer.alloc(0);
  let handbookPdf: Buffer = Buffer.alloc(0);
  const base = served.origin;
  const posterUrl = `${base}/units/${UNIT}/commitments/`;
  const handbookUrls = [
    ...model.documents.map((d) => `${base}/norms/${d.id}/`),
    `${base}/etiquette/`,
    ...model.processes.map((p) => `${base}/processes/${p.id}/`),
    `${base}/assessment/`,
  ];
  try {
    for (let i = 0; i < RUNS; i++) {
      console.error(`peer: Chromium run ${i + 1}/${RUNS}…`);
      const t0 = performance.now();
      const browser = await launchChromium();
      launches.push(performance.now() - t0);
      try {
        // Warm-up: print another page of the site untimed, so the renderer is running (the
        // poster page itself is not in the browser's cache).
        await chromiumPrint(browser, `${base}/units/`, 'A3');
        const p = await chromiumPrint(browser, posterUrl, 'A3');
        cPoster.push(p.ms);
        posterPdf = p.pdf;
        const h = await chromiumPrintConcatenated(browser, handbookUrls, 'A5');
        cHandbook.push(h.ms);
        handbookPdf = h.pdf;
      } finally {
        await browser.close();
      }
    }
  } finally {
    await served.close();
  }
  writeFileSync(path.join(peerDir, 'chromium-poster.pdf'), posterPdf);
  writeFileSync(path.join(peerDir, 'chromium-handbook.pdf'), handbookPdf);
  const compare = async (
    what: string,
    g: PrintComparison['guifan'],
    times: number[],
    pdf: Buffer,
    url: string,
  ): Promise<PrintComparison> => {
    const ms = stat(times);
    return {
      what,
      guifan: g,
      chromium: { ms, bytes: pdf.length, pages: await pageCount(pdf), url: url.replace(base, '') },
      speedup: ms.median / g.ms.median,
      sizeRatio: g.bytes / pdf.length,
    };
  };
  return {
    chromiumLaunchMs: stat(launches),
    poster: await compare(`commitments poster, ${UNIT}, A3`, gPoster, cPoster, posterPdf, posterUrl),
    handbook: await compare(
      'complete handbook, A5',
      gHandbook,
      cHandbook,
      handbookPdf,
      `${handbookUrls.length} pages concatenated: norms, etiquette, processes, assessment`,
    ),
    note: 'guifan: in-process buildPrint with a fresh font cache, templates and QR symbols per run (model already loaded), after one untimed warm-up run. Chromium: a fresh browser per run (launch listed separately) that has printed another page of the site untimed; time = open the page + page.pdf().',
  };
}

interface RegenSection {
  unit: string;
  cli: { wall: Stat; cpu?: Stat; maxRssKb?: number };
  inProcessColdFonts: Stat;
  inProcessWarmFonts: Stat;
  verified: boolean;
}

async function regenSection(): Promise<RegenSection> {
  const { loadModelOrThrow } = await import('../src/model/index.ts');
  const { buildPrint } = await import('../src/print/index.ts');
  const { FontCache } = await import('../src/print/fonts.ts');
  const dir = path.join(WORK, 'regen-content');
  const out = path.join(WORK, 'regen-dist');
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
  const unitFile = path.join(dir, 'units', `${UNIT}.yaml`);
  let counter = 0;
  const changeHotline = (): string => {
    counter++;
    const number = `0791-8670${String(1000 + counter).slice(-4)}`;
    const text = readFileSync(unitFile, 'utf8');
    if (!/^ {2}supervision: .*$/m.test(text)) throw new Error(`${unitFile} has no supervision hotline to change`);
    writeFileSync(unitFile, text.replace(/^ {2}supervision: .*$/m, `  supervision: ${number}`));
    return number;
  };

  let verified = true;
  const cliWall: number[] = [];
  const cliCpu: number[] = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const number = changeHotline();
    const t = timeCommand(
      [process.execPath, 'src/cli/bin.mjs', 'pdf', '--content', dir, '--out', out, '--only', `poster:${UNIT}`],
      path.join(WORK, 'logs', `regen-cli-${i + 1}.log`),
    );
    if (t.status !== 0) throw new Error(`guifan pdf failed; see ${path.join(WORK, 'logs', `regen-cli-${i + 1}.log`)}`);
    cliWall.push(t.wallMs);
    if (t.cpuMs !== undefined) cliCpu.push(t.cpuMs);
    rss = Math.max(rss, t.maxRssKb ?? 0);
    if (!pdftotext(path.join(out, 'print', `poster-${UNIT}.pdf`)).includes(number)) verified = false;
  }
  const { forgetParsedTemplates } = await import('../src/print/templates.ts');
  const { forgetQrSymbols } = await import('../src/print/qr.ts');
  // Without a shared font cache, as a fresh process would: templates and QR symbols too.
  const inProcess = async (shared?: InstanceType<typeof FontCache>): Promise<Stat> => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const number = changeHotline();
      if (!shared) {
        forgetParsedTemplates();
        forgetQrSymbols();
      }
      const t0 = performance.now();
      const model = await loadModelOrThrow(dir);
      await buildPrint(model, out, { only: `poster:${UNIT}`, fonts: shared ?? new FontCache() });
      times.push(performance.now() - t0);
      if (!pdftotext(path.join(out, 'print', `poster-${UNIT}.pdf`)).includes(number)) verified = false;
    }
    return stat(times);
  };
  const cold = await inProcess();
  const warmFonts = new FontCache();
  await buildPrint(await loadModelOrThrow(dir), out, { only: `poster:${UNIT}`, fonts: warmFonts });
  const warm = await inProcess(warmFonts);
  return {
    unit: UNIT,
    cli: { wall: stat(cliWall), ...(cliCpu.length ? { cpu: stat(cliCpu) } : {}), ...(rss ? { maxRssKb: rss } : {}) },
    inProcessColdFonts: cold,
    inProcessWarmFonts: warm,
    verified,
  };
}

// ------------------------------------------------------------------ targets and table

interface TargetCheck {
  target: string;
  figure: string;
  met: boolean | undefined;
  /** The same figure in CPU time (user + sys), where one exists: what an otherwise idle machine would roughly see for single-threaded work. */
  cpuFigure?: string;
  metOnCpu?: boolean;
}

interface Results {
  name: string;
  date: string;
  /** The commit measured (GUIFAN_BENCH_COMMIT when run from an exported snapshot, else HEAD). */
  commit?: string;
  machine: Machine;
  runs: number;
  runsLarge: number;
  query: string;
  example?: ExampleSection;
  synthetic?: ScaleResult[];
  peer?: PeerSection;
  regen?: RegenSection;
  /** The example's practice quizzes on a phone network (issue 16). */
  study?: SlowPractice[];
  /** The QR page's first paint on a phone network (issue 16), and a content page's beside it. */
  board?: SlowPaint[];
  /** When each section was measured: a partial run (--sections) keeps the other sections of the previous file. */
  measured: Record<string, string>;
  targets: TargetCheck[];
}

/** Each run's site bundles, reused or made, with its wall time (the first build of a content folder makes them). */
function bundleRuns(b: BuildStats): string {
  if (!b.bundlesReused?.length) return '—';
  return b.bundlesReused
    .map(
      (reused, i) =>
        `${reused ? 'reused' : 'made'}${b.wallsMs?.[i] !== undefined ? ` (${seconds(b.wallsMs[i]!)})` : ''}`,
    )
    .join(', ');
}

/** A rebuild's wall and CPU time and how many PDFs the cache gave back. */
function rebuildCell(run: ChildRun): string {
  const cpu = run.cpuMs !== undefined ? seconds(run.cpuMs) : '—';
  const pdfs = run.child.pdfCache ? `${run.child.pdfCache.reused}/${run.child.pdfCache.made}` : '—';
  const bundles = run.child.siteReused
    ? '; pages and index reused'
    : run.child.siteBundlesReused === undefined
      ? ''
      : run.child.siteBundlesReused
        ? '; bundles reused'
        : '; bundles made';
  return `${seconds(run.wallMs)}; ${cpu}; ${pdfs}${bundles}`;
}

/** The one-clause rebuild against a clean build of the edited content: identical, or which files differ. */
function sameAsCleanCell(r: Rebuilds): string {
  const c = r.sameAsClean;
  if (!c) return '—';
  if (c.differing.length === 0) return `identical (${c.files} files)`;
  const shown = c.differing.slice(0, 5).join(', ');
  return `**${c.differing.length} of ${c.files} files differ**: ${shown}${c.differing.length > 5 ? ', …' : ''}`;
}

function targetsOf(r: Results): TargetCheck[] {
  const t: TargetCheck[] = [];
  if (r.example) {
    const w = r.example.build.wall.median;
    const c = r.example.build.cpu?.median;
    t.push({
      target: 'example full build ≤ 10 s (2 cores, PDF cache empty)',
      figure: seconds(w),
      met: w <= 10_000,
      ...(c !== undefined ? { cpuFigure: seconds(c), metOnCpu: c <= 10_000 } : {}),
    });
    const e = r.example.rebuilds.oneClause;
    t.push({
      target: 'example rebuild after one clause edited ≤ 10 s',
      figure: seconds(e.wallMs),
      met: e.wallMs <= 10_000,
      ...(e.cpuMs !== undefined ? { cpuFigure: seconds(e.cpuMs), metOnCpu: e.cpuMs <= 10_000 } : {}),
    });
  }
  const big = r.synthetic?.find((s) => s.scale === 100);
  if (big) {
    const c = big.build.cpu?.median;
    t.push({
      target: '100× full build ≤ 45 s',
      figure: seconds(big.build.wall.median),
      met: big.build.wall.median <= 45_000,
      ...(c !== undefined ? { cpuFigure: seconds(c), metOnCpu: c <= 45_000 } : {}),
    });
    t.push({
      target: '100× peak RSS ≤ 2 GB (whole process tree)',
      figure: bytes(big.build.treeRssKb * 1024),
      met: big.build.treeRssKb * 1024 <= 2 * 1024 ** 3,
    });
    t.push({
      target: '100× peak RSS ≤ 1.2 GB (largest process)',
      figure: bytes(big.build.maxRssKb * 1024),
      met: big.build.maxRssKb * 1024 <= 1.2 * 1024 ** 3,
    });
    const e = big.rebuilds?.oneClause;
    if (e)
      t.push({
        target: '100× rebuild after one clause edited ≤ 15 s, output identical to a clean build',
        figure: `${seconds(e.wallMs)}${big.rebuilds?.sameAsClean?.differing.length ? `; ${big.rebuilds.sameAsClean.differing.length} files differ` : ''}`,
        met: e.wallMs <= 15_000 && big.rebuilds?.sameAsClean?.differing.length === 0,
        ...(e.cpuMs !== undefined ? { cpuFigure: seconds(e.cpuMs), metOnCpu: e.cpuMs <= 15_000 } : {}),
      });
    const q = big.search?.firstQuery.bytes;
    t.push({
      target: 'first search query ≤ 300 KB at 100×',
      figure: bytes(q),
      met: q === undefined ? undefined : q <= 300 * 1024,
    });
    const slow = big.slowSearch?.idleMs;
    t.push({
      target: 'first results ≤ 2 s on Slow 4G at 100× (query typed once the page is idle)',
      figure: slow === undefined ? '—' : seconds(slow),
      met: slow === undefined ? undefined : slow <= 2000,
    });
  }
  if (r.peer) {
    const p = r.peer.poster;
    t.push({ target: 'poster ≥ 10× faster than Chromium', figure: `${p.speedup.toFixed(1)}×`, met: p.speedup >= 10 });
    t.push({
      target: 'poster ≤ ½ the size of Chromium’s',
      figure: `${p.sizeRatio.toFixed(2)}`,
      met: p.sizeRatio <= 0.5,
    });
  }
  if (r.regen) {
    const c = r.regen.cli.cpu?.median;
    t.push({
      target: 'one-poster regeneration ≤ 1 s (guifan pdf --only)',
      figure: seconds(r.regen.cli.wall.median),
      met: r.regen.cli.wall.median <= 1000,
      ...(c !== undefined ? { cpuFigure: seconds(c), metOnCpu: c <= 1000 } : {}),
    });
    const w = r.regen.inProcessWarmFonts.median;
    t.push({
      target: 'one-poster regeneration ≤ 1 s (in-process, fonts parsed: watch mode)',
      figure: seconds(w),
      met: w <= 1000,
    });
  }
  for (const p of r.study ?? []) {
    t.push({
      target: `practice quiz's first question ≤ 2.5 s on Slow 4G, cold cache (${p.path})`,
      figure: seconds(p.firstQuestionMs),
      met: p.firstQuestionMs <= 2500,
    });
  }
  const qr = r.board?.[0];
  if (qr)
    t.push({
      target: `QR page paints ≤ 1.5 s on Slow 4G, CPU 4× slower, cold cache (${qr.path})`,
      figure: seconds(qr.fcpMs),
      met: qr.fcpMs <= 1500,
    });
  return t;
}

/**
 * The example's practice quizzes (a document's, a unit × role's) over DevTools' Slow 4G with a
 * cold cache, the site served with gzip: navigation to the first question on screen. Uses the
 * example section's build when it ran, else builds the example once.
 */
async function studySection(): Promise<SlowPractice[]> {
  const out = exampleSite('study');
  const served = await serveStatic(out, { gzip: true });
  const browser = await launchChromium();
  try {
    const results: SlowPractice[] = [];
    for (const sitePath of ['study/doc-general-service-norms/', `study/unit-${UNIT}/?role=counter-clerk`]) {
      console.error(`study: ${sitePath} on Slow 4G…`);
      results.push(await measureSlowPractice(browser, served.origin, '/', sitePath, RUNS));
    }
    return results;
  } finally {
    await browser.close();
    await served.close();
  }
}

/** The example's built site: --site when given, else the example section's build, else one built now. */
function exampleSite(section: string): string {
  if (opts.site) return path.resolve(opts.site);
  const out = path.join(WORK, 'example-dist');
  if (!existsSync(path.join(out, 'study'))) {
    console.error(`${section}: example build…`);
    childBuild(path.join(ROOT, 'content'), out, `${section}-example`);
  }
  return out;
}

/**
 * The page the poster's QR code opens (the unit's notice board), cold, over DevTools' Slow 4G with
 * the CPU slowed 4× (Lighthouse's mobile settings), the site served with gzip: navigation to the
 * first contentful paint; a norm page beside it, whose stylesheet is a separate request.
 */
async function boardSection(): Promise<SlowPaint[]> {
  const out = exampleSite('board');
  const served = await serveStatic(out, { gzip: true });
  const browser = await launchChromium();
  try {
    const results: SlowPaint[] = [];
    for (const sitePath of [`units/${UNIT}/commitments/`, 'norms/general-service-norms/']) {
      console.error(`board: ${sitePath} on Slow 4G…`);
      results.push(await measureSlowPaint(browser, served.origin, '/', sitePath, RUNS));
    }
    return results;
  } finally {
    await browser.close();
    await served.close();
  }
}

const ms = (s: Stat | undefined): string => (s ? `${seconds(s.median)} (min ${seconds(s.min)})` : '—');

function table(r: Results): string {
  const lines: string[] = [];
  const row = (cells: (string | number)[]): void => {
    lines.push(`| ${cells.join(' | ')} |`);
  };
  const m = r.machine;
  if (r.commit) lines.push(`Commit: ${r.commit.slice(0, 10)}.`);
  lines.push(
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${bytes(m.memoryBytes)} RAM, ${m.os}, Node ${m.node}${m.chromium ? `, ${m.chromium}` : ''}; load average at start ${m.loadAverageAtStart.join(' / ')}.`,
  );
  lines.push(
    `Runs: ${r.runs} (100×: ${r.runsLarge}); figures are median (min). Measured: ${Object.entries(r.measured)
      .map(([k, v]) => `${k} ${v.slice(0, 16).replace('T', ' ')}`)
      .join(', ')} UTC.`,
    '',
  );
  if (r.example) {
    const b = r.example.build;
    lines.push('### 1. Example full build, by phase', '');
    row(['phase', 'time']);
    row(['---', '---']);
    row(['load + validate', ms(b.load)]);
    row(['site pages (Astro)', ms(b.pages)]);
    row(['search index (Pagefind, after the site process has exited)', ms(b.index)]);
    row(['PDFs (all posters, cards, handbooks)', ms(b.pdf)]);
    row(['process start-up and module loading', ms(b.startup)]);
    row(['**whole process (wall)**', `**${ms(b.wall)}**`]);
    row(['CPU time (user + sys)', ms(b.cpu)]);
    row(['site bundles reused from the previous run (runs 1…n)', bundleRuns(b)]);
    row(['peak RSS, whole process tree', bytes(b.treeRssKb * 1024)]);
    row(['peak RSS, largest process', bytes(b.maxRssKb * 1024)]);
    if (b.lockWaitsMs.some((x) => x > 0))
      row(['(waited for another build’s lock, not counted)', b.lockWaitsMs.map((x) => seconds(x)).join(', ')]);
    row(['dist/ size, files', `${bytes(r.example.dist.bytes)}, ${r.example.dist.files}`]);
    row(['dist/pagefind size, files', `${bytes(r.example.searchIndex.bytes)}, ${r.example.searchIndex.files}`]);
    row(['**rebuild, nothing changed (wall; CPU; PDFs reused/made)**', rebuildCell(r.example.rebuilds.unchanged)]);
    row([`**rebuild, one clause edited (${r.example.rebuilds.edited})**`, rebuildCell(r.example.rebuilds.oneClause)]);
    row(['that rebuild against a clean build of the edited content', sameAsCleanCell(r.example.rebuilds)]);
    lines.push('');
  }
  if (r.synthetic?.length) {
    lines.push(`### 2. Synthetic organisation (query “${r.query}”)`, '');
    const s = r.synthetic;
    row(['', ...s.map((x) => `${x.scale}×`)]);
    row(['---', ...s.map(() => '---')]);
    row([
      'units / documents / clauses',
      ...s.map((x) => `${x.content.units} / ${x.content.documents} / ${x.content.clauses}`),
    ]);
    row(['**build, wall**', ...s.map((x) => `**${ms(x.build.wall)}**`)]);
    row(['CPU time', ...s.map((x) => ms(x.build.cpu))]);
    row(['· load + validate', ...s.map((x) => ms(x.build.load))]);
    row(['· site pages', ...s.map((x) => ms(x.build.pages))]);
    row(['· search index', ...s.map((x) => ms(x.build.index))]);
    row(['· PDFs', ...s.map((x) => ms(x.build.pdf))]);
    row(['peak RSS, whole process tree', ...s.map((x) => bytes(x.build.treeRssKb * 1024))]);
    row(['peak RSS, largest process', ...s.map((x) => bytes(x.build.maxRssKb * 1024))]);
    row(['load average during runs', ...s.map((x) => x.build.loadAverages.join(', '))]);
    row(['site bundles reused (runs 1…n)', ...s.map((x) => bundleRuns(x.build))]);
    row([
      'rebuild, nothing changed (wall; CPU; PDFs reused/made)',
      ...s.map((x) => (x.rebuilds ? rebuildCell(x.rebuilds.unchanged) : '—')),
    ]);
    row(['**rebuild, one clause edited**', ...s.map((x) => (x.rebuilds ? rebuildCell(x.rebuilds.oneClause) : '—'))]);
    row([
      'that rebuild against a clean build of the edited content',
      ...s.map((x) => (x.rebuilds ? sameAsCleanCell(x.rebuilds) : '—')),
    ]);
    row(['dist/ size per unit', ...s.map((x) => bytes(x.dist.bytes / Math.max(1, x.content.units)))]);
    row(['dist/ size', ...s.map((x) => bytes(x.dist.bytes))]);
    row(['dist/ files', ...s.map((x) => x.dist.files)]);
    row(['search index size (files)', ...s.map((x) => `${bytes(x.searchIndex.bytes)} (${x.searchIndex.files})`)]);
    row(['PDFs size (files)', ...s.map((x) => `${bytes(x.print.bytes)} (${x.print.files})`)]);
    row([
      '**first query, bytes (requests)**',
      ...s.map((x) =>
        x.search
          ? `**${bytes(x.search.firstQuery.bytes)}** (${x.search.firstQuery.requests})`
          : x.searchError
            ? 'failed'
            : '—',
      ),
    ]);
    row([
      '· of which result fragments',
      ...s.map((x) => (x.search ? bytes(x.search.firstQuery.byKind.fragment?.bytes ?? 0) : '—')),
    ]);
    row([
      '· of which index chunks + filters',
      ...s.map((x) =>
        x.search
          ? bytes((x.search.firstQuery.byKind.index?.bytes ?? 0) + (x.search.firstQuery.byKind.filter?.bytes ?? 0))
          : '—',
      ),
    ]);
    row([
      '· of which Pagefind runtime (js, wasm, meta)',
      ...s.map((x) => (x.search ? bytes(x.search.firstQuery.byKind.core?.bytes ?? 0) : '—')),
    ]);
    row([
      'top 5 results via bare Pagefind API',
      ...s.map((x) => (x.search ? `${bytes(x.search.top5Api.bytes)} (${x.search.top5Api.requests})` : '—')),
    ]);
    row([
      `second query (“${opts['second-query']}”)`,
      ...s.map((x) => (x.search?.secondQuery ? bytes(x.search.secondQuery.bytes) : '—')),
    ]);
    row(['search page load', ...s.map((x) => (x.search ? bytes(x.search.pageLoad.bytes) : '—'))]);
    row(['time to first result shown', ...s.map((x) => (x.search ? seconds(x.search.firstQueryMs) : '—'))]);
    row([
      'Slow 4G, gzip, cold: typed once idle → first results (final list)',
      ...s.map((x) => (x.slowSearch ? `${seconds(x.slowSearch.idleMs)} (${seconds(x.slowSearch.idleFinalMs)})` : '—')),
    ]);
    row([
      'Slow 4G: typed at load → first results; search/?q= opened → first results',
      ...s.map((x) => (x.slowSearch ? `${seconds(x.slowSearch.typedMs)}; ${seconds(x.slowSearch.urlMs)}` : '—')),
    ]);
    lines.push('');
  }
  if (r.peer) {
    const p = r.peer;
    lines.push('### 3. Print: guifan (pdf-lib, in-process) vs headless Chromium page.pdf()', '');
    row([
      'document',
      'guifan time',
      'guifan CPU',
      'Chromium time',
      'speed-up',
      'guifan size (pages)',
      'Chromium size (pages)',
      'size ratio g/C',
    ]);
    row(['---', '---', '---', '---', '---', '---', '---', '---']);
    for (const c of [p.poster, p.handbook]) {
      row([
        c.what,
        ms(c.guifan.ms),
        ms(c.guifan.cpuMs),
        ms(c.chromium.ms),
        `${c.speedup.toFixed(1)}×`,
        `${bytes(c.guifan.bytes)} (${c.guifan.pages})`,
        `${bytes(c.chromium.bytes)} (${c.chromium.pages})`,
        c.sizeRatio.toFixed(2),
      ]);
    }
    lines.push(
      '',
      `Chromium launch (not included above): ${ms(p.chromiumLaunchMs)}. Both sides after one untimed warm-up print; guifan's cold first run in the process (JIT not warm): poster ${p.poster.guifan.firstMs !== undefined ? seconds(p.poster.guifan.firstMs) : '—'}, handbook ${p.handbook.guifan.firstMs !== undefined ? seconds(p.handbook.guifan.firstMs) : '—'}.`,
      '',
    );
  }
  if (r.regen) {
    const g = r.regen;
    lines.push(`### 4. One poster after a hotline change (${g.unit})`, '');
    row(['how', 'time']);
    row(['---', '---']);
    row(['`guifan pdf --only poster:UNIT` (whole CLI process, wall)', ms(g.cli.wall)]);
    row(['  CPU time of that process', ms(g.cli.cpu)]);
    row(['in-process loadModel + buildPrint, fresh font cache', ms(g.inProcessColdFonts)]);
    row(['in-process loadModel + buildPrint, fonts already parsed', ms(g.inProcessWarmFonts)]);
    row(['new number found in the poster (pdftotext)', g.verified ? 'yes' : '**no**']);
    lines.push('');
  }
  if (r.study?.length) {
    lines.push('### Study on a phone (Slow 4G, gzip, cold cache, 390 px)', '');
    row(['practice page', 'first question on screen', 'page ready to start', 'transferred', 'requests', 'runs']);
    row(['---', '---', '---', '---', '---', '---']);
    for (const p of r.study)
      row([
        p.path,
        seconds(p.firstQuestionMs),
        seconds(p.readyMs),
        bytes(p.bytes),
        String(p.requests),
        p.firstQuestionMsAll.map((x) => seconds(x)).join(', '),
      ]);
    lines.push('');
  }
  if (r.board?.length) {
    lines.push('### The QR page on a phone (Slow 4G, CPU 4× slower, gzip, cold cache, 390 px)', '');
    row([
      'page',
      'first contentful paint',
      'largest contentful paint',
      'transferred',
      'requests',
      'render-blocking',
      'runs (FCP)',
      'CPU time (node + Chromium, all runs)',
    ]);
    row(['---', '---', '---', '---', '---', '---', '---', '---']);
    for (const p of r.board) {
      row([
        p.path,
        seconds(p.fcpMs),
        seconds(p.lcpMs),
        bytes(p.bytes),
        String(p.requests),
        p.renderBlocking.join(', ') || 'none',
        p.fcpMsAll.map((x) => seconds(x)).join(', '),
        p.cpuMs === undefined ? '—' : seconds(p.cpuMs),
      ]);
    }
    lines.push('');
  }
  lines.push('### Targets', '');
  row(['target', 'figure (wall)', 'met?', 'CPU time', 'met on CPU time?']);
  row(['---', '---', '---', '---', '---']);
  const verdict = (m: boolean | undefined): string => (m === undefined ? '—' : m ? 'met' : '**missed**');
  for (const t of r.targets)
    row([
      t.target,
      t.figure,
      t.met === undefined ? 'not measured' : verdict(t.met),
      t.cpuFigure ?? '—',
      verdict(t.metOnCpu),
    ]);
  return lines.join('\n');
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  mkdirSync(path.join(WORK, 'logs'), { recursive: true });
  const machine = describeMachine();
  const resultFile = path.join(RESULTS_DIR, `${opts.name}.json`);
  const previous = existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as Partial<Results>) : {};
  const commit =
    process.env.GUIFAN_BENCH_COMMIT ??
    (spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() || undefined);
  const results: Results = {
    ...previous,
    name: opts.name,
    date: new Date().toISOString(),
    ...(commit ? { commit } : {}),
    machine,
    runs: RUNS,
    runsLarge: RUNS_LARGE,
    query: opts.query,
    measured: { ...(previous.measured ?? {}) },
    targets: [],
  };
  const mark = (section: string): void => {
    results.measured[section] = new Date().toISOString();
  };
  const save = (): void => {
    results.targets = targetsOf(results);
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(resultFile, `${JSON.stringify(results, null, 1)}\n`);
  };
  const { loadModelOrThrow, walkClauses } = await import('../src/model/index.ts');
  const example = await loadModelOrThrow(path.join(ROOT, 'content'));
  const exampleClauses = example.documents.reduce((n, d) => n + [...walkClauses(d.clauses)].length, 0);

  if (SECTIONS.has('example')) {
    results.example = await exampleSection();
    mark('example');
    save();
  }
  if (SECTIONS.has('synthetic')) {
    results.synthetic = await syntheticSection(exampleClauses);
    mark('synthetic');
    save();
  }
  if (SECTIONS.has('peer')) {
    results.peer = await peerSection();
    mark('peer');
    save();
  }
  if (SECTIONS.has('regen')) {
    results.regen = await regenSection();
    mark('regen');
    save();
  }
  if (SECTIONS.has('study')) {
    results.study = await studySection();
    mark('study');
    save();
  }
  if (SECTIONS.has('board')) {
    results.board = await boardSection();
    mark('board');
    save();
  }
  save();
  const md = table(results);
  writeFileSync(path.join(RESULTS_DIR, `${opts.name}.md`), `${md}\n`);
  // BENCHMARKS.md quotes the latest table between markers; keep it in step.
  const doc = path.join(ROOT, 'BENCHMARKS.md');
  if (opts.name === 'latest' && existsSync(doc)) {
    const text = readFileSync(doc, 'utf8');
    const updated = text.replace(
      /<!-- results:start -->[\s\S]*?<!-- results:end -->/,
      () => `<!-- results:start -->\n${md}\n<!-- results:end -->`,
    );
    if (updated !== text) writeFileSync(doc, updated);
  }
  console.log(md);
  console.log(
    `\nwrote ${path.relative(ROOT, resultFile)} and ${path.relative(ROOT, path.join(RESULTS_DIR, `${opts.name}.md`))}`,
  );
  if (!opts.keep) rmSync(WORK, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
