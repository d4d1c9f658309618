/**
 * Search quality on the query sets of issue 14 (test/search-queries/), ours beside the peer
 * (Pagefind's default page-level index of the same built site), per category, per organisation.
 *
 *   npx tsx bench/search-quality.ts                        the tuning part (the example)
 *   npx tsx bench/search-quality.ts --set tuning,held-aside   both parts of the first round (the example)
 *   npx tsx bench/search-quality.ts --fresh                the fresh held-aside set, on each of its
 *                                                          three organisations (now tuning material)
 *   npx tsx bench/search-quality.ts --third                the third held-aside set, likewise per
 *                                                          organisation (run at e2f810f; now tuning material)
 *   npx tsx bench/search-quality.ts --fourth               the fourth held-aside set, likewise per
 *                                                          organisation (run at the end of search5;
 *                                                          now tuning material)
 *   npx tsx bench/search-quality.ts --fifth                the fifth held-aside set, likewise per
 *                                                          organisation (run at the end of search6,
 *                                                          a24e8b7; now tuning material)
 *   npx tsx bench/search-quality.ts --sixth                the sixth held-aside set, likewise per
 *                                                          organisation (run at the end of search7,
 *                                                          6e46d43; now tuning material)
 *   npx tsx bench/search-quality.ts --seventh              the seventh held-aside set, likewise per
 *                                                          organisation (run once after search8's
 *                                                          merge; now tuning material)
 *   npx tsx bench/search-quality.ts --eighth               the eighth held-aside set, likewise per
 *                                                          organisation: the new tongjiang-city fixture
 *                                                          and the three earlier ones (run once after search9's merge: bench/results/search9-eighth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --ninth                the ninth held-aside set, likewise per
 *                                                          organisation: the new lanxi-civic fixture
 *                                                          and the five earlier ones (run once after search10's merge: bench/results/search10-ninth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --tenth                the tenth held-aside set, likewise per
 *                                                          organisation: the new jichuan-ops fixture
 *                                                          and the six earlier ones (run once after search11's merge: bench/results/search11-tenth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --eleventh             the eleventh held-aside set, likewise per
 *                                                          organisation: the new yanzhou-heat-metro fixture
 *                                                          (test/fixtures/search-orgs/) and the seven earlier ones (run once after search12's merge: bench/results/search12-eleventh.md; now tuning material)
 *   npx tsx bench/search-quality.ts --twelfth              the twelfth held-aside set, likewise per
 *                                                          organisation: the new luping-estate-insure fixture
 *                                                          (test/fixtures/search-orgs/) and the eight earlier ones (run once after the phone-number rule: bench/results/search13-twelfth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --thirteenth           the thirteenth held-aside set, likewise per
 *                                                          organisation: the new fenggang-fund-inspect fixture
 *                                                          (test/fixtures/search-orgs/) and the nine earlier ones (run once at 8edebf7: bench/results/search14-thirteenth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --fourteenth           the fourteenth held-aside set, likewise per
 *                                                          organisation: the new meiao-deed-notary fixture
 *                                                          (test/fixtures/search-orgs/) and the ten earlier ones (run once at 0d62eb1: bench/results/search14-fourteenth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --fifteenth            the fifteenth held-aside set, likewise per
 *                                                          organisation: the new huaiyang-affairs-library fixture
 *                                                          (test/fixtures/search-orgs/) and the eleven earlier ones (run once at f65bc33, bench/results/search15-fifteenth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --sixteenth            the sixteenth held-aside set, likewise per
 *                                                          organisation: the new shanyuan-gas-scenic fixture
 *                                                          (test/fixtures/search-orgs/) and the twelve earlier ones (run once at 9c145af, bench/results/search16-sixteenth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --seventeenth          the seventeenth held-aside set, likewise per
 *                                                          organisation: the new yujiang-campus-mart fixture
 *                                                          (test/fixtures/search-orgs/) and the thirteen earlier ones (run once at 9127ee4, bench/results/search17-seventeenth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --eighteenth           the eighteenth held-aside set, likewise per
 *                                                          organisation: the new luting-ferry-sports fixture
 *                                                          (test/fixtures/search-orgs/) and the fourteen earlier ones (run once at 8acd372, bench/results/search18-eighteenth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --nineteenth           the nineteenth held-aside set, likewise per
 *                                                          organisation: the new zhezhou-fuel-funeral fixture
 *                                                          (test/fixtures/search-orgs/) and the fifteen earlier ones (run once at b496e77, bench/results/search19-nineteenth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --twentieth            the twentieth held-aside set, likewise per
 *                                                          organisation: the new cenyang-drive-museum fixture
 *                                                          (test/fixtures/search-orgs/) and the sixteen earlier ones (run once at c9ae772, bench/results/search20-twentieth.md; now tuning material)
 *   npx tsx bench/search-quality.ts --twenty-first         the twenty-first held-aside set, likewise per
 *                                                          organisation: the new dipu-blood-care fixture
 *                                                          (test/fixtures/search-orgs/) and the seventeen earlier ones (run once at 602919a, bench/results/search21-twenty-first.md; now tuning material)
 *   npx tsx bench/search-quality.ts --twenty-second        the twenty-second held-aside set, likewise per
 *                                                          organisation: the new linghu-wed-relief fixture
 *                                                          (test/fixtures/search-orgs/) and the eighteen earlier ones (run once at f3c944a, bench/results/search22-twenty-second.md; now tuning material)
 *   npx tsx bench/search-quality.ts --twenty-third         the twenty-third held-aside set, likewise per
 *                                                          organisation: the new ruochuan-census-tax fixture
 *                                                          (test/fixtures/search-orgs/) and the eighteen earlier ones (run once at 058a993, bench/results/search23-twenty-third.md; now tuning material)
 *   npx tsx bench/search-quality.ts --twenty-fourth        the twenty-fourth held-aside set, likewise per
 *                                                          organisation: the new lianshan-court-aid fixture
 *                                                          (test/fixtures/search-orgs/) and the twenty earlier ones (run once at ea850d2, bench/results/search24-twenty-fourth.md; now tuning material)
 *   options: --content DIR  (with --set: another organisation; its own query file with --queries)
 *            --queries FILE (a module exporting `cases: SearchCase[]`, for --content)
 *            --dist DIR     (an already built site of that content; default: build one)
 *            --misses       (list the queries whose target is not first)
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { loadModelOrThrow } from '../src/model/index.ts';
import { buildSite } from '../src/site/build.ts';
import { launchChromium } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/server.ts';
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
import { evaluate, table, writePeerIndex, type CaseResult } from '../test/support/search-eval.ts';

const { values: opts } = parseArgs({
  options: {
    set: { type: 'string', default: 'tuning' },
    'held-aside': { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    third: { type: 'boolean', default: false },
    fourth: { type: 'boolean', default: false },
    fifth: { type: 'boolean', default: false },
    sixth: { type: 'boolean', default: false },
    seventh: { type: 'boolean', default: false },
    eighth: { type: 'boolean', default: false },
    ninth: { type: 'boolean', default: false },
    tenth: { type: 'boolean', default: false },
    eleventh: { type: 'boolean', default: false },
    twelfth: { type: 'boolean', default: false },
    thirteenth: { type: 'boolean', default: false },
    fourteenth: { type: 'boolean', default: false },
    fifteenth: { type: 'boolean', default: false },
    sixteenth: { type: 'boolean', default: false },
    seventeenth: { type: 'boolean', default: false },
    eighteenth: { type: 'boolean', default: false },
    nineteenth: { type: 'boolean', default: false },
    twentieth: { type: 'boolean', default: false },
    'twenty-first': { type: 'boolean', default: false },
    'twenty-second': { type: 'boolean', default: false },
    'twenty-third': { type: 'boolean', default: false },
    'twenty-fourth': { type: 'boolean', default: false },
    content: { type: 'string' },
    queries: { type: 'string' },
    dist: { type: 'string' },
    misses: { type: 'boolean', default: false },
  },
});

const SETS: Record<string, SearchCase[]> = { tuning: TUNING, 'held-aside': HELD_ASIDE };

interface Run {
  label: string;
  content: string;
  cases: SearchCase[];
  dist?: string;
}

/** Builds (unless given) and indexes the peer beside it; returns the site's directory. */
async function site(content: string, given?: string): Promise<string> {
  let dist = given
    ? path.resolve(given)
    : path.resolve('test/.tmp/search-quality', path.basename(path.resolve(content)));
  if (!given) {
    fs.rmSync(dist, { recursive: true, force: true });
    console.error(`building ${content}…`);
    await buildSite({ contentDir: content, outDir: dist });
  }
  dist = fs.realpathSync(dist);
  console.error('indexing the peer (Pagefind defaults, page level)…');
  await writePeerIndex(dist);
  await pagefind.close();
  return dist;
}

