/**
 * Property-based fuzzing of the content loader and checker (fast-check): valid
 * files — the example organisation and a `guifan new` scaffold — are mutated
 * structurally (keys deleted or renamed, types swapped, ids duplicated, rare
 * Unicode, long strings, deep nesting, alias bombs) and byte by byte
 * (truncation, invalid UTF-8, tabs, random bytes), and `loadModel` must
 * never throw, must give every diagnostic a relative file, a line and a column
 * inside that file and a "中文 / English" message, and must not hang.
 *
 * A modest number of cases runs here; `npx tsx test/fuzz/run.ts` runs 10,000.
 * The targeted cases at the end pin down inputs that once broke the loader.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import { corpusDrift, makeCorpus, runCase, type Corpus, type Outcome } from './fuzz/harness.ts';
import { caseArbitrary, type Case } from './fuzz/mutate.ts';

/** A hang guard, not a performance test: no single case may take this long. */
const HANG_MS = 5_000;

let example: Corpus;
let scaffoldCorpus: Corpus;

beforeAll(async () => {
  example = await makeCorpus('example');
  scaffoldCorpus = await makeCorpus('scaffold');
});
afterAll(async () => {
  await example?.dispose();
  await scaffoldCorpus?.dispose();
});

function expectSound(outcome: Outcome): void {
  expect(outcome.uncaught, `uncaught exception for ${outcome.description}`).toBeUndefined();
  expect(outcome.unpositioned, `diagnostics without a position for ${outcome.description}`).toEqual([]);
  expect(outcome.problems, `broken promises for ${outcome.description}`).toEqual([]);
  expect(outcome.ms, `time for ${outcome.description}`).toBeLessThan(HANG_MS);
}

describe('fuzzed content never crashes the loader and every problem has a position', () => {
  it('on mutations of the `guifan new` scaffold', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => expectSound(await runCase(scaffoldCorpus, c))),
      { numRuns: 120, seed: 20261123, endOnFailure: true },
    );
  }, 120_000);

  it('on mutations of the example organisation', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        expectSound(await runCase(example, c));
        expect(await corpusDrift(example), JSON.stringify(c).slice(0, 500)).toEqual([]);
      }),
      { numRuns: 60, seed: 11235, endOnFailure: true },
    );
  }, 120_000);
});

/** Hand-picked cases: each once threw, hung or lost its position, or guards a limit. */
const targeted: [string, Case, string?][] = [
  // RangeError: Maximum call stack size exceeded from yaml's parser (and a fatal V8 OOM in a fresh process).
  [
    '150,000 "- " at the start of a line',
    { file: 0, structural: [], bytes: [{ op: 'deep-text', at: 0, count: 150_000, opener: '- ' }] },
    'too-deep',
  ],
  [
    '100,000 "[" in a value',
    { file: 1, structural: [], bytes: [{ op: 'deep-text', at: 0, count: 100_000, opener: '[' }] },
    'too-deep',
  ],
  [
    '20,000 "{a: " in a value',
    { file: 2, structural: [], bytes: [{ op: 'deep-text', at: 300, count: 20_000, opener: '{a: ' }] },
  ],
  [
    'a billion-laughs alias bomb',
    { file: 3, structural: [{ op: 'alias-bomb', pick: 5, levels: 9, width: 10 }], bytes: [] },
    'yaml-alias-limit',
  ],
  [
    'a small alias bomb under the alias limit',
    { file: 3, structural: [{ op: 'alias-bomb', pick: 5, levels: 3, width: 9 }], bytes: [] },
  ],
  [
    'nesting 900 block maps deep',
    { file: 4, structural: [{ op: 'deep-nesting', pick: 3, depth: 900, style: 'map' }], bytes: [] },
  ],
  [
    'a 300,000-character CJK Extension B string',
    { file: 5, structural: [{ op: 'long-string', pick: 7, length: 300_000, unit: '𠀀' }], bytes: [] },
  ],
  [
    '1,500 copies of one list item (duplicate ids)',
    { file: 6, structural: [{ op: 'many-items', pick: 2, count: 1_500 }], bytes: [] },
  ],
  [
    'a lone surrogate as UTF-8 bytes',
    { file: 7, structural: [], bytes: [{ op: 'insert-bytes', at: 50, bytes: [0xed, 0xa0, 0x80] }] },
    'invalid-utf8',
  ],
  [
    'a NUL in the middle',
    { file: 8, structural: [], bytes: [{ op: 'insert-bytes', at: 80, bytes: [0x00] }] },
    'control-character',
  ],
  [
    'a BOM, RTL override and zero-width space in a value',
    { file: 2, structural: [{ op: 'inject-text', pick: 4, at: 1, text: '\ufeff\u202e\u200b' }], bytes: [] },
  ],
  [
    'CRLF line ends and tab indentation',
    { file: 2, structural: [], bytes: [{ op: 'crlf' }, { op: 'tabs', pick: 1, count: 3 }] },
  ],
  [
    'a key renamed to __proto__',
    { file: 0, structural: [{ op: 'rename-key', pick: 1, name: '__proto__' }], bytes: [] },
  ],
  [
    'truncated in the middle of a multi-byte character',
    { file: 2, structural: [], bytes: [{ op: 'insert-bytes', at: 1_000_000, bytes: [0xe4, 0xb8] }] },
  ],
  [
    'the file cloned under another name (every id twice)',
    { file: 2, structural: [], bytes: [], fileOp: { op: 'clone-file' } },
    'duplicate-id',
  ],
];

