/**
 * The held-out corpus, whole builds (a handful: each takes seconds), and the promise that a
 * `guifan check` that passes means a `guifan build` that passes.
 *
 * - Content that check accepts though it is awkward (an MDX page with expressions, reference
 *   URLs, markup and entities in text, curly quotes, a long clause, CRLF line ends) builds from
 *   another working folder into a symbolic link, taking over a build lock a dead process left;
 *   as root the build runs as another user with a read-only install, into a mount point.
 * - Killed (SIGKILL) while the site is being built: the site's process ends by itself, the
 *   previous output is untouched, and the next run leaves no hidden folder.
 * - Killed between the two renames of the swap; two builds at once.
 * - A disk that fills up during the build (root only).
 * - Over fuzzed content (test/fuzz): whenever check passes, the PDFs build (in this process).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { makeCorpus, plan, REPO_ROOT, type Corpus } from './fuzz/harness.ts';
import { caseArbitrary, describeCase } from './fuzz/mutate.ts';
import { cacheDirFor } from '../src/print/cache/store.ts';
import {
  deadPid,
  edit,
  expectNoStackTrace,
  giveTo,
  hashTree,
  inProcess,
  IS_ROOT,
  leftovers,
  lostFiles,
  NOBODY,
  removeTree,
  runGuifan,
  scaffoldAt,
  Tally,
  tempDir,
} from './safety/helpers.ts';

const BUILD_MS = 600_000;
const tally = new Tally('safety-build (whole builds, check ⇒ build)');
let root: string;
let content: string;
let broken: string;
/** The output of the first build, kept for the cases that need a previous output. */
let previous: string;
/** Its PDF cache, as that build left it beside its output. */
let previousCache: string;
const mounts: string[] = [];
let n = 0;

beforeAll(async () => {
  root = tempDir('build');
  content = await scaffoldAt(path.join(root, 'content'));
  // What check accepts and the site must build: an MDX page with an expression, reference URLs,
  // markup and entities in text, curly quotes and brackets, a long clause, CRLF line ends.
  writeFileSync(
    path.join(content, 'pages/guide.mdx'),
    '---\ntitle: 学习指南\n---\n\n# {frontmatter.title}\n\n请在 {new Date(0).getUTCFullYear() + 56} 年前学完。\n',
  );
  edit(
    path.join(content, 'norms/service-norms.yaml'),
    'scope:',
    'references:\n  - { title: 《服务条例》, url: "https://example.org/law" }\n  - { title: 《附件》, url: /downloads/ }\nscope:',
  );
  edit(
    path.join(content, 'norms/service-norms.yaml'),
    'text: 不得以任何理由推诿客户。',
    `text: ${JSON.stringify(`不得以任何理由推诿客户。<script>alert(1)</script> "><img src=x onerror=alert(1)> &amp; </svg> ${'首问负责，一次告知，限时办结。'.repeat(60)}`)}`,
  );
  edit(path.join(content, 'commitments/public.yaml'), 'title: 答复时限', 'title: “答复”「时限」');
  const roles = path.join(content, 'roles.yaml');
  writeFileSync(roles, readFileSync(roles, 'utf8').replace(/\n/g, '\r\n'));
  broken = await scaffoldAt(path.join(root, 'broken'));
  edit(path.join(broken, 'organisation.yaml'), /^name: .*$/m, 'name: ""');
  if (!IS_ROOT)
    console.log(
      'skipped: the whole builds as another user, into a mount point and onto a full disk need root; CI runs as root',
    );
}, 60_000);

afterAll(() => {
  for (const m of mounts.reverse()) {
    try {
      execFileSync('umount', [m]);
    } catch {
      // Already unmounted.
    }
  }
  console.log(tally.report());
  removeTree(root);
});

function mount(dir: string, size: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounts.push(dir);
}

function fault(name: string, fn: () => Promise<{ lost: number }>, options: { root?: boolean } = {}): void {
  const test = options.root && !IS_ROOT ? it.skip : it;
  test(name, () => tally.run(name, 'fault', fn), BUILD_MS);
}

const pdfsIn = (dir: string) =>
  readdirSync(path.join(dir, 'print'))
    .filter((f) => f.endsWith('.pdf'))
    .sort();

/**
 * A copy of the first build's output at <case>/out, with its PDF cache beside it as a user's
 * previous build leaves it: the case's build reuses the PDFs instead of making them all again,
 * which none of these faults is about.
 */
