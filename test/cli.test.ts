/**
 * The CLI as a user meets it: scaffolding, checking, exit statuses, and the
 * editor schemas that validate files as people type.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonSchemaFor, schemaFileName } from '../src/model/jsonschema.ts';
import { KINDS, type Kind } from '../src/model/schema/kinds.ts';
import { loadModel } from '../src/model/index.ts';
import { buildPrint } from '../src/print/index.ts';
import { printInWorkers, startPrint } from '../src/cli/print-pool.ts';
import { codeVersion } from '../src/print/cache/code.ts';
import { BUNDLE_DIR, bundleIsFresh, readManifest, writeBundle } from '../src/cli/bundle.mjs';

const run = promisify(execFile);
const bin = path.resolve('src/cli/bin.mjs');
const temp: string[] = [];
afterAll(async () => {
  for (const d of temp) await rm(d, { recursive: true, force: true });
});

async function guifan(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, GUIFAN_DEBUG: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('guifan new + check', () => {
  it('scaffolds an organisation that passes check, with editor schemas', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'guifan-new-')), 'org');
    temp.push(path.dirname(dir));
    const created = await guifan(['new', dir]);
    expect(created.code).toBe(0);
    const checked = await guifan(['check', '--content', dir]);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain('内容检查通过');
    expect(await readdir(path.join(dir, '.schemas'))).toContain('norms.schema.json');
    const settings = JSON.parse(await readFile(path.join(dir, '.vscode/settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    expect(settings['yaml.schemas']['./.schemas/norms.schema.json']).toEqual(['norms/*.{yaml,yml}']);
  });

  it('refuses to scaffold into a non-empty directory', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-full-'));
    temp.push(dir);
    await writeFile(path.join(dir, 'keep.txt'), 'mine');
    const r = await guifan(['new', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不是空的');
    expect(await readFile(path.join(dir, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('exits 1 on errors, with a readable report and no stack trace', async () => {
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'guifan-bad-')), 'org');
    temp.push(path.dirname(dir));
    await guifan(['new', dir]);
    const file = path.join(dir, 'roles.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('name: 班组长', 'nmae: 班组长'));
    const r = await guifan(['check', '--content', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('roles.yaml:6:5');
    expect(r.stderr).toContain('did you mean "name"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown command or option', async () => {
    expect((await guifan(['chek'])).code).toBe(2);
    const r = await guifan(['check', '--contnet', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('用法');
  });
});

describe('JSON Schemas for editors', () => {
  it('the committed schemas are up to date', async () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const committed = JSON.parse(
        await readFile(path.join('public/schemas', schemaFileName(kind)), 'utf8'),
      ) as unknown;
      expect(committed, `${kind}: run "npx guifan schemas"`).toEqual(jsonSchemaFor(kind));
    }
  });

  it('accept every file of the example and reject a misspelt field', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const [kind, spec] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) {
      const validate = ajv.compile(jsonSchemaFor(kind));
      const [dir, single] = spec.pattern.includes('/') ? [spec.pattern.split('/')[0]!, undefined] : ['', spec.pattern];
      const files = single
        ? [single]
        : (await readdir(path.join('content', dir))).filter((n) => n.endsWith('.yaml')).map((n) => `${dir}/${n}`);
      for (const f of files) {
        const data = parse(await readFile(path.join('content', f), 'utf8')) as unknown;
        expect(validate(data), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    const validateRoles = ajv.compile(jsonSchemaFor('roles'));
    expect(validateRoles({ roles: [{ id: 'a', nmae: 'x' }] })).toBe(false);
  });
});

describe('print jobs in worker processes', () => {
  it('write the same bytes as buildPrint in one thread, and report a failing job with its own message', async () => {
    const { model } = await loadModel('content');
    if (!model) throw new Error('the example does not load');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-pool-'));
    temp.push(dir);
    // Posters (published) and the group's papers (staff): enough jobs for two workers, both folders.
    for (const only of ['poster', 'quiz:all']) {
      const sequential = await buildPrint(model, path.join(dir, 'one'), { only });
      const pooled = await printInWorkers(model, path.join(dir, 'pool'), { maxWorkers: 2, only });
      // Same files in the same order and folders, whichever worker made them.
      const rel = (root: string) => (f: string) => path.relative(path.join(dir, root), f);
      expect(pooled.files.map(rel('pool'))).toEqual(sequential.files.map(rel('one')));
      expect(sequential.files.length).toBeGreaterThanOrEqual(3);
      for (const f of sequential.files) {
        const name = rel('one')(f);
        expect((await readFile(path.join(dir, 'pool', name))).equals(await readFile(f)), name).toBe(true);
      }
    }
    // A unit name too long for its poster: the worker's error reaches the caller unchanged.
    const unit = model.units[0]!;
    const crowded = {
      ...model,
      units: model.units.map((u) => (u.id === unit.id ? { ...u, name: '很长的单位名称'.repeat(200) } : u)),
    };
    // Posters only: the failing job is among them, and the other kinds would only be made to be thrown away.
    const inThread = await buildPrint(crowded, path.join(dir, 'bad-one'), { only: 'poster' }).then(
      () => undefined,
      (e: Error) => e.message,
    );
    const inWorker = await printInWorkers(crowded, path.join(dir, 'bad-pool'), { maxWorkers: 2, only: 'poster' }).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(inThread).toBeDefined();
    expect(inWorker).toBe(inThread);
  }, 240_000);

  it('told to rest, let their workers go after their jobs and make nothing more until grown; then the rest, as one thread makes it', async () => {
    const { model } = await loadModel('content');
    if (!model) throw new Error('the example does not load');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-pool-rest-'));
    temp.push(dir);
    const only = 'poster';
    const sequential = await buildPrint(model, path.join(dir, 'one'), { only });
    // One worker to start with, as beside the site; told to rest before it is even ready.
    const run = await startPrint(model, path.join(dir, 'pool'), { maxWorkers: 2, workers: 1, only });
    run.rest();
    let settled = false;
    void run.done.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(settled).toBe(false);
    expect(await readdir(path.join(dir, 'pool')).catch(() => [])).toEqual([]);
    run.grow();
    const pooled = await run.done;
    const rel = (root: string) => (f: string) => path.relative(path.join(dir, root), f);
    expect(pooled.files.map(rel('pool'))).toEqual(sequential.files.map(rel('one')));
    for (const f of sequential.files)
      expect((await readFile(path.join(dir, 'pool', rel('one')(f)))).equals(await readFile(f)), f).toBe(true);
  }, 120_000);

  it('with the PDF cache, each worker reads one tree copy for all its jobs: same bytes and reads as one thread, reused whole next time', async () => {
    const { model } = await loadModel('content');
    if (!model) throw new Error('the example does not load');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-pool-cache-'));
    temp.push(dir);
    const only = 'card';
    const sequential = await buildPrint(model, path.join(dir, 'one'), {
      only,
      cache: { dir: path.join(dir, 'cache-one'), codeVersion: await codeVersion() },
    });
    const pooled = await printInWorkers(model, path.join(dir, 'pool'), {
      maxWorkers: 2,
      only,
      cacheDir: path.join(dir, 'cache-pool'),
    });
    expect(sequential.files.length).toBeGreaterThanOrEqual(4);
    expect(pooled.cache).toMatchObject({ reused: 0, made: sequential.files.length, uncacheable: 0 });
    const rel = (root: string) => (f: string) => path.relative(path.join(dir, root), f);
    expect(pooled.files.map(rel('pool'))).toEqual(sequential.files.map(rel('one')));
    for (const f of sequential.files)
      expect((await readFile(path.join(dir, 'pool', rel('one')(f)))).equals(await readFile(f)), f).toBe(true);
    // Every entry (what its job read, the files it names) is the one a job given its own fresh copy records.
    const entries = async (cache: string) => {
      const names = (await readdir(path.join(dir, cache, 'entries'))).sort();
      return Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, cache, 'entries', n), 'utf8')]));
    };
    expect(await entries('cache-pool')).toEqual(await entries('cache-one'));
    const again = await printInWorkers(model, path.join(dir, 'again'), {
      maxWorkers: 2,
      only,
      cacheDir: path.join(dir, 'cache-pool'),
    });
    expect(again.cache).toMatchObject({ reused: sequential.files.length, made: 0 });
    for (const f of sequential.files)
      expect((await readFile(path.join(dir, 'again', rel('one')(f)))).equals(await readFile(f)), f).toBe(true);
  }, 240_000);
});

describe('precompiled command (src/cli/bundle.mjs)', () => {
  it('is used while fresh, stale after any input changes, and prints the same PDF as the sources', async () => {
    await writeBundle({ quiet: true });
    const manifest = readManifest() as { dir: string; inputs: [string, number, number][] };
    expect(manifest.inputs.map((i) => i[0])).toEqual(
      expect.arrayContaining(['src/cli/main.ts', 'src/print/poster.ts', 'src/model/schema/kinds.ts']),
    );
    expect(bundleIsFresh(manifest)).toBe(true);
    const edited = {
      ...manifest,
      inputs: manifest.inputs.map((i) => (i[0] === 'src/print/poster.ts' ? [i[0], i[1] + 1, i[2]] : i)),
    };
    expect(bundleIsFresh(edited)).toBe(false);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'guifan-bundle-'));
    temp.push(dir);
    const only = ['pdf', '--only', 'poster:power-city-hall'];
    const fromBundle = await guifan([...only, '--out', path.join(dir, 'a')]);
    const fromSources = await guifan([...only, '--out', path.join(dir, 'b')], { GUIFAN_NO_BUNDLE: '1' });
    expect(fromBundle.code, fromBundle.stderr).toBe(0);
    expect(fromSources.code, fromSources.stderr).toBe(0);
    expect(fromBundle.stderr).toBe('');
    // It ran from the bundle, to the end: only then is V8's code cache written beside it (bin.mjs). A
    // bundle that throws as it loads (offline.ts importing a site module left to tsx did, 317d139)
    // falls back to the sources silently, and the comparison above passes all the same.
    expect(existsSync(path.join(BUNDLE_DIR, manifest.dir, 'main.cjs.cache'))).toBe(true);
    const [a, b] = await Promise.all(
      ['a', 'b'].map((d) => readFile(path.join(dir, d, 'print', 'poster-power-city-hall.pdf'))),
    );
    expect(a!.equals(b!)).toBe(true);
    // Usage errors and exit statuses are the same from the bundle.
    expect((await guifan(['chek'])).code).toBe(2);
  }, 180_000);
});
