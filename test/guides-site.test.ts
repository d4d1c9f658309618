/**
 * The service guides, notice slips and score sheets on the site, for every unit of the example
 * and of both fixture organisations, in Debian Chromium: a guide page and a slip page for every
 * service of every unit, an index per unit, a phone page per score sheet; search records for
 * the guides filed under the units whose view has them; the slip page used offline — tick what
 * is missing, print — prints the ticked materials and nothing else; the score page used offline
 * gives the score, threshold and fines scoring.ts gives (the same module the PDF uses), exports
 * the same CSV, prints the same numbers as the filled PDF (which passes the print audit), and
 * keeps the visit across a reload.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadModelOrThrow, type Model } from '../src/model/index.ts';
import { serviceGuide, slipLine } from '../src/model/guide.ts';
import { scoreSheet, scoreSheets } from '../src/model/scoresheet.ts';
import { fineText, scoreVisit, thresholdText, visitCsv, type Visit } from '../src/model/scoring.ts';
import { unitView } from '../src/model/view.ts';
import { ANCHOR, itemPath, paths } from '../src/model/routes.ts';
import { buildSearchRecords } from '../src/search/records.ts';
import { buildScoreSheet } from '../src/print/scoresheet.ts';
import { FontCache } from '../src/print/fonts.ts';
import { defaultTemplatesDir, loadTemplates } from '../src/print/index.ts';
import { AUDIT_CHECKS, auditPrint } from '../src/print/audit/index.ts';
import { UI } from '../src/site/i18n/ui.ts';
import type { ScoreSheetTemplate } from '../src/print/templates.ts';
import { launchChromium } from './support/browser.ts';
import { builtOrganisation } from './support/built.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { pdftotext, squash } from './support/pdf.ts';
import { SCORED_VISIT } from './support/visits.ts';

const TMP = path.resolve('test/.tmp/guides-site');
const ORGS = [
  { name: 'example', dir: 'content' },
  { name: 'mixed-district', dir: 'test/fixtures/orgs/mixed-district' },
  { name: 'three-level-power', dir: 'test/fixtures/orgs/three-level-power' },
];
interface Site {
  model: Model;
  out: string;
  server: StaticServer;
}
const sites = new Map<string, Site>();
let browser: Browser;

beforeAll(async () => {
  fs.rmSync(TMP, { recursive: true, force: true });
  fs.mkdirSync(TMP, { recursive: true });
  for (const org of ORGS) {
    const model = await loadModelOrThrow(org.dir);
    // The shared build (read only); this file's own files go to TMP.
    const { out } = await builtOrganisation(org.dir);
    const base = new URL(model.organisation.baseUrl).pathname.replace(/\/?$/, '/');
    sites.set(org.name, { model, out, server: await serveStatic(out, base) });
  }
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  for (const s of sites.values()) await s.server.close();
});

const html = (site: Site, sitePath: string): string =>
  fs.readFileSync(path.join(site.out, sitePath, 'index.html'), 'utf8');
const url = (site: Site, sitePath: string): string => `${site.server.url}/${sitePath}`;

/** A page loaded online, then cut off: every request made after that is recorded. */
async function offlinePage(address: string): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => void ((window as unknown as { __printed: number }).__printed += 1);
  });
  await page.goto(address, { waitUntil: 'networkidle' });
  // The tab's icon is fetched by the browser, not the page, and under load after network idle (CI saw it).
  const icons = new Set(
    await page.$$eval('link[rel~="icon"]', (links) => links.map((l) => (l as HTMLLinkElement).href)),
  );
  const requests: string[] = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('blob:') && !u.startsWith('data:') && !icons.has(u)) requests.push(u);
  });
  await context.setOffline(true);
  return { context, page, requests };
}

async function printedText(page: Page, name: string): Promise<string> {
  const file = path.join(TMP, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  return squash(pdftotext(file));
}

const printed = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __printed: number }).__printed);

