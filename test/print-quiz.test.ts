/**
 * Quiz papers of the example organisation: the text extracted from papers A and B and from
 * the answer key is checked against the question bank (not against hard-coded answers):
 * same questions in both versions, in a different order, options the same set; every key
 * entry points at the option that is correct in the bank. Plus clreq line starts, embedded
 * subset fonts, byte-identical rebuilds, a rendering check with embedded fonts only, and the
 * file plan the site's downloads page uses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { buildPrint, MissingGlyphError, plannedPrintFiles } from '../src/print/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import { assembleQuiz, trueFalseStem, type QuizAssembly } from '../src/print/quiz-assembly.ts';
import { gbQuotes } from '../src/model/wording.ts';
import { defaultTemplatesDir, loadTemplates, type QuizTemplate } from '../src/print/templates.ts';
import { DEFAULT_SEED, generateBank, type BankQuestion } from '../src/quiz/index.ts';
import {
  emptyFontconfig,
  inkIoU,
  inkRatio,
  pageCount,
  pagesOf,
  punctuationViolations,
  rasterise,
  squash,
} from './support/pdf.ts';
import { builtOrganisation, builtPdfFonts, builtPdfText } from './support/built.ts';
import { suiteTempDir, testTempDir } from './support/temp-dir.ts';

const UNIT = 'power-city-hall';
const fonts = new FontCache();
let model: Model;
/** The shared print set's folder: read only. */
let out: string;
/** This file's own folder, for what the tests write. */
const scratch = suiteTempDir('quiz');
/** Every quiz file of the example (all scopes); `files` are the unit's. */
let allFiles: string[];
let files: string[];
let template: QuizTemplate;
let bank: BankQuestion[];
let assembly: QuizAssembly;
/** Quiz papers are staff material: buildPrint writes them to <root>/staff/, never to print/. */
const file = (name: string): string => join(out, 'staff', name);

beforeAll(async () => {
  const loaded = await loadModel('content');
  model = loaded.model!;
  template = loadTemplates(defaultTemplatesDir()).find((t): t is QuizTemplate & { kind: 'quiz' } => t.kind === 'quiz')!;
  // Every quiz paper of the example: the run's shared print set (every kind, read only), which
  // print-text, print-example and print-audit read too. Making the papers here again cost 33 s
  // alone, over 60 s when both workers were busy. Its staff/ folder holds the quiz papers alone.
  const shared = await builtOrganisation('content', 'print');
  out = shared.out;
  allFiles = shared.files.filter((f) => f.startsWith(`${join(out, 'staff')}/`));
  files = allFiles.filter((f) => new RegExp(`^quiz-${UNIT}-(A|B|C|D|key)\\.pdf$`).test(basename(f)));
  assembly = assembleQuiz(model, { id: UNIT, unitId: UNIT, label: UNIT }, template);
  bank = generateBank(model, { seed: template.seed ?? DEFAULT_SEED, unitId: UNIT }).questions;
}, 300_000);

const TYPES = { 单项选择题: 'single', 多项选择题: 'multiple', 判断题: 'truefalse', 填空题: 'blank' } as const;
type SectionType = (typeof TYPES)[keyof typeof TYPES];

interface PaperQuestion {
  number: number;
  stem: string;
  options: Map<string, string>;
}

/** Compare stems: no white space, no answer brackets, no blanks (drawn ＿ or written ____), quotes as papers print them (“”, GB/T 15834). */
const stemKey = (s: string): string =>
  squash(gbQuotes(trueFalseStem(s)))
    .replace(/（＿*）/g, '')
    .replace(/＿+/g, '')
    .replace(/_{2,}/g, '');
/** Options as papers print them: quotes “” (GB/T 15834), no white space. */
const optionKey = (s: string): string => squash(gbQuotes(s));

