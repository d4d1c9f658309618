/**
 * The service guides, notice slips and score sheets on the example's site, in Debian Chromium:
 * a guide page and a slip page for every service of every unit, an index per unit, a phone
 * page per score sheet; the slip page used offline — tick what is missing, print — prints the
 * ticked materials and nothing else; the score page used offline gives the score, threshold
 * and fines scoring.ts gives, exports the same CSV, prints the same numbers as the filled PDF,
 * and keeps the visit across a reload. Search finds the guides.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildSite } from '../src/site/build.ts';
import { loadModelOrThrow, type Model } from '../src/model/index.ts';
import { serviceGuide, slipLine } from '../src/model/guide.ts';
import { scoreSheet, scoreSheets } from '../src/model/scoresheet.ts';
import { scoreVisit, thresholdText, visitCsv, type Visit } from '../src/model/scoring.ts';
import { unitView } from '../src/model/view.ts';
import { itemPath } from '../src/model/routes.ts';
import { buildSearchRecords } from '../src/search/records.ts';
import { buildScoreSheet } from '../src/print/scoresheet.ts';
import { FontCache } from '../src/print/fonts.ts';
import { defaultTemplatesDir, loadTemplates } from '../src/print/index.ts';
import type { ScoreSheetTemplate } from '../src/print/templates.ts';
import { launchChromium, serveStatic, type StaticServer } from './site-helpers.ts';
import { pdftotext, squash } from './fixtures/print/helpers.ts';

const OUT = path.resolve('test/.tmp/guides-site');
let server: StaticServer;
let browser: Browser;
let model: Model;

beforeAll(async () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  model = await loadModelOrThrow('content');
  await buildSite({ contentDir: 'content', outDir: OUT, model });
  server = await serveStatic(OUT);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const html = (p: string): string => fs.readFileSync(path.join(OUT, p, 'index.html'), 'utf8');

/** A page loaded online, then cut off: every request made after that is recorded. */
async function offlinePage(url: string): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => void ((window as unknown as { __printed: number }).__printed += 1);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url());
  });
  await context.setOffline(true);
  return { context, page, requests };
}

async function printedText(page: Page, name: string): Promise<string> {
  const file = path.join(OUT, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  return squash(pdftotext(file));
}

describe('pages', () => {
  it('a guide and a slip page for every service of every unit, in both languages; an index per unit; a page per score sheet', () => {
    let guides = 0;
    for (const u of model.units) {
      const view = unitView(model, u.id);
      expect(html(`units/${u.id}/services`)).toContain(u.shortName);
      for (const s of view.services) {
        const g = serviceGuide(model, view, s);
        for (const lang of ['', 'en/']) {
          const page = html(`${lang}units/${u.id}/services/${s.id}`);
          expect(page).toContain(g.timeLimitText);
          for (const m of g.materials) expect(page).toContain(`id="m-${m.id}"`);
          for (const p of g.phones) expect(page).toContain(p.number);
          expect(html(`${lang}units/${u.id}/services/${s.id}/slip`)).toContain(`value="${g.materials[0]!.id}"`);
        }
        guides++;
      }
      for (const sheet of scoreSheets(view, model.organisation.name)) expect(html(`units/${u.id}/inspections/${sheet.inspection.id}`)).toContain(`data-item="${sheet.items[0]!.id}"`);
    }
    expect(guides).toBe(8);
    expect(html('services')).toContain('/units/water-service-dept/services/water-new-service-connection/');
  });

  it('a material’s anchor is where routes.ts sends its deep link, and search has a record per guide', () => {
    const records = buildSearchRecords(model).filter((r) => r.kind === 'service');
    expect(records.map((r) => r.path).sort()).toEqual(
      model.units.flatMap((u) => unitView(model, u.id).services.map((s) => `units/${u.id}/services/${s.id}/`)).sort(),
    );
    expect(records.find((r) => r.path.includes('water-new-service-connection'))!.content).toContain('供水报装申请表');
    expect(itemPath(model, 'prc-property-proof', 'power-qingshi-station')).toBe('units/power-qingshi-station/services/power-residential-connection/#m-prc-property-proof');
    expect(html('units/power-qingshi-station/services/power-residential-connection')).toContain('id="m-prc-property-proof"');
  });
});

describe('the one-time notice slip, offline', () => {
  it('prints the ticked materials, the other items, the names, number, date and phones — and nothing else', async () => {
    const view = unitView(model, 'water-service-dept');
    const g = serviceGuide(model, view, view.services.find((s) => s.id === 'water-new-service-connection')!);
    const { context, page, requests } = await offlinePage(`${server.url}/units/water-service-dept/services/water-new-service-connection/slip/`);
    // Nothing ticked: a hint, no printing.
    await page.click('form[data-slip] button[type="submit"]');
    expect(await page.textContent('.slip-status')).toContain('请先勾选');
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(0);

    const ticked = [g.materials[0]!, g.materials[1]!];
    for (const m of ticked) await page.check(`input[name="missing"][value="${m.id}"]`);
    await page.fill('textarea[name="other"]', '物业出具的用水地址证明');
    await page.fill('input[name="customer"]', '王晓雨');
    await page.fill('input[name="phone"]', '13900001234');
    await page.fill('input[name="clerk"]', '陈敏');
    await page.fill('input[name="number"]', '0427');
    await page.fill('input[name="date"]', '2027-03-15');
    await page.click('form[data-slip] button[type="submit"]');
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);

    const text = await printedText(page, 'slip');
    for (const m of ticked) expect(text).toContain(squash(slipLine(m)));
    for (const m of g.materials.filter((x) => !ticked.includes(x))) expect(text).not.toContain(squash(m.name));
    for (const w of ['一次性告知单', '其他：物业出具的用水地址证明', '王晓雨', '13900001234', '陈敏', '0427', '2027年3月15日', g.name, g.timeLimitText, ...g.phones.map((p) => p.number)]) expect(text).toContain(squash(w));
    // The form, its help text and the site around it do not print.
    expect(text).not.toContain(squash('勾选还缺的材料，填好姓名'));
    expect(text).not.toContain('资料下载');
    expect(requests).toEqual([]);
    await context.close();
  });
});

