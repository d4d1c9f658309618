/**
 * A rebuild from a model file byte for byte the last build's takes each job's PDFs as that build
 * recorded them, without checking the job's record of reads (src/print/cache/same-model.ts). The
 * cache's entries are removed before each rebuild here, so a job the record does not give is made
 * again: what is taken can only have come from the record. Each input the record stands for —
 * the model's bytes, guifan's code, the fonts, the stored files — is changed in turn, and the PDFs
 * must then be those of a build without any cache, byte for byte.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printInWorkers } from '../src/cli/print-pool.ts';
import { loadModel } from '../src/model/index.ts';
import { testTempDir } from './support/temp-dir.ts';

const ORG = join(__dirname, 'fixtures/orgs/three-level-power');
/** Posters (two templates, every unit): a few seconds' work. */
const ONLY = 'poster';

/** Every file under `dir`, path → bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.set(r, readFileSync(join(dir, r)));
    }
  };
  walk('');
  return out;
}

function expectSame(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  expect([...expected].filter(([k, v]) => !actual.get(k)?.equals(v)).map(([k]) => k)).toEqual([]);
}

describe('a rebuild of the same model file (same-model.ts)', () => {
  it('takes each job as the last build recorded it, and never once an input it stands for differs', {
    timeout: 600_000,
  }, async () => {
    const root = testTempDir('same-model');
    const content = join(root, 'content');
    cpSync(ORG, content, { recursive: true });
    const cacheDir = join(root, 'cache');
    const record = join(cacheDir, 'same-model.json');
    let run = 0;

    /** The model as `guifan build` hands it over: a file; returns the run's files and the cache's count. */
    const build = async (opts: { cache?: boolean } = {}) => {
      const loaded = await loadModel(content);
      if (!loaded.model) throw new Error('the fixture does not load');
      const dir = join(root, `run-${++run}`);
      const modelFile = join(root, `model-${run}.json`);
      writeFileSync(modelFile, JSON.stringify(loaded.model));
      const done = await printInWorkers(loaded.model, join(dir, 'out'), {
        maxWorkers: 2,
        only: ONLY,
        modelFile,
        ...(opts.cache === false ? {} : { cacheDir, planned: () => {} }),
      });
      return { out: files(join(dir, 'out')), stats: done.cache, files: done.files.map((f) => relative(dir, f)) };
    };
    /** The entries gone: a job is taken only from the record, else made. */
    const dropEntries = (): void => rmSync(join(cacheDir, 'entries'), { recursive: true, force: true });

    const first = await build();
    expect(first.stats.made).toBeGreaterThan(2);
    expect(first.stats.reused).toBe(0);
    const jobs = Object.keys((JSON.parse(readFileSync(record, 'utf8')) as { jobs: object }).jobs).length;
    expect(jobs).toBeGreaterThan(0);

    // Nothing changed: every PDF from the record, the same bytes.
    dropEntries();
    const again = await build();
    expect(again.stats).toMatchObject({ reused: first.stats.made, made: 0 });
    expectSame(again.out, first.out);

    // A stored file damaged: that job is not taken (made again), the others are; as a clean build.
    const blobs = join(cacheDir, 'files');
    const pdf = readdirSync(blobs).find((n) => n.endsWith('.pdf'))!;
    writeFileSync(join(blobs, pdf), 'damaged');
    dropEntries();
    const damaged = await build();
    expect(damaged.stats.made).toBeGreaterThan(0);
    expect(damaged.stats.reused).toBeGreaterThan(0);
    expectSame(damaged.out, first.out);

    // Another version of guifan's code than the one recorded: nothing is taken from the record.
    const recorded = readFileSync(record, 'utf8');
    writeFileSync(record, recorded.replace(/"code":"[0-9a-f]+"/, '"code":"another-version"'));
    dropEntries();
    const code = await build();
    expect(code.stats).toMatchObject({ reused: 0, made: first.stats.made });
    expectSame(code.out, first.out);

    // A font file other than the one recorded: nothing is taken from the record.
    const text = readFileSync(record, 'utf8');
    writeFileSync(record, text.replace(/("fonts":\{[^}]*?":")[0-9a-f]{64}"/g, '$1another-font"'));
    expect(readFileSync(record, 'utf8')).not.toBe(text);
    dropEntries();
    const fonts = await build();
    expect(fonts.stats).toMatchObject({ reused: 0, made: first.stats.made });
    expectSame(fonts.out, first.out);

    // The content edited (the organisation's name, on every poster): another model file, nothing
    // taken from the last record, and the PDFs are a clean build's.
    const org = join(content, 'organisation.yaml');
    const yaml = readFileSync(org, 'utf8');
    const edited = yaml.replace(/^(\s*name:\s*)(\S.*)$/m, '$1$2（新）');
    expect(edited).not.toBe(yaml);
    writeFileSync(org, edited);
    dropEntries();
    const changed = await build();
    expect(changed.stats.reused).toBe(0);
    const clean = await build({ cache: false });
    expectSame(changed.out, clean.out);
    expect([...changed.out].some(([k, v]) => !first.out.get(k)?.equals(v))).toBe(true);
  });
});
