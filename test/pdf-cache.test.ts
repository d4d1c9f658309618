/**
 * The PDF cache never gives a wrong PDF: for every kind of content edit, a build that reuses the
 * cache writes exactly the bytes of a clean build without it, and an edit of one unit's clause
 * remakes only the PDFs that read it. Also: another code version, a damaged entry, a job that
 * writes to the model, and the read trace itself.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { buildPrint, defaultTemplatesDir, loadTemplates, planPrintJobs, type CacheStats } from '../src/print/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import { cacheDirFor, pruneCache } from '../src/print/cache/store.ts';
import { compactReads } from '../src/print/cache/compact.ts';
import { ReadTracer, type ReadValue, readsTheSame } from '../src/print/cache/trace.ts';
import { testTempDir } from './support/temp-dir.ts';

const ORG = join(__dirname, 'fixtures/orgs/three-level-power');
const fonts = new FontCache();
let root: string;
let content: string;
let templatesDir: string;
let cacheDir: string;
let run = 0;

/** Every file of a build (print/ and staff/), name → bytes. */
function outputs(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const sub of ['print', 'staff']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, sub));
    } catch {
      continue;
    }
    for (const n of names) files.set(`${sub}/${n}`, readFileSync(join(dir, sub, n)));
  }
  return files;
}

async function model(): Promise<Model> {
  const loaded = await loadModel(content);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.model!;
}

/** The last clean output, name → bytes: what the next edit's PDFs are compared against. */
let previousClean = new Map<string, Buffer>();

/**
 * A build with the cache, then a clean one without: every file the same, byte for byte.
 * The clean side makes only what the cached build REUSED (`whole`: everything): a PDF the cached
 * build made is a fresh PDF already — the same code, run on the same model — and the claim under
 * test is that a reused one is as fresh. That halves each step's cost (the whole clean build doubled
 * it). The cold step compares everything, so a job run through the read-tracing proxy is shown to
 * print what a plain run prints. `previous`: no content or template edited since the last step, so
 * its clean files are this model's clean files and no clean build is made (a build of this code on
 * this model is byte-identical to the last one: the cold step proves it).
 */
async function compareWithClean(
  codeVersion = 'test-1',
  against: 'whole' | 'reused' | 'previous' = 'reused',
): Promise<{ stats: CacheStats; made: string[]; cached: Map<string, Buffer>; changed: string[] }> {
  const whole = against === 'whole';
  const m = await model();
  const templates = loadTemplates(templatesDir);
  const cachedOut = join(root, `cached-${++run}`);
  const cleanOut = join(root, `clean-${run}`);
  const cachedBuild = await buildPrint(m, cachedOut, { fonts, templates, cache: { dir: cacheDir, codeVersion } });
  const reusedJobs = [...cachedBuild.byJob].filter(([, r]) => r.reused).map(([id]) => id);
  // 'previous': nothing was edited since the last clean build, whose files are this model's clean ones.
  if (against !== 'previous')
    await buildPrint(m, cleanOut, { fonts, templates, ...(whole ? {} : { jobs: reusedJobs }) });
  const cached = outputs(cachedOut);
  const made = [...cachedBuild.byJob.values()]
    .filter((r) => !r.reused)
    .flatMap((r) => r.files)
    .map((f) => f.slice(cachedOut.length + 1));
  // Every planned file was written, nothing else.
  const planned = planPrintJobs(m, { templates }).flatMap((j) => {
    const audience = cachedBuild.byJob.get(j.id)!.files.map((f) => f.slice(cachedOut.length + 1).split('/')[0]);
    return j.files.map((f, i) => `${audience[i]}/${f}`);
  });
  expect([...cached.keys()].sort()).toEqual(planned.sort());
  const clean = new Map([...cached].filter(([name]) => made.includes(name)));
  for (const [name, bytes] of against === 'previous' ? previousClean : outputs(cleanOut)) clean.set(name, bytes);
  expect([...clean.keys()].sort()).toEqual([...cached.keys()].sort());
  if (whole) expect(outputs(cleanOut).size).toBe(cached.size);
  const differing = [...clean].filter(([name, bytes]) => !bytes.equals(cached.get(name)!)).map(([name]) => name);
  expect(differing).toEqual([]);
  const changed = [...clean].filter(([name, bytes]) => !previousClean.get(name)?.equals(bytes)).map(([name]) => name);
  previousClean = clean;
  rmSync(cleanOut, { recursive: true, force: true });
  rmSync(join(root, `cached-${run - 1}`), { recursive: true, force: true });
  return { stats: cachedBuild.cache, made, cached, changed };
}