describe('the score page, offline', () => {
  const sheetTemplate = loadTemplates(defaultTemplatesDir()).find((t) => t.kind === 'scoresheet') as ScoreSheetTemplate;
  const visit: Visit = {
    date: '2027-03-15',
    inspector: '李检',
    entries: [
      { item: 'si-dress-badge', faults: 1, repeat: true, occurrence: 3, reason: '未戴工号牌' },
      { item: 'si-polite-language', faults: 2 },
      { item: 'si-first-contact', faults: 2, repeat: true },
    ],
  };

  it('shows what scoring.ts computes, exports the same CSV, prints the numbers the filled PDF prints, keeps the visit', async () => {
    const sheet = scoreSheet(unitView(model, 'power-city-hall'), model.organisation.name, 'mystery-shopper-visit')!;
    const expected = scoreVisit(sheet, visit);
    expect([expected.score, expected.consequence?.id]).toEqual([66.7, 'score-below-80']);
    const url = `${server.url}/units/power-city-hall/inspections/mystery-shopper-visit/`;
    const { context, page, requests } = await offlinePage(url);
    await page.fill('input[name="date"]', visit.date);
    await page.fill('input[name="inspector"]', visit.inspector!);
    // The dress item by its stepper, the others typed.
    await page.click('[data-item="si-dress-badge"] button[data-step="1"]');
    await page.check('input[name="repeat-si-dress-badge"]');
    await page.selectOption('select[name="occurrence-si-dress-badge"]', '3');
    await page.fill('input[name="reason-si-dress-badge"]', '未戴工号牌');
    await page.fill('input[name="faults-si-polite-language"]', '2');
    await page.fill('input[name="faults-si-first-contact"]', '2');
    await page.check('input[name="repeat-si-first-contact"]');

    const total = await page.textContent('.score-total');
    expect(total).toContain(`${expected.raw} / ${sheet.points}`);
    expect(total).toContain('66.7');
    expect(await page.textContent('.score-consequence')).toContain(thresholdText(expected.consequence!));
    expect(await page.textContent('.score-fines')).toContain('200元');
    expect(await page.textContent('[data-item="si-first-contact"] .item-result')).toContain('扣 15 分，得 0 分');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="csv"]')]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe(visitCsv(sheet, visit));

    await page.click('button[data-action="print"]');
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    const printed = await printedText(page, 'score');
    const bytes = await buildScoreSheet(model, model.units.find((u) => u.id === 'power-city-hall')!, 'mystery-shopper-visit', sheetTemplate, new FontCache(), visit);
    const pdfFile = path.join(OUT, 'filled.pdf');
    fs.writeFileSync(pdfFile, bytes);
    const pdf = squash(pdftotext(pdfFile));
    // Page and PDF agree with the rules: the same score, threshold, fine and per-item numbers.
    for (const w of ['66.7', squash(thresholdText(expected.consequence!)), '200元', '李检', '2027-03-15']) {
      expect(printed, `page: ${w}`).toContain(w);
      expect(pdf, `pdf: ${w}`).toContain(w);
    }
    for (const r of expected.items.filter((x) => x.faults > 0)) {
      const item = sheet.items.find((i) => i.id === r.id)!;
      expect(printed).toContain(squash(`${item.text}`));
      expect(pdf).toContain(squash(item.text));
    }
    expect(printed).not.toContain(squash('检查人员在手机上逐项打分'));
    expect(requests).toEqual([]);

    // The visit is still there after a reload (online again: the page itself must be fetched).
    await context.setOffline(false);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue('input[name="faults-si-polite-language"]')).toBe('2');
    expect(await page.textContent('.score-total')).toContain('66.7');
    await context.close();
  });
});
