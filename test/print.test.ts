/**
 * Print outputs built from a hand-made model: text content and order, Chinese line-breaking
 * rules, embedded subset fonts, TOC and outline targets, overflow and missing-glyph errors,
 * templates, byte-identical rebuilds and sizes.
 */
import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildPrint, MissingGlyphError, PosterOverflowError, TemplateError } from '../src/print/index.ts';
import { FontCache } from '../src/print/fonts.ts';
import { breakLines, NO_LINE_END, NO_LINE_START } from '../src/print/layout/lines.ts';
import { paginate } from '../src/print/layout/flow.ts';
import { loadTemplates, parseTemplate } from '../src/print/templates.ts';
import { AUDIT_CHECKS, auditPrint } from '../src/print/audit/index.ts';
import { readGlyphs } from '../src/print/audit/pdf-glyphs.ts';
import { phraseDisplay } from '../src/model/wording.ts';
import type { Clause } from '../src/model/types/documents.ts';
import type { Model } from '../src/model/types.ts';
import { loadModelOrThrow } from '../src/model/index.ts';
import { builtPrintFixture } from './support/built.ts';
import { printFixtureModel, overfullModel } from './support/print-fixture-model.ts';
import { suiteTempDir, testTempDir } from './support/temp-dir.ts';
import {
  missingInOrder,
  numbersIn,
  numbersSplitInTexts,
  pageCount,
  pdffonts,
  pdfPages,
  pdftotext,
  punctuationViolations,
  readOutline,
  readPageLabels,
  readToc,
  squash,
} from './support/pdf.ts';

const fonts = new FontCache();
let out: string;
let files: string[];
const model = printFixtureModel();
const file = (name: string): string => join(out, 'print', name);

beforeAll(async () => {
  // The run's shared print set of this model (print-pixels and print-audit read it too; read only).
  ({ out, files } = await builtPrintFixture());
});

const allClauses = (cs: Clause[]): Clause[] => cs.flatMap((c) => [c, ...allClauses(c.children)]);

describe('outputs', () => {
  it('writes a poster and a card per unit and a handbook for everyone and per role', () => {
    const names = files.map((f) => basename(f)).sort();
    for (const u of model.units) {
      expect(names).toContain(`poster-${u.id}.pdf`);
      expect(names).toContain(`poster-a4-${u.id}.pdf`);
      expect(names).toContain(`card-${u.id}.pdf`);
    }
    expect(names).toContain('handbook-all.pdf');
    for (const r of model.roles) expect(names).toContain(`handbook-${r.id}.pdf`);
  });

  it('embeds every font as a subset with a standard six-letter tag', () => {
    for (const f of files) {
      const rows = pdffonts(f);
      expect(rows.length, f).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.emb, `${f} ${row.name}`).toBe('yes');
        expect(row.sub, `${f} ${row.name}`).toBe('yes');
        expect(row.uni, `${f} ${row.name}`).toBe('yes');
        expect(row.name).toMatch(/^[A-Z]{6}\+NotoSansSC-(Regular|Bold)$/);
      }
    }
  });

  it('keeps posters under 300 KB and the handbook under 2 MB', () => {
    for (const f of files.filter((x) => basename(x).startsWith('poster')))
      expect(statSync(f).size, f).toBeLessThan(300 * 1024);
    expect(statSync(file('handbook-all.pdf')).size).toBeLessThan(2 * 1024 * 1024);
  });

  it('is byte-identical when built again', async () => {
    const again = testTempDir('print-again');
    const second = await buildPrint(printFixtureModel(), again, { fonts: new FontCache() });
    expect(second.files.map((f) => relative(again, f))).toEqual(files.map((f) => relative(out, f)));
    for (const f of files)
      expect(readFileSync(join(again, relative(out, f))).equals(readFileSync(f)), basename(f)).toBe(true);
  });

  it('sets metadata from content: title, author, language and dates, no clock', async () => {
    const { PDFDocument, PDFName, PDFString } = await import('pdf-lib');
    const doc = await PDFDocument.load(readFileSync(file('handbook-all.pdf')), { updateMetadata: false });
    expect(doc.getTitle()).toBe('员工服务规范手册（全体员工）');
    expect(doc.getAuthor()).toBe('红星供电公司');
    expect(doc.getSubject()).toContain('服务规范');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('zh-CN');
  });

  it('builds only what --only asks for', async () => {
    const dir = testTempDir('print-only');
    const res = await buildPrint(model, dir, { only: 'poster:river-station', fonts });
    expect(res.files.map((f) => basename(f))).toEqual(['poster-river-station.pdf']);
    await expect(buildPrint(model, dir, { only: 'leaflet', fonts })).rejects.toThrow(
      /no print template has output "leaflet"/,
    );
  });
});

