/**
 * Scores the importer against the hand-judged corpus (see README.md beside this file):
 * tree / text / strength / target per item, documents split from compilations, and for
 * question banks the type, answer and cited item of every question.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { runImport, type ImportedClause, type ImportKind } from '../../src/import/index.ts';

export const CORPUS = path.dirname(new URL(import.meta.url).pathname);

type StrengthTruth = 'shall' | 'shall-not' | 'should' | 'should-not' | 'may' | 'none';
type TargetTruth =
  | 'none'
  | { value: number; unit: string; comparator: string }
  | { min: number; max: number; unit: string };

interface TruthClause {
  n: string;
  title?: string;
  text?: string;
  strength?: StrengthTruth;
  target?: TargetTruth;
  clauses?: TruthClause[];
}
interface TruthDocument {
  title: string;
  from?: string;
  clauses: TruthClause[];
}
interface NormTruth {
  source: string;
  kind: 'norms' | 'commitments';
  compilation?: boolean;
  documents: TruthDocument[];
}
interface QuizTruth {
  source: string;
  content: string[];
  questions: { type: string; answer: (string | boolean)[]; cite: string }[];
}

/** What the importer decided for one clause, read back from its result. */
interface OutClause {
  id: string;
  marker: string;
  title?: string;
  text?: string;
  strength?: string;
  /** 'unset' when the importer left it out on purpose (TODO). */
  strengthUnsure: boolean;
  target: TargetTruth | undefined;
  parent?: OutClause;
  doc: number;
}

export interface Tally {
  right: number;
  total: number;
}
export interface Score {
  items: number;
  tree: Tally;
  text: Tally;
  strength: Tally & { confidentWrong: number; unsure: number };
  target: Tally;
  documents: Tally;
  wrong: string[];
}

const tally = (): Tally => ({ right: 0, total: 0 });
export function emptyScore(): Score {
  return {
    items: 0,
    tree: tally(),
    text: tally(),
    strength: { ...tally(), confidentWrong: 0, unsure: 0 },
    target: tally(),
    documents: tally(),
    wrong: [],
  };
}
export function addScore(a: Score, b: Score): Score {
  const add = (x: Tally, y: Tally): Tally => ({ right: x.right + y.right, total: x.total + y.total });
  return {
    items: a.items + b.items,
    tree: add(a.tree, b.tree),
    text: add(a.text, b.text),
    strength: {
      ...add(a.strength, b.strength),
      confidentWrong: a.strength.confidentWrong + b.strength.confidentWrong,
      unsure: a.strength.unsure + b.strength.unsure,
    },
    target: add(a.target, b.target),
    documents: add(a.documents, b.documents),
    wrong: [...a.wrong, ...b.wrong],
  };
}

