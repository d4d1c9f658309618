/**
 * The print audit (src/print/audit) over every PDF of the example organisation and of the print
 * fixture model: every count is 0. The audit itself is checked first on a PDF made to have one
 * of each fault, so that the zeros mean something.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModelOrThrow } from '../src/model/index.ts';
import type { Model } from '../src/model/types.ts';
import { AUDIT_CHECKS, auditPrint, type AuditCounts } from '../src/print/audit/index.ts';
import { auditPdf } from '../src/print/audit/checks.ts';
import { readGlyphs } from '../src/print/audit/pdf-glyphs.ts';
import { FontCache } from '../src/print/fonts.ts';
import { buildPrint } from '../src/print/index.ts';
import { Measure, style } from '../src/print/measure.ts';
import { Typesetter } from '../src/print/render.ts';
import { defaultTemplatesDir, loadTemplates, type Template } from '../src/print/templates.ts';
import { builtOrganisation, builtPrintFixture } from './support/built.ts';
import { printFixtureModel } from './support/print-fixture-model.ts';
import { testTempDir } from './support/temp-dir.ts';

const fonts = new FontCache();
let templates: Template[];

beforeAll(() => {
  templates = loadTemplates(defaultTemplatesDir());
});

/** A small PDF with one of each fault the audit counts, drawn glyph by glyph with explicit gaps. */
async function faultyPdf(): Promise<Uint8Array> {
  const template = templates.find((t) => t.kind === 'handbook')!;
  const measure = new Measure(fonts, template);
  const t = await Typesetter.create(fonts, measure, {
    title: 'faults',
    author: 'test',
    subject: 'test',
    keywords: [],
    date: '2027-01-01',
    language: 'zh-CN',
  });
  await t.prepare();
  const s = { ...style(template.type.body), size: 10 };
  const black = t.colour('text');
  const gaps = (text: string, at: Record<number, number> = {}): number[] => [...text].map((_, i) => at[i] ?? 0);
  const addPage = () => t.doc.addPage([420, 595]);
  const p1 = addPage();
  // 0791-8662 with 3 pt between 1 and -: a space inside a number.
  t.glyphRun(p1, '电话0791-8662', 40, 500, s, gaps('电话0791-8662', { 5: 3 }), black);
  // ”“ set at their full widths: an uncompressed pair.
  t.glyphRun(p1, '说“好”“行”吧', 40, 480, s, gaps('说“好”“行”吧'), black);
  // 2 pt (0.2 em) between two Han characters: a loose line.
  t.glyphRun(p1, '服务规范条款', 40, 460, s, gaps('服务规范条款', { 2: 2 }), black);
  // A full line of twenty characters, then one character alone under it.
  const full = '客户提出的诉求由首问责任人受理并负责到底直至办结';
  t.glyphRun(p1, full, 40, 420, s, gaps(full), black);
  t.glyphRun(p1, '止', 40, 404, s, [0], black);
  // A chart split over two pages although both parts together are short.
  const p2 = addPage();
  for (let i = 0; i < 6; i++) t.glyphRun(p2, '第二页的正文一行', 40, 500 - i * 16, s, gaps('第二页的正文一行'), black);
  t.marked(p2, 'Figure', { alt: '流程图：测试', bbox: [40, 300, 300, 400] }, () =>
    t.glyphRun(p2, '受理', 60, 350, s, [0, 0], black),
  );
  // A third page with two lines: a runt.
  const p3 = addPage();
  t.marked(p3, 'Figure', { alt: '流程图：测试', bbox: [40, 450, 300, 550] }, () =>
    t.glyphRun(p3, '办结', 60, 500, s, [0, 0], black),
  );
  t.glyphRun(p3, '最后一行', 40, 420, s, gaps('最后一行'), black);
  return t.save();
}