/** Replace text in a content file, insisting that it is there. */
function edit(file: string, from: string | RegExp, to: string): void {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file}: ${String(from)} not found`).not.toBe(text);
  writeFileSync(path, next);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'guifan-pdf-cache-'));
  content = join(root, 'content');
  cpSync(ORG, content, { recursive: true });
  // One template of each kind (the second poster, handbook and guide only repeat their kind's reads).
  templatesDir = join(root, 'templates');
  cpSync(defaultTemplatesDir(), templatesDir, { recursive: true });
  // handbook-a5 stays: it has the unit scopes (a unit's own clause is printed there).
  for (const dup of ['poster-a3.yaml', 'handbook-a4.yaml', 'guide-book.yaml']) rmSync(join(templatesDir, dup));
  // One version of each quiz paper (A and its key): paper B is the same questions in another order,
  // drawn by the same code from the same reads, and its 39 files were a fifth of every step's PDFs.
  const quiz = join(templatesDir, 'quiz-paper.yaml');
  const oneVersion = readFileSync(quiz, 'utf8').replace(/^versions: 2$/m, 'versions: 1');
  expect(oneVersion).toMatch(/^versions: 1$/m);
  writeFileSync(quiz, oneVersion);
  cacheDir = join(root, 'cache');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An edit, then a build with the cache compared with a clean one. */
async function step(
  name: string,
  change: () => void,
): Promise<{ stats: CacheStats; changed: string[]; made: string[] }> {
  change();
  const r = await compareWithClean();
  expect(r.stats.reused + r.stats.made, name).toBe(r.cached.size);
  // Everything that differs from the previous clean build was made again, never reused stale.
  for (const f of r.changed) expect(r.made, `${name}: ${f}`).toContain(f);
  return r;
}

describe('the PDF cache against clean builds', () => {
  it('a cold build makes everything, a warm one reuses everything, both as a clean build', async () => {
    // Deterministic PDFs: the cold build and the clean one, two fresh builds of one model, are
    // byte-identical (no dates, no random ids).
    const cold = await compareWithClean('test-1', 'whole');
    expect(cold.stats.reused).toBe(0);
    expect(cold.stats.made).toBe(cold.cached.size);
    expect(cold.stats.uncacheable).toBe(0);
    // Nothing edited: the cold step's clean build is this model's (a second clean build was
    // byte-identical to it every time, as the cold step shows it must be, and cost a whole build).
    const warm = await compareWithClean('test-1', 'previous');
    expect(warm.stats.made).toBe(0);
    expect(warm.stats.reused).toBe(warm.cached.size);
  }, 1_200_000);

  it("an edit of one unit's clause remakes only the PDFs that print it", async () => {
    const { stats, changed, made } = await step('clause', () =>
      edit('norms/service-point-rules.yaml', '白石乡11个行政村', '白石乡12个行政村'),
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(stats.made).toBeGreaterThanOrEqual(changed.length);
    expect(stats.reused).toBeGreaterThan(stats.made);
    // What jobs derive from the whole model (a unit's question bank, who each item is for) is
    // traced as derived values, not as every clause behind them: little is remade beyond what changed.
    // (Before derived.ts: 43 remade for 10 changed in bytes, every role's papers and handbook of the unit.)
    // A paper and its answer key are made from one assembly of the scope's questions (derived.ts,
    // quiz), and the key job reads more of it than its bytes show: since the quiz's word rules
    // (c49e738) the edited clause is asked on each of the unit's four role papers A, and their four
    // keys were remade with the same bytes (1131b6e). So a changed paper's key counts with it.
    const keysOfChanged = made.filter(
      (f) => f.endsWith('-key.pdf') && changed.some((c) => c.replace(/-[A-Z]\.pdf$/, '-key.pdf') === f),
    );
    expect(made.length, `remade: ${made.join(' ')}; changed: ${changed.join(' ')}`).toBeLessThanOrEqual(
      changed.length + keysOfChanged.length + 2,
    );
    // The clause is only the service point's: no other unit's own PDF is made again.
    const m = await model();
    const others = m.units.filter((u) => u.id !== 'baishi-point').map((u) => u.id);
    for (const f of made)
      for (const o of others)
        expect(f.includes(`-${o}.pdf`) || f.includes(`-${o}-`) || f.includes(`${o}__`), `${f} made again`).toBe(false);
  }, 1_200_000);

  const edits: [string, () => void][] = [
    ['a param value', () => edit('organisation.yaml', 'complaint-reply-days: 5', 'complaint-reply-days: 6')],
    ['a unit override', () => edit('units/baishi-point.yaml', '始终留一人值守', '始终留两人值守')],
    [
      'a commitment target',
      () => edit('commitments/group.yaml', 'target: { value: 24, unit: 小时/天', 'target: { value: 12, unit: 小时/天'),
    ],
    [
      'an etiquette phrase',
      () => edit('etiquette/group.yaml', '您好，请问您要办理什么业务？', '您好，请问您需要办理什么业务？'),
    ],
    ['a question', () => edit('quiz/group.yaml', '十字文明用语是哪几个词？', '十字文明用语是哪十个字？')],
    [
      'a process step',
      () => edit('processes/group-complaint.yaml', 'label: 登记投诉台账', 'label: 登记投诉台账并编号'),
    ],
    ['a role', () => edit('roles.yaml', 'name: 营销服务部', 'name: 营销服务中心')],
    [
      "the organisation's name",
      () => {
        edit('organisation.yaml', /^name: 禾川市交通能源投资集团有限公司/m, 'name: 禾川市交通能源投资集团股份有限公司');
        edit('organisation.yaml', /^shortName: 禾川交能集团/m, 'shortName: 禾川交能');
      },
    ],
    [
      "the organisation's phones",
      () => {
        edit('organisation.yaml', 'service: 0738-8890000', 'service: 0738-8890001');
        edit('organisation.yaml', 'supervision: 0738-8890100', 'supervision: 0738-8890101');
      },
    ],
    [
      'a service guide item',
      () => edit('services/power-meter-check.yaml', 'name: 户主身份证件或户号', 'name: 户主身份证件或电费户号'),
    ],
    [
      'an inspection item',
      () => edit('assessment/group.yaml', 'text: 统一着装，佩戴工号牌', 'text: 统一着装，左胸佩戴工号牌'),
    ],
    [
      'a template option',
      () => {
        const file = join(templatesDir, 'card.yaml');
        const text = readFileSync(file, 'utf8');
        const next = text.replace('heading: { size: 8.5,', 'heading: { size: 8,');
        expect(next).not.toBe(text);
        writeFileSync(file, next);
      },
    ],
    [
      'a unit added',
      () => {
        writeFileSync(
          join(content, 'units/baishi-two.yaml'),
          [
            'id: baishi-two',
            'name: 松溪县青石乡供电服务站',
            'shortName: 青石服务站',
            'industry: power',
            'parent: songxi-county',
            'address: 松溪县青石乡青石街8号',
            'openingHours: 周一至周五 8:30—17:00',
            '',
          ].join('\n'),
        );
      },
    ],
    ['a unit removed', () => rmSync(join(content, 'units/baishi-two.yaml'))],
  ];
  for (const [name, change] of edits) {
    it(`after ${name}: the cached build is the clean build`, async () => {
      const { stats, changed } = await step(name, change);
      // The edit shows in some PDF (step checked that those were made, not reused), and not everything was made.
      // (The organisation's own phones may be printed nowhere: in this organisation every unit gives its own.)
      if (name !== 'a unit removed' && name !== "the organisation's phones")
        expect(changed.length, name).toBeGreaterThan(0);
      // Every PDF prints the organisation's name: that edit rightly remakes them all.
      if (name !== "the organisation's name") expect(stats.reused, name).toBeGreaterThan(0);
    }, 1_200_000);
  }

  it('another code version remakes every PDF', async () => {
    const r = await compareWithClean('test-2');
    expect(r.stats.reused).toBe(0);
    expect(r.stats.made).toBe(r.cached.size);
  }, 1_200_000);

  it('a damaged cache file is found (hash of its bytes) and remade', async () => {
    const dir = join(cacheDir, 'files');
    // Every kept file: the cache also holds files of earlier steps, and the first few by name
    // (their hashes) were sometimes all such (a code change reorders them), so nothing was found.
    const victims = readdirSync(dir).filter((n) => n.endsWith('.pdf'));
    for (const v of victims) {
      const bytes = readFileSync(join(dir, v));
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at]! ^ 0xff;
      writeFileSync(join(dir, v), bytes);
    }
    const entries = join(cacheDir, 'entries');
    const entry = readdirSync(entries).find((n) => n.endsWith('.json'))!;
    writeFileSync(join(entries, entry), '{"format": 1, "outp');
    // Nothing edited since the last step, which made every PDF afresh.
    const r = await compareWithClean('test-2', 'previous');
    expect(r.stats.corrupt).toBeGreaterThanOrEqual(1);
    expect(r.stats.made).toBeGreaterThan(0);
  }, 1_200_000);

  it('pruning keeps the most recent entries and the files they name', () => {
    const before = readdirSync(join(cacheDir, 'entries')).length;
    pruneCache(cacheDir, 5);
    expect(readdirSync(join(cacheDir, 'entries')).length).toBe(Math.min(5, before));
  });
});

describe('the read trace', () => {
  const data = () => ({
    units: [
      { id: 'a', name: 'A', tags: ['x'] },
      { id: 'b', name: 'B', tags: [] as string[] },
    ],
    org: { name: 'O', phones: { service: '1' } },
  });

  it('notes values, key lists and `in` tests, and nothing else', () => {
    const tracer = new ReadTracer(data());
    const m = tracer.value;
    const b = m.units.find((u) => u.id === 'b')!;
    void b.name;
    void Object.keys(m.org.phones);
    void ('fax' in m.org);
    // What was not read may change.
    expect(readsTheSame(tracer.root, { ...data(), org: { ...data().org, name: 'Changed' } })).toBe(true);
    expect(readsTheSame(tracer.root, data())).toBe(true);
    // What was read may not.
    const renamed = data();
    renamed.units[1]!.name = 'B2';
    expect(readsTheSame(tracer.root, renamed)).toBe(false);
    const moreKeys = data() as ReturnType<typeof data> & { org: { phones: { fax?: string } } };
    moreKeys.org.phones.fax = '2';
    expect(readsTheSame(tracer.root, moreKeys)).toBe(false);
    const withFax = { ...data(), org: { ...data().org, fax: '3' } };
    expect(readsTheSame(tracer.root, withFax)).toBe(false);
    // The search read units[0].id: a unit put first changes what the job found.
    const reordered = data();
    reordered.units.reverse();
    expect(readsTheSame(tracer.root, reordered)).toBe(false);
    expect(tracer.wrote).toBeUndefined();
  });

  it('is kept compact: long strings as digests, large parts once in files of their own, still exact', () => {
    const big = () => ({
      units: [
        { id: 'a', text: '甲'.repeat(100), notes: ['n'] },
        { id: 'b', text: '乙', notes: [] as string[] },
      ],
      documents: Array.from({ length: 3 }, (_, d) => ({
        id: `d${d}`,
        clauses: Array.from({ length: 60 }, (_, i) => ({ id: `d${d}c${i}`, text: '丙'.repeat(30) })),
      })),
      title: '标题'.repeat(40),
    });
    const record = (read: (m: ReturnType<typeof big>) => void) => {
      const tracer = new ReadTracer(big());
      read(tracer.value);
      return { raw: tracer.root, kept: compactReads(tracer.root) };
    };
    // Two jobs: each reads its own unit's text and looks every clause up by id.
    const lookUp = (m: ReturnType<typeof big>) => m.documents.forEach((d) => d.clauses.forEach((c) => void c.id));
    const first = record((m) => (void m.units[0]!.text, void m.title, lookUp(m)));
    const second = record((m) => (void m.units[1]!.text, lookUp(m)));
    const { raw, kept } = first;
    expect(JSON.stringify(kept.reads).length).toBeLessThan(JSON.stringify(raw).length / 4);
    const everything = JSON.stringify(kept.reads) + [...kept.parts.values()].join('');
    expect(everything).not.toContain('甲甲');
    expect(everything).not.toContain('标题标题');
    // The look-up reads the same in both jobs: kept once, named by both.
    const shared = [...kept.parts.keys()].filter((k) => second.kept.parts.has(k));
    expect(shared.length).toBeGreaterThan(0);
    const parts = {
      matches: (s: string, value: unknown): boolean =>
        readsTheSame(JSON.parse(kept.parts.get(s)!) as ReadValue, value, parts),
    };
    expect(readsTheSame(kept.reads, big(), parts)).toBe(true);
    // What was read may not change.
    const retitled = big();
    retitled.title = '题目'.repeat(40);
    expect(readsTheSame(kept.reads, retitled, parts)).toBe(false);
    const rewritten = big();
    rewritten.units[0]!.text = '丁'.repeat(100);
    expect(readsTheSame(kept.reads, rewritten, parts)).toBe(false);
    const renumbered = big();
    renumbered.documents[2]!.clauses[7]!.id = 'new';
    expect(readsTheSame(kept.reads, renumbered, parts)).toBe(false);
    // What was not read may: another unit's text, a clause's text when only its id was looked up.
    const other = big();
    other.units[1]!.text = '戊';
    other.documents[1]!.clauses[3]!.text = '己';
    expect(readsTheSame(kept.reads, other, parts)).toBe(true);
    // A part that cannot be read never matches.
    expect(readsTheSame(kept.reads, big(), { matches: () => false })).toBe(false);
  });

  it('a job that writes to the model is noticed (and not cached)', () => {
    const tracer = new ReadTracer(data());
    tracer.value.units[0]!.tags.push('y');
    expect(tracer.wrote).toBeDefined();
  });

  it('lives beside the out folder, never in it', () => {
    expect(cacheDirFor('/srv/site/dist')).toBe('/srv/site/.guifan-cache/dist/print');
  });

  it('pruning reads the files an entry names from its head, whatever its messages say', () => {
    const dir = testTempDir('prune');
    mkdirSync(join(dir, 'entries'));
    mkdirSync(join(dir, 'files'));
    const kept = 'a'.repeat(64);
    const dropped = 'b'.repeat(64);
    // A message holding the text that ends an entry's head, and reads naming the other file: neither may mislead.
    const entry = {
      format: 1,
      files: ['x.pdf'],
      audience: 'public',
      notes: [`","fonts":{"outputs":[{"sha256":"${dropped}`],
      outputs: [{ sha256: kept, size: 1 }],
      fonts: {},
      reads: { t: 'o', c: { outputs: { t: 'p', v: dropped } } },
    };
    writeFileSync(join(dir, 'entries', 'e.json'), JSON.stringify(entry));
    const old = new Date(Date.now() - 2 * 3600_000);
    for (const name of [kept, dropped]) {
      writeFileSync(join(dir, 'files', `${name}.pdf`), 'x');
      utimesSync(join(dir, 'files', `${name}.pdf`), old, old);
    }
    expect(pruneCache(dir, 5)).toEqual({ entries: 0, files: 1 });
    expect(existsSync(join(dir, 'files', `${kept}.pdf`))).toBe(true);
    expect(existsSync(join(dir, 'files', `${dropped}.pdf`))).toBe(false);
  });
});