/** Spaces are not judged (the layout of the source decides them). */
const norm = (s: string | undefined): string => (s ?? '').replace(/\s+/gu, '');
const bare = (s: string): string => norm(s).replace(/[“”"「」《》（）()，,。.：:；;、！!？?—-]/gu, '');
const key = (s: string): string => bare(s).slice(0, 10);

/** Builds NAME.docx / NAME.xlsx from NAME.docx.ts / NAME.xlsx.ts into `dir`; copies plain files. */
async function materialise(folder: string, source: string, dir: string): Promise<string> {
  const out = path.join(dir, source);
  const builder = path.join(folder, `${source}.ts`);
  const exists = await readFile(builder).then(
    () => true,
    () => false,
  );
  if (exists) {
    const mod = (await import(pathToFileURL(builder).href)) as { default: () => Promise<Buffer> };
    await writeFile(out, await mod.default());
  } else {
    await writeFile(out, await readFile(path.join(folder, source)));
  }
  return out;
}

function targetOf(c: ImportedClause): TargetTruth | undefined {
  const t = (c as ImportedClause & { target?: unknown }).target as
    | { kind: 'value'; value: number; unit: string; comparator: string }
    | { kind: 'range'; min: number; max: number; unit: string }
    | undefined;
  if (!t) return undefined;
  return t.kind === 'range'
    ? { min: t.min, max: t.max, unit: t.unit }
    : { value: t.value, unit: t.unit, comparator: t.comparator };
}

function flattenOut(
  list: readonly ImportedClause[],
  doc: number,
  parent: OutClause | undefined,
  out: OutClause[],
): void {
  for (const c of list) {
    const o: OutClause = {
      id: c.id,
      marker: c.marker,
      ...(c.title !== undefined ? { title: c.title } : {}),
      ...(c.text !== undefined ? { text: c.text } : {}),
      ...(c.strength !== undefined ? { strength: c.strength } : {}),
      strengthUnsure: c.todo.some((t) => /强度|strength/iu.test(t)),
      target: targetOf(c),
      ...(parent ? { parent } : {}),
      doc,
    };
    out.push(o);
    flattenOut(c.children, doc, o, out);
  }
}

interface FlatTruth {
  c: TruthClause;
  parent?: FlatTruth;
  path: string;
}
function flattenTruth(list: readonly TruthClause[], parent: FlatTruth | undefined, out: FlatTruth[]): void {
  for (const c of list) {
    const f: FlatTruth = {
      c,
      ...(parent ? { parent } : {}),
      path: parent ? `${parent.path}/${c.n || c.title}` : c.n || (c.title ?? ''),
    };
    out.push(f);
    flattenTruth(c.clauses ?? [], f, out);
  }
}

const sameTarget = (a: TargetTruth | undefined, b: TargetTruth): boolean => {
  if (b === 'none') return a === undefined || a === 'none';
  if (a === undefined || a === 'none') return false;
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
};
const showTarget = (t: TargetTruth | undefined): string =>
  t === undefined || t === 'none'
    ? 'none'
    : 'min' in t
      ? `${t.min}–${t.max}${t.unit}`
      : `${t.comparator} ${t.value}${t.unit}`;

export interface DocumentRun {
  /** Output documents: title and flattened clauses. */
  documents: { title: string; clauses: OutClause[] }[];
}

async function importFile(file: string, kind: ImportKind, contentDir: string, write: boolean): Promise<DocumentRun> {
  const result = (await runImport({
    file,
    kind,
    contentDir,
    dryRun: !write,
    today: '2026-01-01',
  })) as unknown as Record<string, unknown>;
  // One result per document (a compilation gives several); the importer before compilations gave one.
  const docs = (Array.isArray(result.documents) ? result.documents : [result]) as {
    tree: { clauses: ImportedClause[] };
    data: Record<string, unknown>;
  }[];
  return {
    documents: docs.map((d, k) => {
      const clauses: OutClause[] = [];
      flattenOut(d.tree.clauses, k, undefined, clauses);
      // Before targets were kept on the clause, they were read from the commitments written.
      const commitments = (d.data.commitments ?? []) as {
        id: string;
        target?: { value: number; unit: string; comparator: string };
      }[];
      for (const o of clauses) {
        if (o.target !== undefined) continue;
        const t = commitments.find((x) => x.id === o.id)?.target;
        if (t) o.target = { value: t.value, unit: t.unit, comparator: t.comparator };
      }
      return { title: String(d.data.title ?? ''), clauses };
    }),
  };
}

/** Scores one run against the truth of its documents; `matches` receives truth path → output clause. */
export function scoreRun(truth: NormTruth, run: DocumentRun, label: string, matches?: Map<string, OutClause>): Score {
  const s = emptyScore();
  const usedDocs = new Set<number>();
  for (const td of truth.documents) {
    const flat: FlatTruth[] = [];
    flattenTruth(td.clauses, undefined, flat);
    // The output document for this truth document: same title, else the one holding most of its items.
    const hits = run.documents.map((d, k) => ({
      k,
      title: norm(d.title) === norm(td.title),
      n: flat.filter((f) =>
        d.clauses.some((o) => bare(`${o.title ?? ''}${o.text ?? ''}`).includes(key(f.c.title ?? f.c.text ?? ''))),
      ).length,
    }));
    const candidates = hits
      .filter((h) => !usedDocs.has(h.k))
      .sort((a, b) => Number(b.title) - Number(a.title) || b.n - a.n);
    const chosen = candidates[0];
    s.documents.total++;
    if (chosen && hits[chosen.k]?.title) s.documents.right++;
    else
      s.wrong.push(
        `${label} document "${td.title}": ${chosen ? `matched "${run.documents[chosen.k]?.title}"` : 'not found'}`,
      );
    if (chosen) usedDocs.add(chosen.k);
    const out = chosen ? (run.documents[chosen.k]?.clauses ?? []) : [];

    const taken = new Set<OutClause>();
    const matched = new Map<FlatTruth, OutClause>();
    let cursor = 0;
    for (const f of flat) {
      const want = key(f.c.title ?? f.c.text ?? '');
      const fits = (o: OutClause): boolean =>
        !taken.has(o) &&
        want !== '' &&
        key(`${o.title ?? ''}${o.text ?? ''}`).startsWith(want.slice(0, 6)) &&
        bare(`${o.title ?? ''}${o.text ?? ''}`).includes(want);
      let found = out.slice(cursor).find(fits) ?? out.find(fits);
      if (!found && f.c.n !== '')
        found = out
          .slice(cursor)
          .find(
            (o) =>
              !taken.has(o) && o.marker === f.c.n && bare(`${o.title ?? ''}${o.text ?? ''}`).includes(want.slice(0, 4)),
          );
      if (found) {
        taken.add(found);
        matched.set(f, found);
        cursor = out.indexOf(found) + 1;
        matches?.set(`${truth.source}#${f.path}`, found);
        // A decimal number names its clause on its own: "t1-power-norms.txt#4.1.2".
        if (/^\d+(?:\.\d+)+$/u.test(f.c.n)) matches?.set(`${truth.source}#${f.c.n}`, found);
      }
    }
    for (const f of flat) {
      const o = matched.get(f);
      const where = `${label} ${f.path}`;
      s.items++;
      s.tree.total++;
      s.text.total++;
      const parentOk =
        o !== undefined &&
        (f.parent ? o.parent !== undefined && matched.get(f.parent) === o.parent : o.parent === undefined);
      if (parentOk) s.tree.right++;
      else
        s.wrong.push(
          `${where} tree: ${o ? `under ${o.parent ? `${o.parent.marker || o.parent.title}` : '(top)'}` : 'missing'}`,
        );
      const textOk = o !== undefined && norm(o.title) === norm(f.c.title) && norm(o.text) === norm(f.c.text);
      if (textOk) s.text.right++;
      else if (o)
        s.wrong.push(
          `${where} text: ${JSON.stringify({ title: o.title, text: o.text })} ≠ ${JSON.stringify({ title: f.c.title, text: f.c.text })}`,
        );
      if (f.c.text !== undefined) {
        const want = f.c.strength ?? 'none';
        const got = o?.strength ?? 'none';
        s.strength.total++;
        if (o && got === want) s.strength.right++;
        else {
          if (o && o.strength !== undefined) s.strength.confidentWrong++;
          else if (o?.strengthUnsure) s.strength.unsure++;
          if (o)
            s.wrong.push(`${where} strength: ${o.strength ?? (o.strengthUnsure ? 'unset (TODO)' : 'none')} ≠ ${want}`);
        }
      }
      if (truth.kind === 'commitments' && f.c.target !== undefined) {
        s.target.total++;
        if (o && sameTarget(o.target, f.c.target)) s.target.right++;
        else if (o) s.wrong.push(`${where} target: ${showTarget(o.target)} ≠ ${showTarget(f.c.target)}`);
      }
    }
  }
  return s;
}

export interface FileReport {
  name: string;
  score: Score;
  /** For a compilation: the same documents imported one by one. */
  oneByOne?: Score;
}

export interface QuizReport {
  name: string;
  questions: Tally;
  type: Tally;
  answer: Tally;
  cite: Tally;
  /** Unsure citations the importer marked TODO. */
  unsure: number;
  wrong: string[];
}

async function loadTruths(folder: string): Promise<{ norms: NormTruth[]; quizzes: QuizTruth[] }> {
  const names = (await readdir(folder)).filter((n) => n.endsWith('.truth.yaml')).sort();
  const norms: NormTruth[] = [];
  const quizzes: QuizTruth[] = [];
  for (const n of names) {
    const t = parseYaml(await readFile(path.join(folder, n), 'utf8')) as NormTruth | QuizTruth;
    if ('questions' in t) quizzes.push(t);
    else {
      await checkTruth(folder, t);
      norms.push(t);
    }
  }
  return { norms, quizzes };
}

/** A judged title or text must be words of the source (a YAML slip — an unquoted "," — cuts it short). */
async function checkTruth(folder: string, truth: NormTruth): Promise<void> {
  const sourceText = await readFile(path.join(folder, truth.source), 'utf8').catch(() =>
    readFile(path.join(folder, `${truth.source}.ts`), 'utf8'),
  );
  const whole = norm(sourceText);
  const visit = (list: readonly TruthClause[]): void => {
    for (const c of list) {
      for (const piece of [c.title, ...(c.text ?? '').split('\n')]) {
        if (piece !== undefined && piece !== '' && !whole.includes(norm(piece)))
          throw new Error(`${truth.source}: judged words not in the source: ${piece}`);
      }
      visit(c.clauses ?? []);
    }
  };
  for (const d of truth.documents) visit(d.clauses);
}

/** The documents of a compilation cut apart at their `from:` lines, each as its own file. */
async function cutCompilation(file: string, truth: NormTruth, dir: string): Promise<string[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const starts = truth.documents.map((d) => {
    const i = lines.findIndex((l) => l.trim() === d.from);
    if (i < 0) throw new Error(`${truth.source}: from-line not found: ${d.from}`);
    return i;
  });
  return Promise.all(
    starts.map(async (start, k) => {
      const part = path.join(dir, `${path.basename(file, path.extname(file))}-part${k + 1}${path.extname(file)}`);
      await writeFile(part, lines.slice(start, starts[k + 1] ?? lines.length).join('\n'));
      return part;
    }),
  );
}

export async function scoreFolder(folder: string): Promise<{ files: FileReport[]; quizzes: QuizReport[] }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'guifan-corpus-'));
  try {
    const { norms, quizzes } = await loadTruths(folder);
    const files: FileReport[] = [];
    const matches = new Map<string, OutClause>();
    for (const truth of norms) {
      const dir = path.join(tmp, truth.source.replace(/\W+/gu, '-'));
      await mkdir(dir, { recursive: true });
      const file = await materialise(folder, truth.source, dir);
      const run = await importFile(file, truth.kind, path.join(dir, 'content'), false);
      const report: FileReport = { name: truth.source, score: scoreRun(truth, run, truth.source, matches) };
      if (truth.compilation) {
        const parts = await cutCompilation(file, truth, dir);
        let total = emptyScore();
        for (const [k, part] of parts.entries()) {
          const one = await importFile(part, truth.kind, path.join(dir, `content-${k}`), false);
          const doc = truth.documents[k] as TruthDocument;
          total = addScore(total, scoreRun({ ...truth, documents: [doc] }, one, `${truth.source} (part ${k + 1})`));
        }
        report.oneByOne = total;
      }
      files.push(report);
    }

    const quizReports: QuizReport[] = [];
    for (const q of quizzes) {
      const dir = path.join(tmp, `quiz-${q.source.replace(/\W+/gu, '-')}`);
      const content = path.join(dir, 'content');
      await mkdir(content, { recursive: true });
      await writeFile(
        path.join(content, 'organisation.yaml'),
        'id: corpus-org\nname: 语料测试单位\nbaseUrl: https://example.org/\n',
      );
      // The content the bank is matched against, imported as its truth says; truth paths → ids.
      const ids = new Map<string, string>();
      for (const c of q.content) {
        const truth = norms.find((t) => t.source === c);
        if (!truth) throw new Error(`${q.source}: no truth for content ${c}`);
        const file = await materialise(folder, c, dir);
        const run = await importFile(file, truth.kind, content, true);
        const local = new Map<string, OutClause>();
        scoreRun(truth, run, c, local);
        for (const [k, o] of local) ids.set(k, o.id);
      }
      const file = await materialise(folder, q.source, dir);
      const report: QuizReport = {
        name: q.source,
        questions: tally(),
        type: tally(),
        answer: tally(),
        cite: tally(),
        unsure: 0,
        wrong: [],
      };
      let questions: { type: string; answer: unknown; cites: string[]; todo?: boolean }[] = [];
      try {
        const result = (await runImport({
          file,
          kind: 'quiz' as ImportKind,
          contentDir: content,
          dryRun: true,
          today: '2026-01-01',
        })) as unknown as {
          documents: { data: { questions: { type: string; answer: unknown; cites: string[] }[] }; unsure?: string[] }[];
        };
        const doc = result.documents[0];
        const unsure = new Set(doc?.unsure ?? []);
        questions = (doc?.data.questions ?? []).map((x) => ({
          ...x,
          todo: unsure.has((x as { id?: string }).id ?? ''),
        }));
      } catch (e) {
        report.wrong.push(`${q.source}: import failed: ${(e as Error).message.split('\n')[0]}`);
      }
      q.questions.forEach((want, i) => {
        const got = questions[i];
        const where = `${q.source} question ${i + 1}`;
        for (const t of [report.questions, report.type, report.answer, report.cite]) t.total++;
        if (!got) {
          report.wrong.push(`${where}: missing`);
          return;
        }
        report.questions.right++;
        if (got.type === want.type) report.type.right++;
        else report.wrong.push(`${where} type: ${got.type} ≠ ${want.type}`);
        const answer =
          got.type === 'single' ? [got.answer] : got.type === 'truefalse' ? [got.answer] : (got.answer as unknown[]);
        if (JSON.stringify(answer) === JSON.stringify(want.answer)) report.answer.right++;
        else report.wrong.push(`${where} answer: ${JSON.stringify(answer)} ≠ ${JSON.stringify(want.answer)}`);
        const expected = ids.get(want.cite);
        if (expected !== undefined && got.cites.includes(expected) && !got.todo) report.cite.right++;
        else {
          if (got.todo) report.unsure++;
          report.wrong.push(
            `${where} cite: ${got.cites.join(',')}${got.todo ? ' (TODO)' : ''} ≠ ${expected ?? `(${want.cite} not imported)`}`,
          );
        }
      });
      quizReports.push(report);
    }
    return { files, quizzes: quizReports };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

const pct = (t: Tally): string => (t.total === 0 ? '   –  ' : `${((100 * t.right) / t.total).toFixed(1).padStart(5)}%`);
const frac = (t: Tally): string => `${t.right}/${t.total}`;

export function formatScore(label: string, s: Score): string {
  return `${label.padEnd(34)} items ${String(s.items).padStart(3)}  tree ${pct(s.tree)}  text ${pct(s.text)}  strength ${pct(s.strength)} (confident wrong ${s.strength.confidentWrong}, unsure ${s.strength.unsure})  target ${pct(s.target)} ${s.target.total > 0 ? `(${frac(s.target)})` : ''}  documents ${frac(s.documents)}`;
}

export function formatReport(
  folder: string,
  r: { files: FileReport[]; quizzes: QuizReport[] },
  verbose: boolean,
): string {
  const lines: string[] = [`import accuracy on ${folder}`];
  let total = emptyScore();
  for (const f of r.files) {
    lines.push(formatScore(f.name, f.score));
    if (f.oneByOne) lines.push(formatScore(`  ${f.name} one by one`, f.oneByOne));
    total = addScore(total, f.score);
  }
  lines.push(formatScore('TOTAL', total));
  for (const q of r.quizzes) {
    lines.push(
      `${q.name.padEnd(34)} questions ${frac(q.questions)}  type ${pct(q.type)}  answer ${pct(q.answer)}  cite ${pct(q.cite)} (unsure ${q.unsure})`,
    );
  }
  const qt = r.quizzes.reduce((a, q) => ({ right: a.right + q.cite.right, total: a.total + q.cite.total }), tally());
  if (r.quizzes.length > 0) lines.push(`${'QUIZ TOTAL'.padEnd(34)} cite ${pct(qt)} (${frac(qt)})`);
  if (verbose) {
    lines.push('', 'wrong:');
    for (const f of r.files) for (const w of [...f.score.wrong, ...(f.oneByOne?.wrong ?? [])]) lines.push(`  ${w}`);
    for (const q of r.quizzes) for (const w of q.wrong) lines.push(`  ${w}`);
  }
  return lines.join('\n');
}

export function totalOf(r: { files: FileReport[] }): Score {
  return r.files.reduce((a, f) => addScore(a, f.score), emptyScore());
}
