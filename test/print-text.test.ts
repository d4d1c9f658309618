/**
 * The text layer of every example PDF, as pdftotext (-raw) and pdf.js extract it, holds the
 * content's text exactly: each clause, phrase, commitment, target, hotline, option … appears
 * with nothing but line breaks between its characters (no space inside a number, a word, a
 * code, or between Han characters; Han–Western gaps and compressed punctuation are spacing,
 * not characters).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Clause } from '../src/model/types/documents.ts';
import type { Model } from '../src/model/types.ts';
import { unitView } from '../src/model/view.ts';
import { serviceGuide, serviceGuides } from '../src/model/guide.ts';
import { guideFiles } from '../src/print/guide-plan.ts';
import { gbQuotes, phraseDisplay } from '../src/model/wording.ts';
import { handbookView } from '../src/print/handbook-chapters.ts';
import { handbookFileName, handbookScopes, quizScopes } from '../src/print/plan.ts';
import { assembleQuiz } from '../src/print/quiz-assembly.ts';
import { tidySpaces } from '../src/print/measure.ts';
import { readGlyphs, type Glyph } from '../src/print/audit/pdf-glyphs.ts';
import {
  defaultTemplatesDir,
  loadTemplates,
  type HandbookTemplate,
  type QuizTemplate,
} from '../src/print/templates.ts';
import { builtOrganisation, builtPdfText } from './support/built.ts';

let model: Model;
const templates = loadTemplates(defaultTemplatesDir());
let files: string[];
let notes: string[];

beforeAll(async () => {
  model = await loadModelOrThrow('content');
  // The shared print set of the example (buildPrint with a fresh font cache, every kind; read only).
  ({ files, notes } = await builtOrganisation('content', 'print'));
}, 240_000);

// pdf.js's legacy worker defines a global `self` (core-js's polyfill) once it opens a document; the
// next file in this process must not find it (ELK takes itself for a web worker where one exists).
const selfBefore = 'self' in globalThis;
afterAll(() => {
  if (!selfBefore) Reflect.deleteProperty(globalThis, 'self');
});

/**
 * Text as pdf.js gives it to a viewer's text layer: items in order, a line break after each line.
 * Read once a file (two tests read it: 10.5 s CPU a pass over the example's 85 PDFs at load ~14).
 */
const pdfjsTexts = new Map<string, Promise<string>>();
function pdfjsText(path: string): Promise<string> {
  let text = pdfjsTexts.get(path);
  if (!text) pdfjsTexts.set(path, (text = readPdfjsText(path)));
  return text;
}

async function readPdfjsText(path: string): Promise<string> {
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(path)),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  let out = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) out += item.str + (item.hasEOL ? '\n' : '');
    out += '\n';
  }
  await doc.destroy();
  return out;
}

const escapeRegExp = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text with line breaks allowed between its characters, and a written space read as a space or a line break. */
function exactly(text: string): RegExp {
  // pdftotext reads the ideographic space as a space.
  const chars = [...tidySpaces(text).replace(/\u3000/g, ' ')];
  return new RegExp(chars.map((ch) => (ch === ' ' ? '[ \\n]' : escapeRegExp(ch))).join('\\n?'), 'u');
}

const allClauses = (cs: Clause[]): Clause[] => cs.flatMap((c) => [c, ...allClauses(c.children)]);

/** What each PDF must hold word for word; worked out once a file (three tests ask, a quiz paper's assembly is not cheap). */
const expectedTexts = new Map<string, string[]>();
function expected(file: string): string[] {
  let texts = expectedTexts.get(file);
  if (!texts) expectedTexts.set(file, (texts = expectedOf(file)));
  return texts;
}

