/**
 * Atomic output: build into a staging folder and swap it in only when everything succeeded,
 * so a failed build (bad content, a poster that overflows, a full disk, Ctrl-C) leaves
 * yesterday's output exactly as it was.
 *
 * Each run works in one hidden folder of its own, `.guifan-run-<name>-<pid>-<time>`, beside the
 * out folder (inside it when the out folder is a mount point, which cannot be renamed): `new/`
 * is the staging folder, `scratch/` the run's temporary files, `old/` the previous output
 * while it is being swapped out. The swap itself is synchronous (no signal handler can run in
 * the middle of it) and holds a lock, so concurrent runs take turns. A run killed outright
 * (SIGKILL, power loss) leaves its folder behind; the next run finds it by its dead pid and
 * first puts the previous output back if the swap was interrupted, then removes it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { onAbort } from './abort.ts';
import { makeFolder } from './make-folder.ts';
import { describeSystemError, isSystemError, ReportedError } from './errors.ts';
import { acquireLock, isAlive } from './lock.ts';
import { removeNow } from './remove-now.ts';
import { removeTree } from './remove-tree.ts';
import { isRunEntry, MARKER_TEXT, OUTPUT_MARKER, realPathOf, isMountPoint, type OutFolder } from './out-folder.ts';

const RUN = /^\.guifan-run-(.*)-(\d+)-([0-9a-z]+)$/;
/** Left by guifan versions before run folders: restored or removed the same way. */
const EARLIER = /^\.guifan-(staging|old)-(.*)-(\d+)-([0-9a-z]+)(-pdf|-model\.json|-root)?$/;

/**
 * Fault injection for the tests (test/safety-*.test.ts, test/atomic-interrupt.test.ts):
 * GUIFAN_FAULT=<point> kills the process there with SIGKILL, as a power cut or `kill -9` would
 * (while the run's folder is removed: interrupts it with SIGINT, as Ctrl-C would); GUIFAN_FAULT=<point>@<folder name>
 * only while swapping that folder (a build swaps the staff folder, then the output).
 */
function faultPoint(
  name: 'before-swap' | 'between-renames' | 'content-swap-out' | 'content-swap-in' | 'removing-run',
  target: string,
): void {
  const fault = process.env.GUIFAN_FAULT;
  if (fault === name || fault === `${name}@${path.basename(target)}`)
    process.kill(process.pid, name === 'removing-run' ? 'SIGINT' : 'SIGKILL');
}

const lexists = (p: string): boolean => fs.lstatSync(p, { throwIfNoEntry: false }) !== undefined;

function writePhase(run: string, phase: 'out' | 'in' | 'done'): void {
  const tmp = path.join(run, 'phase.tmp');
  fs.writeFileSync(tmp, phase);
  fs.renameSync(tmp, path.join(run, 'phase'));
}

function readPhase(run: string): string | undefined {
  try {
    return fs.readFileSync(path.join(run, 'phase'), 'utf8');
  } catch {
    return undefined;
  }
}

/** Entries of an out folder that are output (not a run's folder or lock). */
const outputEntries = (dir: string): string[] => fs.readdirSync(dir).filter((n) => !isRunEntry(n));

/**
 * Puts things back after an interrupted run: the previous output returns to `target` if the
 * swap stopped half-way; then the run's folder goes.
 */
export function recoverRun(run: string, target: string, mountPoint: boolean): void {
  const old = path.join(run, 'old');
  if (lexists(old)) {
    if (mountPoint) {
      const phase = readPhase(run);
      if (phase !== 'done') {
        // 'in': some new entries are already in place; every previous one is in old/.
        if (phase === 'in')
          for (const n of outputEntries(target)) fs.rmSync(path.join(target, n), { recursive: true, force: true });
        for (const n of fs.readdirSync(old)) fs.renameSync(path.join(old, n), path.join(target, n));
      }
    } else if (!lexists(target)) fs.renameSync(old, target);
  }
  fs.rmSync(run, { recursive: true, force: true });
}

