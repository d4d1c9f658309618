/**
 * Stops child processes and everything they started, now, and waits — synchronously, for the
 * abort path (abort.ts), where the run's folder is removed next — until none of them can write
 * another byte. A print worker only sent SIGKILL may still be finishing a PDF, and its write
 * makes the folders it needs again after they were removed: an interrupted `guifan pdf` then left
 * `.guifan-run-…/scratch/root/print/…` behind (about one run in four, killed while printing).
 *
 * On Linux the processes' states are read from /proc (a killed child stays a zombie until the
 * event loop reaps it, which cannot happen inside a signal handler: a zombie writes nothing).
 * Elsewhere the children are killed and given a moment.
 */
import fs from 'node:fs';

const PAUSE = new Int32Array(new SharedArrayBuffer(4));
/** Waits `ms` without returning to the event loop (a signal handler cannot; remove-now.ts too). */
export const sleep = (ms: number): void => void Atomics.wait(PAUSE, 0, 0, ms);

/** Parent pid and state letter of a process, or undefined once it is gone. */
function stat(pid: number): { ppid: number; state: string } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // "pid (name) S ppid …": the name may hold spaces and brackets, so read after the last ')'.
  const [state = '', ppid = '0'] = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(ppid), state };
}

/** `pids` and their descendants, from one pass over /proc. */
function treeOf(pids: number[]): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (!s) continue;
    const list = children.get(s.ppid);
    if (list) list.push(Number(name));
    else children.set(s.ppid, [Number(name)]);
  }
  const all: number[] = [];
  const todo = [...pids];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    if (all.includes(pid)) continue;
    all.push(pid);
    todo.push(...(children.get(pid) ?? []));
  }
  return all;
}

const ended = (pid: number): boolean => {
  const s = stat(pid);
  return s === undefined || s.state === 'Z' || s.state === 'X';
};

function kill(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** SIGKILLs `pids` and their descendants and returns once all have ended (at most `ms`). */
export function stopTreeNow(pids: number[], ms = 2000): void {
  const live = pids.filter((p) => p > 0);
  if (live.length === 0) return;
  if (!fs.existsSync('/proc/self/stat')) {
    for (const pid of live) kill(pid);
    sleep(100);
    return;
  }
  const tree = treeOf(live);
  for (const pid of tree) kill(pid);
  const until = Date.now() + ms;
  while (Date.now() < until && !tree.every(ended)) sleep(5);
}
