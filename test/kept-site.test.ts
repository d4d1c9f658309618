/**
 * `guifan build` takes the last build's pages and search index again only when nothing they are
 * made from changed (src/cli/kept-site.ts): the output is then the bytes a build that made them
 * writes; a content edit, an MDX page edit (a change of the key) or a page changed in the output
 * since means they are made again; without PDFs the copied pages show no PDF sizes, as a build
 * without PDFs shows; a copy of the content in another folder takes the first build's bundles.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { siteOutputKey } from '../src/cli/kept-site.ts';
import { testTempDir } from './support/temp-dir.ts';

const run = promisify(execFile);
const bin = path.resolve('src/cli/bin.mjs');
const ORG = path.resolve('test/fixtures/orgs/chengchuan-water-bus');
const REUSED = 'site pages and search index: taken from the last build';
const BUNDLES_REUSED = 'site: code bundles reused from the last build';

async function build(content: string, out: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [bin, 'build', '--content', content, '--out', out, ...args], {
    env: { ...process.env, GUIFAN_DEBUG: '', GUIFAN_NO_CACHE: '' },
  });
  return stdout;
}

/** Every file under `dir`, path → bytes. */
function tree(dir: string, rel = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of tree(dir, r)) files.set(k, v);
    else files.set(r, readFileSync(path.join(dir, r)));
  }
  return files;
}

function expectSameTree(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const differing = [...expected].filter(([k, v]) => !actual.get(k)?.equals(v)).map(([k]) => k);
  expect(differing).toEqual([]);
}

describe('the last build’s site, taken again', () => {
  it('only when nothing it is made from changed, and then byte for byte', { timeout: 600_000 }, async () => {
    const root = testTempDir('kept-site');
    const content = path.join(root, 'content');
    cpSync(ORG, content, { recursive: true });
    const out = path.join(root, 'out');

    expect(await build(content, out)).not.toContain(REUSED);
    const made = tree(out);
    const madeStaff = tree(`${out}-staff`);
    expect(made.has('pagefind/pagefind.js')).toBe(true);

    // Nothing changed: taken again, and the whole output (pages, index, PDFs, service worker) is the same.
    expect(await build(content, out)).toContain(REUSED);
    expectSameTree(tree(out), made);
    expectSameTree(tree(`${out}-staff`), madeStaff);

    // A page changed in the output since: made again, and the page is as the build makes it.
    const page = path.join(out, 'index.html');
    appendFileSync(page, '<!-- edited -->');
    expect(await build(content, out)).not.toContain(REUSED);
    expectSameTree(tree(out), made);

    // Without PDFs: taken again, and no page shows a PDF's size (the build made none).
    expect(await build(content, out, '--no-pdf')).toContain(REUSED);
    const withoutPdfs = tree(out);
    expect([...withoutPdfs.keys()].filter((k) => k.startsWith('print/'))).toEqual([]);
    const sizes = [...withoutPdfs]
      .filter(([k]) => k.endsWith('.html'))
      .flatMap(([, v]) => [...v.toString('utf8').matchAll(/data-pdf-size="[^"]+">([^<]*)</g)].map((m) => m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes.filter((s) => s !== '')).toEqual([]);

    // Another folder of the organisation takes the bundles the first build kept (its MDX pages
    // are read from one staged copy: src/site/staged-pages.ts), and its site is the same bytes.
    const copy = path.join(root, 'copy');
    cpSync(ORG, copy, { recursive: true });
    expect(await build(copy, path.join(root, 'copy-out'), '--no-pdf')).toContain(BUNDLES_REUSED);
    expectSameTree(tree(path.join(root, 'copy-out')), withoutPdfs);

    // An MDX page edited is a change of the site's key (the test below), so the site is made
    // again, as after the clause's edit below; page-cache.test.ts builds after one and reads the page.

    // A clause's words edited: made again, and the page says the new words.
    const norms = path.join(content, 'norms');
    const file = path.join(norms, readdirSync(norms).find((f) => f.endsWith('.yaml'))!);
    const yaml = readFileSync(file, 'utf8');
    const edited = yaml.replace(/(\n\s+text: [^>|'"\n]*?)。\n/, '$1，并当场登记备查。\n');
    expect(edited).not.toBe(yaml);
    writeFileSync(file, edited);
    expect(await build(content, out, '--no-pdf')).not.toContain(REUSED);
    const html = [...tree(out)].filter(([k]) => k.endsWith('.html')).map(([, v]) => v.toString('utf8'));
    expect(html.some((h) => h.includes('并当场登记备查。'))).toBe(true);
    expect(statSync(path.join(out, 'pagefind')).isDirectory()).toBe(true);
  });

  it('is keyed by the build’s local date: the study hub names the weeks around it', async () => {
    const dir = testTempDir('kept-site-key');
    const modelFile = path.join(dir, 'model.json');
    writeFileSync(modelFile, '{"organisation":{}}');
    const at = { contentDir: ORG, baseUrl: 'https://example.org/' };
    const monday = await siteOutputKey(modelFile, { ...at, now: new Date(2027, 2, 1, 9) });
    expect(await siteOutputKey(modelFile, { ...at, now: new Date(2027, 2, 1, 18) })).toBe(monday);
    expect(await siteOutputKey(modelFile, { ...at, now: new Date(2027, 2, 2, 9) })).not.toBe(monday);
    expect(await siteOutputKey(modelFile, { ...at, baseUrl: 'https://example.org/norms/' })).not.toBe(monday);
    // The MDX pages, which the pages are compiled with (a copy of the content with one edited).
    const content = path.join(dir, 'content');
    cpSync(ORG, content, { recursive: true });
    const copied = { ...at, contentDir: content, now: new Date(2027, 2, 1, 9) };
    const before = await siteOutputKey(modelFile, copied);
    appendFileSync(path.join(content, 'pages/about.mdx'), '\n补充一句说明。\n');
    expect(await siteOutputKey(modelFile, copied)).not.toBe(before);
    writeFileSync(modelFile, '{"organisation":{"id":"x"}}');
    expect(await siteOutputKey(modelFile, { ...at, now: new Date(2027, 2, 1, 9) })).not.toBe(monday);
  });
});
