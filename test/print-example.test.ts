/**
 * Print outputs for the example organisation in content/: everything builds, every
 * commitment, clause and phrase is in the PDFs in order, line-breaking rules hold,
 * TOC and outline agree, sizes stay within budget.
 */
import { organisationView } from '../src/model/view.ts';
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../src/model/index.ts';
import type { Clause } from '../src/model/types/documents.ts';
import type { Model } from '../src/model/types.ts';
import { phraseDisplay } from '../src/model/wording.ts';
import { builtOrganisation, builtPdfFonts, builtPdfText } from './support/built.ts';
import {
  missingInOrder,
  numbersIn,
  numbersSplitInTexts,
  pagesOf,
  punctuationViolations,
  readOutline,
  readPageLabels,
  readToc,
  squash,
} from './support/pdf.ts';
import { readFileSync } from 'node:fs';

let model: Model;
let out: string;
let files: string[];
let notes: string[];
const file = (name: string): string => join(out, 'print', name);
const allClauses = (cs: Clause[]): Clause[] => cs.flatMap((c) => [c, ...allClauses(c.children)]);

beforeAll(async () => {
  const loaded = await loadModel('content');
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  model = loaded.model!;
  // The shared print set of the example (buildPrint, every kind; read only).
  ({ out, files, notes } = await builtOrganisation('content', 'print'));
});

describe('example organisation in print', () => {
  it('builds a poster and a card for every unit and a handbook for everyone and every role', () => {
    const names = files.map((f) => basename(f));
    for (const u of model.units)
      for (const k of ['poster', 'poster-a4', 'card']) expect(names).toContain(`${k}-${u.id}.pdf`);
    expect(names).toContain('handbook-all.pdf');
    for (const r of model.roles) expect(names).toContain(`handbook-${r.id}.pdf`);
  });

  it('puts every public commitment of each unit on its posters, in order (in full, or title and target where the build says the texts moved to the QR page, and then the text of one without a target)', () => {
    for (const u of model.units) {
      for (const kind of ['poster', 'poster-a4']) {
        const name = `${kind}-${u.id}.pdf`;
        const t = squash(builtPdfText(file(name)));
        const pub = u.commitments.filter((c) => c.public);
        const moved = notes.some((n) => n.startsWith(`${name}：`) && n.includes('正文移至二维码'));
        if (moved) {
          expect(
            missingInOrder(
              t,
              pub.map((c) => squash(c.title ?? c.text)),
            ),
            name,
          ).toBeUndefined();
          // Moved: a titled commitment's text is not on the poster, unless it has no target to show.
          for (const c of pub.filter((x) => x.title && x.target)) expect(t, name).not.toContain(squash(c.text));
          for (const c of pub.filter((x) => x.title && !x.target)) expect(t, name).toContain(squash(c.text));
        } else
          expect(
            missingInOrder(
              t,
              pub.map((c) => squash(c.text)),
            ),
            name,
          ).toBeUndefined();
        for (const c of pub) if (c.target) expect(t).toContain(squash(c.target.wording));
        for (const c of u.commitments.filter((x) => !x.public)) expect(t).not.toContain(squash(c.text));
        if (u.hotlines.supervision) expect(t).toContain(u.hotlines.supervision);
      }
    }
  });

  it('puts every clause and phrase in the complete handbook, in order', () => {
    const t = squash(builtPdfText(file('handbook-all.pdf')));
    const clauses = model.documents.flatMap((d) => allClauses(d.clauses)).filter((c) => c.text);
    expect(clauses.length).toBeGreaterThan(20);
    expect(
      missingInOrder(
        t,
        clauses.map((c) => squash(c.text!)),
      ),
    ).toBeUndefined();
    // The group's handbook prints the group's view: the phrases every unit shares (lane and counter
    // phrases are in the handbooks of the units they are written for).
    const phrases = organisationView(model).etiquette.flatMap((e) =>
      e.situations.flatMap((s) => [...s.phrases, ...s.forbidden]),
    );
    for (const p of phrases) expect(t, p.id).toContain(squash(phraseDisplay(p.text)));
    const lane = model.etiquette.find((e) => e.id === 'toll-etiquette')!.situations[0]!.phrases[0]!;
    expect(t).not.toContain(squash(phraseDisplay(lane.text)));
    expect(squash(builtPdfText(file('handbook-toll-east-station.pdf')))).toContain(squash(phraseDisplay(lane.text)));
  });

  it('keeps the Chinese line-breaking rules and every number whole', () => {
    const texts = [
      ...model.units.flatMap((u) =>
        u.commitments.flatMap((c) => [c.text, ...(c.target ? [c.target.display, c.target.wording] : [])]),
      ),
      ...model.documents.flatMap((d) => allClauses(d.clauses).flatMap((c) => (c.text ? [c.text] : []))),
      ...model.etiquette.flatMap((e) =>
        e.situations.flatMap((s) => [...s.phrases, ...s.forbidden].map((p) => phraseDisplay(p.text))),
      ),
      ...model.assessments.flatMap((a) => [
        ...a.violations.map((v) => v.text),
        ...a.thresholds.map((t) => t.consequence),
      ]),
    ];
    expect(numbersIn(texts).length).toBeGreaterThan(10);
    for (const f of files) {
      expect(punctuationViolations(builtPdfText(f, { layout: true })), basename(f)).toEqual([]);
      expect(numbersSplitInTexts(builtPdfText(f), texts), basename(f)).toEqual([]);
    }
    // The first of print-text, print-quiz and this file to read a PDF pays for its pdftotext (builtPdfText).
  }, 240_000);

  it('has a handbook contents and outline pointing at the pages where sections start', async () => {
    const toc = readToc(file('handbook-all.pdf'));
    const outline = await readOutline(readFileSync(file('handbook-all.pdf')));
    const labels = await readPageLabels(readFileSync(file('handbook-all.pdf')));
    const physical = (printed: number): number => labels.indexOf(String(printed)) + 1;
    expect(outline.map((o) => squash(o.title))).toEqual(toc.map((e) => squash(e.title)));
    expect(outline.map((o) => o.page)).toEqual(toc.map((e) => physical(e.page)));
    const pages = pagesOf(builtPdfText(file('handbook-all.pdf')));
    for (const e of toc) expect(squash(pages[physical(e.page) - 1] ?? '')).toContain(squash(e.title));
  });

  it('embeds subset fonts only and stays within the size budget', () => {
    for (const f of files)
      for (const row of builtPdfFonts(f))
        expect([row.emb, row.sub], `${basename(f)} ${row.name}`).toEqual(['yes', 'yes']);
    for (const f of files.filter((x) => basename(x).startsWith('poster')))
      expect(statSync(f).size, basename(f)).toBeLessThan(300 * 1024);
    expect(statSync(file('handbook-all.pdf')).size).toBeLessThan(2 * 1024 * 1024);
  }, 240_000);
});