describe('poster', () => {
  const unit = model.units[0]!;
  const text = (): string => squash(pdftotext(file(`poster-${unit.id}.pdf`)));

  it('shows the title, unit, every public commitment in order with its target, the numbers and the date', () => {
    const t = text();
    expect(t).toContain('服务承诺');
    expect(t).toContain(unit.name);
    const commitments = unit.commitments.filter((c) => c.public);
    expect(
      missingInOrder(
        t,
        commitments.map((c) => squash(c.text)),
      ),
    ).toBeUndefined();
    for (const c of commitments) if (c.target) expect(t).toContain(squash(c.target.wording));
    expect(t).toContain('0791-6132563');
    expect(t).toContain('95598');
    expect(t).toContain('2026年3月1日');
  });

  it('draws the QR code as vectors, not an image', () => {
    const raw = readFileSync(file(`poster-${unit.id}.pdf`)).toString('latin1');
    expect(raw).not.toContain('/Subtype /Image');
  });

  it('keeps titles and targets on more sheets when even they do not fit one, and says so', async () => {
    const dir = testTempDir('print-over');
    const res = await buildPrint(overfullModel(), dir, { only: 'poster', fonts });
    const f = res.files[0]!;
    expect(res.notes).toEqual([
      expect.stringMatching(/^poster-crowded-hall\.pdf：60 条承诺的全文在最小字号 20 pt 下放不下.*分 \d+ 张印制/),
    ]);
    const sheets = pageCount(f);
    expect(sheets).toBeGreaterThan(1);
    expect(res.notes[0]).toContain(`分 ${sheets} 张印制`);
    const t = squash(pdftotext(f));
    // Targets as the public reads them (the model's target wording): 24小时内.
    expect((t.match(/24小时内/g) ?? []).length).toBe(60);
    expect(t).not.toContain('我们承诺在规定时限内办结');
  });

  it('prints the full texts on more sheets when the template says second-sheet', async () => {
    const dir = testTempDir('print-sheets');
    mkdirSync(join(dir, 'templates'));
    const a3 = readFileSync(new URL('../templates/poster-a3.yaml', import.meta.url), 'utf8');
    writeFileSync(join(dir, 'templates', 'poster-a3.yaml'), a3.replace('overflow: qr-page', 'overflow: second-sheet'));
    const res = await buildPrint(overfullModel(), dir, { templatesDir: join(dir, 'templates'), fonts });
    const f = res.files[0]!;
    expect(res.notes).toEqual([expect.stringMatching(/分 \d+ 张印制 \//)]);
    expect(pageCount(f)).toBeGreaterThan(2);
    const t = squash(pdftotext(f));
    expect(t.split(squash('我们承诺在规定时限内办结客户提出的每一项业务申请')).length - 1).toBe(60);
    // The 落款 and contacts once, on the last sheet.
    expect(squash(pdftotext(f, { first: pageCount(f), last: pageCount(f) }))).toContain('2026年3月1日');
    expect(squash(pdftotext(f, { first: 1, last: 1 }))).not.toContain('2026年3月1日');
  });

  it('fails with the poster name and the overflow when the template says to', async () => {
    const dir = testTempDir('print-over-fail');
    mkdirSync(join(dir, 'templates'));
    const a3 = readFileSync(new URL('../templates/poster-a3.yaml', import.meta.url), 'utf8');
    writeFileSync(join(dir, 'templates', 'poster-a3.yaml'), a3.replace('overflow: qr-page', 'overflow: fail'));
    const err = await buildPrint(overfullModel(), dir, { templatesDir: join(dir, 'templates'), fonts }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(PosterOverflowError);
    expect(String((err as Error).message)).toMatch(
      /poster poster-crowded-hall\.pdf overflows the page by \d+\.\d mm even at the minimum body size 20 pt/,
    );
  });
});

describe('handbook', () => {
  const hb = (): string => file('handbook-all.pdf');
  // luping's unit handbook ends its last chapter on the colophon's page (headed 说明 before).
  let luping: string | undefined;
  const extraHandbooks = (): string[] => (luping ? [luping] : []);
  const lupingOut = suiteTempDir('print-luping');
  beforeAll(async () => {
    const m = await loadModelOrThrow('test/fixtures/search-orgs/luping-estate-insure');
    luping = (await buildPrint(m, lupingOut, { only: 'handbook:lp-estate-hexi', fonts })).files[0];
  }, 120_000);

  it('contains every clause with its number, in order, and every phrase', () => {
    const t = squash(pdftotext(hb()));
    const clauses = allClauses(model.documents[0]!.clauses).filter((c) => c.text);
    expect(
      missingInOrder(
        t,
        clauses.map((c) => squash(c.text!)),
      ),
    ).toBeUndefined();
    expect(
      missingInOrder(
        t,
        clauses.map((c) => c.number),
      ),
    ).toBeUndefined();
    const phrases = model.etiquette[0]!.situations.flatMap((s) => [...s.phrases, ...s.forbidden]);
    for (const p of phrases) expect(t).toContain(squash(phraseDisplay(p.text)));
    expect(
      missingInOrder(
        t,
        model.etiquette[0]!.situations.flatMap((s) => s.phrases.map((p) => squash(phraseDisplay(p.text)))),
      ),
    ).toBeUndefined();
    expect(t).toContain('被客户投诉且经查属实');
  });

  it('heads each page with the chapter at its top, not the colophon that starts lower on the last one', () => {
    // 说明 (the colophon) follows the last chapter on its page: no page is headed with it unless it starts there.
    for (const f of [hb(), ...extraHandbooks()]) {
      const pages = pdftotext(f, { layout: true }).split('\f');
      const wrong = pages.filter((p) => {
        const [head, firstBody] = p.split('\n').filter((l) => l.trim());
        return (
          head
            ?.trim()
            .split(/\s{2,}/)
            .includes('说明') && firstBody?.trim() !== '说明'
        );
      });
      expect(wrong.length, f).toBe(0);
    }
  });

  it('prints the strength of each clause', () => {
    const t = pdftotext(hb(), { layout: true });
    expect(t).toMatch(/4\.1\s+应\s+第一位被客户询问/);
    expect(t).toMatch(/4\.3\s+不得\s+不得以/);
    expect(t).toMatch(/4\.4\s+宜\s+对老年人/);
  });

  it('has a contents page whose numbers and outline targets are the pages where the sections start', async () => {
    const toc = readToc(hb());
    const outline = await readOutline(readFileSync(hb()));
    // The contents print body page numbers (from 1 after the front matter); the outline targets physical pages.
    const labels = await readPageLabels(readFileSync(hb()));
    const physical = (printed: number): number => labels.indexOf(String(printed)) + 1;
    expect(toc.length).toBeGreaterThan(8);
    expect(outline.map((o) => squash(o.title))).toEqual(toc.map((e) => squash(e.title)));
    expect(outline.map((o) => o.page)).toEqual(toc.map((e) => physical(e.page)));
    const pages = pdfPages(hb());
    for (const entry of toc) {
      const page = squash(pages[physical(entry.page) - 1] ?? '');
      expect(page, `${entry.title} on page ${entry.page}`).toContain(squash(entry.title));
      if (entry.page > 1) {
        const before = squash(pages[physical(entry.page) - 2] ?? '');
        // The section starts here: its heading is not on the page before (headings stay with their text).
        expect(before.endsWith(squash(entry.title))).toBe(false);
      }
    }
    expect(outline.filter((o) => o.depth === 1).map((o) => o.title)).toEqual([
      '营业窗口服务规范',
      '文明用语与服务忌语',
      '服务承诺',
      '服务流程',
      '服务质量考核办法',
    ]);
  });

  it('numbers the contents i, ii and the body from 1 on right-hand pages, padded to a multiple of four', async () => {
    const n = pageCount(hb());
    expect(n % 4).toBe(0);
    const labels = await readPageLabels(readFileSync(hb()));
    expect(labels[0]).toBe('封面');
    expect(labels[1]).toBe('i');
    const first = labels.indexOf('1');
    // The body starts on a right-hand (odd, 1-based) page.
    expect((first + 1) % 2).toBe(1);
    const laidOut = pdfPages(hb(), { layout: true });
    const pages = pdfPages(hb());
    expect(pages.length).toBe(n);
    const footer = (page: number): string => laidOut[page - 1]!.trim().split('\n').at(-1)!.trim();
    expect(footer(2)).toBe('i');
    let body = 0;
    for (let p = first + 1; p <= n; p++) {
      const text = pages[p - 1]!.trim();
      if (text === '') continue; // blank pages at the end
      body++;
      expect(footer(p), `page ${p}`).toBe(String(body));
      expect(labels[p - 1]).toBe(String(body));
    }
    expect(body).toBeGreaterThan(3);
  });

  it('gives a role only what applies to it', () => {
    const hotline = squash(pdftotext(file('handbook-hotline.pdf')));
    expect(hotline).toContain(squash('热线电话铃响三声内接听'));
    expect(hotline).not.toContain(squash('对老年人、残疾人和孕妇宜优先办理'));
    expect(hotline).toContain(squash(phraseDisplay('您好，95598，工号{工号}号，请讲。')));
    expect(hotline).not.toContain(squash(phraseDisplay('收到您{金额}元。')));
  });

  it('repeats table headers when a table breaks across pages', async () => {
    const m = printFixtureModel();
    const set = m.etiquette[0]!;
    for (let i = 0; i < 30; i++) {
      const s = set.situations[i % 6]!;
      set.situations.push({ ...s, id: `${s.id}-${i}`, title: `${s.title}${i + 1}` });
    }
    const dir = testTempDir('print-table');
    const res = await buildPrint(m, dir, { only: 'handbook:all', fonts });
    const f = res.files[0]!;
    const texts = pdfPages(f).map(squash);
    expect(texts.length).toBe(pageCount(f));
    const pages = texts.filter((t) => t.includes('让客户等候'));
    expect(pages.length).toBeGreaterThan(1);
    for (const t of pages) expect(t).toContain('服务情形规范用语服务忌语');
  });
});

describe('card', () => {
  const unit = model.units[0]!;
  it('has phrases and forbidden phrases on the front, commitments and hotlines on the back', () => {
    const f = file(`card-${unit.id}.pdf`);
    expect(pageCount(f)).toBe(2);
    const front = squash(pdftotext(f, { first: 1, last: 1 }));
    const back = squash(pdftotext(f, { first: 2, last: 2 }));
    expect(front).toContain(squash(phraseDisplay('您好！请问您需要办理什么业务？')));
    expect(front).toContain('喂，干什么的？');
    expect(back).toContain('故障抢修24小时内');
    expect(back).toContain('0791-6132563');
    // ✓ and ✗ are drawn marks now, not the ○ and × characters (×× is a phrase's blank).
    expect(front).not.toContain('○');
    expect(front).not.toContain('×没零钱');
  });

  it('fills each side and sets its values in one column', async () => {
    const pages = await readGlyphs(new Uint8Array(readFileSync(file(`card-${unit.id}.pdf`))));
    const mm = 72 / 25.4;
    for (const p of pages) {
      // The lowest line sits near the bottom margin (3 mm): the type was set as large as fits.
      const lowest = Math.min(...p.glyphs.map((g) => g.y));
      expect(lowest / mm, 'mm above the bottom edge').toBeLessThan(7);
    }
    // Targets, and hotline numbers, each start at one x on the back.
    const back = pages[1]!;
    const startOf = (value: string): number => {
      const chars = [...value];
      const at = back.glyphs.findIndex((_, i) => chars.every((ch, k) => back.glyphs[i + k]?.text === ch));
      expect(at, value).toBeGreaterThanOrEqual(0);
      return Math.round(back.glyphs[at]!.x * 10) / 10;
    };
    const targets = unit.commitments
      .filter((c) => c.target)
      .slice(0, 4)
      .map((c) => startOf(c.target!.wording));
    expect(new Set(targets).size, targets.join(' ')).toBe(1);
    const numbers = ['95598', '0791-6132563'].map(startOf);
    expect(new Set(numbers).size, numbers.join(' ')).toBe(1);
  });

  it('keeps the sections of a side with little on it together at the top', async () => {
    const dir = testTempDir('print-sparse-card');
    mkdirSync(join(dir, 'templates'));
    const card = readFileSync(new URL('../templates/card.yaml', import.meta.url), 'utf8');
    writeFileSync(
      join(dir, 'templates', 'card.yaml'),
      card.replace(/limits: \{[^}]*\}/, 'limits: { phrases: 1, forbidden: 1, commitments: 4 }'),
    );
    const res = await buildPrint(model, dir, { templatesDir: join(dir, 'templates'), fonts, only: `card:${unit.id}` });
    const [front] = await readGlyphs(
      new Uint8Array(readFileSync(res.files.find((f) => basename(f) === `card-${unit.id}.pdf`)!)),
    );
    const mm = 72 / 25.4;
    // Rows of glyphs from the top: banner, 规范用语, its phrase, 服务忌语, its phrase.
    const rows = [...new Set(front!.glyphs.map((g) => Math.round(g.y)))].sort((a, b) => b - a);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const pitch = rows[1]! - rows[2]!;
    // The gap between the sections is at most a little more than two lines, not half the card
    // (before: every point left over went into it, 4.2 lines here)…
    expect((rows[2]! - rows[3]!) / pitch).toBeLessThan(2.6);
    // …and the room left over stays below the last line.
    expect(Math.min(...front!.glyphs.map((g) => g.y)) / mm).toBeGreaterThan(10);
  });

  it('puts ten cards a side on an A4 sheet for the print shop, with crop marks', async () => {
    const f = file(`card-sheet-${unit.id}.pdf`);
    expect(pageCount(f)).toBe(2);
    const { PDFDocument } = await import('pdf-lib');
    const doc = await PDFDocument.load(readFileSync(f));
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round((width * 25.4) / 72), Math.round((height * 25.4) / 72)]).toEqual([210, 297]);
    for (const [page, needle] of [
      [1, '喂，干什么的？'],
      [2, '0791-6132563'],
    ] as const) {
      const text = squash(pdftotext(f, { first: page, last: page }));
      expect(text.split(needle).length - 1, `page ${page}`).toBe(10);
    }
  });
});

describe('print shop options', () => {
  it('adds a 3 mm bleed and crop marks to a poster when its template asks', async () => {
    const dir = testTempDir('print-bleed');
    mkdirSync(join(dir, 'templates'));
    const a3 = readFileSync(new URL('../templates/poster-a3.yaml', import.meta.url), 'utf8');
    writeFileSync(
      join(dir, 'templates', 'poster-a3.yaml'),
      a3.replace('bleed: 0', 'bleed: 3').replace('cropMarks: false', 'cropMarks: true'),
    );
    const res = await buildPrint(model, dir, {
      templatesDir: join(dir, 'templates'),
      only: `poster:${model.units[0]!.id}`,
      fonts,
    });
    const { PDFDocument } = await import('pdf-lib');
    const page = (await PDFDocument.load(readFileSync(res.files[0]!))).getPage(0);
    const mm = 72 / 25.4;
    const trim = page.getTrimBox();
    const bleed = page.getBleedBox();
    const media = page.getMediaBox();
    expect([trim.x, trim.y, Math.round(trim.width / mm), Math.round(trim.height / mm)]).toEqual([0, 0, 297, 420]);
    expect(Math.round(-bleed.x / mm)).toBe(3);
    expect(Math.round((bleed.width - trim.width) / mm)).toBe(6);
    // The marks sit outside the bleed: the sheet is larger still.
    expect(-media.x).toBeGreaterThan(-bleed.x + 5 * mm);
    const audit = await auditPrint(join(dir, 'print'), { templates: loadTemplates(join(dir, 'templates')), model });
    for (const k of AUDIT_CHECKS) expect(audit.totals[k], k).toBe(0);
  });
});

describe('Chinese line breaking in the output', () => {
  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    for (const f of files) expect(punctuationViolations(pdftotext(f, { layout: true })), basename(f)).toEqual([]);
  });

  it('never splits a number across lines', () => {
    const texts = [
      ...allClauses(model.documents[0]!.clauses).flatMap((c) => (c.text ? [c.text] : [])),
      ...model.units[0]!.commitments.map((c) => c.text),
      '0791-6132563',
    ];
    const numbers = numbersIn(texts);
    expect(numbers).toContain('0791-6132563');
    expect(numbers).toContain('0.28');
    for (const f of files) expect(numbersSplitInTexts(pdftotext(f), texts), basename(f)).toEqual([]);
    // The checker itself finds a split number.
    expect(numbersSplitInTexts('电话0791-613\n2563。', ['电话0791-6132563。'])).toEqual([
      '0791-6132563 in 电话0791-6132563。',
    ]);
  });
});

