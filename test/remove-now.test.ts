/**
 * removeNow (src/cli/remove-now.ts), the run folder's removal on Ctrl-C: a file operation that
 * was already under way when the signal came (here another thread, standing in for libuv's)
 * makes the folder again after the first removal — it is removed again, and stays gone.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { removeNow } from '../src/cli/remove-now.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'guifan-remove-now-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Waits until the folder is gone, then makes `scratch/model.json` in it once, as the late write did
// (the folder first: that alone is what must not stay).
const remaker = `const fs = require('node:fs'); const path = require('node:path');
const { parentPort, workerData: dir } = require('node:worker_threads');
parentPort.postMessage('ready');
const wait = new Int32Array(new SharedArrayBuffer(4));
while (fs.existsSync(dir)) Atomics.wait(wait, 0, 0, 1);
fs.mkdirSync(path.join(dir, 'scratch'), { recursive: true });
parentPort.postMessage('remade');
// Removed again already, on a loaded machine, before this file is written: as removeNow should.
try { fs.writeFileSync(path.join(dir, 'scratch', 'model.json'), '{}'); } catch {}`;

describe('a run folder removed from a signal handler', () => {
  it('is removed again when a write under way makes it again', async () => {
    const run = path.join(root, '.guifan-run-print-1-x');
    mkdirSync(path.join(run, 'scratch', 'new'), { recursive: true });
    writeFileSync(path.join(run, 'scratch', 'a.txt'), 'a');
    const messages: string[] = [];
    const worker = new Worker(remaker, { eval: true, workerData: run });
    worker.on('message', (m: string) => messages.push(m));
    await new Promise<void>((resolve) => worker.once('message', () => resolve()));
    // Long enough a quiet moment for a loaded machine to run the other thread meanwhile.
    removeNow(run, 3000, 20_000);
    await new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    expect(messages).toEqual(['ready', 'remade']);
    expect(existsSync(run)).toBe(false);
  });

  it('does nothing when there is nothing to remove', () => {
    removeNow(path.join(root, 'never-made'), 20);
    expect(existsSync(path.join(root, 'never-made'))).toBe(false);
  });
});
