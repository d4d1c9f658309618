/**
 * The page cache (src/site/page-cache.ts) after a unit is added, after one is removed and after an
 * MDX page is edited: the rebuild's output is the bytes the same rebuild makes without the cache
 * (a removed unit's pages are gone, not taken). What every page depends on besides the model
 * (templates with guifan's code, MDX pages, the site address, the date) is in the records' key.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagesKey } from '../src/cli/kept-site.ts';
import { build, editAndCompare, tree } from './support/page-cache-run.ts';
import { suiteTempDir, testTempDir } from './support/temp-dir.ts';

const ORG = path.resolve('test/fixtures/orgs/chengchuan-water-bus');
const root = suiteTempDir('page-cache-units');
const NO_PDF = ['--no-pdf'];

describe('the page cache, after units are added and removed', () => {
  beforeAll(async () => {
    cpSync(ORG, path.join(root, 'content'), { recursive: true });
    await build(path.join(root, 'content'), path.join(root, 'out'), NO_PDF);
  }, 300_000);

  it('a unit added', { timeout: 300_000 }, async () => {
    const { rendered } = await editAndCompare(
      root,
      (content) => {
        const hall = readFileSync(path.join(content, 'units/water-hall.yaml'), 'utf8');
        const added = hall
          .replace('id: water-hall', 'id: water-west')
          .replace(/name: .*/, 'name: 澄川自来水公司西城营业厅')
          .replace(/shortName: .*/, 'shortName: 西城营业厅');
        writeFileSync(path.join(content, 'units/water-west.yaml'), added);
      },
      NO_PDF,
    );
    expect(rendered).toContain('units/water-west/index.html');
    expect(rendered).toContain('units/water-west/etiquette/index.html');
  });

  // One rebuild for the unit removed and an MDX page edited (each rebuild is two site builds): the
  // MDX edit renders every page again, and the removed unit's pages must still be gone, not taken.
  it('a unit removed, and an MDX page', { timeout: 300_000 }, async () => {
    const { rendered, pages } = await editAndCompare(
      root,
      (content) => {
        rmSync(path.join(content, 'units/water-west.yaml'));
        const mdx = path.join(content, 'pages/about.mdx');
        writeFileSync(mdx, `${readFileSync(mdx, 'utf8')}\n\n补充一句说明。\n`);
      },
      NO_PDF,
    );
    expect([...tree(path.join(root, 'out')).keys()].some((k) => k.includes('water-west'))).toBe(false);
    // The pages are compiled with the MDX pages: every page is rendered again.
    expect(rendered.length).toBe(pages);
  });

  it('keys every record by the MDX pages, the site address and the date', async () => {
    const dir = testTempDir('page-cache-key');
    const content = path.join(dir, 'content');
    cpSync(ORG, content, { recursive: true });
    const at = { contentDir: content, baseUrl: 'https://example.org/', now: new Date(2027, 2, 1, 9) };
    const key = await pagesKey(at);
    expect(await pagesKey({ ...at, now: new Date(2027, 2, 2, 9) })).not.toBe(key);
    expect(await pagesKey({ ...at, baseUrl: 'https://example.org/norms/' })).not.toBe(key);
    writeFileSync(path.join(content, 'pages/about.mdx'), '# 关于\n');
    expect(await pagesKey(at)).not.toBe(key);
  });
});