/** The questions of a paper, per section, read back from its extracted text. */
function readPaper(path: string): Map<SectionType, PaperQuestion[]> {
  const text = builtPdfText(path);
  const sections = new Map<SectionType, PaperQuestion[]>();
  let current: PaperQuestion[] | undefined;
  let q: PaperQuestion | undefined;
  let lastOption: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || /第\d+页\s*共\d+页/.test(line) || line.startsWith('\f')) continue;
    // The sealing strip down the margin (密封线 and the candidate's fields).
    if (/^密\s*封\s*线/.test(line) || /^(姓名|工号|单位)：$/.test(line)) continue;
    if (/（[A-Z]卷）$/.test(line) && line.includes(template.title)) continue; // running header
    const heading = /^[一二三四五六]、(单项选择题|多项选择题|判断题|填空题)（/.exec(line);
    if (heading) {
      current = [];
      sections.set(TYPES[heading[1] as keyof typeof TYPES], current);
      q = undefined;
      continue;
    }
    if (!current) continue;
    const start = /^(\d+)．\s*(.*)$/.exec(line);
    if (start) {
      q = { number: Number(start[1]), stem: start[2]!, options: new Map() };
      lastOption = undefined;
      current.push(q);
      continue;
    }
    if (!q) continue; // the section's note
    const parts = line.split(/(?:^|\s)([A-F])．/);
    if (parts.length > 1) {
      for (let i = 1; i < parts.length; i += 2) {
        lastOption = parts[i]!;
        q.options.set(lastOption, parts[i + 1]!.trim());
      }
    } else if (lastOption) q.options.set(lastOption, q.options.get(lastOption)! + line);
    else q.stem += line;
  }
  return sections;
}

/** The bank question a printed one is: same stem and the same option set. */
function bankQuestion(type: SectionType, pq: PaperQuestion): BankQuestion {
  const options = [...pq.options.values()].map(squash).sort();
  const matches = bank.filter((b) => {
    if (b.type !== type || stemKey(b.stem) !== stemKey(pq.stem)) return false;
    if (b.type === 'single' || b.type === 'multiple')
      return JSON.stringify(b.options.map(optionKey).sort()) === JSON.stringify(options);
    return true;
  });
  expect(matches.length, `bank question for ${pq.stem}`).toBeGreaterThanOrEqual(1);
  return matches[0]!;
}

/** Key rows per section: the row's text after the question number. */
function readKey(path: string): Map<SectionType, Map<number, string>> {
  const text = builtPdfText(path);
  const sections = new Map<SectionType, Map<number, string>>();
  let current: Map<number, string> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (/^题目出处/.test(line)) break;
    const heading = /^[一二三四五六]、(单项选择题|多项选择题|判断题|填空题)（/.exec(line);
    if (heading) {
      current = new Map();
      sections.set(TYPES[heading[1] as keyof typeof TYPES], current);
      continue;
    }
    const row = /^(\d+)\s+(.+)$/.exec(line);
    if (current && row) current.set(Number(row[1]), row[2]!);
  }
  return sections;
}

