/**
 * Atomic and reproducible builds. Yesterday's good output must survive
 * today's bad edit: `guifan build` and `guifan pdf` build into a staging
 * directory and swap it in only on success, so on every kind of failure —
 * invalid content, a poster that overflows its page, a character the font
 * lacks — the previous output is byte for byte as it was (every file hashed).
 * And two builds of the same content, from different paths into different
 * directories, produce identical files, PDFs and search index included, so a
 * reviewer can trust a diff of the output.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { SIZE_ATTR, sizeMarkText } from '../src/print/file-sizes.ts';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  copyExample,
  editFile,
  firstDifference,
  guifan,
  hashTree,
  stagingLeftovers,
  treeChanges,
} from './fuzz/build-helpers.ts';
import { builtOrganisation } from './support/built.ts';
import { cacheDirFor } from '../src/print/cache/store.ts';

const BUILD_MS = 600_000;

let root: string;
let content: string;
let out: string;
let baseline: Map<string, string>;

beforeAll(async () => {
  ({ root, content } = await copyExample('atomic'));
  out = path.join(root, 'dist');
  // The previous output: a copy of the run's shared `guifan build` of the example (shards.test
  // reads it too), made from the same content as `content` here, with the quiz papers beside it.
  const shared = (await builtOrganisation('content', 'full')).out;
  await cp(shared, out, { recursive: true });
  await cp(`${shared}-staff`, `${out}-staff`, { recursive: true });
  // And its PDF cache, as the previous build would have left it beside the output: a failing
  // build then makes only the PDFs its edit touches (the rest come from the cache, as a user's
  // rebuild would), instead of some thirty PDFs per failing run.
  await cp(cacheDirFor(shared), cacheDirFor(out), { recursive: true });
  baseline = await hashTree(out);
}, BUILD_MS);
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** A file's SHA-256. */
function hashOf(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** guifan run in this process with GUIFAN_HEAP_CEILING set to `ceiling`, and what it said on stderr meanwhile. */
async function underCeiling(
  ceiling: string,
  args: string[],
): Promise<{ result: Awaited<ReturnType<typeof guifan>>; messages: string[] }> {
  const said = vi.spyOn(console, 'error');
  process.env.GUIFAN_HEAP_CEILING = ceiling;
  try {
    return { result: await guifan(args), messages: said.mock.calls.map((c) => String(c[0])) };
  } finally {
    delete process.env.GUIFAN_HEAP_CEILING;
    said.mockRestore();
  }
}

/** A copy of the example content with one edit, beside the first. */
async function variant(name: string, file: string, edit: (text: string) => string): Promise<string> {
  const dir = path.join(root, `content-${name}`);
  await cp(content, dir, { recursive: true });
  await editFile(path.join(dir, file), edit);
  return dir;
}

async function expectOutputUnchanged(): Promise<void> {
  expect(treeChanges(baseline, await hashTree(out))).toEqual([]);
  expect(await stagingLeftovers(out)).toEqual([]);
}

/** A unit name so long that even the poster's title and footer cannot fit its page at the minimum sizes (the one poster fault left once posters move texts to the QR page or more sheets). */
function endlessName(text: string): string {
  return text.replace(/^name: .*$/m, `name: ${'云澜供电公司城区供电营业厅'.repeat(120)}`);
}

/** A private-use character (U+E000), which no font guifan embeds has a glyph for, in the first clause text. */
function unprintableCharacter(text: string): string {
  return text.replace(/^(\s+text: )/m, '$1\ue000');
}

describe('the baseline build', () => {
  it('is a full build: site pages, search index, PDFs and the model', () => {
    const files = [...baseline.keys()];
    expect(files).toContain('index.html');
    expect(files).toContain('model.json');
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(files.filter((f) => /^print\/.+\.pdf$/.test(f)).length).toBeGreaterThanOrEqual(4);
    // No server module of Astro's is published (a killed build's staged chunks once were: site/build.ts).
    expect(files.filter((f) => /^chunks\/|\.mjs$/.test(f))).toEqual([]);
  });

  it('every PDF size on the site is the size of the file built (pages are made while the PDFs are; the sizes are written in after)', () => {
    const marks = sizeMarks(out);
    const pdfs = [...baseline.keys()].filter((f) => /^print\/.+\.pdf$/.test(f));
    // The downloads page has a size for every published PDF; no mark anywhere is empty or wrong.
    const onDownloads = new Set(marks.filter((m) => m.page === 'downloads/index.html').map((m) => m.file));
    expect([...onDownloads].sort()).toEqual(pdfs.map((f) => f.slice('print/'.length)).sort());
    expect(marks.some((m) => m.page.startsWith('units/'))).toBe(true);
    expect(marks.some((m) => m.page.startsWith('en/'))).toBe(true);
    for (const m of marks)
      expect(m.shown, `${m.page} ${m.file}`).toBe(sizeMarkText(fs.statSync(path.join(out, 'print', m.file)).size));
  });
});

/** The PDF size marks of a built site: page, file, what it shows. */
function sizeMarks(dir: string): { page: string; file: string; shown: string }[] {
  const marks: { page: string; file: string; shown: string }[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const html = fs.readFileSync(path.join(dir, p), 'utf8');
        for (const m of html.matchAll(new RegExp(`<span class="file-size" ${SIZE_ATTR}="([^"]+)">([^<]*)</span>`, 'g')))
          marks.push({ page: p, file: m[1]!, shown: m[2]! });
      }
    }
  };
  walk('');
  return marks;
}

