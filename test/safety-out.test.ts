/**
 * The held-out corpus, output side: out folders that hold the user's data are refused, and runs
 * are killed, interrupted, run twice at once, run out of disk, run as another user with a
 * read-only install, from another folder, into symbolic links and mount points. After each
 * fault: the previous output is byte for byte as it was (or put back by the next run), nothing
 * of the content is lost, no hidden run folder is left, no stack trace is printed, and every
 * command ends by itself. Runs are `guifan pdf` (seconds) as separate processes; the site
 * build's own faults are in test/safety-build.test.ts. Root-only cases (mounts, other users)
 * are skipped with a printed reason when not run as root.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fuzz/harness.ts';
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

const tally = new Tally('safety-out (out folders and faults)');
let root: string;
/** Valid content, and the same with an error (a run that restores, then stops). */
let content: string;
let broken: string;
/** An out folder holding a previous `guifan pdf --only poster` output, copied for each case. */
let previous: string;
let contentHashes: Map<string, string>;
const mounts: string[] = [];
let n = 0;

beforeAll(async () => {
  root = tempDir('out');
  content = await scaffoldAt(path.join(root, 'content'));
  broken = await scaffoldAt(path.join(root, 'broken'));
  edit(path.join(broken, 'organisation.yaml'), /^name: .*$/m, 'name: ""');
  contentHashes = hashTree(content);
  previous = path.join(root, 'previous');
  const made = await inProcess(['pdf', '--content', content, '--out', previous, '--only', 'poster']);
  expect(made.code, made.err).toBe(0);
  if (!IS_ROOT)
    console.log(
      'skipped: the cases with mounts (tmpfs, read-only, full disk) and other users need root; CI runs as root',
    );
}, 300_000);

afterAll(() => {
  for (const m of mounts.reverse()) umount(m);
  console.log(tally.report());
  removeTree(root);
});

function mount(dir: string, options: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  mounts.push(dir);
}
function umount(dir: string): void {
  try {
    execFileSync('umount', [dir]);
  } catch {
    // Already unmounted.
  }
}

/** A fresh folder holding a copy of the previous output at <case>/out. */
function caseWithOutput(): { dir: string; out: string } {
  const dir = path.join(root, `case-${++n}`);
  mkdirSync(dir, { recursive: true });
  const out = path.join(dir, 'out');
  cpSync(previous, out, { recursive: true });
  return { dir, out };
}

/** Files lost: of the content, and of the previous output (which must be as it was). */
function lost(out: string, before: Map<string, string>): number {
  return lostFiles(contentHashes, hashTree(content)).length + lostFiles(before, hashTree(out)).length;
}

function fault(
  name: string,
  fn: () => Promise<{ lost: number }>,
  options: { root?: boolean; timeout?: number } = {},
): void {
  const test = options.root && !IS_ROOT ? it.skip : it;
  test(name, () => tally.run(name, 'fault', fn), options.timeout ?? 240_000);
}
// biome-ignore lint/suspicious/noConfusingVoidType: a refusal's check may return nothing (an async function that only asserts)
function refusal(name: string, fn: () => Promise<{ lost: number } | void>): void {
  it(name, () => tally.run(name, 'input', fn), 60_000);
}

