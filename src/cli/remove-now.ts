/**
 * Removes a run's folder from a signal handler (abort.ts), where no JavaScript runs until the
 * process ends but file operations already handed to libuv's threads still finish: a
 * `writeFile` into the run's scratch folder, opened just before Ctrl-C, made its file again
 * after `rmSync` had passed it, and the interrupted `guifan pdf` left
 * `.guifan-run-…/scratch/model.json` behind (1 run in 30 killed just after it started). So the
 * folder is removed again until it has stayed gone for a moment.
 */
import fs from 'node:fs';
import { sleep } from './stop-tree.ts';

/** Removes `dir` now, and again whenever it reappears within `quietMs` (at most `ms` in all). */
export function removeNow(dir: string, quietMs = 60, ms = 2000): void {
  const until = Date.now() + ms;
  let goneSince = -1;
  while (Date.now() < until) {
    if (fs.lstatSync(dir, { throwIfNoEntry: false }) === undefined) {
      if (goneSince < 0) goneSince = Date.now();
      else if (Date.now() - goneSince >= quietMs) return;
    } else {
      goneSince = -1;
      try {
        fs.rmSync(dir, { recursive: true, force: true });
      } catch {
        // A file made meanwhile (ENOTEMPTY): the next turn removes it.
      }
    }
    sleep(5);
  }
}
