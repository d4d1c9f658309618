/**
 * The site build reads the MDX pages from a copy at one place of its state (src/site/staged-pages.ts),
 * so the bundles kept from one folder of an organisation serve another folder of it: byte for byte
 * the same site, while a folder whose pages differ is bundled afresh and says its own words.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stagePages, withOwnPages } from '../src/site/staged-pages.ts';
import { testTempDir } from './support/temp-dir.ts';

const run = promisify(execFile);
const bin = path.resolve('src/cli/bin.mjs');
const ORG = path.resolve('test/fixtures/orgs/chengchuan-water-bus');
const REUSED = 'site: code bundles reused from the last build';

async function build(content: string, out: string): Promise<string> {
  const { stdout } = await run(process.execPath, [bin, 'build', '--content', content, '--out', out, '--no-pdf'], {
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

describe('the staged pages', () => {
  it('are a copy of the pages folder, in one place whatever the content folder', () => {
    const root = testTempDir('staged-pages');
    for (const name of ['a', 'b']) {
      mkdirSync(path.join(root, name, 'pages', 'img'), { recursive: true });
      writeFileSync(path.join(root, name, 'pages', 'about.mdx'), `# 关于${name}\n`);
      writeFileSync(path.join(root, name, 'pages', 'img', 'x.svg'), '<svg/>');
    }
    const a = stagePages(path.join(root, 'state'), path.join(root, 'a'));
    expect(readFileSync(path.join(a, 'about.mdx'), 'utf8')).toBe('# 关于a\n');
    expect(stagePages(path.join(root, 'state'), path.join(root, 'b'))).toBe(a);
    expect(readFileSync(path.join(a, 'about.mdx'), 'utf8')).toBe('# 关于b\n');
    expect(readFileSync(path.join(a, 'img', 'x.svg'), 'utf8')).toBe('<svg/>');
    // No pages: an empty folder, not the last organisation's.
    mkdirSync(path.join(root, 'none'));
    expect(stagePages(path.join(root, 'state'), path.join(root, 'none'))).toBe(a);
    expect(existsSync(a) && readdirSync(a)).toEqual([]);
  });

  it('are the pages themselves when one reaches outside its folder, which the copy could not', () => {
    const root = testTempDir('staged-pages');
    mkdirSync(path.join(root, 'c', 'pages'), { recursive: true });
    writeFileSync(path.join(root, 'c', 'pages', 'about.mdx'), '![图](../images/x.png)\n');
    expect(stagePages(path.join(root, 'state'), path.join(root, 'c'))).toBe(path.join(root, 'c', 'pages'));
  });

  it('an error from the copy names the user’s own page', () => {
    const error = Object.assign(new Error('Could not parse /s/.guifan-pages/about.mdx'), {
      loc: { file: '/s/.guifan-pages/about.mdx', line: 3 },
      id: '/s/.guifan-pages/about.mdx',
    });
    withOwnPages(error, '/s/.guifan-pages', '/home/me/content/pages');
    expect(error.message).toBe('Could not parse /home/me/content/pages/about.mdx');
    expect(error.loc.file).toBe('/home/me/content/pages/about.mdx');
    expect(error.id).toBe('/home/me/content/pages/about.mdx');
    expect(error.stack).not.toContain('.guifan-pages');
  });
});

describe('another folder of one organisation', () => {
  it('takes the bundles kept from the first, and its site is the same byte for byte; other pages are bundled afresh', {
    timeout: 300_000,
  }, async () => {
    const root = testTempDir('staged-pages-build');
    const [first, second] = [path.join(root, 'first'), path.join(root, 'second')];
    cpSync(ORG, first, { recursive: true });
    cpSync(ORG, second, { recursive: true });
    // The first may itself take bundles an earlier test of this process kept: it keeps them either way.
    await build(first, path.join(root, 'out-first'));
    expect(await build(second, path.join(root, 'out-second'))).toContain(REUSED);
    const made = tree(path.join(root, 'out-first'));
    const taken = tree(path.join(root, 'out-second'));
    expect([...taken.keys()].sort()).toEqual([...made.keys()].sort());
    expect([...made].filter(([k, v]) => !taken.get(k)?.equals(v)).map(([k]) => k)).toEqual([]);

    // The second folder's MDX page edited: its pages are not the kept bundles' pages.
    const page = path.join(second, 'pages', readdirSync(path.join(second, 'pages')).find((f) => f.endsWith('.mdx'))!);
    writeFileSync(page, `${readFileSync(page, 'utf8')}\n本页另有一段补充说明。\n`);
    expect(await build(second, path.join(root, 'out-second'))).not.toContain(REUSED);
    const html = [...tree(path.join(root, 'out-second'))].filter(([k]) => k.endsWith('.html'));
    expect(html.some(([, v]) => v.toString('utf8').includes('本页另有一段补充说明。'))).toBe(true);
  });
});