describe.each(ORGS)('$name: guide, slip and score pages', ({ name }) => {
  it('a guide and a slip page for every service of every unit, in both languages; an index per unit; a page per score sheet', () => {
    const site = sites.get(name)!;
    const { model } = site;
    let guides = 0;
    for (const u of model.units) {
      const view = unitView(model, u.id);
      const index = html(site, paths.unitServices(u.id));
      for (const s of view.services) {
        const g = serviceGuide(model, view, s);
        expect(index).toContain(`/${paths.unitService(u.id, s.id)}"`);
        expect(index).toContain(`/${paths.serviceSlip(u.id, s.id)}"`);
        for (const lang of ['', 'en/']) {
          const page = html(site, `${lang}${paths.unitService(u.id, s.id)}`);
          expect(page).toContain(g.timeLimitText);
          for (const m of g.materials) expect(page).toContain(`id="${ANCHOR.material}${m.id}"`);
          for (const p of g.phones) expect(page).toContain(p.number);
          // The issuer column only when some material names its issuer, as on the printed guide.
          const issuerHeader = `<th scope="col">${UI[lang === '' ? 'zh-CN' : 'en'].guides.issuer}</th>`;
          expect(page.includes(issuerHeader), `${u.id} ${s.id} ${lang}: issuer column`).toBe(g.issuersShown);
          const slip = html(site, `${lang}${paths.serviceSlip(u.id, s.id)}`);
          for (const m of g.materials) expect(slip).toContain(`value="${m.id}"`);
        }
        // Nothing of a service the unit does not have.
        guides++;
      }
      for (const other of model.services.filter((x) => !view.services.some((s) => s.id === x.id)))
        expect(fs.existsSync(path.join(site.out, paths.unitService(u.id, other.id)))).toBe(false);
      const sheets = scoreSheets(view, model.organisation.name);
      for (const sheet of sheets) {
        expect(html(site, paths.inspections(u.id))).toContain(`/${paths.scoreSheet(u.id, sheet.inspection.id)}"`);
        const page = html(site, paths.scoreSheet(u.id, sheet.inspection.id));
        for (const item of sheet.items) expect(page).toContain(`data-item="${item.id}"`);
      }
    }
    expect(guides).toBeGreaterThanOrEqual(model.units.length);
    const all = html(site, paths.services());
    for (const u of model.units)
      for (const s of unitView(model, u.id).services) expect(all).toContain(`/${paths.unitService(u.id, s.id)}"`);
  });

  it('search has a record per guide, filed under its unit only, and a material’s deep link lands on its anchor', () => {
    const site = sites.get(name)!;
    const { model } = site;
    const all = buildSearchRecords(model).filter((r) => r.kind === 'service');
    // The guides' records; each material is an item of its own at its line of the guide (below).
    const records = all.filter((r) => !r.path.includes('#'));
    const expected = model.units.flatMap((u) =>
      unitView(model, u.id).services.map((s) => ({ path: paths.unitService(u.id, s.id), units: [u.id] })),
    );
    expect(records.map((r) => ({ path: r.path, units: r.units })).sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      expected.sort((a, b) => a.path.localeCompare(b.path)),
    );
    const materials = all.filter((r) => r.path.includes('#'));
    expect(materials.map((r) => r.path).sort()).toEqual(
      model.units
        .flatMap((u) =>
          unitView(model, u.id).services.flatMap((s) => s.materials.map((m) => itemPath(model, m.id, u.id)!)),
        )
        .sort(),
    );
    for (const u of model.units) {
      const view = unitView(model, u.id);
      for (const s of view.services) {
        const g = serviceGuide(model, view, s);
        const record = records.find((r) => r.path === paths.unitService(u.id, s.id))!;
        for (const m of g.materials) expect(record.content).toContain(m.name);
        for (const m of s.materials) {
          const link = itemPath(model, m.id, u.id)!;
          expect(link).toBe(`${paths.unitService(u.id, s.id)}#${ANCHOR.material}${m.id}`);
          expect(html(site, link.split('#')[0]!)).toContain(`id="${ANCHOR.material}${m.id}"`);
        }
      }
    }
  });

  it('the one-time notice slip, offline: prints the ticked materials, the other items, the names, number, date and phones — and nothing else', async () => {
    const site = sites.get(name)!;
    const { model } = site;
    const unit = model.units.find((u) => unitView(model, u.id).services.some((s) => s.materials.length >= 2))!;
    const view = unitView(model, unit.id);
    const service = view.services.find((s) => s.materials.length >= 2)!;
    const g = serviceGuide(model, view, service);
    const { context, page, requests } = await offlinePage(url(site, paths.serviceSlip(unit.id, service.id)));
    // Nothing ticked: a hint, no printing.
    await page.click('form[data-slip] button[type="submit"]');
    expect(await page.textContent('.slip-status')).toContain('请先勾选');
    expect(await printed(page)).toBe(0);

    const ticked = g.materials.slice(0, 2);
    for (const m of ticked) await page.check(`input[name="missing"][value="${m.id}"]`);
    await page.fill('textarea[name="other"]', '物业出具的地址证明');
    await page.fill('input[name="customer"]', '王晓雨');
    await page.fill('input[name="phone"]', '13900001234');
    await page.fill('input[name="clerk"]', '陈敏');
    await page.fill('input[name="number"]', '0427');
    await page.fill('input[name="date"]', '2027-03-15');
    await page.click('form[data-slip] button[type="submit"]');
    expect(await printed(page)).toBe(1);

    const text = await printedText(page, `slip-${name}`);
    for (const m of ticked) expect(text).toContain(squash(slipLine(m)));
    for (const m of g.materials.filter((x) => !ticked.includes(x))) expect(text).not.toContain(squash(slipLine(m)));
    for (const w of [
      '一次性告知单',
      '其他：物业出具的地址证明',
      '王晓雨',
      '13900001234',
      '陈敏',
      '0427',
      '2027年3月15日',
      g.name,
      g.timeLimitText,
      unit.name,
      ...g.phones.map((p) => p.number),
    ])
      expect(text).toContain(squash(w));
    // The form, its help text and the site around it do not print.
    expect(text).not.toContain(squash('勾选还缺的材料，填好姓名'));
    expect(text).not.toContain('资料下载');
    expect(requests).toEqual([]);
    await context.close();
  });

  it('the score page, offline: a fault on every item gives the total and consequence scoring.ts gives', async () => {
    const site = sites.get(name)!;
    const { model } = site;
    const unit = model.units.find((u) => scoreSheets(unitView(model, u.id), model.organisation.name).length > 0)!;
    const sheet = scoreSheets(unitView(model, unit.id), model.organisation.name)[0]!;
    const visit: Visit = { date: '2027-03-15', entries: sheet.items.map((i) => ({ item: i.id, faults: 1 })) };
    const expected = scoreVisit(sheet, visit);
    const { context, page, requests } = await offlinePage(url(site, paths.scoreSheet(unit.id, sheet.inspection.id)));
    await page.fill('input[name="date"]', visit.date);
    for (const i of sheet.items) await page.click(`[data-item="${i.id}"] button[data-step="1"]`);
    expect(await page.textContent('.score-total')).toContain(`${expected.raw} / ${sheet.points}`);
    expect(await page.textContent('.score-total')).toContain(String(expected.score));
    const consequence = await page.textContent('.score-consequence');
    if (expected.consequence) expect(consequence).toContain(thresholdText(expected.consequence));
    else expect(consequence).toContain('未低于分数线');
    expect(requests).toEqual([]);
    await context.close();
  });
});

