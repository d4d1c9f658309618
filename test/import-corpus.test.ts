/**
 * The importer on its hand-judged corpus (test/import-corpus, see its README): the accuracy
 * figures the issue asks for, a compilation giving the same figures as its documents imported
 * one by one, and every import of every kind passing `guifan check` and then building — the
 * PDFs of each content directory, and one full `guifan build` with the site and its study bank.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runImport, type ImportKind } from '../src/import/index.ts';
import { loadModel } from '../src/model/index.ts';
import { buildPrint } from '../src/print/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import {
  CORPUS,
  formatReport,
  scoreFolder,
  totalOf,
  type FileReport,
  type QuizReport,
} from './import-corpus/corpus.ts';

const run = promisify(execFile);
const TODAY = '2026-01-01';
/** The parts whose imports must pass check and build (accuracy is asserted on the tuning part only). */
const PARTS = ['tune', 'held'];
let tmp: string;
const fonts = new FontCache();

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'guifan-corpus-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const ratio = (t: { right: number; total: number }): number => (t.total === 0 ? 1 : t.right / t.total);

describe('accuracy on the tuning part', () => {
  let report: { files: FileReport[]; quizzes: QuizReport[] };
  beforeAll(async () => {
    report = await scoreFolder(path.join(CORPUS, 'tune'));
    console.log(formatReport('tune', report, false));
  }, 120_000);

  it('reaches the figures the issue asks for (a confident wrong strength never counts as right)', () => {
    const total = totalOf(report);
    expect(total.items).toBeGreaterThanOrEqual(150);
    expect(ratio(total.tree)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(total.text)).toBeGreaterThanOrEqual(0.95);
    expect(ratio(total.strength)).toBeGreaterThanOrEqual(0.97);
    expect(ratio(total.target)).toBeGreaterThanOrEqual(0.9);
    expect(total.documents.right).toBe(total.documents.total);
  });

  it('imports a compilation as separate documents with the same figures as one by one', () => {
    const compilations = report.files.filter((f) => f.oneByOne);
    expect(compilations.length).toBeGreaterThan(0);
    for (const f of compilations) {
      const one = f.oneByOne!;
      expect(f.score.documents.right, f.name).toBe(f.score.documents.total);
      const figures = (s: typeof one): number[] => [
        s.items,
        s.tree.right,
        s.text.right,
        s.strength.right,
        s.strength.confidentWrong,
        s.target.right,
      ];
      expect(figures(f.score), f.name).toEqual(figures(one));
    }
  });

  it('cites the right item for the questions of every bank', () => {
    for (const q of report.quizzes) {
      expect(q.questions.right, q.name).toBe(q.questions.total);
      expect(ratio(q.cite), q.name).toBeGreaterThanOrEqual(0.9);
      expect(ratio(q.answer), q.name).toBe(1);
    }
  });
});

/** The corpus sources of a part, built where they are generated (.docx.ts, .xlsx.ts). */
async function sources(part: string): Promise<{ file: string; kind: string; quiz: boolean }[]> {
  const folder = path.join(CORPUS, part);
  const out: { file: string; kind: string; quiz: boolean }[] = [];
  for (const name of (await readdir(folder)).filter((n) => n.endsWith('.truth.yaml')).sort()) {
    const truth = parseYaml(await readFile(path.join(folder, name), 'utf8')) as {
      source: string;
      kind?: string;
      questions?: unknown;
    };
    const built = path.join(tmp, 'sources', part, truth.source);
    await mkdir(path.dirname(built), { recursive: true });
    const builder = path.join(folder, `${truth.source}.ts`);
    const generated = await readFile(builder).then(
      () => true,
      () => false,
    );
    if (generated)
      await writeFile(built, await ((await import(builder)) as { default: () => Promise<Buffer> }).default());
    else await writeFile(built, await readFile(path.join(folder, truth.source)));
    out.push({ file: built, kind: truth.kind ?? 'norms', quiz: truth.questions !== undefined });
  }
  return out;
}

async function contentDir(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await mkdir(path.join(dir, 'units'), { recursive: true });
  await writeFile(
    path.join(dir, 'organisation.yaml'),
    'id: corpus-org\nname: 云岭公用事业语料测试集团\nbaseUrl: https://example.org/\nhotlines: { service: "95598", supervision: "0871-65550000" }\n',
  );
  await writeFile(
    path.join(dir, 'units', 'corpus-hall.yaml'),
    'id: corpus-hall\nname: 云岭城区营业厅\nindustry: water\n',
  );
  return dir;
}

describe('every import passes check and then builds', () => {
  for (const kind of ['norms', 'etiquette', 'commitments'] as const) {
    it(`every document of the corpus imported as ${kind}: check, then the PDFs`, async () => {
      const dir = await contentDir(`all-${kind}`);
      let documents = 0;
      for (const part of PARTS) {
        for (const s of (await sources(part)).filter((x) => !x.quiz)) {
          const outcome = await runImport({ file: s.file, kind, contentDir: dir, today: TODAY });
          documents += outcome.documents.length;
        }
      }
      expect(documents).toBeGreaterThanOrEqual(10);
      const { model, diagnostics } = await loadModel(dir);
      expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual(
        [],
      );
      const { files } = await buildPrint(model!, path.join(tmp, `print-${kind}`), { fonts });
      expect(files.length).toBeGreaterThan(0);
    }, 300_000);
  }

  it('norms, commitments and question banks together: guifan build writes the site, and the banks are in its study bank', async () => {
    const dir = await contentDir('site');
    const banks: string[] = [];
    for (const part of PARTS) {
      const all = await sources(part);
      for (const s of all.filter((x) => !x.quiz))
        await runImport({ file: s.file, kind: s.kind as ImportKind, contentDir: dir, today: TODAY });
      for (const s of all.filter((x) => x.quiz)) {
        const outcome = await runImport({ file: s.file, kind: 'quiz', contentDir: dir, today: TODAY });
        banks.push(...((outcome.documents[0]?.data.questions ?? []) as { id: string }[]).map((q) => q.id));
      }
    }
    expect(banks.length).toBeGreaterThan(20);
    const out = path.join(tmp, 'site-out');
    const { stdout, stderr } = await run(
      process.execPath,
      ['src/cli/bin.mjs', 'build', '--content', dir, '--out', out],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((e: { stdout: string; stderr: string; code: number }) => {
      throw new Error(`guifan build failed (${e.code}):\n${e.stdout}\n${e.stderr}`);
    });
    expect(`${stdout}${stderr}`).not.toMatch(/错误 error/u);
    // The study bank the site ships holds every imported question.
    const found = new Set<string>();
    const walk = async (d: string): Promise<void> => {
      for (const e of await readdir(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) await walk(p);
        else if (e.name.endsWith('.json'))
          for (const id of banks) if ((await readFile(p, 'utf8')).includes(`"${id}"`)) found.add(id);
      }
    };
    await walk(out);
    expect(banks.filter((id) => !found.has(id))).toEqual([]);
  }, 600_000);
});