/**
 * Recovers every run of `name` in `home` whose process is gone (and leftovers of earlier
 * versions). Returns whether a previous output was put back.
 */
function recoverDeadRuns(home: string, name: string, target: string, mountPoint: boolean): boolean {
  const before = lexists(target) ? outputCount(target) : -1;
  for (const entry of fs.readdirSync(home)) {
    const run = RUN.exec(entry);
    // The run's folder was made at the time in its name: a process that started later is not its owner.
    if (run && run[1] === name && !isAlive(Number(run[2]), Number.parseInt(run[3]!, 36))) {
      recoverRun(path.join(home, entry), target, mountPoint);
      continue;
    }
    const earlier = EARLIER.exec(entry);
    if (earlier && earlier[2] === name && !isAlive(Number(earlier[3]))) {
      const p = path.join(home, entry);
      if (earlier[1] === 'old' && !earlier[5] && !lexists(target) && !mountPoint) fs.renameSync(p, target);
      else fs.rmSync(p, { recursive: true, force: true });
    }
  }
  return (lexists(target) ? outputCount(target) : -1) !== before;
}

function outputCount(dir: string): number {
  try {
    return outputEntries(dir).length;
  } catch {
    return 0;
  }
}

function homeOf(folder: OutFolder): string {
  return folder.mountPoint ? folder.path : path.dirname(folder.path);
}

/**
 * First thing a run does with its out folder: put back a previous output that an interrupted
 * run left half-swapped, and remove the folders of runs that died. Told when it restored one.
 */
export async function tidyOutFolder(folder: OutFolder, onRestored?: () => void): Promise<void> {
  const home = homeOf(folder);
  if (!lexists(home)) return;
  const name = path.basename(folder.path);
  const lock = await acquireLock(path.join(home, `.guifan-lock-${name}`), { purpose: ['输出', 'output'] });
  try {
    if (recoverDeadRuns(home, name, folder.path, folder.mountPoint)) onRestored?.();
  } catch (e) {
    throw reword(e, '', folder);
  } finally {
    lock.release();
  }
}

/** Swaps the folder: two renames under the lock. */
function swapFolder(run: string, staging: string, target: string): void {
  const old = path.join(run, 'old');
  const had = lexists(target);
  if (had) fs.renameSync(target, old);
  faultPoint('between-renames', target);
  try {
    fs.renameSync(staging, target);
  } catch (e) {
    if (had) fs.renameSync(old, target);
    throw e;
  }
}

/** Swaps the contents of a mount point, entry by entry, with a phase file for recovery. */
function swapContents(run: string, staging: string, target: string): void {
  const old = path.join(run, 'old');
  fs.mkdirSync(old);
  writePhase(run, 'out');
  try {
    for (const n of outputEntries(target)) {
      fs.renameSync(path.join(target, n), path.join(old, n));
      faultPoint('content-swap-out', target);
    }
    writePhase(run, 'in');
    for (const n of fs.readdirSync(staging)) {
      fs.renameSync(path.join(staging, n), path.join(target, n));
      faultPoint('content-swap-in', target);
    }
    writePhase(run, 'done');
  } catch (e) {
    recoverRun(run, target, true);
    throw e;
  }
}

export interface AtomicOptions {
  /** Start from a copy of the current output (guifan pdf --only: the other PDFs stay). */
  seedFromExisting?: boolean;
  /** Told when the swap waits for another run into the same folder. */
  onWait?: (pid: number) => void;
}

/** A system error about a file in this run's folders, reworded to name the out folder instead. */
function reword(e: unknown, run: string, out: OutFolder): unknown {
  if (e instanceof ReportedError || !isSystemError(e)) return e;
  const inRun = (p: string | undefined) => p !== undefined && (p === run || p.startsWith(run + path.sep));
  let where = e.path;
  if (inRun(e.path)) {
    const rel = path.relative(path.join(run, 'new'), e.path!);
    where = rel.startsWith('..') ? out.shown : path.join(out.shown, rel);
  }
  return new ReportedError(describeSystemError(e, where ?? out.shown), e.code);
}

