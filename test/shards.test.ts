/**
 * Past one machine: the 4× synthetic organisation (12 units in 3 regions) built as 4 shards (`guifan build --shard i/4`)
 * and merged (`guifan merge`) is the single build, file for file and byte for byte. Kept cheap on
 * two cores: the 4× site is compared without PDFs (--no-pdf), and the 4× print plan's slices
 * checked to share every file out exactly once (a shard's PDFs are a filter of that plan). Site and
 * PDFs together — published and staff PDFs merged, the pages' PDF sizes, the service worker over
 * them — are compared on the example content in 2 shards, each starting from the whole build's PDF cache. (The mixed-district PDFs in 4 shards,
 * compared here until 2026-12-04, repeated what those two prove at 83 s of CPU.) Also: a missing shard and shards of
 * different content are refused, the previous output untouched, and --units with a misspelt
 * unit says which unit was meant. (The 10× organisation, compared here until 2026-12-05, cost 22 s
 * of CPU more for the same code paths: its whole build 32 s, each shard 12.5 s, against 23 s and 9 s.)
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOrganisation } from '../bench/synthetic.ts';
import { loadModel, type Model } from '../src/model/index.ts';
import { parseShard, shardSlice, unitsSlice } from '../src/model/shard.ts';
import { planPrintJobs } from '../src/print/index.ts';
import { contentHash, SHARD_MANIFEST } from '../src/cli/shard-manifest.ts';
import { cacheDirFor } from '../src/print/cache/store.ts';
import { builtOrganisation } from './support/built.ts';

const run = promisify(execFile);
const bin = path.resolve('src/cli/bin.mjs');
/**
 * Beside the checkout, named after it (<repo>-shards-XXXX), where it can be: a folder whose path
 * merely starts with the project's made Astro put its server chunks away from the packages, and
 * the build failed ("Cannot find package 'diff'"). Every build below proves it no longer does.
 */
function workFolder(): string {
  try {
    return mkdtempSync(`${path.resolve('.')}-shards-`);
  } catch {
    return mkdtempSync(path.join(tmpdir(), 'guifan-shards-'));
  }
}
const work = workFolder();
const content = path.join(work, 'org4');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** CPU seconds of the guifan processes this file ran (children included), beside wall time. */
const spent = { wall: 0, cpu: 0 };