describe('guifan pdf keeps the sizes on the site true', () => {
  it(
    'a poster made again with another commitment: the site in --out shows its new size',
    async () => {
      const copy = path.join(root, 'dist-pdf-sizes');
      await cp(out, copy, { recursive: true });
      const longer = await variant(
        'longer-board',
        'units/power-city-hall.yaml',
        (text) =>
          `${text.trimEnd()}\ncommitments:\n  - id: city-hall-evening-desk\n    title: 延时服务\n    text: 每周三营业厅延时服务至19:00，方便上班族办理业务。\n`,
      );
      const before = fs.statSync(path.join(copy, 'print/poster-power-city-hall.pdf')).size;
      const made = await guifan(['pdf', '--content', longer, '--out', copy, '--only', 'poster:power-city-hall']);
      expect(made.code, made.err).toBe(0);
      const after = fs.statSync(path.join(copy, 'print/poster-power-city-hall.pdf')).size;
      expect(after).not.toBe(before);
      const marks = sizeMarks(copy).filter((m) => m.file === 'poster-power-city-hall.pdf');
      expect(marks.length).toBeGreaterThanOrEqual(4); // downloads and the unit page, in both languages
      for (const m of marks) expect(m.shown, m.page).toBe(sizeMarkText(after));
    },
    BUILD_MS,
  );
});

describe('a heap ceiling outgrown', () => {
  it(
    'by a PDF worker still loading (before its first job): the run goes on without a ceiling, not fails',
    async () => {
      const copy = path.join(root, 'dist-ceiling');
      await cp(out, copy, { recursive: true });
      // 16 MB: less than a worker needs to load guifan's code, so it dies before it is given a job.
      // Every poster: one PDF alone is made in the command's own process, without workers.
      const { result: made, messages } = await underCeiling('print=16', [
        'pdf',
        '--content',
        content,
        '--out',
        copy,
        '--only',
        'poster',
      ]);
      expect(made.code, made.err).toBe(0);
      expect(messages.some((m) => m.includes('a PDF worker outgrew its 16 MB heap'))).toBe(true);
      const posters = fs.readdirSync(path.join(out, 'print')).filter((f) => f.startsWith('poster-'));
      expect(posters.length).toBeGreaterThan(1);
      for (const f of posters) expect(hashOf(path.join(copy, 'print', f)), f).toBe(hashOf(path.join(out, 'print', f)));
    },
    BUILD_MS,
  );
});

