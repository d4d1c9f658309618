/**
 * The fast loop for search quality (issue 14): the site's own search engine (src/search/engine.ts,
 * as the island runs it) in Node, over the Pagefind index of each organisation's built site, with
 * Pagefind's browser runtime (pagefind.js and its wasm) loaded from the built site through a fetch
 * that reads the site's files. Prints the per-category table of bench/search-quality.ts (ours
 * only: no peer) in seconds instead of minutes.
 *
 *   npx tsx bench/search-quality-node.ts --set fourth --sites /tmp/s6/base [--build] [--misses] [--json F]
 *
 *   --set      tuning | held-aside | fresh | third | fourth | fifth | sixth | seventh | eighth | ninth (spent:
 *              the ninth ran once in Chromium after search10, bench/results/search10-ninth.md; comma-separated.
 *              A set written from now on runs once in Chromium before it is run here) | tenth (spent: run once
 *              in Chromium after search11, bench/results/search11-tenth.md) | eleventh (spent: run once
 *              in Chromium after search12, bench/results/search12-eleventh.md) | twelfth (spent: run once
 *              in Chromium after the phone-number rule, bench/results/search13-twelfth.md) | thirteenth (spent: run once
 *              in Chromium at 8edebf7, bench/results/search14-thirteenth.md) | fourteenth (spent: run once
 *              in Chromium at 0d62eb1, bench/results/search14-fourteenth.md) | fifteenth (spent: run once
 *              at f65bc33, bench/results/search15-fifteenth.md) | sixteenth (spent: run once at 9c145af,
 *              bench/results/search16-sixteenth.md) | seventeenth (spent: run once at 9127ee4,
 *              bench/results/search17-seventeenth.md) | eighteenth (spent: run once at 8acd372,
 *              bench/results/search18-eighteenth.md) | nineteenth (spent: run once at b496e77,
 *              bench/results/search19-nineteenth.md) | twentieth (spent: run once at c9ae772,
 *              bench/results/search20-twentieth.md) | twenty-first (spent: run once at
 *              602919a, bench/results/search21-twenty-first.md) | twenty-second (spent: run once at
 *              f3c944a, bench/results/search22-twenty-second.md) | twenty-third (spent: run once at
 *              058a993, bench/results/search23-twenty-third.md) | twenty-fourth (spent: run once at
 *              ea850d2, bench/results/search24-twenty-fourth.md)
 *   --sites P  the sites are P-content, P-mixed-district, P-three-level-power, and for the eighth set
 *              P-tongjiang-city, for the ninth also P-chengchuan-water-bus and P-lanxi-civic, for the tenth
 *              also P-jichuan-ops, for the eleventh also P-yanzhou-heat-metro, for the twelfth also
 *              P-luping-estate-insure, for the thirteenth also P-fenggang-fund-inspect, for the
 *              fourteenth also P-meiao-deed-notary, for the fifteenth also P-huaiyang-affairs-library, for
 *              the sixteenth also P-shanyuan-gas-scenic, for the seventeenth also P-yujiang-campus-mart, for the
 *              eighteenth also P-luting-ferry-sports, for the nineteenth also P-zhezhou-fuel-funeral, for
 *              the twentieth also P-cenyang-drive-museum, for the twenty-first also P-dipu-blood-care, for the
 *              twenty-second also P-linghu-wed-relief, for the twenty-third also P-ruochuan-census-tax, for the
 *              twenty-fourth also P-lianshan-court-aid (the content folder's last name);
 *              --build builds them first
 *              (GUIFAN_NO_CACHE, no PDFs)
 *   --misses   the queries whose target is not first;  --json F  every case's rank, for a diff
 *
 * Checked against Chromium: at 368ed18 (main, search5 merged) the fourth set, and at a24e8b7 the
 * fifth, give exactly what `npx tsx bench/search-quality.ts --fourth` / `--fifth` gave (the same
 * figures and the same misses at the same ranks: 61 and 70; bench/results/search6-quality.md).
 * About 5 s for a set of 126 queries over three sites, against 5–6 minutes in Chromium. The form's filters are passed as the page's selects hold
 * them; Intl.Segmenter is Node's (ICU), as the browser's is Chromium's.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SearchEngine, SHOWN, type PagefindApi } from '../src/search/engine.ts';
import { DATA_DIR } from '../src/search/names.ts';
import type { SearchMeta } from '../src/search/search-data.ts';
import { EIGHTEENTH_HELD_ASIDE } from '../test/search-queries/eighteenth-held-aside.ts';
import { EIGHTH_HELD_ASIDE } from '../test/search-queries/eighth-held-aside.ts';
import { ELEVENTH_HELD_ASIDE } from '../test/search-queries/eleventh-held-aside.ts';
import { FIFTEENTH_HELD_ASIDE } from '../test/search-queries/fifteenth-held-aside.ts';
import { FIFTH_HELD_ASIDE } from '../test/search-queries/fifth-held-aside.ts';
import { FOURTEENTH_HELD_ASIDE } from '../test/search-queries/fourteenth-held-aside.ts';
import { FOURTH_HELD_ASIDE } from '../test/search-queries/fourth-held-aside.ts';
import { FRESH_HELD_ASIDE } from '../test/search-queries/fresh-held-aside.ts';
import { HELD_ASIDE } from '../test/search-queries/held-aside.ts';
import { NINETEENTH_HELD_ASIDE } from '../test/search-queries/nineteenth-held-aside.ts';
import { NINTH_HELD_ASIDE } from '../test/search-queries/ninth-held-aside.ts';
import { SEVENTEENTH_HELD_ASIDE } from '../test/search-queries/seventeenth-held-aside.ts';
import { SEVENTH_HELD_ASIDE } from '../test/search-queries/seventh-held-aside.ts';
import { SIXTEENTH_HELD_ASIDE } from '../test/search-queries/sixteenth-held-aside.ts';
import { SIXTH_HELD_ASIDE } from '../test/search-queries/sixth-held-aside.ts';
import { TENTH_HELD_ASIDE } from '../test/search-queries/tenth-held-aside.ts';
import { THIRD_HELD_ASIDE } from '../test/search-queries/third-held-aside.ts';
import { THIRTEENTH_HELD_ASIDE } from '../test/search-queries/thirteenth-held-aside.ts';
import { TWELFTH_HELD_ASIDE } from '../test/search-queries/twelfth-held-aside.ts';
import { TWENTIETH_HELD_ASIDE } from '../test/search-queries/twentieth-held-aside.ts';
import { TWENTY_FIRST_HELD_ASIDE } from '../test/search-queries/twenty-first-held-aside.ts';
import { TWENTY_SECOND_HELD_ASIDE } from '../test/search-queries/twenty-second-held-aside.ts';
import { TWENTY_THIRD_HELD_ASIDE } from '../test/search-queries/twenty-third-held-aside.ts';
import { TWENTY_FOURTH_HELD_ASIDE } from '../test/search-queries/twenty-fourth-held-aside.ts';
import { TUNING } from '../test/search-queries/tuning.ts';
import type { SearchCase } from '../test/search-queries/types.ts';
import { byCategory, firstHit, resultItem, type CaseResult } from '../test/support/search-eval.ts';

const { values: opts } = parseArgs({
  options: {
    set: { type: 'string', default: 'fourth' },
    sites: { type: 'string', default: '/tmp/guifan-search' },
    build: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

type OrgCases = { content: string; cases: SearchCase[] };
type SetResult = CaseResult & { set: string };
const SETS: Record<string, OrgCases[]> = {
  tuning: [{ content: 'content', cases: TUNING }],
  'held-aside': [{ content: 'content', cases: HELD_ASIDE }],
  fresh: FRESH_HELD_ASIDE,
  third: THIRD_HELD_ASIDE,
  fourth: FOURTH_HELD_ASIDE,
  fifth: FIFTH_HELD_ASIDE,
  sixth: SIXTH_HELD_ASIDE,
  seventh: SEVENTH_HELD_ASIDE,
  eighth: EIGHTH_HELD_ASIDE,
  ninth: NINTH_HELD_ASIDE,
  tenth: TENTH_HELD_ASIDE,
  eleventh: ELEVENTH_HELD_ASIDE,
  twelfth: TWELFTH_HELD_ASIDE,
  thirteenth: THIRTEENTH_HELD_ASIDE,
  fourteenth: FOURTEENTH_HELD_ASIDE,
  fifteenth: FIFTEENTH_HELD_ASIDE,
  sixteenth: SIXTEENTH_HELD_ASIDE,
  seventeenth: SEVENTEENTH_HELD_ASIDE,
  eighteenth: EIGHTEENTH_HELD_ASIDE,
  nineteenth: NINETEENTH_HELD_ASIDE,
  twentieth: TWENTIETH_HELD_ASIDE,
  'twenty-first': TWENTY_FIRST_HELD_ASIDE,
  'twenty-second': TWENTY_SECOND_HELD_ASIDE,
  'twenty-third': TWENTY_THIRD_HELD_ASIDE,
  'twenty-fourth': TWENTY_FOURTH_HELD_ASIDE,
};

/** Each site is served from its own origin (http://<n>.site/), read from its folder. */
const roots = new Map<string, string>();
globalThis.fetch = (async (input: string | URL | Request) => {
  const u = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  const root = roots.get(u.host);
  if (!root) return new Response(null, { status: 404 });
  const file = path.join(root, decodeURIComponent(u.pathname));
  if (!fs.existsSync(file)) return new Response(null, { status: 404 });
  return new Response(fs.readFileSync(file), { status: 200 });
}) as typeof fetch;

