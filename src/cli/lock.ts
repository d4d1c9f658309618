/**
 * A lock between processes: a directory made with mkdir (atomic) holding the holder's pid.
 * Only EEXIST means "held"; any other error (an unwritable folder, a full disk) is reported
 * naming the folder instead of being waited on forever. A lock whose holder died (killed
 * build) is taken over at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeSystemError, ReportedError, type SystemError } from './errors.ts';
import { makeFolder } from './make-folder.ts';

export interface Lock {
  release(): void;
}

export interface LockOptions {
  /** Told once, after waiting a moment, who holds the lock (so a wait is never silent). */
  onWait?: (holderPid: number) => void;
  pollMs?: number;
  /** What the folder is for, in the error when it cannot be written ("缓存" / "cache"). */
  purpose?: [zh: string, en: string];
}

/** A holder that made the directory but died before writing its pid leaves it empty; a live one writes at once. */
const PIDLESS_STALE_MS = 3_000;

/** When process `pid` started (ms since the epoch), where the system says (Linux /proc); else undefined. */
function startedAt(pid: number): number | undefined {
  // Trusted only if it agrees with this process's own start (a container's clock may not).
  if ((clockAgrees ??= agrees()) === false) return undefined;
  return procStart(pid);
}

let clockAgrees: boolean | undefined;
function agrees(): boolean {
  const own = procStart(process.pid);
  return own !== undefined && Math.abs(own - (Date.now() - process.uptime() * 1000)) < 5_000;
}

function procStart(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22, counted after the command name (which may hold spaces) closes with ')'.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const boot = Number(/^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'))?.[1]);
    // Clock ticks are 1/100 s on Linux (USER_HZ).
    return Number.isFinite(ticks) && Number.isFinite(boot) ? boot * 1000 + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether process `pid` is running and, when `since` (ms since the epoch) is given, was already
 * running then: a pid the system has since given to another process (after a crash, a reboot)
 * does not hold a lock or own a run folder, so nothing waits on it for ever.
 */
export function isAlive(pid: number, since?: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (since === undefined) return true;
  const started = startedAt(pid);
  // A second of slack: start times are counted in clock ticks.
  return started === undefined || started <= since + 1000;
}

/** The lock's holder: its pid and when it took the lock. */
function holderOf(lockDir: string): { pid: number; since?: number } | undefined {
  try {
    const [pid, since] = fs.readFileSync(path.join(lockDir, 'pid'), 'utf8').trim().split(/\s+/).map(Number) as [
      number,
      number | undefined,
    ];
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    return Number.isFinite(since) ? { pid, since: since! } : { pid };
  } catch {
    return undefined;
  }
}

function unwritable(folder: string, e: SystemError, purpose: LockOptions['purpose']): ReportedError {
  const [zh, en] = purpose ?? ['锁', 'lock'];
  return new ReportedError(
    `无法在${zh}文件夹中建立锁 / cannot create the ${en} lock there — ${describeSystemError(e, folder)}`,
    e.code,
  );
}

/** Tries once: the lock, or the pid of its live holder. Throws when the folder cannot be used. */
export function tryLock(lockDir: string, options: LockOptions = {}): Lock | { heldBy: number } {
  const folder = path.dirname(lockDir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      makeFolder(folder);
      fs.mkdirSync(lockDir);
    } catch (e) {
      const err = e as SystemError;
      if (err.code !== 'EEXIST') throw unwritable(folder, err, options.purpose);
      const holder = holderOf(lockDir);
      if (holder !== undefined && isAlive(holder.pid, holder.since)) return { heldBy: holder.pid };
      if (holder === undefined) {
        const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0);
        if (age < PIDLESS_STALE_MS) return { heldBy: 0 };
      }
      // Its holder died (or never wrote its pid): take it over, unless someone else just did.
      if (holderOf(lockDir)?.pid === holder?.pid) fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    try {
      fs.writeFileSync(path.join(lockDir, 'pid'), `${process.pid} ${Date.now()}`);
    } catch (e) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      throw unwritable(folder, e as SystemError, options.purpose);
    }
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        if (holderOf(lockDir)?.pid === process.pid) fs.rmSync(lockDir, { recursive: true, force: true });
      },
    };
  }
  return { heldBy: 0 };
}

/** Waits (polling) until the lock is ours. */
export async function acquireLock(lockDir: string, options: LockOptions = {}): Promise<Lock> {
  const started = Date.now();
  let told = false;
  for (;;) {
    const got = tryLock(lockDir, options);
    if ('release' in got) return got;
    if (!told && Date.now() - started > 2_000 && got.heldBy > 0) {
      told = true;
      options.onWait?.(got.heldBy);
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? 100));
  }
}
