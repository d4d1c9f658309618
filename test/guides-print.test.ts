/**
 * Service guides, guide booklets, one-time notice slips and score sheets in print, for every
 * unit of the example and of both fixture organisations: each builds, embeds its fonts as
 * subsets, keeps the clreq line rules and every number whole, and carries in its text layer
 * what the unit's guide and sheet say (its materials, time limit, fees, phones; its items,
 * points and thresholds). A score sheet filled from a visit prints the numbers scoring.ts
 * computes. Rebuilds are byte-identical.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceGuide } from '../src/model/guide.ts';
import { loadModelOrThrow, type Model } from '../src/model/index.ts';
import { scoreSheet, scoreSheets } from '../src/model/scoresheet.ts';
import { scoreVisit, thresholdText } from '../src/model/scoring.ts';
import { unitView } from '../src/model/view.ts';
import { FontCache } from '../src/print/fonts.ts';
import { buildPrint, loadTemplates, defaultTemplatesDir } from '../src/print/index.ts';
import { buildScoreSheet } from '../src/print/scoresheet.ts';
import { AUDIT_CHECKS, auditPrint } from '../src/print/audit/index.ts';
import { buildSlip, slipLine, SlipOverflowError } from '../src/print/slip.ts';
import type { ScoreSheetTemplate, SlipTemplate } from '../src/print/templates.ts';
import {
  emptyFontconfig,
  missingInOrder,
  numbersSplitInTexts,
  pageCount,
  pdffonts,
  pdfPages,
  pdftotext,
  punctuationViolations,
  rasterise,
  inkRatio,
  readOutline,
  squash,
} from './support/pdf.ts';
import { suiteTempDir, testTempDir } from './support/temp-dir.ts';
import { SCORED_VISIT } from './support/visits.ts';

const ORGS = ['content', 'test/fixtures/orgs/mixed-district', 'test/fixtures/orgs/three-level-power'];
const KINDS = ['guide', 'guide-book', 'slip', 'scoresheet'];
const fonts = new FontCache();
const built = new Map<string, { model: Model; out: string; files: string[] }>();
const outs = suiteTempDir('guides-print');

beforeAll(async () => {
  for (const dir of ORGS) {
    const model = await loadModelOrThrow(dir);
    const out = join(outs, basename(dir));
    const files: string[] = [];
    for (const only of KINDS) files.push(...(await buildPrint(model, out, { only, fonts })).files);
    built.set(dir, { model, out, files });
  }
}, 600_000);

const file = (dir: string, name: string): string => join(built.get(dir)!.out, 'print', name);

describe.each(ORGS)('%s', (dir) => {
  it('has a guide, a slip per service and a booklet for every unit with services, a sheet per inspection with score items', () => {
    const { model, files } = built.get(dir)!;
    const names = files.map((f) => basename(f)).sort();
    const expected: string[] = [];
    for (const u of model.units) {
      const view = unitView(model, u.id);
      for (const s of view.services) expected.push(`guide-${u.id}__${s.id}.pdf`, `slip-${u.id}__${s.id}.pdf`);
      if (view.services.length > 0) expected.push(`guide-book-${u.id}.pdf`);
      for (const sheet of scoreSheets(view, model.organisation.name))
        expected.push(`scoresheet-${u.id}__${sheet.inspection.id}.pdf`);
    }
    expect(names).toEqual(expected.sort());
    expect(model.units.every((u) => unitView(model, u.id).services.length > 0)).toBe(true);
    expect(names.filter((n) => n.startsWith('scoresheet-')).length).toBeGreaterThanOrEqual(model.units.length);
  });

  it('passes the print audit: every count 0 over its guides, booklets, slips and score sheets', async () => {
    const { model, out, files } = built.get(dir)!;
    const report = await auditPrint(join(out, 'print'), { templates: loadTemplates(defaultTemplatesDir()), model });
    expect(report.files.length).toBe(files.length);
    expect(
      report.files
        .filter((f) => AUDIT_CHECKS.some((k) => f.result.counts[k] > 0))
        .map((f) => ({ file: f.file, ...f.result.examples })),
    ).toEqual([]);
  }, 120_000);

  it('embeds subset fonts only, keeps the line rules and keeps numbers whole', () => {
    const { model, files } = built.get(dir)!;
    const texts = model.units.flatMap((u) => {
      const view = unitView(model, u.id);
      return view.services.flatMap((s) => {
        const g = serviceGuide(model, view, s);
        return [g.timeLimitText, ...g.fees, ...g.phones.map((p) => p.number), ...g.materials.map(slipLine)];
      });
    });
    for (const f of files) {
      for (const row of pdffonts(f)) expect([row.emb, row.sub], `${basename(f)} ${row.name}`).toEqual(['yes', 'yes']);
      expect(punctuationViolations(pdftotext(f, { layout: true })), basename(f)).toEqual([]);
      expect(numbersSplitInTexts(pdftotext(f), texts), basename(f)).toEqual([]);
    }
  });

  it('each guide and slip says what the unit’s guide says', () => {
    const { model } = built.get(dir)!;
    for (const u of model.units) {
      const view = unitView(model, u.id);
      for (const s of view.services) {
        const g = serviceGuide(model, view, s);
        const guide = squash(pdftotext(file(dir, `guide-${u.id}__${s.id}.pdf`)));
        const wanted = [
          g.name,
          g.timeLimitText,
          ...g.fees,
          ...g.materials.flatMap((m) => [m.name, m.amount]),
          ...g.steps.map((x) => x.label),
          ...g.phones.map((p) => p.number),
        ];
        for (const w of wanted) expect(guide, `${u.id} ${s.id}: ${w}`).toContain(squash(w));
        if (g.place) expect(guide).toContain(squash(g.place));
        // The 出具单位 column only when some material names its issuer (no empty column).
        expect(guide.includes('出具单位'), `${u.id} ${s.id}: issuer column`).toBe(g.issuersShown);
        for (const m of g.materials) if (m.issuer) expect(guide).toContain(squash(m.issuer));
        // Materials a unit excludes are in no output of it.
        for (const m of s.materials.length < model.services.find((x) => x.id === s.id)!.materials.length
          ? model.services.find((x) => x.id === s.id)!.materials.filter((x) => !view.has(x.id))
          : []) {
          expect(guide).not.toContain(squash(m.name));
        }
        const slip = squash(pdftotext(file(dir, `slip-${u.id}__${s.id}.pdf`)));
        expect(
          missingInOrder(
            slip,
            g.materials.map((m) => squash(slipLine(m))),
          ),
        ).toBeUndefined();
        for (const w of [
          '一次性告知单',
          '客户姓名',
          '经办人',
          '工号',
          '日期',
          '其他',
          u.name,
          g.name,
          ...g.phones.map((p) => p.number),
        ])
          expect(slip, `${u.id} ${s.id}: ${w}`).toContain(squash(w));
        // Two copies on one sheet, each labelled.
        expect(pageCount(file(dir, `slip-${u.id}__${s.id}.pdf`))).toBe(1);
        expect(slip.split(squash(g.name)).length - 1).toBe(2);
        expect(slip).toContain('客户联');
        expect(slip).toContain('存根联');
      }
    }
  });

  it('each score sheet lists its items with clause numbers and points, the totals and the thresholds', () => {
    const { model } = built.get(dir)!;
    for (const u of model.units) {
      for (const sheet of scoreSheets(unitView(model, u.id), model.organisation.name)) {
        const text = squash(pdftotext(file(dir, `scoresheet-${u.id}__${sheet.inspection.id}.pdf`)));
        expect(
          missingInOrder(
            text,
            sheet.items.map((i) => squash(i.text)),
          ),
        ).toBeUndefined();
        for (const i of sheet.items) for (const n of i.clauseNumbers) expect(text).toContain(n);
        expect(text).toContain(`本表满分${sheet.points}分`);
        for (const t of sheet.thresholds) expect(text).toContain(squash(thresholdText(t)));
        for (const w of ['检查人（签字）', '被检查单位负责人（签字）', u.name]) expect(text).toContain(squash(w));
      }
    }
  });
});

describe('the guide booklet', () => {
  it('has contents whose page numbers and bookmarks point where each guide starts', async () => {
    const f = file('content', 'guide-book-power-city-hall.pdf');
    const { model } = built.get('content')!;
    const view = unitView(model, 'power-city-hall');
    const outline = await readOutline(readFileSync(f));
    expect(outline.map((o) => o.title).sort()).toEqual(view.services.map((s) => s.name).sort());
    const contents = pdftotext(f, { layout: true, first: 2, last: 2 });
    const pages = pdfPages(f);
    for (const o of outline) {
      const line = contents.split('\n').find((l) => l.includes(o.title))!;
      expect(Number(/(\d+)\s*$/.exec(line)![1]), o.title).toBe(o.page);
      expect(squash(pages[o.page - 1] ?? '')).toContain(squash(o.title));
    }
  });

  it('renders with only its embedded fonts', () => {
    const dir = testTempDir('guides-fc');
    const fc = emptyFontconfig(dir);
    for (const name of [
      'guide-book-water-service-dept.pdf',
      'slip-water-service-dept__water-new-service-connection.pdf',
      'scoresheet-water-service-dept__monthly-scheduled-inspection.pdf',
    ]) {
      const { image, stderr } = rasterise(file('content', name), 1, 40, fc);
      expect(stderr, name).toBe('');
      expect(inkRatio(image), name).toBeGreaterThan(0.01);
    }
  });
});

describe('a score sheet filled from a visit', () => {
  const templates = loadTemplates(defaultTemplatesDir());
  const sheetTemplate = templates.find((t) => t.kind === 'scoresheet') as ScoreSheetTemplate;
  const visit = SCORED_VISIT;

  it('prints the deductions, scores, total, 100-point score and consequence scoring.ts computes', async () => {
    const { model } = built.get('content')!;
    const unit = model.units.find((u) => u.id === 'power-city-hall')!;
    const bytes = await buildScoreSheet(model, unit, 'mystery-shopper-visit', sheetTemplate, fonts, visit);
    const path = join(testTempDir('filled'), 'filled.pdf');
    writeFileSync(path, bytes);
    const text = squash(pdftotext(path));
    const sheet = scoreSheet(unitView(model, 'power-city-hall'), model.organisation.name, 'mystery-shopper-visit')!;
    const r = scoreVisit(sheet, visit);
    // Worked out by hand in guides-model.test.ts: 4 + 6 + 15 deducted, 50 of 75, 66.7 on 100.
    expect([r.deducted, r.raw, r.score]).toEqual([25, 50, 66.7]);
    expect(text).toContain('百分制得分：66.7分');
    expect(text).toContain(squash(`适用分数线：${thresholdText(r.consequence!)}`));
    expect(text).toContain('罚款合计200元');
    expect(text).toContain('1处，重复出现×2；未戴工号牌；第3次：对当事人罚款200元，取消当年评先资格（当事人）');
    expect(text).toContain('2处，重复出现×2，扣至上限；第2次：下发书面整改通知');
    expect(text).toContain('合计7525');
    for (const w of ['2027-03-15', '李检']) expect(text).toContain(w);
    for (const row of pdffonts(path)) expect([row.emb, row.sub]).toEqual(['yes', 'yes']);
    expect(punctuationViolations(pdftotext(path, { layout: true }))).toEqual([]);
  });
});

describe('determinism and limits', () => {
  it('rebuilds byte-identical PDFs', async () => {
    const { model } = built.get('test/fixtures/orgs/three-level-power')!;
    const again = testTempDir('guides-again');
    const files = (await buildPrint(model, again, { only: 'guide-book', fonts: new FontCache() })).files;
    expect(files.length).toBeGreaterThan(0);
    for (const f of files)
      expect(
        Buffer.compare(readFileSync(f), readFileSync(file('test/fixtures/orgs/three-level-power', basename(f)))),
      ).toBe(0);
    const slip = (await buildPrint(model, again, { only: 'slip:baishi-point__hc-residential-connection', fonts }))
      .files[0]!;
    expect(
      Buffer.compare(readFileSync(slip), readFileSync(file('test/fixtures/orgs/three-level-power', basename(slip)))),
    ).toBe(0);
  });

  it('a slip whose materials cannot fit its half page fails saying so', async () => {
    const { model } = built.get('content')!;
    const slip = loadTemplates(defaultTemplatesDir()).find((t) => t.kind === 'slip') as SlipTemplate;
    const tiny = { ...slip, page: { ...slip.page, size: 'A6' as const }, fit: { ...slip.fit, minBodySize: 9 } };
    const unit = model.units.find((u) => u.id === 'water-service-dept')!;
    await expect(buildSlip(model, unit, 'water-new-service-connection', tiny, fonts)).rejects.toThrow(
      SlipOverflowError,
    );
    await expect(buildSlip(model, unit, 'water-new-service-connection', tiny, fonts)).rejects.toThrow(
      /超出 .* mm.*overflows by/,
    );
  });
});