describe('line breaker', () => {
  const advance = (cp: number): number => (cp < 0x2000 ? 5 : 10);
  const pieces = [
    '服务',
    '客户',
    '，',
    '。',
    '、',
    '（',
    '）',
    '「',
    '」',
    '《',
    '》',
    '在24小时内',
    '电话0791-6132563转',
    '为0.28MPa时',
    ' OK ',
    '？',
    '！',
    '达97%的',
    '：',
  ];

  it('keeps clreq rules and numbers whole for any mix of text and width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 60, max: 300 }),
        (parts, width) => {
          const text = parts.join('');
          const lines = breakLines(text, { width, advance });
          expect(squash(lines.map((l) => l.text).join(''))).toBe(squash(text));
          for (const [i, l] of lines.entries()) {
            const chars = [...l.text];
            if (i > 0 && chars.length > 0) expect(NO_LINE_START.has(chars[0]!), `${l.text} in ${text}`).toBe(false);
            if (i < lines.length - 1 && chars.length > 0)
              expect(NO_LINE_END.has(chars.at(-1)!), `${l.text} in ${text}`).toBe(false);
          }
          const joined = lines.map((l) => l.text).join('\n');
          for (const n of ['0791-6132563', '0.28MPa', '24小时', '97%'])
            if (text.includes(n)) expect(joined).toContain(n);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('spaces by clreq: compressed pairs, a quarter em beside Western text, nothing inside it, per punctuation style', () => {
    const one = (
      text: string,
      rules?: Parameters<typeof breakLines>[1]['rules'],
    ): { gaps: number[]; width: number; lead: number } => {
      const [line] = breakLines(text, { width: 1000, advance, ...(rules ? { rules } : {}) });
      return { gaps: line!.gaps!, width: line!.width, lead: line!.lead ?? 0 };
    };
    // 说“好”“行”。: ”“ and ”。 lose the blank halves that meet (-½ em), the rest is 0.
    expect(one('说“好”“行”。').gaps).toEqual([0, 0, 0, -5, 0, 0, -5, 0]);
    // 在24小时内 and Q/YLGY 101—2027: ¼ em between Han and Western, none inside the number or code.
    expect(one('在24小时内').gaps).toEqual([2.5, 0, 2.5, 0, 0, 0]);
    expect(one('Q/YLGY 101—2027号').gaps).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2.5, 0]);
    // 开明: only 。？！ keep their width; an opening mark at a line's start hangs its blank half.
    const kaiming = { punctuation: 'kaiming' as const, latinGap: 0.25, maxStretch: 0.08 };
    expect(one('好，“行”。', kaiming).gaps).toEqual([0, -10, 0, 0, -5, 0]);
    expect(one('“行”', kaiming).lead).toBe(-5);
    // Half width at the end of a line: the closing mark's blank leaves the measure.
    expect(one('好。', { punctuation: 'line-end-half', latinGap: 0.25, maxStretch: 0.08 }).width).toBe(15);
    expect(one('好。').width).toBe(20);
  });

  it('keeps a short label with the phone number after it (a slip ended a line on 服务站值班电话)', () => {
    const text = '咨询电话：服务热线 0623-5518800　故障报修 0623-5518811　服务站值班电话 0623-5532047';
    for (const width of [200, 260, 330, 400]) {
      const lines = breakLines(text, { width, advance }).map((l) => l.text.trim());
      for (const l of lines.slice(1)) expect(l, `${width}: ${lines.join(' / ')}`).not.toMatch(/^\d/);
      for (const l of lines.slice(0, -1)) expect(l, `${width}: ${lines.join(' / ')}`).not.toMatch(/[电话修线]$/);
    }
  });

  it('keeps a slot for a value whole: 〔姓名〕 (narrow table cells split it 〔姓 / 名〕)', () => {
    for (const [text, whole] of [['您好，我是〔姓名〕，请问有什么可以帮您？', '〔姓名〕']] as const) {
      for (const width of [40, 60, 80, 100, 120]) {
        const lines = breakLines(text, { width, advance }).map((l) => l.text);
        expect(
          lines.some((l) => l.includes(whole)),
          `${width}: ${lines.join(' / ')}`,
        ).toBe(true);
      }
    }
  });

  it('justifies without ever spacing inside a Western run, and within the caps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces, '罚款200—500元', 'Q/YLGY 101—2027'), { minLength: 4, maxLength: 40 }),
        fc.integer({ min: 90, max: 300 }),
        (parts, width) => {
          const text = parts.join('');
          for (const line of breakLines(text, { width, advance })) {
            const chars = [...line.text];
            const gaps = line.fill ?? line.gaps!;
            const western = chars.map((ch) => /[0-9A-Za-z]/.test(ch));
            chars.forEach((ch, i) => {
              if (i + 1 >= chars.length) return;
              const extra = gaps[i]! - line.gaps![i]!;
              if (western[i] && western[i + 1]) expect(gaps[i], `${ch}${chars[i + 1]} in ${line.text}`).toBe(0);
              // No gap grows by more than 0.1 em (the audit's loose line), beyond compressed marks regaining a little.
              expect(extra, `${ch}${chars[i + 1]} in ${line.text}`).toBeLessThanOrEqual(10 * 0.2 + 1e-9);
            });
          }
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('avoids a lone character on the last line when it can', () => {
    const text = '城区管网末梢水压不低于规定值，合格率保持在较高水平以上。';
    const lines = breakLines(text, { width: 130, advance });
    expect([...lines.at(-1)!.text].length).toBeGreaterThan(2);
  });
});

describe('pagination', () => {
  it('keeps headings with the next block and leaves no widow or orphan line', () => {
    const blocks = [
      { rows: [10, 10, 10, 10, 10, 10, 10], orphans: 2, widows: 2, content: 'a' },
      { rows: [12], keepWithNext: true, content: 'h' },
      { rows: [10, 10, 10], orphans: 2, widows: 2, content: 'b' },
    ];
    const pages = paginate(blocks, 90);
    expect(pages[0]!.fragments.map((f) => f.block.content)).toEqual(['a']);
    expect(pages[1]!.fragments[0]!.block.content).toBe('h');
    // 8 + 2 would leave two lines alone on the second page: the first gives up two more.
    const split = paginate([{ rows: Array(10).fill(10) as number[], orphans: 2, widows: 2, content: 'p' }], 90);
    expect(split.map((p) => p.fragments[0]!.to - p.fragments[0]!.from)).toEqual([6, 4]);
    const widow = paginate([{ rows: Array(10).fill(10) as number[], orphans: 2, widows: 2, content: 'p' }], 95);
    expect(widow.every((p) => p.fragments.every((f) => f.to - f.from >= 2))).toBe(true);
  });

  it('moves a heading with a block too short to split, not just with its first lines (luping handbook p. 8)', () => {
    // Room for the heading and two lines, but the three-line clause (2 orphans, 2 widows) cannot split.
    const blocks = [
      { rows: [10, 10, 10, 10, 10, 10], orphans: 2, widows: 2, content: 'a' },
      { rows: [12], keepWithNext: true, content: 'h' },
      { rows: [10, 10, 10], orphans: 2, widows: 2, content: 'b' },
      { rows: [10, 10, 10, 10, 10], orphans: 2, widows: 2, content: 'c' },
    ];
    const pages = paginate(blocks, 95);
    expect(pages.map((p) => p.fragments.map((f) => f.block.content))).toEqual([['a'], ['h', 'b', 'c']]);
  });
});

describe('errors', () => {
  it('names file, line and character when the font lacks a glyph', async () => {
    const m: Model = printFixtureModel();
    const clause = m.documents[0]!.clauses[0]!.children[1]!;
    clause.text = '服务人员须做到礼貌周到𪚥。';
    const dir = testTempDir('print-glyph');
    const err = await buildPrint(m, dir, { only: 'handbook:all', fonts }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MissingGlyphError);
    expect((err as Error).message).toContain(`${clause.source.file}:${clause.source.line}`);
    expect((err as Error).message).toContain('「𪚥」');
  });

  it('validates templates with file, line and field in the message', () => {
    const bad =
      'kind: poster\noutput: poster\npage:\n  size: A3\n  margin: { top: ten, right: 1, bottom: 1, left: 1 }\n';
    expect(() => parseTemplate('templates/bad.yaml', bad)).toThrow(TemplateError);
    try {
      parseTemplate('templates/bad.yaml', bad);
    } catch (e) {
      expect((e as Error).message).toMatch(/templates\/bad\.yaml:5:\d+: page\.margin\.top/);
      expect((e as Error).message).toMatch(/templates\/bad\.yaml:\d+:\d+: title/);
    }
  });

  it('needs no code change for a new template: an A6 card-size poster from a file', async () => {
    const dir = testTempDir('print-tpl');
    mkdirSync(join(dir, 'templates'));
    const a4 = readFileSync(new URL('../templates/poster-a4.yaml', import.meta.url), 'utf8');
    writeFileSync(
      join(dir, 'templates', 'poster-a5.yaml'),
      a4
        .replace('output: poster-a4', 'output: poster-a5')
        .replace('size: A4', 'size: A5')
        .replace('distance: 1.06', 'distance: 0.75'),
    );
    const res = await buildPrint(model, dir, { templatesDir: join(dir, 'templates'), fonts });
    expect(res.files.map((f) => basename(f))).toEqual(model.units.map((u) => `poster-a5-${u.id}.pdf`));
  });

  it('uses a configured fallback font for characters the main font lacks, instead of failing', async () => {
    const fallback = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'; // Debian fonts-dejavu-core
    const dir = testTempDir('print-fallback');
    mkdirSync(join(dir, 'templates'));
    const a4 = readFileSync(new URL('../templates/poster-a4.yaml', import.meta.url), 'utf8');
    writeFileSync(
      join(dir, 'templates', 'poster-a4.yaml'),
      a4.replace('page:', `fonts:\n  fallback: ${fallback}\npage:`),
    );
    const m = printFixtureModel();
    const unit = m.units[0]!;
    unit.commitments = unit.commitments.map((c, i) => (i === 0 ? { ...c, text: `✔ ${c.text}` } : c));
    const res = await buildPrint(m, dir, { templatesDir: join(dir, 'templates'), only: `poster-a4:${unit.id}`, fonts });
    const f = res.files[0]!;
    expect(
      pdffonts(f)
        .map((r) => r.name.replace(/^[A-Z]{6}\+/, ''))
        .sort(),
    ).toEqual(['DejaVuSans', 'NotoSansSC-Bold', 'NotoSansSC-Regular']);
    expect(pdftotext(f)).toContain('✔');
    // Without the fallback the same content fails, naming the character.
    await expect(buildPrint(m, dir, { only: `poster-a4:${unit.id}`, fonts })).rejects.toThrow(/「✔」/);
  });
});
