/**
 * writeAtomically (src/cli/atomic.ts) interrupted after its swap, while it removes its run
 * folder (the previous output, swapped out, is in it): the new output stays in place and the
 * run folder goes all the same — none of it is left in the out folder's parent. (A SIGINT
 * there, in the last CI run, left `.guifan-run-print-…` behind.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(path.join(os.tmpdir(), 'guifan-atomic-interrupt-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const atomic = path.resolve(import.meta.dirname, '../src/cli/atomic.ts');
// Writes 300 files in 30 folders as the new output of the folder named by argv[1].
const script = `import { writeAtomically } from ${JSON.stringify(atomic)};
import fs from 'node:fs'; import path from 'node:path';
await writeAtomically(process.argv[2], async (staging) => {
  for (let d = 0; d < 30; d++) {
    fs.mkdirSync(path.join(staging, 'd' + d));
    for (let f = 0; f < 10; f++) fs.writeFileSync(path.join(staging, 'd' + d, f + '.txt'), 'new');
  }
});`;

describe('an output written atomically, interrupted after the swap', () => {
  it('keeps the new output and leaves no run folder behind', () => {
    const out = path.join(root, 'out');
    for (let d = 0; d < 30; d++) {
      mkdirSync(path.join(out, `old${d}`), { recursive: true });
      for (let f = 0; f < 10; f++) writeFileSync(path.join(out, `old${d}`, `${f}.txt`), 'old');
    }
    const file = path.join(root, 'write.mts');
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, ['--import', 'tsx', file, out], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, GUIFAN_FAULT: 'removing-run' },
    });
    expect(r.signal).toBe('SIGINT');
    expect(readFileSync(path.join(out, 'd29', '9.txt'), 'utf8')).toBe('new');
    expect(readdirSync(root).filter((n) => n.startsWith('.guifan-'))).toEqual([]);
  });
});
