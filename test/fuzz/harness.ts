/**
 * Runs one fuzz case against the content loader: writes the mutated files into
 * a temporary copy of a valid content directory, calls `loadModel`, checks
 * every diagnostic, and puts the directory back as it was.
 *
 * The invariants are the promises made to the people who edit content files:
 * no crash (every problem is a diagnostic), every diagnostic points at a file
 * in the content directory with a line and column inside it, and every message
 * is worded in Chinese with English alongside (" / ").
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaffold } from '../../src/cli/scaffold.ts';
import { diagnosticsToJson, formatDiagnostics, loadModel, type Diagnostic } from '../../src/model/index.ts';
import { describeCase, mutateFile, type Case } from './mutate.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type CorpusName = 'example' | 'scaffold';

export interface Corpus {
  name: CorpusName;
  /** Temporary directory holding the content (a copy; it is mutated and restored case by case). */
  dir: string;
  /** Content files, relative, '/'-separated, sorted. */
  files: string[];
  originals: Map<string, Buffer>;
  dispose: () => Promise<void>;
}

const CONTENT_FILE = /\.(ya?ml|mdx?)$/;

async function listContentFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await readdir(path.join(dir, rel))).sort()) {
    if (name.startsWith('.')) continue;
    const r = rel ? `${rel}/${name}` : name;
    if ((await stat(path.join(dir, r))).isDirectory()) out.push(...(await listContentFiles(dir, r)));
    else if (CONTENT_FILE.test(name)) out.push(r);
  }
  return out;
}

/** A temporary copy of the example content, or a fresh `guifan new` scaffold. */
export async function makeCorpus(name: CorpusName): Promise<Corpus> {
  const root = await mkdtemp(path.join(os.tmpdir(), `guifan-fuzz-${name}-`));
  const dir = path.join(root, 'content');
  if (name === 'example') await cp(path.join(REPO_ROOT, 'content'), dir, { recursive: true });
  else await scaffold(dir);
  const files = await listContentFiles(dir);
  const originals = new Map<string, Buffer>();
  for (const f of files) originals.set(f, await readFile(path.join(dir, f)));
  return { name, dir, files, originals, dispose: () => rm(root, { recursive: true, force: true }) };
}

export interface Outcome {
  description: string;
  ms: number;
  /** The exception loadModel (or formatting its diagnostics) threw, if any. */
  uncaught?: string;
  /** Diagnostics lacking a usable file, line or column. */
  unpositioned: string[];
  /** Other broken promises: message not bilingual, position past the end of the file, … */
  problems: string[];
  diagnostics: number;
  /** Distinct diagnostic codes, sorted. */
  codes: string[];
  modelReturned: boolean;
  /** The files as written for this case (relative path → bytes, null = deleted), to reproduce a failure. */
  written: Map<string, Buffer | null>;
}