async function runOne(run: Run): Promise<{ ours: CaseResult[]; peer: CaseResult[] }> {
  const dist = await site(run.content, run.dist);
  const model = await loadModelOrThrow(path.resolve(run.content));
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const res = await evaluate(browser, server.url, dist, run.cases, model.organisation.id);
    console.log(`\n${run.label}: ${model.organisation.shortName} (${run.content}), ${run.cases.length} queries\n`);
    console.log(table(res.ours, res.peer));
    if (opts.misses) {
      console.log('\nnot first:');
      for (const r of res.ours.filter((x) => x.rank !== 1))
        console.log(
          `  [${r.case.category}] ${r.case.query}${r.case.filters ? ` ${JSON.stringify(r.case.filters)}` : ''} → ${r.results[0] ?? '(none)'} (target rank ${r.rank || '—'}; wanted ${r.case.targets.join(' | ')})`,
        );
    }
    return res;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const runs: Run[] = [];
  const heldAside = [
    opts.fresh,
    opts.third,
    opts.fourth,
    opts.fifth,
    opts.sixth,
    opts.seventh,
    opts.eighth,
    opts.ninth,
    opts.tenth,
    opts.eleventh,
    opts.twelfth,
    opts.thirteenth,
    opts.fourteenth,
    opts.fifteenth,
    opts.sixteenth,
    opts.seventeenth,
    opts.eighteenth,
    opts.nineteenth,
    opts.twentieth,
    opts['twenty-first'],
    opts['twenty-second'],
    opts['twenty-third'],
    opts['twenty-fourth'],
  ];
  if (heldAside.some(Boolean)) {
    if (opts.dist)
      throw new Error(
        '--fresh, --third, --fourth, --fifth, --sixth, --seventh, --eighth, --ninth, --tenth, --eleventh, --twelfth, --thirteenth, --fourteenth, --fifteenth, --sixteenth, --seventeenth, --eighteenth, --nineteenth, --twentieth, --twenty-first, --twenty-second, --twenty-third and --twenty-fourth build each of their organisations; --dist does not apply',
      );
    if (heldAside.filter(Boolean).length > 1) {
      throw new Error(
        'choose one of --fresh, --third, --fourth, --fifth, --sixth, --seventh, --eighth, --ninth, --tenth, --eleventh, --twelfth, --thirteenth, --fourteenth, --fifteenth, --sixteenth, --seventeenth, --eighteenth, --nineteenth, --twentieth, --twenty-first, --twenty-second, --twenty-third and --twenty-fourth',
      );
    }
    const [label, sets] = opts['twenty-fourth']
      ? ['twenty-fourth held-aside set', TWENTY_FOURTH_HELD_ASIDE]
      : opts['twenty-third']
        ? ['twenty-third held-aside set', TWENTY_THIRD_HELD_ASIDE]
        : opts['twenty-second']
          ? ['twenty-second held-aside set', TWENTY_SECOND_HELD_ASIDE]
          : opts['twenty-first']
            ? ['twenty-first held-aside set', TWENTY_FIRST_HELD_ASIDE]
            : opts.twentieth
              ? ['twentieth held-aside set', TWENTIETH_HELD_ASIDE]
              : opts.nineteenth
                ? ['nineteenth held-aside set', NINETEENTH_HELD_ASIDE]
                : opts.eighteenth
                  ? ['eighteenth held-aside set', EIGHTEENTH_HELD_ASIDE]
                  : opts.seventeenth
                    ? ['seventeenth held-aside set', SEVENTEENTH_HELD_ASIDE]
                    : opts.sixteenth
                      ? ['sixteenth held-aside set', SIXTEENTH_HELD_ASIDE]
                      : opts.fifteenth
                        ? ['fifteenth held-aside set', FIFTEENTH_HELD_ASIDE]
                        : opts.fourteenth
                          ? ['fourteenth held-aside set', FOURTEENTH_HELD_ASIDE]
                          : opts.thirteenth
                            ? ['thirteenth held-aside set', THIRTEENTH_HELD_ASIDE]
                            : opts.twelfth
                              ? ['twelfth held-aside set', TWELFTH_HELD_ASIDE]
                              : opts.eleventh
                                ? ['eleventh held-aside set', ELEVENTH_HELD_ASIDE]
                                : opts.tenth
                                  ? ['tenth held-aside set', TENTH_HELD_ASIDE]
                                  : opts.ninth
                                    ? ['ninth held-aside set', NINTH_HELD_ASIDE]
                                    : opts.eighth
                                      ? ['eighth held-aside set', EIGHTH_HELD_ASIDE]
                                      : opts.seventh
                                        ? ['seventh held-aside set', SEVENTH_HELD_ASIDE]
                                        : opts.sixth
                                          ? ['sixth held-aside set', SIXTH_HELD_ASIDE]
                                          : opts.fifth
                                            ? ['fifth held-aside set', FIFTH_HELD_ASIDE]
                                            : opts.fourth
                                              ? ['fourth held-aside set', FOURTH_HELD_ASIDE]
                                              : opts.third
                                                ? ['third held-aside set', THIRD_HELD_ASIDE]
                                                : ['fresh held-aside set', FRESH_HELD_ASIDE];
    for (const o of sets) runs.push({ label, content: o.content, cases: o.cases });
  } else if (opts.content && opts.queries) {
    const mod = (await import(pathToFileURL(path.resolve(opts.queries)).href)) as { cases: SearchCase[] };
    runs.push({
      label: path.basename(opts.queries),
      content: opts.content,
      cases: mod.cases,
      ...(opts.dist ? { dist: opts.dist } : {}),
    });
  } else {
    const names = opts['held-aside'] ? ['held-aside'] : opts.set.split(',');
    const cases = names.flatMap((n) => {
      if (!SETS[n]) throw new Error(`unknown set ${n} (${Object.keys(SETS).join(', ')})`);
      return SETS[n];
    });
    runs.push({
      label: `${names.join(' + ')} part${names.length > 1 ? 's' : ''}`,
      content: opts.content ?? 'content',
      cases,
      ...(opts.dist ? { dist: opts.dist } : {}),
    });
  }
  const all: { ours: CaseResult[]; peer: CaseResult[] } = { ours: [], peer: [] };
  for (const run of runs) {
    const res = await runOne(run);
    all.ours.push(...res.ours);
    all.peer.push(...res.peer);
  }
  if (runs.length > 1) {
    console.log(`\nall ${runs.length} organisations, ${all.ours.length} queries\n`);
    console.log(table(all.ours, all.peer));
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
