/**
 * stopTreeNow (src/cli/stop-tree.ts): what an interrupted command runs before it removes its run
 * folder. A process it started, and one that process started, writing into a folder: once
 * stopTreeNow returns, neither writes again, so the folder stays removed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stopTreeNow } from '../src/cli/stop-tree.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'guifan-stop-tree-'));
afterAll(() => {
  // Should the test fail, the writers it started must not outlive it: each names `root` in its arguments.
  spawnSync('pkill', ['-KILL', '-f', root]);
  rmSync(root, { recursive: true, force: true });
});

// Writes a file into DIR/made every millisecond, making the folder again whenever it is gone.
const writer = `const fs = require('node:fs'); const dir = process.argv[1] + '/made'; let i = 0;
setInterval(() => { fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(dir + '/' + (i++ % 50), 'x'); }, 1);`;
// Starts a writer of its own (as the site's process starts Pagefind), then writes too.
const parent = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(writer)}, process.argv[1] + '/child'], { stdio: 'ignore' });
${writer}`;

const until = async (ok: () => boolean): Promise<void> => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('stopTreeNow', () => {
  it('ends a process and the one it started before it returns: their folder, removed, stays removed', async () => {
    const dir = path.join(root, 'run');
    const child = spawn(process.execPath, ['-e', parent, dir], { stdio: 'ignore' });
    const bothWriting = () => existsSync(path.join(dir, 'made')) && existsSync(path.join(dir, 'child', 'made'));
    await until(bothWriting);
    expect(bothWriting()).toBe(true);
    stopTreeNow([child.pid!]);
    rmSync(dir, { recursive: true, force: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(dir) ? readdirSync(dir, { recursive: true }) : []).toEqual([]);
  });

  it('returns at once for no process, or one already gone', () => {
    const started = performance.now();
    stopTreeNow([]);
    stopTreeNow([2 ** 22 + 12345]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