describe('targeted hostile inputs', () => {
  for (const [name, c, code] of targeted) {
    it(`example: ${name}`, async () => {
      expect(await corpusDrift(example)).toEqual([]);
      const outcome = await runCase(example, c);
      expectSound(outcome);
      if (code && !outcome.codes.includes(code)) {
        const { plan } = await import('./fuzz/harness.ts');
        const p = plan(example, c);
        console.log(
          'DEBUG',
          p.file,
          [...p.writes.keys()],
          p.writes.get(p.file)?.toString('utf8').slice(0, 300),
          example.files.length,
        );
      }
      if (code) expect(outcome.codes, JSON.stringify(outcome.codes)).toContain(code);
    });
  }
  it('a norm document with 20,000 clauses (inside every limit) loads without a hang', async () => {
    // Once quadratic: 20,000 clauses took 22 s, 39,000 took 260 s.
    const file = path.join(scaffoldCorpus.dir, 'norms/service-norms.yaml');
    const original = await readFile(file, 'utf8');
    let text = `${original}  - id: many\n    title: 大量条款\n    clauses:\n`;
    for (let i = 0; i < 20_000; i++) text += `      - id: many-${i}\n        text: 受理员应做到第 ${i} 项。\n`;
    await writeFile(file, text);
    try {
      const t0 = performance.now();
      const { model, diagnostics } = await loadModel(scaffoldCorpus.dir);
      expect(performance.now() - t0).toBeLessThan(HANG_MS * 2);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(model?.documents[0]?.clauses.at(-1)?.children).toHaveLength(20_000);
    } finally {
      await writeFile(file, original);
    }
  });

  it('6,000 clauses each naming an unknown role are all reported, without a hang', async () => {
    // Once quadratic: "did you mean" listed every id per dangling reference (8,000 took 32 s).
    const file = path.join(scaffoldCorpus.dir, 'norms/service-norms.yaml');
    const original = await readFile(file, 'utf8');
    let text = `${original}  - id: many\n    title: 大量条款\n    clauses:\n`;
    for (let i = 0; i < 6_000; i++)
      text += `      - id: many-${i}\n        text: 受理员应做到第 ${i} 项。\n        roles: [nobody-${i % 7}]\n`;
    await writeFile(file, text);
    try {
      const t0 = performance.now();
      const { diagnostics } = await loadModel(scaffoldCorpus.dir);
      expect(performance.now() - t0).toBeLessThan(HANG_MS * 2);
      const dangling = diagnostics.filter((d) => d.code === 'dangling-reference');
      expect(dangling).toHaveLength(6_000);
      // Each at its own clause: the original lines, the three of the "many" heading, three per clause.
      const first = original.split('\n').length + 3;
      expect(dangling.every((d) => d.file === 'norms/service-norms.yaml')).toBe(true);
      expect(dangling.map((d) => d.line)).toEqual(Array.from({ length: 6_000 }, (_, i) => first + 3 * i));
    } finally {
      await writeFile(file, original);
    }
  });

  it('an alias bomb over an empty list (which yaml lets through) in an invalid file, without a hang', async () => {
    // 48 levels of two aliases each: 2^48 paths through 49 shared lists. Walking them as a tree never ended.
    const file = path.join(example.dir, 'units/toll-east-station.yaml');
    const original = await readFile(file, 'utf8');
    const levels = Array.from({ length: 48 }, (_, k) => `  - &a${k + 1} [*a${k}, *a${k}]\n`).join('');
    await writeFile(file, `${original.trimEnd()}\nbomb:\n  - &a0 []\n${levels}`);
    try {
      const t0 = performance.now();
      const { diagnostics } = await loadModel(example.dir);
      expect(performance.now() - t0).toBeLessThan(HANG_MS);
      expect(diagnostics.find((d) => d.code === 'unknown-field')).toMatchObject({
        file: 'units/toll-east-station.yaml',
        path: 'bomb',
      });
    } finally {
      await writeFile(file, original);
    }
  });

  it('the scaffold: every file deleted in turn, emptied in turn, and twinned as .yml', async () => {
    for (let file = 0; file < scaffoldCorpus.files.length; file++) {
      for (const op of ['delete-file', 'empty-file', 'yml-twin'] as const) {
        expectSound(await runCase(scaffoldCorpus, { file, structural: [], bytes: [], fileOp: { op } }));
      }
    }
  });
});