describe('a failed build leaves the previous output byte for byte as it was', () => {
  it('invalid content: guifan build and guifan pdf exit 1 and name the file', async () => {
    const broken = await variant('invalid', 'organisation.yaml', (t) => t.replace(/^name: .*$/m, 'name: ""'));
    for (const command of ['build', 'pdf']) {
      const r = await guifan([command, '--content', broken, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/organisation\.yaml:\d+:\d+/);
      await expectOutputUnchanged();
    }
  });

  it(
    'a poster that overflows its page: guifan build fails after the site was built, output untouched',
    async () => {
      const crowded = await variant('overflow', 'units/power-city-hall.yaml', endlessName);
      const r = await guifan(['build', '--content', crowded, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/do not fit the page/);
      expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
      await expectOutputUnchanged();
    },
    BUILD_MS,
  );

  it(
    'a poster that overflows its page: guifan pdf, and guifan pdf --only that poster',
    async () => {
      const crowded = path.join(root, 'content-overflow');
      for (const args of [[], ['--only', 'poster:power-city-hall']]) {
        const r = await guifan(['pdf', '--content', crowded, '--out', out, ...args]);
        expect(r.code).toBe(1);
        expect(r.err).toMatch(/do not fit the page/);
        await expectOutputUnchanged();
      }
    },
    BUILD_MS,
  );

  it(
    'a character the font lacks: guifan build fails naming the character, output untouched',
    async () => {
      const odd = await variant('glyph', 'norms/general.yaml', unprintableCharacter);
      const r = await guifan(['build', '--content', odd, '--out', out]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/U\+E000/);
      await expectOutputUnchanged();
    },
    BUILD_MS,
  );

  it(
    'a character the font lacks: guifan pdf',
    async () => {
      const r = await guifan(['pdf', '--content', path.join(root, 'content-glyph'), '--out', out]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/U\+E000/);
      await expectOutputUnchanged();
    },
    BUILD_MS,
  );
});

describe('a PDF worker killed mid-run (as the system does when memory runs out)', () => {
  it(
    'fails the run in words a clerk can act on, naming the PDF; the previous output is untouched',
    async () => {
      // Without the cache every PDF is made again, so the workers are busy for some seconds.
      process.env.GUIFAN_NO_CACHE = '1';
      let killed: number | undefined;
      const hunt = setInterval(() => {
        const worker = childWorkers()[0];
        if (worker === undefined || killed !== undefined) return;
        killed = worker;
        process.kill(worker, 'SIGKILL');
      }, 50);
      let r: Awaited<ReturnType<typeof guifan>>;
      try {
        r = await guifan(['pdf', '--content', content, '--out', out]);
      } finally {
        clearInterval(hunt);
        delete process.env.GUIFAN_NO_CACHE;
      }
      expect(killed).toBeDefined();
      expect(r.code).toBe(1);
      // Killed while making a PDF, or between two (then no PDF is named).
      expect(r.err).toMatch(/生成 PDF 的进程意外停止（信号 SIGKILL）(，当时正在生成 \S+\.pdf)?：可能是本机内存不足/u);
      expect(r.err).toMatch(
        /a PDF worker stopped unexpectedly \(SIGKILL\)( while making \S+\.pdf)?: the machine may have run out of memory/u,
      );
      expect(r.err).not.toMatch(/\n\s+at /u);
      await expectOutputUnchanged();
      // The other worker is gone too.
      expect(childWorkers()).toEqual([]);
    },
    BUILD_MS,
  );
});

/** This process's print workers (children running print-worker.mjs), by pid. */
function childWorkers(): number[] {
  const pids: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('print-worker.mjs'))
        pids.push(Number(name));
    } catch {
      // Gone since it was listed.
    }
  }
  return pids;
}

describe('reproducible output', () => {
  it(
    'two builds of the same content, from another path into another directory, are identical file for file — also when the site process and the PDF workers outgrow their heap ceilings',
    async () => {
      // Another content path and output path: absolute paths must not leak into the output either.
      const elsewhere = path.join(root, 'elsewhere');
      await cp(content, path.join(elsewhere, 'content'), { recursive: true });
      const out2 = path.join(elsewhere, 'out');
      // Heap ceilings far below what either needs (src/cli/heap-ceiling.ts): the site is built
      // again in a process without one, each job of a worker that ran out goes to a worker
      // without one, and the output is still the baseline's, byte for byte. The site's (24 MB) ends
      // it as it starts; the workers' (32 MB) lets them load and die in their first jobs. Near its
      // ceiling V8 collects again and again before it gives up: at 40 MB each, the build took
      // 67 s of CPU against 34 s without ceilings; at these, 40 s.
      const { result: built, messages } = await underCeiling('site=24,print=32', [
        'build',
        '--content',
        path.join(elsewhere, 'content'),
        '--out',
        out2,
      ]);
      expect(built.code, built.err).toBe(0);
      expect(messages.some((m) => m.includes('the site build outgrew its 24 MB heap'))).toBe(true);
      expect(messages.some((m) => m.includes('a PDF worker outgrew its 32 MB heap'))).toBe(true);
      const second = await hashTree(out2);
      const changes = treeChanges(baseline, second);
      const details: string[] = [];
      for (const c of changes.slice(0, 12)) {
        const file = c.replace(/^changed /, '');
        details.push(
          c.startsWith('changed ') ? `${c}: ${await firstDifference(path.join(out, file), path.join(out2, file))}` : c,
        );
      }
      expect(details, `${changes.length} file(s) differ between two builds of the same content`).toEqual([]);
    },
    BUILD_MS,
  );
});