function expectedOf(file: string): string[] {
  const name = basename(file);
  const handbookTemplate = templates.find(
    (t): t is HandbookTemplate =>
      t.kind === 'handbook' &&
      name.startsWith(`${t.output}-`) &&
      handbookScopes(model, t).some((s) => handbookFileName(t, s) === name),
  );
  if (handbookTemplate) {
    // What the handbook of that scope prints (its view), word for word.
    const scope = handbookScopes(model, handbookTemplate).find((s) => handbookFileName(handbookTemplate, s) === name)!;
    const view = handbookView(model, scope);
    const clauses = view.documents.flatMap((d) => allClauses(d.clauses)).flatMap((c) => (c.text ? [c.text] : []));
    const phrases = view.etiquette.flatMap((e) =>
      e.situations.flatMap((s) => [...s.phrases, ...s.forbidden].map((p) => phraseDisplay(p.text))),
    );
    const violations = view.assessments.flatMap((a) => a.violations.map((v) => v.text));
    const references = view.documents
      .filter((d) => d.clauses.length > 0)
      .flatMap((d) => d.references.map((r) => [r.code, r.title].filter(Boolean).join('　')));
    return [...clauses, ...phrases, ...violations, ...references];
  }
  const poster = /^poster(-a4)?-(.+)\.pdf$/.exec(name);
  if (poster) {
    const unit = model.units.find((u) => u.id === poster[2])!;
    const moved = notes.some((n) => n.startsWith(`${name}：`) && n.includes('正文移至二维码'));
    const pub = unitView(model, unit.id).publicCommitments;
    return [
      unit.name,
      // Moved to the QR page: titles and targets, and the text of a commitment without a target.
      ...pub.flatMap((c) => (moved ? [c.title ?? c.text, ...(c.target || !c.title ? [] : [c.text])] : [c.text])),
      ...pub.flatMap((c) => (c.target ? [c.target.wording] : [])),
      ...[unit.hotlines.service, unit.hotlines.supervision].flatMap((x) => (x ? [x] : [])),
    ];
  }
  const card = /^card(-sheet)?-(.+)\.pdf$/.exec(name);
  if (card) {
    const unit = model.units.find((u) => u.id === card[2])!;
    return [unit.hotlines.service, unit.hotlines.supervision].flatMap((x) => (x ? [x] : []));
  }
  // Guides, booklets, slips and score sheets: the service's name and its materials as the unit's view words them; a booklet every service's name; a score sheet its unit and inspection.
  for (const t of templates) {
    if (t.kind !== 'guide' && t.kind !== 'slip' && t.kind !== 'scoresheet') continue;
    const f = guideFiles(model, t).find((x) => x.file === name);
    if (!f) continue;
    const view = unitView(model, f.unit.id);
    if (t.kind === 'scoresheet') return [f.unit.name, f.itemName ?? ''].filter(Boolean);
    if (f.itemId === undefined) return serviceGuides(model, view).map((g) => g.name);
    const g = serviceGuide(model, view, view.services.find((x) => x.id === f.itemId)!);
    return [g.name, ...g.materials.map((m) => m.name)];
  }
  const quiz = /^quiz-(.+)-([A-Z]|key)\.pdf$/.exec(name);
  if (quiz) {
    const template = templates.find((t): t is QuizTemplate => t.kind === 'quiz')!;
    const scope = quizScopes(model, template).find((s) => s.id === quiz[1])!;
    const a = assembleQuiz(model, scope, template);
    if (quiz[2] === 'key') return [];
    return a.sections.flatMap((s) =>
      s.questions.flatMap((q) =>
        q.type === 'single' || q.type === 'multiple' ? q.options.map((o) => gbQuotes(o)) : [],
      ),
    );
  }
  return [];
}

describe('the text layer of every example PDF', () => {
  it('covers every file', () => {
    expect(files.length).toBeGreaterThan(30);
    for (const f of files.filter((x) => !basename(x).startsWith('quiz-') || !basename(x).endsWith('-key.pdf')))
      expect(expected(f).length, basename(f)).toBeGreaterThan(0);
  });

  // Whichever of print-text, print-example and print-quiz reads a PDF first pays for its pdftotext
  // (builtPdfText): 169 files, over 60 s at load 17.
  it('holds the content exactly (pdftotext -raw)', () => {
    for (const f of files) {
      const text = builtPdfText(f);
      const missing = expected(f).filter((e) => !exactly(e).test(text));
      expect(missing, basename(f)).toEqual([]);
    }
  }, 240_000);

  it('holds the content exactly (pdf.js, as a viewer selects and copies it)', async () => {
    for (const f of files) {
      const text = await pdfjsText(f);
      const missing = expected(f).filter((e) => !exactly(e).test(text));
      expect(missing, basename(f)).toEqual([]);
    }
  }, 240_000);

  it('gains no space the PDF does not draw, in either extraction', async () => {
    for (const f of files) {
      const allowed = await drawnSpaces(f);
      for (const text of [builtPdfText(f), await pdfjsText(f)]) {
        const invented = [...text.matchAll(/(\S) +(?=(\S))/gu)]
          .map((m) => `${m[1]}${m[2]}`)
          .filter((pair) => !allowed.has(pair));
        expect({ file: basename(f), invented: [...new Set(invented)] }).toEqual({ file: basename(f), invented: [] });
      }
    }
  }, 240_000);
});

/**
 * Pairs of characters a space may stand between in extracted text: those drawn with a space
 * glyph between them (U+0020, U+3000, which extractors read as a space), and the last and first
 * characters of two elements drawn apart (table cells, a number beside its text, columns).
 */
async function drawnSpaces(file: string): Promise<Set<string>> {
  const allowed = new Set<string>();
  for (const page of await readGlyphs(new Uint8Array(readFileSync(file)))) {
    let before: Glyph | undefined;
    let spaced = false;
    for (const g of page.glyphs) {
      if (g.text === ' ' || g.text === '\u3000') {
        spaced = true;
        continue;
      }
      if (before) {
        const apart =
          g.run !== before.run &&
          (Math.abs(g.y - before.y) > 0.3 * g.size || Math.abs(g.x - (before.x + before.natural)) > 0.3 * g.size);
        if (spaced || apart || Math.abs(g.y - before.y) > 0.3 * g.size) allowed.add(`${before.text}${g.text}`);
      }
      before = g;
      spaced = false;
    }
  }
  return allowed;
}