/** Waits until this run's folder exists beside (or in) the out folder: the run is under way. */
async function runUnderWay(child: ChildProcess, places: string[]): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (
      places.some(
        (p) =>
          existsSync(p) && readdirSync(p).some((x) => x.startsWith(`.guifan-run-`) && x.includes(`-${child.pid}-`)),
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the run never started');
}

describe('out folders that hold the user’s data are refused (exit 2), and nothing is touched', () => {
  const refused = async (args: string[], says: string, cwd?: string) => {
    const before = hashTree(root);
    const r = cwd ? await runGuifan(args, { cwd }) : { ...(await inProcess(args)), hung: false };
    expect(r.hung).toBe(false);
    expect(r.code).toBe(2);
    expect(r.err).toContain('refusing to write the out folder');
    expect(r.err).toContain(says);
    expectNoStackTrace(r.err);
    expect(lostFiles(before, hashTree(root))).toEqual([]);
  };
  refusal('--out is the content folder', () =>
    refused(['build', '--content', content, '--out', content], 'it is the content folder'),
  );
  refusal('--out inside the content folder', () =>
    refused(['build', '--content', content, '--out', path.join(content, 'site')], 'lies inside the content folder'),
  );
  refusal('--out contains the content folder', () =>
    refused(['build', '--content', content, '--out', root], 'contains the content folder'),
  );
  refusal('--out . in the project that holds the content (run from there)', () =>
    refused(['build', '--content', 'content', '--out', '.'], 'contains the content folder', root),
  );
  refusal('--out is guifan itself', () =>
    refused(['build', '--content', content, '--out', REPO_ROOT], 'contains guifan itself'),
  );
  refusal("--out inside guifan's own src", () =>
    refused(['pdf', '--content', content, '--out', path.join(REPO_ROOT, 'src', 'site-out')], "inside guifan's own src"),
  );
  refusal('--out a folder of the user’s own files', async () => {
    const mine = path.join(root, `mine-${++n}`);
    mkdirSync(path.join(mine, 'photos'), { recursive: true });
    writeFileSync(path.join(mine, 'notes.txt'), '我的文件');
    await refused(['build', '--content', content, '--out', mine], 'not empty and was not written by guifan');
  });
  refusal('pdf into a folder whose print/ is the user’s', async () => {
    const site = path.join(root, `site-${++n}`);
    mkdirSync(path.join(site, 'print'), { recursive: true });
    writeFileSync(path.join(site, 'print', '打印说明.docx'), 'x');
    await refused(['pdf', '--content', content, '--out', site], 'not empty and was not written by guifan');
  });
  refusal('--out a file', async () => {
    const file = path.join(root, `file-${++n}.txt`);
    writeFileSync(file, 'x');
    await refused(['build', '--content', content, '--out', file], 'it is a file, not a folder');
  });
  refusal('--out below a file', async () => {
    const file = path.join(root, `file-${++n}.txt`);
    writeFileSync(file, 'x');
    await refused(['pdf', '--content', content, '--out', file], 'a part of the path is a file');
  });
  refusal('an earlier version’s output (PDFs, no marker) is still guifan’s to replace', async () => {
    const { out } = caseWithOutput();
    for (const f of readdirSync(path.join(out, 'print')))
      if (!f.endsWith('.pdf')) removeTree(path.join(out, 'print', f));
    const r = await inProcess(['pdf', '--content', content, '--out', out, '--only', 'card']);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(path.join(out, 'print'))).toContain('.guifan-output');
  });
});

