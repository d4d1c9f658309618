/**
 * What to undo when the command is interrupted (Ctrl-C, SIGTERM, a closed terminal): stop the
 * site's process and the PDF workers, then remove this run's staging folder, so an interrupted
 * build leaves nothing behind. Cleanups run synchronously, newest first, then the signal's
 * default action ends the process as it would have without them. (A SIGKILL cannot be caught:
 * the next run cleans up after it, see atomic.ts.)
 */
const cleanups: (() => void)[] = [];
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      fn();
    } catch {
      // Nothing more can be done while the process is ending; the next run cleans up.
    }
  }
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/** Runs `fn` if the process is interrupted before the returned function is called. */
export function onAbort(fn: () => void): () => void {
  if (cleanups.length === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.push(fn);
  return () => {
    const i = cleanups.indexOf(fn);
    if (i >= 0) cleanups.splice(i, 1);
    if (cleanups.length === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}