function lineCount(bytes: Buffer): number {
  // YAML counts CR, LF and CRLF as line breaks.
  return (bytes.toString('utf8').match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** Checks one diagnostic; returns [unpositioned reasons, other problems]. */
export function checkDiagnostic(d: Diagnostic, files: ReadonlyMap<string, Buffer | null>): [string[], string[]] {
  const unpositioned: string[] = [];
  const problems: string[] = [];
  const show = `${d.file}:${d.line}:${d.column} ${d.code} ${JSON.stringify(d.message).slice(0, 160)}`;
  if (typeof d.file !== 'string' || d.file === '') unpositioned.push(`no file: ${show}`);
  else if (path.isAbsolute(d.file) || d.file.includes('\\') || d.file.split('/').includes('..'))
    unpositioned.push(`file not relative to the content directory: ${show}`);
  if (!Number.isInteger(d.line) || d.line < 1) unpositioned.push(`line not ≥ 1: ${show}`);
  if (!Number.isInteger(d.column) || d.column < 1) unpositioned.push(`column not ≥ 1: ${show}`);
  if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`empty message: ${show}`);
  else if (!d.message.includes(' / ')) problems.push(`message not "中文 / English": ${show}`);
  if (typeof d.code !== 'string' || d.code === '') problems.push(`no code: ${show}`);
  if (d.severity !== 'error' && d.severity !== 'warning') problems.push(`bad severity: ${show}`);
  const bytes = files.get(d.file);
  if (bytes && Number.isInteger(d.line) && d.line > lineCount(bytes))
    problems.push(`line past the end of the file (${lineCount(bytes)} lines): ${show}`);
  if (bytes === undefined && d.code !== 'missing-file' && unpositioned.length === 0)
    problems.push(`names a file that does not exist: ${show}`);
  return [unpositioned, problems];
}

/** Every file in the content directory after the case's writes, for position checks. */
async function snapshot(
  corpus: Corpus,
  written: ReadonlyMap<string, Buffer | null>,
): Promise<Map<string, Buffer | null>> {
  const files = new Map<string, Buffer | null>(corpus.originals);
  for (const [f, b] of written) files.set(f, b);
  for (const [f, b] of files) if (b === null) files.delete(f);
  // Directories are reported as files too (unknown folder warnings): count them as present, zero lines checked.
  for (const name of await readdir(corpus.dir)) if (!files.has(name)) files.set(name, Buffer.alloc(0));
  return files;
}

function siblingName(file: string, suffix: string): string {
  const ext = path.posix.extname(file);
  return `${file.slice(0, -ext.length)}${suffix}${ext}`;
}

/** The writes a case makes: relative path → new bytes, or null to delete. */
export function plan(corpus: Corpus, c: Case): { file: string; writes: Map<string, Buffer | null> } {
  const file = corpus.files[c.file % corpus.files.length]!;
  // A copy in, so no mutation can touch the corpus' originals.
  const mutated = Buffer.from(mutateFile(Buffer.from(corpus.originals.get(file)!), file, c));
  const writes = new Map<string, Buffer | null>([[file, mutated]]);
  switch (c.fileOp?.op) {
    case 'delete-file':
      writes.set(file, null);
      break;
    case 'empty-file':
      writes.set(file, Buffer.alloc(0));
      break;
    case 'clone-file':
      writes.set(siblingName(file, '-fuzz-copy'), mutated);
      break;
    case 'yml-twin':
      if (file.endsWith('.yaml')) writes.set(file.replace(/\.yaml$/, '.yml'), mutated);
      break;
  }
  return { file, writes };
}

export async function runCase(corpus: Corpus, c: Case): Promise<Outcome> {
  const { file, writes } = plan(corpus, c);
  const created: string[] = [];
  for (const [rel, bytes] of writes) {
    const abs = path.join(corpus.dir, rel);
    if (!corpus.originals.has(rel)) created.push(rel);
    if (bytes === null) await rm(abs, { force: true });
    else {
      await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, bytes);
    }
  }
  const outcome: Outcome = {
    description: describeCase(c, file),
    ms: 0,
    unpositioned: [],
    problems: [],
    diagnostics: 0,
    codes: [],
    modelReturned: false,
    written: writes,
  };
  try {
    const t0 = performance.now();
    let diagnostics: Diagnostic[] = [];
    try {
      const result = await loadModel(corpus.dir);
      diagnostics = result.diagnostics;
      outcome.modelReturned = result.model !== undefined;
      // What `guifan check` prints, in both formats: formatting must not throw either.
      formatDiagnostics(diagnostics);
      JSON.stringify(diagnosticsToJson(diagnostics));
    } catch (e) {
      outcome.uncaught = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
    }
    outcome.ms = performance.now() - t0;
    outcome.diagnostics = diagnostics.length;
    outcome.codes = [...new Set(diagnostics.map((d) => d.code))].sort();
    const files = await snapshot(corpus, writes);
    for (const d of diagnostics) {
      const [u, p] = checkDiagnostic(d, files);
      outcome.unpositioned.push(...u);
      outcome.problems.push(...p);
    }
    if (outcome.modelReturned && diagnostics.some((d) => d.severity === 'error'))
      outcome.problems.push('a model was returned although there are errors');
  } finally {
    for (const [rel] of writes) {
      const original = corpus.originals.get(rel);
      if (original) await writeFile(path.join(corpus.dir, rel), original);
    }
    for (const rel of created) await rm(path.join(corpus.dir, rel), { force: true });
  }
  return outcome;
}

/** Writes a failing case's files and description to dir, to reproduce it by hand. */
export async function saveFailure(dir: string, corpus: Corpus, c: Case, outcome: Outcome): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'case.json'),
    JSON.stringify(
      { corpus: corpus.name, case: c, outcome: { ...outcome, written: [...outcome.written.keys()] } },
      null,
      1,
    ),
  );
  for (const [rel, bytes] of outcome.written) {
    const target = path.join(dir, 'files', rel);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes ?? Buffer.from('(deleted)'));
  }
}

/** Files that differ from the corpus' originals (changed, missing or extra): must be none between cases. */
export async function corpusDrift(corpus: Corpus): Promise<string[]> {
  const now = await listContentFiles(corpus.dir);
  const drift = now.filter((f) => !corpus.originals.has(f)).map((f) => `extra ${f}`);
  for (const [f, bytes] of corpus.originals) {
    const current = await readFile(path.join(corpus.dir, f)).catch(() => undefined);
    if (!current) drift.push(`missing ${f}`);
    else if (!current.equals(bytes)) drift.push(`changed ${f}`);
  }
  return drift;
}