function caseWithOutput(): { dir: string; out: string } {
  const dir = path.join(root, `case-${++n}`);
  mkdirSync(dir);
  const out = path.join(dir, 'out');
  cpSync(previous, out, { recursive: true });
  cpSync(previousCache, cacheDirFor(out), { recursive: true });
  return { dir, out };
}

/** A run with broken content into out: it tidies up after the interrupted one, then stops. */
async function recover(out: string): Promise<void> {
  const r = await runGuifan(['build', '--content', broken, '--out', out]);
  expect(r.hung).toBe(false);
  expect(r.code).toBe(1);
  expectNoStackTrace(r.err);
  expect(leftovers(out)).toEqual([]);
}

describe('whole builds', () => {
  fault(
    'from another folder into a symbolic link, taking over a dead build lock; as root also as another user with a read-only install, into a mount point',
    async () => {
      // As root: a user who may not write guifan's installation (its cache goes to their own
      // folder), the link pointing at a mount point. Otherwise: this user, a cache folder given.
      const home = path.join(root, 'work');
      mkdirSync(home);
      const real = path.join(home, 'published');
      if (IS_ROOT) mount(real, '50m');
      else mkdirSync(real);
      symlinkSync(real, path.join(home, 'site'));
      cpSync(content, path.join(home, 'content'), { recursive: true });
      const cache = IS_ROOT
        ? path.join(os.tmpdir(), `guifan-${NOBODY}`, createHash('sha1').update(REPO_ROOT).digest('hex').slice(0, 12))
        : path.join(root, 'cache');
      // As root the cache is nobody's, where guifan keeps it (the temp dir): gone after the test, as root is.
      if (IS_ROOT) onTestFinished(() => removeTree(cache));
      mkdirSync(path.join(cache, 'build.lock'), { recursive: true });
      writeFileSync(path.join(cache, 'build.lock', 'pid'), String(await deadPid()));
      if (IS_ROOT) {
        giveTo(home, NOBODY);
        giveTo(path.dirname(cache), NOBODY);
      }
      const checked = await inProcess(['check', '--content', path.join(home, 'content')]);
      expect(checked.code, checked.err).toBe(0);
      const r = await runGuifan(
        ['build', '--content', 'content', '--out', 'site'],
        IS_ROOT ? { cwd: home, uid: NOBODY } : { cwd: home, env: { GUIFAN_CACHE_DIR: cache } },
      );
      expect(r.hung).toBe(false);
      expect(r.code, r.err).toBe(0);
      expectNoStackTrace(r.err);
      expect(lstatSync(path.join(home, 'site')).isSymbolicLink()).toBe(true);
      if (IS_ROOT) expect(readFileSync('/proc/self/mountinfo', 'utf8')).toContain(` ${real} `);
      for (const f of ['index.html', 'model.json', '.guifan-output', 'pagefind', 'pages/guide/index.html'])
        expect(existsSync(path.join(real, f)), f).toBe(true);
      expect(readFileSync(path.join(real, 'pages/guide/index.html'), 'utf8')).toContain('请在 2026 年前学完');
      expect(pdfsIn(real).length).toBeGreaterThan(5);
      expect(existsSync(path.join(cache, 'build.lock'))).toBe(false);
      expect(leftovers(real)).toEqual([]);
      previous = path.join(root, 'previous');
      cpSync(real, previous, { recursive: true });
      previousCache = cacheDirFor(path.join(home, 'site'));
      expect(existsSync(previousCache)).toBe(true);
      return { lost: 0 };
    },
  );

  fault(
    'killed (SIGKILL) while the site builds: its process ends too, the output is untouched, the next run tidies up',
    async () => {
      const { out } = caseWithOutput();
      const before = hashTree(out);
      let sitePid: number | undefined;
      const r = await runGuifan(['build', '--content', content, '--out', out], {
        onStart: (child) => {
          const watch = setInterval(() => {
            // The site's process: a child of the build running site-child.mjs.
            for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
              try {
                const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
                if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== child.pid) continue;
                if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('site-child.mjs')) continue;
                sitePid = Number(pid);
              } catch {
                // Ended meanwhile.
              }
            }
            if (sitePid !== undefined) {
              clearInterval(watch);
              // Give Astro a few seconds into the build, then pull the plug on the parent only.
              setTimeout(() => child.kill('SIGKILL'), 4000);
            }
          }, 50);
        },
      });
      expect(r.signal).toBe('SIGKILL');
      expect(sitePid).toBeDefined();
      // Orphaned, the site's process notices its parent is gone and ends by itself.
      for (
        let i = 0;
        i < 600 && existsSync(`/proc/${sitePid}`) && !readFileSync(`/proc/${sitePid}/stat`, 'utf8').includes(') Z');
        i++
      )
        await new Promise((res) => setTimeout(res, 100));
      expect(existsSync(`/proc/${sitePid}`) && !readFileSync(`/proc/${sitePid}/stat`, 'utf8').includes(') Z')).toBe(
        false,
      );
      expect(lostFiles(before, hashTree(out))).toEqual([]);
      await recover(out);
      return { lost: lostFiles(before, hashTree(out)).length };
    },
  );

  fault('killed between the two renames of the swap: the next run puts the previous output back', async () => {
    const { out } = caseWithOutput();
    const before = hashTree(out);
    const r = await runGuifan(['build', '--no-site', '--content', content, '--out', out], {
      env: { GUIFAN_FAULT: 'between-renames@out' },
    });
    expect(r.signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    const next = await runGuifan(['build', '--content', broken, '--out', out]);
    expect(next.err).toContain('the previous output is back in place');
    await recover(out);
    return { lost: lostFiles(before, hashTree(out)).length };
  });

  fault('two builds into one folder at once: both succeed and the result is one whole output', async () => {
    const { out } = caseWithOutput();
    const [a, b] = await Promise.all([
      runGuifan(['build', '--no-site', '--content', content, '--out', out]),
      runGuifan(['build', '--no-site', '--content', content, '--out', out]),
    ]);
    expect([a.code, b.code], a.err + b.err).toEqual([0, 0]);
    expect(leftovers(out)).toEqual([]);
    // --no-site: model.json and the PDFs, exactly as one build makes them.
    expect(readdirSync(out).sort()).toEqual(['.guifan-output', 'model.json', 'print']);
    expect(pdfsIn(out)).toEqual(pdfsIn(previous));
    return { lost: lostFiles(hashTree(path.join(previous, 'print')), hashTree(path.join(out, 'print'))).length };
  });

  fault(
    'the disk fills up during the build: exit 1 naming the out folder, the previous output untouched',
    async () => {
      const disk = path.join(root, 'disk');
      // Room for the previous output and a part of the next.
      mount(disk, '3m');
      const out = path.join(disk, 'site');
      // No PDF cache beside it: it would fill the small disk before the build starts.
      cpSync(previous, out, { recursive: true });
      const before = hashTree(out);
      const r = await runGuifan(['build', '--content', content, '--out', out]);
      expect(r.hung).toBe(false);
      expect(r.code).toBe(1);
      expect(r.err).toContain('磁盘空间不足');
      expect(r.err).toMatch(new RegExp(`no space left on the device while writing: ${out.replace(/[/.]/g, '\\$&')}`));
      expect(r.err).not.toContain('.guifan-run');
      expectNoStackTrace(r.err);
      expect(leftovers(out)).toEqual([]);
      return { lost: lostFiles(before, hashTree(out)).length };
    },
    { root: true },
  );
});

