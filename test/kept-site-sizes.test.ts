/**
 * The PDF size marks of pages taken from the last build (src/cli/kept-site.ts fillSizes): left as
 * they are only while every file they name has the size they show; a PDF of another size, or
 * none, and the marks are filled again, as a build that rendered the pages fills them.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillSizes, type KeptSite } from '../src/cli/kept-site.ts';
import type { Model } from '../src/model/types.ts';
import { SIZE_ATTR, sizeMarkText } from '../src/print/file-sizes.ts';
import { testTempDir } from './support/temp-dir.ts';

/** No unit and no role: the downloads pages alone carry marks (pagesWithSizes). */
const model = { units: [], roles: [] } as unknown as Model;
const page = (text: string): string =>
  `<a href="/print/poster-a.pdf">公示牌<span class="file-size" ${SIZE_ATTR}="poster-a.pdf">${text}</span></a>`;

function staged(bytes: number | undefined, shownText: string): { dir: string; file: string } {
  const dir = testTempDir('kept-sizes');
  mkdirSync(join(dir, 'downloads'), { recursive: true });
  mkdirSync(join(dir, 'print'), { recursive: true });
  if (bytes !== undefined) writeFileSync(join(dir, 'print', 'poster-a.pdf'), Buffer.alloc(bytes));
  const file = join(dir, 'downloads', 'index.html');
  writeFileSync(file, page(shownText));
  return { dir, file };
}

describe('size marks of pages taken from the last build', () => {
  it('are left alone while every file they name has the size they show', () => {
    const shown = { 'poster-a.pdf': sizeMarkText(40_000) };
    const { dir, file } = staged(40_000, shown['poster-a.pdf']);
    const before = statSync(file);
    const record: KeptSite = { key: 'k', files: [] };
    fillSizes(dir, () => model, shown, record);
    const after = statSync(file);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(record.shown).toEqual(shown);
  });

  it('are filled again when a file has another size, or is gone', () => {
    const shown = { 'poster-a.pdf': sizeMarkText(40_000) };
    for (const bytes of [90_000, undefined]) {
      const { dir, file } = staged(bytes, shown['poster-a.pdf']);
      const record: KeptSite = { key: 'k', files: [] };
      fillSizes(dir, () => model, shown, record);
      expect(readFileSync(file, 'utf8')).toBe(page(sizeMarkText(bytes)));
      expect(record.shown).toEqual({ 'poster-a.pdf': sizeMarkText(bytes) });
    }
  });

  it('are filled, and noted for the next build, when the pages were rendered (nothing shown before)', () => {
    const { dir, file } = staged(12_000, '');
    const record: KeptSite = { key: 'k', files: [] };
    fillSizes(dir, () => model, undefined, record);
    expect(readFileSync(file, 'utf8')).toBe(page(sizeMarkText(12_000)));
    expect(record.shown).toEqual({ 'poster-a.pdf': sizeMarkText(12_000) });
  });
});
