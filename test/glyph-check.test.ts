/**
 * `guifan check`'s glyph check skips parsing a file whose text shows that no value can hold a
 * character the fonts lack; every other file is parsed as before. These cases pin both paths:
 * a character the fonts lack written as is, made by an escape, and sitting where it is never
 * printed (a comment, an id), where the parse still decides.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FontCache } from '../src/print/fonts.ts';
import { checkGlyphs } from '../src/print/glyph-check.ts';
import { defaultTemplatesDir, loadTemplates } from '../src/print/templates.ts';

const templates = loadTemplates(defaultTemplatesDir());
const fonts = new FontCache();
const dirs: string[] = [];

/** A content folder holding one norms file with `text`; the glyph check's diagnostics for it. */
function check(text: string): { line: number; column: number; code: string; message: string }[] {
  const dir = mkdtempSync(join(tmpdir(), 'guifan-glyphs-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'norms'));
  writeFileSync(join(dir, 'norms', 'hall.yaml'), text);
  return checkGlyphs(dir, templates, fonts).map(({ line, column, code, message }) => ({ line, column, code, message }));
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the glyph check', () => {
  it('finds nothing in a file of printable text, folded lines included', () => {
    expect(
      check('id: hall\ntitle: 营业厅服务规范\nclauses:\n  - text: >\n      主动问候，\n      耐心解答。\n'),
    ).toEqual([]);
  });

  it('finds a character the fonts lack, written as is, at the character', () => {
    const found = check('id: hall\ntitle: 营业厅\uE000规范\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 11, code: 'missing-glyph' });
    expect(found[0]!.message).toContain('U+E000');
  });

  it('finds a character an escape makes in a double-quoted value, at the value', () => {
    const found = check('id: hall\ntitle: "营业厅\\uE000规范"\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2, column: 8, code: 'missing-glyph' });
  });

  it('finds nothing where such a character is never printed (a comment, an id)', () => {
    expect(check('# \uE000 note\nid: hall\uE000\ntitle: 营业厅服务规范\n')).toEqual([]);
  });
});