describe('faults: the previous output survives, nothing hidden is left, every command ends', () => {
  const recover = async (out: string, before: Map<string, string>) => {
    // A run with broken content: it puts back what an interrupted run moved away, then stops.
    const r = await runGuifan(['pdf', '--content', broken, '--out', out]);
    expect(r.hung).toBe(false);
    expect(r.code).toBe(1);
    expectNoStackTrace(r.err);
    expect(leftovers(out)).toEqual([]);
    expect(lostFiles(before, hashTree(out))).toEqual([]);
    return r;
  };

  for (const point of ['before-swap', 'between-renames'] as const) {
    fault(
      `killed (SIGKILL) ${point === 'before-swap' ? 'after building, before the swap' : 'between the two renames of the swap'}`,
      async () => {
        const { out } = caseWithOutput();
        const before = hashTree(out);
        const r = await runGuifan(['pdf', '--content', content, '--out', out, '--only', 'card'], {
          env: { GUIFAN_FAULT: `${point}@print` },
        });
        expect(r.signal).toBe('SIGKILL');
        if (point === 'between-renames') expect(existsSync(path.join(out, 'print'))).toBe(false);
        else expect(lostFiles(before, hashTree(out))).toEqual([]);
        const next = await recover(out, before);
        if (point === 'between-renames') expect(next.err).toContain('the previous output is back in place');
        return { lost: lost(out, before) };
      },
    );
  }

  for (const point of ['content-swap-out', 'content-swap-in'] as const) {
    fault(
      `a mount point as out folder, killed while its contents are swapped ${point === 'content-swap-out' ? 'out' : 'in'}`,
      async () => {
        const { out } = caseWithOutput();
        const print = path.join(out, 'print');
        const saved = path.join(root, `saved-${n}`);
        cpSync(print, saved, { recursive: true });
        removeTree(print);
        mount(print, 'size=20m');
        cpSync(saved, print, { recursive: true });
        const before = hashTree(out);
        const r = await runGuifan(['pdf', '--content', content, '--out', out, '--only', 'card'], {
          env: { GUIFAN_FAULT: `${point}@print` },
        });
        expect(r.signal).toBe('SIGKILL');
        await recover(out, before);
        return { lost: lost(out, before) };
      },
      { root: true },
    );
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    fault(`interrupted with ${signal} mid-run: cleans up at once`, async () => {
      const { out } = caseWithOutput();
      const before = hashTree(out);
      const r = await runGuifan(['pdf', '--content', content, '--out', out], {
        onStart: (child) => void runUnderWay(child, [path.join(out)]).then(() => child.kill(signal)),
      });
      expect(r.hung).toBe(false);
      expect(r.signal).toBe(signal);
      expect(leftovers(out)).toEqual([]);
      return { lost: lost(out, before) };
    });
  }

  fault('two runs into the same folder at once: both succeed, the result is a whole output', async () => {
    const { out } = caseWithOutput();
    const before = hashTree(out);
    const [a, b] = await Promise.all([
      runGuifan(['pdf', '--content', content, '--out', out, '--only', 'poster']),
      runGuifan(['pdf', '--content', content, '--out', out, '--only', 'poster']),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expectNoStackTrace(a.err + b.err);
    expect(leftovers(out)).toEqual([]);
    // The same PDFs as before, made again: byte for byte the same.
    return { lost: lost(out, before) };
  });

  fault(
    'a full disk (a 400 KB tmpfs): exit 1 naming the out folder, previous output untouched',
    async () => {
      const disk = path.join(root, `disk-${++n}`);
      mount(disk, 'size=400k');
      const out = path.join(disk, 'out');
      cpSync(previous, out, { recursive: true });
      const before = hashTree(out);
      const r = await runGuifan(['pdf', '--content', content, '--out', out]);
      expect(r.hung).toBe(false);
      expect(r.code).toBe(1);
      expect(r.err).toContain('磁盘空间不足');
      expect(r.err).toContain(`no space left on the device while writing: ${path.join(out, 'print')}`);
      expect(r.err).not.toContain('.guifan-run');
      expectNoStackTrace(r.err);
      expect(leftovers(out)).toEqual([]);
      return { lost: lost(out, before) };
    },
    { root: true },
  );

  fault(
    'read-only content (a read-only mount): check and pdf work and change nothing',
    async () => {
      const ro = path.join(root, `ro-${++n}`);
      mount(ro, 'size=20m');
      cpSync(content, ro, { recursive: true });
      execFileSync('mount', ['-o', 'remount,ro', ro]);
      const inside = hashTree(ro);
      const checked = await runGuifan(['check', '--content', ro]);
      expect(checked.code, checked.err).toBe(0);
      const out = path.join(root, `ro-out-${n}`);
      const r = await runGuifan(['pdf', '--content', ro, '--out', out, '--only', 'poster']);
      expect(r.code, r.err).toBe(0);
      expect(lostFiles(inside, hashTree(ro))).toEqual([]);
      return { lost: lostFiles(inside, hashTree(ro)).length };
    },
    { root: true },
  );

  fault(
    'an out folder on a read-only disk: exit 1 naming it, no hang',
    async () => {
      const ro = path.join(root, `rodisk-${++n}`);
      mount(ro, 'size=20m');
      const out = path.join(ro, 'out');
      cpSync(previous, out, { recursive: true });
      execFileSync('mount', ['-o', 'remount,ro', ro]);
      const before = hashTree(out);
      const r = await runGuifan(['pdf', '--content', content, '--out', out, '--only', 'card']);
      expect(r.hung).toBe(false);
      expect(r.code).toBe(1);
      expect(r.err).toContain('read-only');
      expect(r.err).toContain(ro);
      expectNoStackTrace(r.err);
      return { lost: lost(out, before) };
    },
    { root: true },
  );

  fault(
    'another user, a read-only install, another working folder',
    async () => {
      const home = path.join(root, `user-${++n}`);
      mkdirSync(home);
      cpSync(content, path.join(home, 'content'), { recursive: true });
      giveTo(home, NOBODY);
      const r = await runGuifan(['pdf', '--content', 'content', '--out', 'dist', '--only', 'poster'], {
        cwd: home,
        uid: NOBODY,
      });
      expect(r.hung).toBe(false);
      expect(r.code, r.err).toBe(0);
      expect(r.err).toBe('');
      expect(
        readdirSync(path.join(home, 'dist', 'print'))
          .filter((f) => f.endsWith('.pdf'))
          .sort(),
      ).toEqual(
        readdirSync(path.join(previous, 'print'))
          .filter((f) => f.endsWith('.pdf'))
          .sort(),
      );
      return { lost: 0 };
    },
    { root: true },
  );

  fault('from another working folder, with relative paths', async () => {
    const dir = path.join(root, `elsewhere-${++n}`);
    mkdirSync(dir);
    cpSync(content, path.join(dir, 'org'), { recursive: true });
    const r = await runGuifan(['pdf', '--content', 'org', '--out', 'site', '--only', 'poster'], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(lostFiles(hashTree(path.join(previous, 'print')), hashTree(path.join(dir, 'site', 'print')))).toEqual([]);
    return { lost: 0 };
  });

  fault('a symbolic link as out folder: written through, the link stays a link', async () => {
    const { dir, out } = caseWithOutput();
    const link = path.join(dir, 'published');
    symlinkSync(out, link);
    const r = await runGuifan(['pdf', '--content', content, '--out', link, '--only', 'card']);
    expect(r.code, r.err).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(out);
    // The card and its print-shop sheet, beside the poster that was there (--only keeps the other PDFs).
    expect(
      readdirSync(path.join(out, 'print'))
        .filter((f) => f.endsWith('.pdf'))
        .sort(),
    ).toEqual(['card-main-hall.pdf', 'card-sheet-main-hall.pdf', 'poster-main-hall.pdf']);
    expect(leftovers(out)).toEqual([]);
    return { lost: lostFiles(contentHashes, hashTree(content)).length };
  });

  fault('a symbolic link to a folder not there yet: the folder is made where it points', async () => {
    const dir = path.join(root, `link-${++n}`);
    mkdirSync(dir);
    const link = path.join(dir, 'site');
    symlinkSync(path.join(dir, 'real-site'), link);
    const r = await runGuifan(['pdf', '--content', content, '--out', link, '--only', 'poster']);
    expect(r.code, r.err).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(dir, 'real-site', 'print', '.guifan-output'))).toBe(true);
    return { lost: 0 };
  });

  fault(
    'a mount point as out folder: the contents are swapped, the mount stays',
    async () => {
      const { out } = caseWithOutput();
      const print = path.join(out, 'print');
      removeTree(print);
      mount(print, 'size=20m');
      const first = await runGuifan(['pdf', '--content', content, '--out', out, '--only', 'poster']);
      expect(first.code, first.err).toBe(0);
      const second = await runGuifan(['pdf', '--content', content, '--out', out, '--only', 'card']);
      expect(second.code, second.err).toBe(0);
      expect(readFileSync('/proc/self/mountinfo', 'utf8')).toContain(` ${print} `);
      expect(
        readdirSync(print)
          .filter((f) => f.endsWith('.pdf'))
          .sort(),
      ).toEqual(['card-main-hall.pdf', 'card-sheet-main-hall.pdf', 'poster-main-hall.pdf']);
      expect(leftovers(out)).toEqual([]);
      return { lost: 0 };
    },
    { root: true },
  );

  fault('a lock left by a run that died is taken over', async () => {
    const { out } = caseWithOutput();
    const lock = path.join(out, '.guifan-lock-print');
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), String(await deadPid()));
    const r = await runGuifan(['pdf', '--content', content, '--out', out, '--only', 'card'], { timeoutMs: 60_000 });
    expect(r.hung).toBe(false);
    expect(r.code, r.err).toBe(0);
    expect(leftovers(out)).toEqual([]);
    return { lost: 0 };
  });

  fault('a staging folder left by an earlier version is removed, its old output put back', async () => {
    const { dir, out } = caseWithOutput();
    const dead = await deadPid();
    const before = hashTree(out);
    // What guifan did before run folders: .guifan-old-<name>-<pid>-<time> beside the target, target gone.
    const { renameSync } = await import('node:fs');
    renameSync(path.join(out, 'print'), path.join(out, `.guifan-old-print-${dead}-abc123`));
    mkdirSync(path.join(out, `.guifan-staging-print-${dead}-abc123`));
    await recover(out, before);
    expect(readdirSync(dir)).toEqual(['out']);
    return { lost: lost(out, before) };
  });

  fault('a content folder with a named pipe: build ends (exit 1) instead of hanging', async () => {
    const dir = path.join(root, `pipe-${++n}`);
    cpSync(content, dir, { recursive: true });
    execFileSync('mkfifo', [path.join(dir, 'norms', 'draft.yaml')]);
    const r = await runGuifan(['build', '--content', dir, '--out', path.join(root, `pipe-out-${n}`)], {
      timeoutMs: 120_000,
    });
    expect(r.hung).toBe(false);
    expect(r.code).toBe(1);
    expect(r.err).toContain('norms/draft.yaml:1:1');
    expectNoStackTrace(r.err);
    return { lost: 0 };
  });

  fault(
    'an unreadable file, as another user: build ends (exit 1) instead of hanging',
    async () => {
      const home = path.join(root, `locked-${++n}`);
      const dir = path.join(home, 'content');
      cpSync(content, dir, { recursive: true });
      giveTo(home, NOBODY);
      const { chmodSync } = await import('node:fs');
      chmodSync(path.join(dir, 'roles.yaml'), 0o000);
      const r = await runGuifan(['build', '--content', dir, '--out', path.join(home, 'out')], {
        uid: NOBODY,
        cwd: '/tmp',
        timeoutMs: 120_000,
      });
      expect(r.hung).toBe(false);
      expect(r.code).toBe(1);
      expect(r.err).toContain('permission denied for: roles.yaml (EACCES)');
      expectNoStackTrace(r.err);
      return { lost: 0 };
    },
    { root: true },
  );

  fault(
    'an out folder the user may not write: exit 1 naming it, no hang',
    async () => {
      const dir = path.join(root, `theirs-${++n}`);
      mkdirSync(dir, { mode: 0o755 });
      const r = await runGuifan(['pdf', '--content', content, '--out', path.join(dir, 'out'), '--only', 'poster'], {
        uid: NOBODY,
        cwd: '/tmp',
        timeoutMs: 120_000,
      });
      expect(r.hung).toBe(false);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`permission denied for: ${dir}`);
      expectNoStackTrace(r.err);
      return { lost: 0 };
    },
    { root: true },
  );

  fault('an out folder where no folder can be made (/proc): exit 1 naming it, no hang', async () => {
    // Node's recursive mkdir spins for ever there; guifan makes folders one level at a time.
    const r = await runGuifan(['pdf', '--content', content, '--out', '/proc/guifan-out', '--only', 'poster'], {
      timeoutMs: 60_000,
    });
    expect(r.hung).toBe(false);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/a folder cannot be created at: \/proc\S* \(ENOENT\)/);
    expectNoStackTrace(r.err);
    return { lost: 0 };
  });

  fault('a cache folder that cannot be written: build exits 1 naming it, no hang', async () => {
    const out = path.join(root, `cache-out-${++n}`);
    const r = await runGuifan(['build', '--content', content, '--out', out], {
      env: { GUIFAN_CACHE_DIR: '/proc/guifan-cache' },
      timeoutMs: 180_000,
    });
    expect(r.hung).toBe(false);
    expect(r.code).toBe(1);
    expect(r.err).toContain('/proc/guifan-cache');
    expect(r.err).toContain('GUIFAN_CACHE_DIR');
    expectNoStackTrace(r.err);
    expect(existsSync(out)).toBe(false);
    expect(leftovers(out)).toEqual([]);
    return { lost: 0 };
  });
});