async function guifan(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = performance.now();
  // /usr/bin/time's format on stderr's last line: the children's user+sys seconds.
  const timed = ['-f', 'cpu %U %S', process.execPath, bin, ...args];
  let result: { code: number; stdout: string; stderr: string };
  try {
    const { stdout, stderr } = await run('/usr/bin/time', timed, {
      env: { ...process.env, GUIFAN_DEBUG: '', ...env },
      maxBuffer: 64 << 20,
    });
    result = { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    result = { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
  const wall = (performance.now() - t) / 1000;
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  spent.wall += wall;
  spent.cpu += cpuSeconds;
  console.log(
    `guifan ${args.filter((a) => !a.startsWith('/')).join(' ')}: ${wall.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU`,
  );
  return result;
}

async function ok(args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await guifan(args, env);
  if (r.code !== 0) throw new Error(`guifan ${args.join(' ')} failed (${r.code}):\n${r.stderr}`);
  return r.stdout;
}

/** Runs the tasks in order, two at a time (CI's two cores). */
async function twoAtATime(tasks: (() => Promise<unknown>)[]): Promise<void> {
  const queue = [...tasks];
  const lane = async (): Promise<void> => {
    for (let task = queue.shift(); task; task = queue.shift()) await task();
  };
  await Promise.all([lane(), lane()]);
}

/**
 * Every file under dir (relative paths, sorted), with the sha256 of its bytes: compared as
 * strings, since a deep equality over thousands of Buffers takes minutes.
 */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else
        files.set(
          r,
          createHash('sha256')
            .update(readFileSync(path.join(dir, r)))
            .digest('hex'),
        );
    }
  };
  walk('');
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** The two trees hold the same files with the same bytes (the differing names listed when not). */
function expectSameTree(a: string, b: string): number {
  const ta = tree(a);
  const tb = tree(b);
  expect([...tb.keys()]).toEqual([...ta.keys()]);
  const differing = [...ta].filter(([f, hash]) => hash !== tb.get(f)).map(([f]) => f);
  expect(differing).toEqual([]);
  return ta.size;
}

const SHARDS = 4;
let model: Model;

beforeAll(async () => {
  generateOrganisation(content, 4, 1);
  const loaded = await loadModel(content);
  if (!loaded.model) throw new Error('the 4× organisation does not load');
  model = loaded.model;
});

afterAll(() => {
  // The figures the report quotes: what these builds cost on this machine.
  console.log(
    `shards.test: guifan runs took ${spent.wall.toFixed(1)} s wall (summed, some at once), ${spent.cpu.toFixed(1)} s CPU (load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`,
  );
});

describe('the slices of an organisation (src/model/shard.ts)', () => {
  it('cover every unit exactly once, the group pages on shard 1, balanced and stable', () => {
    const slices = Array.from({ length: SHARDS }, (_, i) => shardSlice(model, parseShard(`${i + 1}/${SHARDS}`)));
    const units = slices.flatMap((s) => s.units);
    expect([...units].sort()).toEqual(model.units.map((u) => u.id).sort());
    expect(new Set(units).size).toBe(units.length);
    expect(slices.map((s) => s.group)).toEqual([true, false, false, false]);
    // 20 units over 4 shards, shard 1 also making the group's pages: none is empty, none holds half.
    for (const s of slices) expect(s.units.length).toBeGreaterThan(0);
    for (const s of slices) expect(s.units.length).toBeLessThan(10);
    expect(shardSlice(model, parseShard(`2/${SHARDS}`))).toEqual(slices[1]);
  });

  it('refuses a malformed --shard and names the unit meant by a misspelt --units', () => {
    expect(() => parseShard('5/4')).toThrow(/i\/n/);
    expect(() => parseShard('0/4')).toThrow(/1 ≤ i ≤ n/);
    const real = model.units[3]!.id;
    const typo = `${real.slice(0, -1)}x`;
    expect(() => unitsSlice(model, [typo], false)).toThrow(new RegExp(`did you mean ${real}\\?`));
    expect(unitsSlice(model, [real], true)).toMatchObject({ units: [real], group: true });
  });

  it('shares the PDFs out: every planned file in exactly one shard', () => {
    const whole = planPrintJobs(model).flatMap((j) => j.files);
    const parts = Array.from({ length: SHARDS }, (_, i) =>
      planPrintJobs(model, { slice: shardSlice(model, parseShard(`${i + 1}/${SHARDS}`)) }).flatMap((j) => j.files),
    );
    expect(parts.flat().sort()).toEqual([...whole].sort());
    for (const p of parts) expect(p.length).toBeGreaterThan(0);
  });
});

describe('4 shards merged = one build (4× organisation)', () => {
  it('site (--no-pdf): same files, same bytes', { timeout: 1_800_000 }, async () => {
    const whole = path.join(work, 'site-whole');
    const shards = Array.from({ length: SHARDS }, (_, i) => path.join(work, `site-${i + 1}`));
    // Two at a time: one build's start and model load run while the other's Astro build holds the
    // build lock (one at a time per checkout). One after the other: 448 s wall, 124 s CPU (load 13);
    // all five at once: 141 s CPU (load 20, five processes contending), for no clear wall gain.
    const said: string[] = [];
    await twoAtATime([
      async () => said.push(await ok(['build', '--content', content, '--out', whole, '--no-pdf'])),
      ...shards.map(
        (dir, i) => async () =>
          said.push(
            await ok(['build', '--content', content, '--out', dir, '--no-pdf', '--shard', `${i + 1}/${SHARDS}`]),
          ),
      ),
    ]);
    // The first build to hold the build lock bundled the site's code; the four after it took its
    // bundles (src/site/kept-bundle.ts), so the comparison below covers reused bundles too.
    expect(said.filter((out) => out.includes('code bundles reused from the last build'))).toHaveLength(SHARDS);
    // Each shard made only its part of the pages.
    const pages = (dir: string) => [...tree(dir).keys()].filter((f) => f.endsWith('.html')).length;
    const wholePages = pages(whole);
    for (const dir of shards) expect(pages(dir)).toBeLessThan(wholePages * 0.6);
    const merged = path.join(work, 'site-merged');
    await ok(['merge', ...shards, '--out', merged]);
    const files = expectSameTree(whole, merged);
    expect(files).toBeGreaterThan(1000);
    // Search is the group's index (the group shard made it from the whole model): the same files, above.
    expect(existsSync(path.join(merged, 'pagefind', 'pagefind-entry.json'))).toBe(true);

    // A missing shard is refused, naming it, and the merged output is left as it was.
    const before = tree(merged);
    const missing = await guifan(['merge', shards[0]!, shards[1]!, shards[3]!, '--out', merged]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('缺少分片 shard 3/4');
    expect(missing.stderr).toContain('missing shard shard 3/4');
    expect(tree(merged)).toEqual(before);

    // A shard made from other content (here: its model.json edited, its manifest to match) is refused.
    const other = path.join(work, 'site-other');
    cpSync(shards[2]!, other, { recursive: true });
    const text = readFileSync(path.join(other, 'model.json'), 'utf8').replace(
      model.organisation.name,
      `${model.organisation.name}（新）`,
    );
    writeFileSync(path.join(other, 'model.json'), text);
    const manifest = JSON.parse(readFileSync(path.join(other, SHARD_MANIFEST), 'utf8')) as { content: string };
    writeFileSync(path.join(other, SHARD_MANIFEST), JSON.stringify({ ...manifest, content: contentHash(text) }));
    const mixed = await guifan(['merge', shards[0]!, shards[1]!, other, shards[3]!, '--out', merged]);
    expect(mixed.code).not.toBe(0);
    expect(mixed.stderr).toMatch(/内容不同.*different content/s);
    expect(tree(merged)).toEqual(before);

    // Not a shard at all.
    const notShard = await guifan(['merge', whole, '--out', path.join(work, 'x')]);
    expect(notShard.stderr).toContain(`no ${SHARD_MANIFEST}`);
  });

  it('site and PDFs together (the example, 2 shards): sizes on the pages and the service worker as one build', {
    timeout: 1_800_000,
  }, async () => {
    // What only a build of both shows: the pages' PDF sizes are filled over the merged PDFs, and
    // the service worker's precache hashes the pages as filled (a whole build writes it after the sizes too).
    // The whole build is the run's shared `guifan build` of the example (robust-build copies it too).
    const shards = [1, 2].map((i) => path.join(work, `example-${i}`));
    // The whole build is the run's shared one; each shard starts from a copy of its PDF cache, as a
    // CI matrix whose jobs restore one cache would: the shards' PDFs are reused from it (their
    // slices of the model read what the whole build's jobs read), so what this compares is how
    // the halves are assembled, at the cost of two site builds. That a reused PDF is the bytes of
    // a fresh one is pdf-cache.test.ts's claim, proved there for every kind of edit.
    const whole = (await builtOrganisation('content', 'full')).out;
    for (const dir of shards) cpSync(cacheDirFor(whole), cacheDirFor(dir), { recursive: true });
    // Shard 2 builds from a stand-in root (GUIFAN_CACHE_DIR: as a read-only install does, site-state.ts),
    // where the pages' module paths are the links' and slicing once matched none: it made every unit's pages.
    const standIn = { GUIFAN_CACHE_DIR: path.join(work, 'stand-in-cache') };
    const said: string[] = [];
    await twoAtATime(
      shards.map(
        (dir, i) => async () =>
          said.push(await ok(['build', '--out', dir, '--shard', `${i + 1}/2`], i === 1 ? standIn : {})),
      ),
    );
    // Every PDF of both shards came from the whole build's cache: none made again.
    for (const out of said) expect(out).toMatch(/PDF：重用 \d+ 个，新做 0 个/);
    // Each shard made only its part of the pages (the example: 255 pages, its shards 139 and 117).
    const pages = (dir: string) => [...tree(dir).keys()].filter((f) => f.endsWith('.html')).length;
    for (const dir of shards) expect(pages(dir)).toBeLessThan(pages(whole) * 0.6);
    const merged = path.join(work, 'example-merged');
    await ok(['merge', ...shards, '--out', merged]);
    expectSameTree(whole, merged);
    expectSameTree(`${whole}-staff`, `${merged}-staff`);
    const downloads = readFileSync(path.join(merged, 'downloads', 'index.html'), 'utf8');
    expect(downloads).toMatch(/data-pdf-size="[^"]+"> · \d+(\.\d)? [KM]B</);
  });

  it('--units with a misspelt unit id: did you mean, nothing written', { timeout: 600_000 }, async () => {
    const real = model.units[5]!.id;
    const typo = real.replace(/-(\w)/, '_$1');
    const out = path.join(work, 'typo');
    // --no-site: the refusal comes once the model is loaded, before anything is built either way.
    const r = await guifan(['build', '--content', content, '--out', out, '--no-site', '--units', typo]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`did you mean ${real}?`);
    expect(r.stderr).toContain(`没有单位 "${typo}"`);
    expect(existsSync(out) && statSync(out).isDirectory() && readdirSync(out).length > 0).toBe(false);
  });
});