describe('check exit 0 ⇒ build exit 0', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await makeCorpus('scaffold');
  });
  afterAll(async () => {
    await corpus?.dispose();
  });

  it(
    'over fuzzed content: whenever check passes, the PDFs build',
    () =>
      tally.run('check ⇒ build over 24 fuzzed cases', 'input', async () => {
        const cases = fc.sample(caseArbitrary, { numRuns: 24, seed: 20270230 });
        let passed = 0;
        for (const [i, c] of cases.entries()) {
          const dir = path.join(root, `fuzz-${i}`);
          cpSync(corpus.dir, dir, { recursive: true });
          const { file, writes } = plan(corpus, c);
          for (const [rel, bytes] of writes) {
            const abs = path.join(dir, rel);
            if (bytes === null) rmSync(abs, { force: true });
            else {
              mkdirSync(path.dirname(abs), { recursive: true });
              writeFileSync(abs, bytes);
            }
          }
          const checked = await inProcess(['check', '--content', dir]);
          expectNoStackTrace(checked.out + checked.err);
          if (checked.code !== 0) continue;
          passed++;
          const what = `${describeCase(c, file)}\n${checked.err}`;
          const out = path.join(root, `fuzz-out-${i}`);
          // The PDFs: where what check misses would fail (the whole site is built for the corpus' own case above).
          const built = await inProcess(['pdf', '--content', dir, '--out', out]);
          expect(built.code, `${what}\n${built.err}`).toBe(0);
          removeTree(out);
        }
        // The property was put to the test, not passed vacuously.
        expect(passed).toBeGreaterThan(0);
        console.log(
          `check ⇒ build: ${passed} of ${cases.length} fuzzed cases passed check, and the PDFs of each built`,
        );
      }),
    BUILD_MS,
  );
});
