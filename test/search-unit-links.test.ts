/**
 * A reader who chose a unit follows a result of the organisation's record to the unit's own page
 * holding the item (model/unit-pages.ts, search/unit-links.ts): on the example and every
 * organisation under test/fixtures/orgs/, the unit's table gives, for each item of its view, the
 * very address the model gives the item in that unit (routes.ts itemPath); on the built sites, each
 * record filtered to the unit lands, through the table, on a page that is there and holds its anchor;
 * the island writes the table beside the index and follows it in Chromium; a search started on a
 * unit's page is a search in that unit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadModel } from '../src/model/index.ts';
import { itemPath } from '../src/model/routes.ts';
import { follow } from '../src/model/unit-address.ts';
import { unitPages, type UnitPages } from '../src/model/unit-pages.ts';
import { unitView } from '../src/model/view.ts';
import { DATA_DIR, unitPagesFile } from '../src/search/names.ts';
import { buildSearchRecords } from '../src/search/records.ts';
import { unitUrl } from '../src/search/unit-links.ts';
import { launchChromium } from './support/browser.ts';
import { builtOrganisation } from './support/built.ts';
import { ids, page } from './support/html.ts';
import { EXAMPLE_AND_FIXTURE_ORGS } from './support/orgs.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

describe.each(EXAMPLE_AND_FIXTURE_ORGS)('%s: each unit’s table of its own pages', (dir) => {
  it('gives every item of the unit’s view the address the model gives it in the unit', async () => {
    const { model } = await loadModel(dir);
    let moved = 0;
    let sheetsMoved = 0;
    const tables = unitPages(model!);
    for (const unit of model!.units) {
      const table = tables.get(unit.id)!;
      const view = unitView(model!, unit.id);
      for (const [id, entry] of Object.entries(model!.index)) {
        const group = itemPath(model!, id);
        // A score item's address is a unit's sheet (the first listing it), yet every unit reads it on its own.
        const shared = group !== undefined && (!group.startsWith('units/') || entry.kind === 'score-item');
        if (!view.has(id) || !shared) continue;
        const own = itemPath(model!, id, unit.id);
        expect(follow(table, group), `${id} in ${unit.id}`).toBe(own);
        if (own !== group) {
          moved++;
          if (entry.kind === 'score-item') {
            expect(own, `${id} in ${unit.id}`).toMatch(new RegExp(`^units/${unit.id}/inspections/[^/]+/#si-`));
            sheetsMoved++;
          }
        }
      }
    }
    // Every organisation here has units with pages of their own; those with score items, several units' sheets.
    expect(moved).toBeGreaterThan(0);
    if (Object.values(model!.index).some((e) => e.kind === 'score-item')) expect(sheetsMoved).toBeGreaterThan(0);
  });

  it('takes every record filtered to the unit to a built page holding its anchor', async () => {
    const { model } = await loadModel(dir);
    const { out } = await builtOrganisation(dir);
    const records = buildSearchRecords(model!);
    const idsOf = new Map<string, Set<string>>();
    let followed = 0;
    const tables = unitPages(model!);
    for (const unit of model!.units) {
      const table = JSON.parse(
        fs.readFileSync(path.join(out, 'pagefind', DATA_DIR, unitPagesFile(unit.id)), 'utf8'),
      ) as UnitPages;
      expect(table, `${unit.id}: the table as built`).toEqual(tables.get(unit.id));
      for (const r of records) {
        const shared = !r.path.startsWith('units/') || r.kind === 'score-item';
        if (!(r.units === 'all' || r.units.includes(unit.id)) || !shared) continue;
        const own = follow(table, r.path);
        if (own === r.path) continue;
        const [target, anchor] = own.split('#') as [string, string | undefined];
        expect(target.startsWith(`units/${unit.id}/`), `${r.path} → ${own}`).toBe(true);
        if (!idsOf.has(target)) idsOf.set(target, ids(page(out, target)));
        if (anchor) expect(idsOf.get(target)!.has(anchor), `${own} on the built page`).toBe(true);
        followed++;
      }
    }
    expect(followed).toBeGreaterThan(0);
  }, 600_000);
});

describe('a hit’s address for the chosen unit', () => {
  const table = { pages: { 'norms/a/': 'units/u/norms/a/' }, items: { 'commitments/#set-g': 'commitments/#set-g' } };
  it('keeps the base and the anchor, and leaves what the unit reads at the group’s page', () => {
    expect(unitUrl(table, '/', '/norms/a/#c-x')).toBe('/units/u/norms/a/#c-x');
    expect(unitUrl(table, '/sub/', '/sub/norms/a/')).toBe('/sub/units/u/norms/a/');
    expect(unitUrl(table, '/', '/norms/b/#c-y')).toBe('/norms/b/#c-y');
    expect(unitUrl(table, '/', '/commitments/#set-g')).toBe('/commitments/#set-g');
    expect(unitUrl(table, '/sub/', '/other/norms/a/')).toBe('/other/norms/a/');
  });
});

describe('the island', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic((await builtOrganisation('content')).out);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links a result to the chosen unit’s own page, and to the group’s without a unit', async () => {
    const { model } = await loadModel('content');
    // A clause of a group document, worded as the group's, that a unit shows on its own copy of the document.
    const tables = unitPages(model!);
    const pick = model!.units
      .flatMap((u) => {
        const table = tables.get(u.id)!;
        return Object.entries(table.pages)
          .filter(([group]) => group.startsWith('norms/'))
          .map(([group, own]) => ({ unit: u.id, group, own }));
      })
      .find(() => true);
    expect(pick).toBeDefined();
    const doc = model!.documents.find((d) => `norms/${d.id}/` === pick!.group)!;
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const links = async (params: Record<string, string>): Promise<string[]> => {
      await page.goto(`${server.url}/search/?${new URLSearchParams(params)}`);
      await page.waitForFunction(() => {
        const status = document.querySelector('.search-status')?.textContent ?? '';
        return status !== '' && !status.includes('…');
      });
      return page.$$eval('ol.results a.result-link', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    };
    const all = await links({ q: doc.title });
    expect(all.some((l) => l.startsWith(`/${pick!.group}`))).toBe(true);
    expect(all.some((l) => l.startsWith('/units/'))).toBe(false);
    const mine = await links({ q: doc.title, unit: pick!.unit });
    expect(mine.some((l) => l.startsWith(`/${pick!.own}`))).toBe(true);
    expect(mine.some((l) => l.startsWith(`/${pick!.group}`))).toBe(false);
    await page.close();
  }, 120_000);

  it('searches in the unit from a unit’s page (the header box and, on a phone, its search link), in the group from the group’s', async () => {
    const { model } = await loadModel('content');
    const unit = model!.units[0]!.id;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const submitFrom = async (path: string): Promise<URL> => {
      await page.goto(`${server.url}${path}`);
      await page.fill('#site-search', '投诉');
      await Promise.all([page.waitForURL(/\/search\/\?/), page.press('#site-search', 'Enter')]);
      await page.waitForFunction(() => {
        const status = document.querySelector('.search-status')?.textContent ?? '';
        return status !== '' && !status.includes('…');
      });
      return new URL(page.url());
    };
    const fromUnit = await submitFrom(`/units/${unit}/`);
    expect(fromUnit.searchParams.get('unit')).toBe(unit);
    expect(await page.inputValue('select[name="unit"]')).toBe(unit);
    const fromGroup = await submitFrom('/norms/');
    expect(fromGroup.searchParams.has('unit')).toBe(false);
    await page.goto(`${server.url}/units/${unit}/`);
    expect(await page.getAttribute('a.search-button', 'href')).toBe(`/search/?unit=${unit}`);
    await page.goto(`${server.url}/norms/`);
    expect(await page.getAttribute('a.search-button', 'href')).toBe('/search/');
    await page.close();
  }, 120_000);
});
