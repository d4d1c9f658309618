/**
 * The page cache of `guifan build` (src/site/page-cache.ts), after every kind of edit: the rebuild's
 * output is byte for byte what the same rebuild makes without the cache — PDFs, their sizes in the
 * pages taken, staff folder and all — and the pages that show the edited values were rendered again.
 *
 * One first build and three rebuilds, each edit applied to the last one's output (the first two
 * rebuilds are two site builds each, with the cache and without; four files of their own cost 18
 * builds, 366 s of CPU). The edits of one rebuild reach pages apart, so one edit's pages rendered
 * do not hide another's taken wrongly; what a step renders whole comes last, and needs no build
 * without the cache to compare with: every page it writes is rendered.
 * 1. One clause's words and its document's version and effective date, with PDFs: the bus units'
 *    handbooks grow by more than a kilobyte, the pages taken show the new sizes. It makes the
 *    output's first revision (the version step): the pages of the units and the document it
 *    changed, which list their revisions, are rendered again; a page of a unit it did not change
 *    reads that unit's history only, and is taken.
 * 2. Without PDFs: a commitment's number and target and its words, a unit's param value, a role's
 *    name, a quiz question and a unit added.
 * 3. Without PDFs: the organisation's name, a unit removed (its pages gone, not taken) and an MDX
 *    page (every page rendered again).
 * What every page depends on besides the model (templates with guifan's code, MDX pages, the site
 * address, the date) is in the records' key.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagesKey } from '../src/cli/kept-site.ts';
import { build, editAndCompare, renderedPages, replaceIn, tree } from './support/page-cache-run.ts';
import { suiteTempDir, testTempDir } from './support/temp-dir.ts';

const ORG = path.resolve('test/fixtures/orgs/chengchuan-water-bus');
const root = suiteTempDir('page-cache');
const NO_PDF = ['--no-pdf'];

describe('the page cache', () => {
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
    const { rendered, pages } = await editAndCompare(root, (content) => {
      replaceIn('norms/bus-norms.yaml', /(\n\s+text: [^>|'"\n]*?)。\n/, `$1，${words}。\n`)(content);
      // The document's version and effective date with it: its pages are rendered for the words anyway.
      replaceIn(
        'norms/bus-norms.yaml',
        /version: "2026\.1"\neffective: 2026-04-01/,
        'version: "2026.2"\neffective: 2026-05-01',
      )(content);
    });
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

  it('items, a question and a unit added; the PDF sizes emptied', {
    timeout: 300_000,
  }, async () => {
    const marked = (html: string): string[] =>
      [...html.matchAll(/data-pdf-size="[^"]+">([^<]*)</g)].map((m) => m[1]!).filter((size) => size !== '');
    const before = tree(path.join(root, 'out'));
    const { rendered, pages } = await editAndCompare(
      root,
      (content) => {
        replaceIn('commitments/water.yaml', '抄见水量当月录入', '抄见水量当月按时录入')(content);
        replaceIn(
          'commitments/water.yaml',
          '压力合格率不低于 97%。\n    target: { value: 97,',
          '压力合格率不低于 98%。\n    target: { value: 98,',
        )(content);
        replaceIn('units/water-east.yaml', 'repair-hours: 12', 'repair-hours: 10')(content);
        replaceIn('roles.yaml', 'name: 抄表员', 'name: 抄表收费员')(content);
        replaceIn('quiz/water.yaml', '票款当面点清。', '票款当面点清，并请用户核对。')(content);
        const hall = readFileSync(path.join(content, 'units/water-hall.yaml'), 'utf8');
        const added = hall
          .replace('id: water-hall', 'id: water-west')
          .replace(/name: .*/, 'name: 澄川自来水公司西城营业厅')
          .replace(/shortName: .*/, 'shortName: 西城营业厅');
        writeFileSync(path.join(content, 'units/water-west.yaml'), added);
      },
      NO_PDF,
    );
    expect(rendered).toContain('units/water-hall/commitments/index.html');
    expect(rendered).toContain('units/water-east/commitments/index.html');
    expect(rendered).toContain('units/water-east/roles/meter-reader/index.html');
    expect(rendered).toContain('units/water-west/index.html');
    expect(rendered).toContain('units/water-west/etiquette/index.html');
    // Not every page. A page of a unit none of these edits touch may still be rendered: after the
    // first step's revision (bus-norms), bus-company's commitments page is rendered here too.
    expect(rendered.length).toBeLessThan(pages);
    // A page taken that showed sizes shows none now, as a page rendered without PDFs.
    const taken = [...before].filter(
      ([k, v]) => k.endsWith('.html') && !rendered.includes(k) && marked(v.toString('utf8')).length > 0,
    );
    expect(taken.map(([k]) => k)).not.toEqual([]);
    for (const [k] of taken) expect(marked(readFileSync(path.join(root, 'out', k), 'utf8'))).toEqual([]);
  });

  it('the organisation’s name, a unit removed and an MDX page', { timeout: 300_000 }, async () => {
    // Every page shows the organisation's name and is compiled with the MDX pages, so this build
    // renders every page: its output is a build's without the cache by construction, and no build
    // without it is made to compare (the steps above compare theirs). What is left to prove: the
    // removed unit's pages are gone, not taken; every page was rendered; the MDX page says its new words.
    const content = path.join(root, 'content');
    replaceIn('organisation.yaml', 'name: 澄川市城市公用集团有限公司', 'name: 澄川市城市公用事业集团有限公司')(content);
    rmSync(path.join(content, 'units/water-west.yaml'));
    const mdx = path.join(content, 'pages/about.mdx');
    writeFileSync(mdx, `${readFileSync(mdx, 'utf8')}\n\n补充一句说明。\n`);
    await build(content, path.join(root, 'out'), NO_PDF);
    const { rendered, pages } = renderedPages(root);
    const out = tree(path.join(root, 'out'));
    expect([...out.keys()].some((k) => k.includes('water-west'))).toBe(false);
    expect(rendered.length).toBe(pages);
    expect(out.get('pages/about/index.html')?.toString('utf8')).toContain('补充一句说明。');
    expect(out.get('index.html')?.toString('utf8')).toContain('澄川市城市公用事业集团有限公司');
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
