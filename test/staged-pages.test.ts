/**
 * The site build reads the MDX pages from a copy at one place of its state (src/site/staged-pages.ts),
 * so the bundles kept from one folder of an organisation serve another folder of it (kept-site.test.ts
 * builds one: the same bytes); a folder whose pages differ has another key (kept-bundle.test.ts) and
 * its edited page is read (page-cache.test.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stagePages, withOwnPages } from '../src/site/staged-pages.ts';
import { testTempDir } from './support/temp-dir.ts';

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