/** Sites built by this run: one organisation serves several sets, built once. */
const built = new Set<string>();
function siteOf(content: string): string {
  const dir = `${opts.sites}-${path.basename(path.resolve(content))}`;
  if (opts.build && !built.has(dir)) {
    built.add(dir);
    fs.rmSync(dir, { recursive: true, force: true });
    console.error(`building ${content} → ${dir}…`);
    execFileSync('node', ['src/cli/bin.mjs', 'build', '--content', content, '--out', dir, '--no-pdf'], {
      env: { ...process.env, GUIFAN_NO_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return dir;
}

async function engineFor(dist: string): Promise<{ engine: SearchEngine; organisationId: string }> {
  const host = `${roots.size}.site`;
  roots.set(host, dist);
  const pf = (await import(pathToFileURL(path.join(dist, 'pagefind/pagefind.js')).href)) as PagefindApi & {
    init(): Promise<void>;
  };
  await pf.options({ basePath: `http://${host}/pagefind/`, baseUrl: '/', noWorker: true });
  await pf.init();
  const load = async (file: string): Promise<unknown> =>
    JSON.parse(fs.readFileSync(path.join(dist, 'pagefind', DATA_DIR, file), 'utf8'));
  const meta = (await load('meta.json')) as SearchMeta;
  const s = new Intl.Segmenter('zh', { granularity: 'word' });
  const segment = (text: string) => [...s.segment(text)].map((x) => x.segment);
  const model = JSON.parse(fs.readFileSync(path.join(dist, 'model.json'), 'utf8')) as { organisation: { id: string } };
  return { engine: new SearchEngine(pf, { meta, load, segment }), organisationId: model.organisation.id };
}

async function runOrg(org: OrgCases): Promise<CaseResult[]> {
  const { engine, organisationId } = await engineFor(siteOf(org.content));
  const out: CaseResult[] = [];
  for (const c of org.cases) {
    const { hits } = await engine.search(c.query.trim(), { ...(c.filters ?? {}) } as Record<string, string>);
    const results = hits.slice(0, SHOWN).map((h) => h.url);
    const items = results.map(resultItem).map((it) => (it.id === '' ? { ...it, id: organisationId } : it));
    out.push({ case: c, results, rank: firstHit(items, c.targets) });
  }
  return out;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
function table(results: CaseResult[]): string {
  const rows = ['| category | n | p@1 | p@3 | MRR | zero |', '| --- | --- | --- | --- | --- | --- |'];
  for (const [cat, f] of byCategory(results))
    if (f.n) rows.push(`| ${cat} | ${f.n} | ${pct(f.p1)} | ${pct(f.p3)} | ${f.mrr.toFixed(2)} | ${pct(f.zero)} |`);
  return rows.join('\n');
}

async function main(): Promise<void> {
  const all: SetResult[] = [];
  for (const name of opts.set.split(',')) {
    const orgs = SETS[name];
    if (!orgs)
      throw new Error(
        `unknown set ${name} (${Object.keys(SETS).join(', ')}; a set not yet spent runs in Chromium only, once)`,
      );
    const mine: CaseResult[] = [];
    for (const org of orgs) {
      const res = await runOrg(org);
      console.log(`\n${name}: ${org.content}, ${res.length} queries\n\n${table(res)}`);
      mine.push(...res);
    }
    if (orgs.length > 1) console.log(`\n${name}: all ${orgs.length} organisations\n\n${table(mine)}`);
    all.push(...mine.map((r) => ({ ...r, set: name })));
  }
  if (opts.misses) {
    console.log('\nnot first:');
    for (const r of all.filter((x) => x.rank !== 1))
      console.log(
        `  ${r.set} [${r.case.category}] ${r.case.query}${r.case.filters ? ` ${JSON.stringify(r.case.filters)}` : ''} → ${r.results[0] ?? '(none)'} (target rank ${r.rank || '—'}; wanted ${r.case.targets.join(' | ')})`,
      );
  }
  if (opts.json)
    fs.writeFileSync(
      opts.json,
      JSON.stringify(
        all.map((r) => ({
          set: r.set,
          q: r.case.query,
          cat: r.case.category,
          rank: r.rank,
          top: r.results.slice(0, 3),
        })),
      ),
    );
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