describe('example: a scored visit with deductions, a repeat and a threshold crossing, offline', () => {
  const sheetTemplate = loadTemplates(defaultTemplatesDir()).find((t) => t.kind === 'scoresheet') as ScoreSheetTemplate;
  const visit = SCORED_VISIT;

  it('shows what scoring.ts computes, exports the same CSV, prints the numbers the filled PDF prints, keeps the visit', async () => {
    const site = sites.get('example')!;
    const { model } = site;
    const sheet = scoreSheet(unitView(model, 'power-city-hall'), model.organisation.name, 'mystery-shopper-visit')!;
    const expected = scoreVisit(sheet, visit);
    expect([expected.score, expected.consequence?.id]).toEqual([66.7, 'score-below-80']);
    const { context, page, requests } = await offlinePage(
      url(site, paths.scoreSheet('power-city-hall', 'mystery-shopper-visit')),
    );
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
    const bytes = await buildScoreSheet(
      model,
      model.units.find((u) => u.id === 'power-city-hall')!,
      'mystery-shopper-visit',
      sheetTemplate,
      new FontCache(),
      visit,
    );
    fs.mkdirSync(path.join(TMP, 'filled'), { recursive: true });
    const pdfFile = path.join(TMP, 'filled', 'scoresheet-power-city-hall__mystery-shopper-visit.pdf');
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
    for (const r of expected.items)
      expect(await page.textContent(`[data-item="${r.id}"] .item-result`)).toContain(
        `扣 ${r.deduction} 分，得 ${r.score} 分`,
      );
    expect(printed).not.toContain(squash('检查人员在手机上逐项打分'));
    expect(requests).toEqual([]);
    // The filled sheet passes the print audit like every PDF guifan makes.
    const audit = await auditPrint(path.dirname(pdfFile), { templates: loadTemplates(defaultTemplatesDir()), model });
    for (const k of AUDIT_CHECKS) expect(audit.totals[k], k).toBe(0);

    // The visit is still there after a reload (online again: the page itself must be fetched).
    await context.setOffline(false);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.inputValue('input[name="faults-si-polite-language"]')).toBe('2');
    expect(await page.textContent('.score-total')).toContain('66.7');
    await context.close();
  });

  it('the English score page writes its total and fines in English (no 元, no ideographic space) and sets an item’s outcome off with a dash; 百分制 only when scaled', async () => {
    const site = sites.get('example')!;
    const sheet = scoreSheet(
      unitView(site.model, 'power-city-hall'),
      site.model.organisation.name,
      'mystery-shopper-visit',
    )!;
    const visit: Visit = {
      date: '2027-03-15',
      entries: [{ item: 'si-dress-badge', faults: 1, repeat: true, occurrence: 3 }],
    };
    const expected = scoreVisit(sheet, visit);
    expect(expected.scaled).toBe(true);
    const g = UI.en.guides;
    const { context, page } = await offlinePage(
      url(site, `en/${paths.scoreSheet('power-city-hall', 'mystery-shopper-visit')}`),
    );
    await page.fill('input[name="date"]', visit.date);
    await page.click('[data-item="si-dress-badge"] button[data-step="1"]');
    await page.check('input[name="repeat-si-dress-badge"]');
    await page.selectOption('select[name="occurrence-si-dress-badge"]', '3');
    expect(await page.textContent('.score-total')).toBe(
      `Score ${expected.raw} / ${sheet.points} (${expected.score} of 100)`,
    );
    const fines = fineText({ amount: expected.fines.amount, max: expected.fines.max }, 'en');
    expect(fines).toMatch(/^\d+(–\d+)? yuan$/);
    expect(await page.textContent('.score-fines')).toBe(`${g.fines}: ${fines}`);
    expect(await page.textContent('[data-item="si-dress-badge"] .item-result')).toMatch(/^−\d+, \d+ left — /);
    for (const selector of ['.score-total', '.score-fines'])
      expect(await page.textContent(selector), selector).not.toMatch(/[元　]/);
    // Out of 100, the Chinese total says it once: no 百分制 repeating the same number.
    expect(UI['zh-CN'].guides.totalLine(90, 100, 90, false)).toBe('得分 90 / 100');
    await context.close();
  });
});
