/**
 * What a PDF's cache record names: the parts of the model the PDF printed, not everything it took
 * to put its unit's view together. Views are made once per build outside the read trace and lent
 * to the jobs (model/view-cache.ts); when each job made its own, a poster's record held its whole
 * unit and the ids of every item of the group, and a quiz key's held every unit's documents — a
 * 100-unit group's build then cost as the square of its size (bench/results/scale-trace-2026-12-04.md).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../src/model/index.ts';
import { buildPrint, defaultTemplatesDir, loadTemplates, plannedPrintFiles } from '../src/print/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import type { ReadValue } from '../src/print/cache/trace.ts';

const ORG = join(__dirname, 'fixtures/orgs/three-level-power');
const KINDS = ['poster', 'card', 'quiz', 'slip'];

interface Record {
  file: string;
  kind: string;
  unitId: string | undefined;
  /** Every path the job read, as dotted keys (model.units.3.name). */
  paths: string[];
}
let root: string;
const records: Record[] = [];

/** The record with its parts read back in, as the paths it names. */
function pathsOf(value: ReadValue, parts: string, prefix: string, out: string[]): void {
  const v =
    value.t === 'r' ? (JSON.parse(readFileSync(join(parts, `${value.s}.reads.json`), 'utf8')) as ReadValue) : value;
  if (prefix) out.push(prefix);
  if ((v.t === 'o' || v.t === 'a') && v.c)
    for (const [k, child] of Object.entries(v.c)) pathsOf(child, parts, prefix ? `${prefix}.${k}` : k, out);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'guifan-records-'));
  const model = await loadModelOrThrow(ORG);
  const templates = loadTemplates(defaultTemplatesDir());
  const planned = plannedPrintFiles(model, { templates }).filter((p) => KINDS.includes(p.kind));
  const cache = { dir: join(root, 'cache'), codeVersion: 'records' };
  await buildPrint(model, join(root, 'out'), {
    fonts: new FontCache(),
    templates,
    cache,
    jobs: planned.map((p) => p.file),
  });
  const byFile = new Map(planned.map((p) => [p.file, p]));
  for (const name of readdirSync(join(cache.dir, 'entries'))) {
    const entry = JSON.parse(readFileSync(join(cache.dir, 'entries', name), 'utf8')) as {
      files: string[];
      reads: ReadValue;
    };
    const plan = byFile.get(entry.files[0]!)!;
    const paths: string[] = [];
    pathsOf(entry.reads, join(cache.dir, 'files'), '', paths);
    records.push({ file: plan.file, kind: plan.kind, unitId: plan.unitId, paths });
  }
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('what a PDF cache record names', () => {
  it('a record for every job of each kind looked at', () => {
    for (const kind of KINDS) expect(records.filter((r) => r.kind === kind).length, kind).toBeGreaterThan(0);
  });

  it('posters, cards and slips read no clause of any document: they print none', () => {
    for (const r of records.filter((x) => x.kind !== 'quiz')) {
      const documents = r.paths.filter((p) => /^model\.(units\.\d+\.)?documents\.\d+\.clauses/.test(p));
      expect(documents, r.file).toEqual([]);
    }
  });

  it("every record reads its own unit's view and no other unit's", () => {
    for (const r of records.filter((x) => x.unitId !== undefined)) {
      const views = new Set(r.paths.filter((p) => /^derived\.views\.[^.]+$/.test(p)).map((p) => p.split('.')[2]!));
      expect(views.size, r.file).toBeGreaterThan(0);
      for (const key of views) expect(key.startsWith(`unit:${r.unitId}`) ? key : `${key} in ${r.file}`).toBe(key);
      // Nor another unit's resolved data in the model.
      const units = r.paths.filter((p) => /^model\.units\.\d+\.(documents|patches|origins|commitments)$/.test(p));
      expect(units, r.file).toEqual([]);
    }
  });
});