describe('quiz papers', () => {
  const letters = (): string[] => Array.from({ length: template.versions }, (_, i) => String.fromCharCode(65 + i));

  it('writes every version and the key for the unit, as planned', () => {
    const names = files.map((f) => basename(f));
    expect(names).toEqual([...letters().map((v) => `quiz-${UNIT}-${v}.pdf`), `quiz-${UNIT}-key.pdf`]);
    expect(plannedPrintFiles(model, { only: `quiz:${UNIT}` }).map((f) => f.file)).toEqual(names);
    const all = plannedPrintFiles(model, { only: 'quiz' });
    expect(all.map((f) => f.file).sort()).toEqual(allFiles.map((f) => basename(f)).sort());
    expect(all.map((f) => f.file)).toContain('quiz-all-key.pdf');
    for (const u of model.units) expect(all.map((f) => f.file)).toContain(`quiz-${u.id}-A.pdf`);
    expect(() => plannedPrintFiles(model, { only: 'quiz:nowhere' })).toThrow(/nothing called "nowhere"/);
  });

  it('asks the same questions in every version, in a different order, with the same options', () => {
    const [a, b] = letters().map((v) => readPaper(file(`quiz-${UNIT}-${v}.pdf`)));
    expect([...a!.keys()]).toEqual(assembly.sections.map((s) => s.type));
    for (const [type, qa] of a!) {
      const qb = b!.get(type)!;
      const wanted = assembly.sections.find((s) => s.type === type)!.questions.length;
      expect(qa.length, type).toBe(wanted);
      expect(qa.map((q) => q.number)).toEqual(qa.map((_, i) => i + 1));
      const ids = (qs: PaperQuestion[]): string[] => qs.map((q) => bankQuestion(type, q).id);
      expect([...ids(qb)].sort(), type).toEqual([...ids(qa)].sort());
      expect(new Set(ids(qa)).size, `${type}: no question twice`).toBe(qa.length);
      expect(ids(qb), `${type}: order differs`).not.toEqual(ids(qa));
      for (const q of qa) {
        const other = qb.find((x) => bankQuestion(type, x).id === bankQuestion(type, q).id)!;
        expect([...other.options.values()].map(squash).sort()).toEqual([...q.options.values()].map(squash).sort());
        if (type === 'single' || type === 'multiple') expect(q.options.size).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('draws one blank per answer in fill-in questions', () => {
    for (const q of readPaper(file(`quiz-${UNIT}-A.pdf`)).get('blank')!) {
      const b = bankQuestion('blank', q);
      if (b.type !== 'blank') throw new Error('not a blank question');
      expect(q.stem.match(/＿+/g)?.length ?? 0, q.stem).toBe(b.answer.length);
    }
  });

  it('has a key whose answers point at the options the bank marks correct, in every version', () => {
    const key = readKey(file(`quiz-${UNIT}-key.pdf`));
    const papers = letters().map((v) => readPaper(file(`quiz-${UNIT}-${v}.pdf`)));
    let checked = 0;
    for (const [type, rows] of key) {
      papers.forEach((paper, vi) => {
        for (const pq of paper.get(type)!) {
          const row = rows.get(pq.number);
          expect(row, `${type} ${pq.number}`).toBeDefined();
          const b = bankQuestion(type, pq);
          if (b.type === 'single' || b.type === 'multiple') {
            const cell = row!.split(/\s+/)[vi]!;
            expect(cell, row).toMatch(/^[A-F]+$/);
            const chosen = [...cell].map((l) => squash(pq.options.get(l) ?? '?')).sort();
            const correct = (b.type === 'single' ? [b.answer] : b.answer).map((i) => optionKey(b.options[i]!)).sort();
            expect(chosen, `${type} ${pq.number} version ${vi}`).toEqual(correct);
          } else if (b.type === 'truefalse') {
            // A tick (U+2713), not the root sign √.
            expect(row!.split(/\s+/)[vi], row).toBe(b.answer ? '✓' : '×');
          } else {
            // Blank answers may wrap or hold spaces: each version's canonical answers appear, in order.
            const canonical = b.answer.map((accepted) => squash(accepted[0]!));
            let from = 0;
            const cells = squash(row!);
            for (let v = 0; v < vi; v++) {
              const earlier = papers[v]!.get(type)!.find((x) => x.number === pq.number)!;
              const eb = bankQuestion(type, earlier);
              if (eb.type === 'blank')
                for (const a of eb.answer) from = cells.indexOf(squash(a[0]!), from) + squash(a[0]!).length;
            }
            for (const c of canonical) {
              const at = cells.indexOf(c, from);
              expect(at, `${c} in ${row}`).toBeGreaterThanOrEqual(0);
              from = at + c.length;
            }
          }
          checked++;
        }
      });
    }
    expect(checked).toBe(template.versions * assembly.sections.reduce((n, s) => n + s.questions.length, 0));
  });

  it('lists where every question comes from, with the number of each clause it cites', () => {
    const t = builtPdfText(file(`quiz-${UNIT}-key.pdf`));
    const part = t
      .slice(t.indexOf('题目出处'))
      .split('\n')
      .map((l) => l.trim());
    // Per section: A's question number → the row's 依据 text (wrapped lines joined).
    const cites = new Map<SectionType, Map<number, string>>();
    let current: Map<number, string> | undefined;
    let last: number | undefined;
    for (const line of part) {
      const heading = /^[一二三四五六]、(单项选择题|多项选择题|判断题|填空题)$/.exec(line);
      if (heading) {
        current = new Map();
        cites.set(TYPES[heading[1] as keyof typeof TYPES], current);
        continue;
      }
      const row = /^(\d+)\s+\d+\s+(.+)$/.exec(line);
      if (current && row) {
        last = Number(row[1]);
        current.set(last, row[2]!);
      } else if (
        current &&
        last !== undefined &&
        line !== '' &&
        !/第\d+页/.test(line) &&
        !/^[A-Z]卷/.test(line) &&
        !line.includes(template.title)
      ) {
        current.set(last, current.get(last)! + line);
      }
    }
    const numbers = new Map<string, string>();
    const walk = (cs: Model['documents'][number]['clauses']): void =>
      cs.forEach((c) => (numbers.set(c.id, c.number), walk(c.children)));
    for (const d of [...model.documents, ...model.units.flatMap((u) => u.documents)]) walk(d.clauses);
    const paper = readPaper(file(`quiz-${UNIT}-A.pdf`));
    let clauseCites = 0;
    for (const [type, qs] of paper) {
      for (const pq of qs) {
        const row = cites.get(type)?.get(pq.number);
        expect(row, `${type} ${pq.number}`).toBeDefined();
        for (const id of bankQuestion(type, pq).sources) {
          const n = numbers.get(id);
          if (n === undefined) continue;
          expect(squash(row!), `${type} ${pq.number} cites ${id}`).toContain(n);
          clauseCites++;
        }
      }
    }
    expect(clauseCites).toBeGreaterThan(10);
  });

  it('keeps every question with its options on one page', () => {
    for (const v of letters()) {
      const f = file(`quiz-${UNIT}-${v}.pdf`);
      const n = pageCount(f);
      expect(n).toBeGreaterThan(1);
      const pages = pagesOf(builtPdfText(f));
      expect(pages.length).toBe(n);
      for (let p = 2; p <= n; p++) {
        const body = pages[p - 1]!.split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '' && !/第\d+页/.test(l) && !(l.includes(template.title) && l.endsWith(`（${v}卷）`)));
        // The page's first line starts a question or a section, never continues one.
        expect(body[0], `${basename(f)} page ${p}`).toMatch(/^(\d+．|[一二三四五六]、)/);
      }
    }
  });

  it('shows the header fields, points and page numbers', () => {
    const t = builtPdfText(file(`quiz-${UNIT}-A.pdf`));
    // With a sealing line only the score is asked on top; the candidate's fields are in the strip.
    for (const f of template.sealingLine ? template.fields.filter((x) => x === '得分') : template.fields)
      expect(t).toContain(`${f}：`);
    // Full marks are the exam rule's, whatever the bank could fill of each section.
    expect(assembly.total).toBe(model.organisation.exam.total);
    expect(t).toContain(`满分${model.organisation.exam.total}分`);
    const n = pageCount(file(`quiz-${UNIT}-A.pdf`));
    expect(t).toContain(`本试卷共${n}页`);
    expect(t).toContain(`第${n}页 共${n}页`);
  });

  it('draws the sealing line down the left margin of every page, the fields beside it on the first, and none on the key', () => {
    expect(template.sealingLine).toBe(true);
    const fc = emptyFontconfig(testTempDir('quiz-seal'));
    const dpi = 30;
    const strip = (f: string, page: number): number => {
      const { image } = rasterise(f, page, dpi, fc);
      return inkRatio(image, 0, 0, Math.round((template.page.margin.left / 25.4) * dpi), image.height);
    };
    const paper = file(`quiz-${UNIT}-A.pdf`);
    const first = strip(paper, 1);
    const second = strip(paper, 2);
    expect(second).toBeGreaterThan(0.002);
    expect(first).toBeGreaterThan(second * 1.5);
    expect(strip(file(`quiz-${UNIT}-key.pdf`), 1)).toBe(0);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    for (const f of allFiles) expect(punctuationViolations(builtPdfText(f, { layout: true })), basename(f)).toEqual([]);
    for (const f of allFiles) {
      const raw = builtPdfText(f)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(
        raw.filter((l) => /^[，。、；：？！）」』》]/.test(l)),
        basename(f),
      ).toEqual([]);
    }
    // The first of print-example and this file to read a paper pays for its pdftotext (builtPdfText).
  }, 240_000);

  it('embeds its fonts as tagged subsets', () => {
    for (const f of allFiles) {
      for (const row of builtPdfFonts(f)) {
        expect([row.emb, row.sub, row.uni], `${basename(f)} ${row.name}`).toEqual(['yes', 'yes', 'yes']);
        expect(row.name).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
      }
    }
  }, 240_000);

  it('is byte-identical when built again with the same seed', async () => {
    const again = testTempDir('quiz-again');
    const second = (await buildPrint(model, again, { only: `quiz:${UNIT}`, fonts: new FontCache() })).files;
    expect(second.map((f) => basename(f))).toEqual(files.map((f) => basename(f)));
    for (const f of files)
      expect(readFileSync(join(again, 'staff', basename(f))).equals(readFileSync(f)), basename(f)).toBe(true);
  }, 30_000);

  it('fails naming the question file and line when the font lacks a character of a stem', async () => {
    const odd = structuredClone(model);
    // Every hand-written stem, so whichever the papers pick carries the character.
    for (const b of odd.quizzes) for (const q of b.questions) q.stem = `\ue000${q.stem}`;
    const files = new Set(odd.quizzes.flatMap((b) => b.questions.map((q) => q.source.file)));
    const error = await buildPrint(odd, testTempDir('quiz-glyph'), {
      only: 'quiz:all',
      fonts,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MissingGlyphError);
    const message = (error as Error).message;
    expect(message).toMatch(/U\+E000/);
    expect(
      [...files].some((f) => message.includes(`${f}:`)),
      message,
    ).toBe(true);
  });

  it('renders every character of the papers and key like the font does (subset glyphs, embedded fonts only)', async () => {
    const { PDFDocument, rgb } = await import('pdf-lib');
    const { builtinFontPath } = await import('../src/print/fonts.ts');
    const { tagSubsets } = await import('../src/print/font-embed.ts');
    const fontconfig = emptyFontconfig(join(scratch, 'fc-glyphs'));
    const chars = [
      ...new Set([
        ...files
          .map((f) => builtPdfText(f))
          .join('')
          .replace(/\s/gu, ''),
      ]),
    ].sort();
    // ① numbers the answers of a question with several blanks, when the paper has one; ✓ (U+2713), not √.
    const severalBlanks = assembly.sections.some((sec) =>
      sec.questions.some((q) => q.type === 'blank' && q.answer.length > 1),
    );
    expect(chars).toEqual(expect.arrayContaining(['✓', '×', '＿', ...(severalBlanks ? ['①'] : [])]));
    const font = fonts.load(builtinFontPath('noto-sans-sc-regular')!);
    // Even rows: the character as subset text (the production path); odd rows: its outline from the font file.
    const CELL = 30,
      SIZE = 20,
      COLUMNS = 16,
      DPI = 144;
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fonts.fontkit);
    const pdfFont = await fonts.embed(doc, font);
    const page = doc.addPage([COLUMNS * CELL, Math.ceil(chars.length / COLUMNS) * 2 * CELL]);
    chars.forEach((ch, i) => {
      const x = (i % COLUMNS) * CELL + (CELL - SIZE) / 2;
      const baseline = page.getHeight() - (Math.floor(i / COLUMNS) * 2 * CELL + CELL * 0.78);
      page.drawText(ch, { x, y: baseline, size: SIZE, font: pdfFont, color: rgb(0, 0, 0) });
      const glyph = font.font.glyphForCodePoint(ch.codePointAt(0)!) as unknown as {
        path: { commands: { command: string; args: number[] }[] };
      };
      const letter: Record<string, string> = {
        moveTo: 'M',
        lineTo: 'L',
        quadraticCurveTo: 'Q',
        bezierCurveTo: 'C',
        closePath: 'Z',
      };
      const path = glyph.path.commands
        .map((c) => `${letter[c.command]} ${c.args.map((v, k) => (k % 2 === 1 ? -v : v)).join(' ')}`)
        .join(' ');
      if (path) page.drawSvgPath(path, { x, y: baseline - CELL, scale: SIZE / font.unitsPerEm, color: rgb(0, 0, 0) });
    });
    tagSubsets([pdfFont]);
    const sheet = join(scratch, 'quiz-glyphs.pdf');
    writeFileSync(sheet, await doc.save());
    const { image, stderr } = rasterise(sheet, 1, DPI, fontconfig);
    expect(stderr).toBe('');
    const px = (pt: number): number => Math.round((pt * DPI) / 72);
    const side = px(CELL);
    const bad = chars.filter((_ch, i) => {
      const x = px((i % COLUMNS) * CELL);
      const row = Math.floor(i / COLUMNS);
      if (inkRatio(image, x, px((row * 2 + 1) * CELL), side, side) <= 0.002) return false;
      return inkIoU(image, x, px(row * 2 * CELL), image, x, px((row * 2 + 1) * CELL), side, side) < 0.6;
    });
    expect(bad).toEqual([]);
  });

  it('renders with the embedded fonts alone', () => {
    const fontconfig = emptyFontconfig(join(scratch, 'fc'));
    for (const f of [file(`quiz-${UNIT}-A.pdf`), file(`quiz-${UNIT}-key.pdf`)]) {
      const { image, stderr } = rasterise(f, 1, 50, fontconfig);
      expect(stderr, basename(f)).toBe('');
      expect(inkRatio(image), basename(f)).toBeGreaterThan(0.01);
    }
  });
});
