/**
 * The page cache of `guifan build` (src/site/page-cache.ts): after one clause's words are edited,
 * a rebuild renders the pages that read them and takes every other page from the last output,
 * and the output is byte for byte what the same rebuild makes without the cache — PDFs, their
 * sizes in the pages taken (the edit makes the bus units' handbooks longer), staff folder and all.
 * The edit also makes the output's first revision (the version step): the pages of the units and
 * the document it changed, which list their revisions, are rendered again; a page of a unit it did
 * not change reads that unit's history only (lent, model/changes/current.ts), and is taken.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, editAndCompare, replaceIn, tree } from './support/page-cache-run.ts';
import { suiteTempDir } from './support/temp-dir.ts';

const ORG = path.resolve('test/fixtures/orgs/chengchuan-water-bus');
const root = suiteTempDir('page-cache');

describe('the page cache, with PDFs', () => {
  beforeAll(async () => {
    cpSync(ORG, path.join(root, 'content'), { recursive: true });
    await build(path.join(root, 'content'), path.join(root, 'out'), []);
  }, 300_000);

  it('renders the pages of an edited clause and takes the rest, byte for byte', { timeout: 300_000 }, async () => {
    // Words of the other document, so that the bus units' handbooks grow by more than a kilobyte.
    const words = readFileSync(path.join(ORG, 'norms/service-norms-cc.yaml'), 'utf8')
      .match(/[\p{Script=Han}]/gu)!
      .slice(0, 900)
      .join('');
    const { rendered, pages } = await editAndCompare(
      root,
      replaceIn('norms/bus-norms.yaml', /(\n\s+text: [^>|'"\n]*?)。\n/, `$1，${words}。\n`),
    );
    expect(rendered).toContain('norms/bus-norms/index.html');
    expect(rendered).toContain('units/bus-company/norms/bus-norms/index.html');
    expect(rendered).toContain('units/bus-line-8/norms/bus-norms/index.html');
    // Pages that show nothing of the document are taken (the water units do not have it).
    for (const page of [
      'units/water-hall/etiquette/index.html',
      'units/water-east/roles/meter-reader/index.html',
      // Their norm page and their home page show their own revisions: none yet.
      'units/water-hall/norms/service-norms-cc/index.html',
      'units/water-hall/index.html',
    ])
      expect(rendered).not.toContain(page);
    expect(rendered.length).toBeLessThan(pages * 0.7);
  });

  it('empties the PDF sizes of the pages it takes when the build makes no PDFs', { timeout: 300_000 }, async () => {
    const marked = (html: string): string[] =>
      [...html.matchAll(/data-pdf-size="[^"]+">([^<]*)</g)].map((m) => m[1]!).filter((size) => size !== '');
    const before = tree(path.join(root, 'out'));
    const { rendered } = await editAndCompare(
      root,
      replaceIn('commitments/water.yaml', '抄见水量当月录入', '抄见水量当月按时录入'),
      ['--no-pdf'],
    );
    // A page taken that showed sizes shows none now, as a page rendered without PDFs.
    const taken = [...before].filter(
      ([k, v]) => k.endsWith('.html') && !rendered.includes(k) && marked(v.toString('utf8')).length > 0,
    );
    expect(taken.map(([k]) => k)).not.toEqual([]);
    for (const [k] of taken) expect(marked(readFileSync(path.join(root, 'out', k), 'utf8'))).toEqual([]);
  });
});