describe('print audit', () => {
  it('finds each fault in a PDF made to have them', async () => {
    const pages = await readGlyphs(await faultyPdf());
    const { counts } = auditPdf(pages, { poster: { body: 20, target: 36, qr: 35, targets: [] } });
    expect(counts).toEqual({
      spacesInWords: 1,
      uncompressedPunctuation: 1,
      looseLines: 1,
      runtPages: 1,
      splitCharts: 1,
      posterMinimums: expect.any(Number),
      lonelyLastLines: 1,
    } satisfies Record<keyof AuditCounts, unknown>);
    // Every line of it is under a 20 pt poster minimum.
    expect(counts.posterMinimums).toBeGreaterThan(5);
  });

  it('finds poster text, targets and QR codes under the reading minimums', async () => {
    const dir = testTempDir('audit-poster');
    const model = printFixtureModel();
    await buildPrint(model, dir, { only: 'poster-a4', fonts });
    // The same A4 posters judged as if they hung where an A3 one does (1.5 m): too small.
    const a4 = templates.find((t) => t.output === 'poster-a4')! as Extract<Template, { kind: 'poster' }>;
    const far = { ...a4, reading: { distance: 1.5 } };
    const report = await auditPrint(join(dir, 'print'), { templates: [far], model });
    expect(report.totals.posterMinimums).toBeGreaterThan(0);
    const near = await auditPrint(join(dir, 'print'), { templates: [a4], model });
    expect(near.totals.posterMinimums).toBe(0);
  });
});

/** Audits a print set (buildPrint's out folder and the files it wrote): every count 0. */
async function auditPrintSet(model: Model, dir: string, files: string[]): Promise<void> {
  expect(files.length).toBeGreaterThan(10);
  // Published PDFs in print/, quiz papers and keys in staff/.
  const reports = [
    await auditPrint(join(dir, 'print'), { templates, model }),
    await auditPrint(join(dir, 'staff'), { templates, model }),
  ];
  const audited = reports.flatMap((r) => r.files);
  expect(audited.length).toBe(files.length);
  const faults = audited
    .filter((f) => AUDIT_CHECKS.some((k) => f.result.counts[k] > 0))
    .map((f) => ({ file: f.file, ...f.result.examples }));
  expect(faults).toEqual([]);
  for (const k of AUDIT_CHECKS) for (const r of reports) expect(r.totals[k], k).toBe(0);
}

describe('every count is 0', () => {
  let example: { out: string; files: string[] };
  beforeAll(async () => {
    // The run's shared print set of the example (buildPrint, every kind; read only), waited for
    // under the hook's timeout as the other files that read it do.
    example = await builtOrganisation('content', 'print');
  });
  it(
    'on the example organisation',
    async () => auditPrintSet(await loadModelOrThrow('content'), example.out, example.files),
    240_000,
  );
  it('on the print fixture organisation', async () => {
    // The run's shared print set of the fixture model (print.test and print-pixels read it too).
    const fixture = await builtPrintFixture();
    await auditPrintSet(printFixtureModel(), fixture.out, fixture.files);
  }, 120_000);
  it("on the posters of jichuan-ops: a run-in title's commitment leaves no character alone", async () => {
    // 投诉答复　客人投诉在 3 个工作日内给予答 / 复。 on four of its five posters: no break of the
    // line at the column's width was flawless, so the text is set up to 1.5 em narrower (poster-pieces.ts).
    const content = 'test/fixtures/orgs/jichuan-ops';
    const dir = testTempDir('audit-posters');
    const { files } = await buildPrint(await loadModelOrThrow(content), dir, { only: 'poster', fonts });
    expect(files.length).toBe(5);
    const report = await auditPrint(join(dir, 'print'), { templates, model: await loadModelOrThrow(content) });
    expect(report.files.filter((f) => f.result.counts.lonelyLastLines > 0).map((f) => f.result.examples)).toEqual([]);
    for (const k of AUDIT_CHECKS) expect(report.totals[k], k).toBe(0);
  }, 120_000);
});
