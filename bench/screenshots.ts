/**
 * npm run screenshots [-- DIR] [--out DIR]
 *
 * Screenshots of a built site for a person to look at (issue and review work: punctuation,
 * spacing, overflow, tofu, contrast): the home page, a norm page (also scrolled into its
 * clauses), a unit's commitment board (the QR page), a service guide and an inspection's score
 * sheet, at 390 and 1280 px, light and dark, and at 390 px the open contents and menu. DIR is a
 * built site (default dist, from `npm run build`); the PNGs go to --out (default
 * test/.tmp/screenshots). Nothing is asserted: the test files check what can be checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/server.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'test/.tmp/screenshots' } },
});
const site = path.resolve(positionals[0] ?? 'dist');
const out = path.resolve(values.out);

/** The first folder (by name) under `under` holding a page, as a site path; '' when none. */
function firstPage(...under: string[]): string {
  const dir = path.join(site, ...under);
  if (!fs.existsSync(dir)) return '';
  const name = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort()[0];
  return name ? `/${[...under, name].join('/')}/` : '';
}

/** The first unit with a page of this kind, and its first such page (a board is the unit's commitments page). */
function unitPage(kind: 'commitments' | 'services' | 'inspections'): string {
  const units = fs.existsSync(path.join(site, 'units')) ? fs.readdirSync(path.join(site, 'units')).sort() : [];
  for (const unit of units) {
    const page =
      kind === 'commitments'
        ? fs.existsSync(path.join(site, 'units', unit, kind, 'index.html'))
          ? `/units/${unit}/${kind}/`
          : ''
        : firstPage('units', unit, kind);
    if (page) return page;
  }
  return '';
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(site, 'index.html')))
    throw new Error(`${site} is not a built site (no index.html); run npm run build first, or name one`);
  const norm = firstPage('norms');
  const pages = Object.entries({
    home: '/',
    norm,
    board: unitPage('commitments'),
    service: unitPage('services'),
    inspection: unitPage('inspections'),
  }).filter(([, target]) => target !== '');
  fs.mkdirSync(out, { recursive: true });
  const server = await serveStatic(site);
  const browser = await launchChromium();
  const written: string[] = [];
  const shot = async (page: import('playwright-core').Page, name: string) => {
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  };
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [390, 1280]) {
        const context = await browser.newContext({
          viewport: { width, height: width === 390 ? 844 : 900 },
          colorScheme,
          serviceWorkers: 'block',
        });
        const page = await context.newPage();
        for (const [name, target] of pages) {
          await page.goto(`${server.url}${target}`);
          await shot(page, `${name}-${width}-${colorScheme}`);
          if (name === 'norm') {
            await page.evaluate(() => window.scrollTo(0, 2500));
            await page.waitForTimeout(150);
            await shot(page, `${name}-${width}-${colorScheme}-scrolled`);
          }
        }
        if (width === 390) {
          if (norm) {
            await page.goto(`${server.url}${norm}`);
            await page.click('.toc-button');
            await shot(page, `toc-open-390-${colorScheme}`);
          }
          await page.goto(`${server.url}/`);
          await page.click('.menu-button');
          await shot(page, `menu-open-390-${colorScheme}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${written.length} screenshots of ${site} in ${out}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