/**
 * Runs `build(staging, scratch)` and swaps the staging folder in for `out` when it succeeds.
 * `out` as given by resolveOutFolder (or a plain path, taken as is).
 */
export async function writeAtomically<T>(
  out: OutFolder | string,
  build: (staging: string, scratch: string) => Promise<T>,
  options: AtomicOptions = {},
): Promise<T> {
  const folder: OutFolder =
    typeof out === 'string'
      ? (() => {
          const real = realPathOf(out);
          const exists = fs.statSync(real, { throwIfNoEntry: false })?.isDirectory() ?? false;
          return { path: real, shown: out, exists, mountPoint: exists && isMountPoint(real) };
        })()
      : out;
  const target = folder.path;
  const name = path.basename(target);
  const home = homeOf(folder);
  try {
    makeFolder(home);
  } catch (e) {
    throw reword(e, '', folder);
  }
  const lockDir = path.join(home, `.guifan-lock-${name}`);
  const lockOptions = {
    purpose: ['输出', 'output'] as [string, string],
    ...(options.onWait ? { onWait: options.onWait } : {}),
  };
  await tidyOutFolder(folder);

  const run = path.join(home, `.guifan-run-${name}-${process.pid}-${Date.now().toString(36)}`);
  const staging = path.join(run, 'new');
  const scratch = path.join(run, 'scratch');
  const forget = onAbort(() => removeNow(run));
  try {
    fs.mkdirSync(scratch, { recursive: true });
    fs.mkdirSync(staging);
    // Entry by entry: in a mount point this run's own folder is inside the target.
    if (options.seedFromExisting && lexists(target))
      for (const n of outputEntries(target))
        fs.cpSync(path.join(target, n), path.join(staging, n), { recursive: true });
    const result = await build(staging, scratch);
    fs.writeFileSync(path.join(staging, OUTPUT_MARKER), MARKER_TEXT);
    faultPoint('before-swap', target);
    const lock = await acquireLock(lockDir, lockOptions);
    try {
      if (folder.mountPoint) swapContents(run, staging, target);
      else swapFolder(run, staging, target);
    } finally {
      lock.release();
    }
    return result;
  } catch (e) {
    throw reword(e, run, folder);
  } finally {
    // The previous output is in it now (old/): removed many files at once (remove-tree.ts). An
    // interruption meanwhile still removes the rest: forgotten only once it is gone (a SIGINT
    // there left the run's folder half removed in the out folder).
    try {
      faultPoint('removing-run', target);
      await removeTree(run);
    } finally {
      forget();
    }
  }
}

/**
 * The staff folder (quiz papers and keys) is written like the output: files of `from` replace
 * theirs in `target`, all at once; with `keepOthers` (a partial --only build) the other files stay.
 */
export async function publishStaffFiles(
  from: string,
  target: OutFolder | string,
  keepOthers: boolean,
): Promise<string[]> {
  if (!lexists(from)) return [];
  const names = fs.readdirSync(from);
  if (names.length === 0) return [];
  const shown = typeof target === 'string' ? target : target.path;
  return writeAtomically(
    target,
    async (staging) => {
      for (const name of names) moveFile(path.join(from, name), path.join(staging, name));
      return names.map((n) => path.join(path.resolve(shown), n));
    },
    { seedFromExisting: keepOthers },
  );
}

/** A rename, or a copy where the two folders are on different disks (an out folder that is a mount point). */
function moveFile(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    fs.cpSync(from, to, { recursive: true });
    fs.rmSync(from, { recursive: true, force: true });
  }
}

/** The staff folder's default: beside the output, `<out>-staff`. */
export function defaultStaffDir(outDir: string): string {
  const abs = path.resolve(outDir);
  return path.join(path.dirname(abs), `${path.basename(abs)}-staff`);
}
