/**
 * The text encoder that skips fontkit's shaper (font-embed.ts, `encodeUnshaped`) must write exactly
 * what pdf-lib's own encodeText writes after shaping: the same hex glyph string, the same subset
 * glyph ids, the same glyphs kept for the subset (and so the same /W widths and ToUnicode map).
 * Checked on every string of the example organisation and on strings built to hit the glyphs
 * OpenType substitutions touch (em dashes, digits after a Latin letter, marks, kana, …).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { loadModelOrThrow } from '../src/model/index.ts';
import { builtinFontPath, FONT_FEATURES, FontCache, type LoadedFont } from '../src/print/fonts.ts';

const cache = new FontCache();
const fonts = ['noto-sans-sc-regular', 'noto-sans-sc-bold'].map((name) => cache.load(builtinFontPath(name)!));

interface Embedder {
  glyphs: ({ id: number; codePoints: number[] } | undefined)[];
  glyphIdMap: Map<number, number>;
}

/** pdf-lib as shipped (shapes every string) and pdf-lib through FontCache.embed, in two documents. */
async function pair(font: LoadedFont): Promise<{ shaped: PDFFont; fast: PDFFont }> {
  const plain = await PDFDocument.create();
  plain.registerFontkit(cache.fontkit);
  const shaped = await plain.embedFont(font.bytes, { subset: true, features: { ...FONT_FEATURES } });
  const doc = await PDFDocument.create();
  doc.registerFontkit(cache.fontkit);
  return { shaped, fast: await cache.embed(doc, font) };
}

function expectSameEncoding(texts: string[], shaped: PDFFont, fast: PDFFont): void {
  for (const text of texts) expect(fast.encodeText(text).toString(), text).toBe(shaped.encodeText(text).toString());
  const a = (shaped as unknown as { embedder: Embedder }).embedder;
  const b = (fast as unknown as { embedder: Embedder }).embedder;
  expect(b.glyphs.map((g) => g?.id)).toEqual(a.glyphs.map((g) => g?.id));
  expect(b.glyphs.map((g) => g?.codePoints)).toEqual(a.glyphs.map((g) => g?.codePoints));
  expect([...b.glyphIdMap]).toEqual([...a.glyphIdMap]);
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(...value.split('\n').filter((s) => s.length > 0));
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

const TRICKY = [
  '——',
  '服务——承诺',
  '9:00—12:00',
  'Q/YLGY 101—2027 6.2.4',
  'A卷　第1页　共4页',
  '第2027.1版 A',
  'Mm Ê ê ――',
  'm\u0304 e\u0301',
  '……',
  'x…y',
  '1\u20442',
  '中\u200b文',
  '葛\ufe00',
  'あいうえお カキクケコ',
  'αβγ Привет',
  'ＡＢＣ１２３（一）',
  '≤ 15秒 ≥ 98% → ±5 ℃',
  '“引号” ‘单引号’ 《书名》',
  'hotline 95598',
  '95598 热线',
  '(24h) 服务',
];

describe('encoding text without the shaper', () => {
  it('matches pdf-lib on every string of the example organisation, in both weights', async () => {
    const model = await loadModelOrThrow('content');
    const texts = strings(model).filter((t) => [...t].every((ch) => fonts[0]!.has(ch.codePointAt(0)!) || ch < ' '));
    expect(texts.length).toBeGreaterThan(1000);
    for (const font of fonts) {
      const { shaped, fast } = await pair(font);
      expectSameEncoding(texts, shaped, fast);
    }
    // The point of it: most strings skip the shaper (those that do not are mostly ids and English with digits).
    const unshaped = texts.filter((t) => fonts[0]!.unshapedGlyphs(t) !== undefined).length;
    expect(unshaped / texts.length).toBeGreaterThan(0.6);
  });

  it('matches pdf-lib where substitutions apply (dashes, digits in Latin text, marks, kana, ignorables)', async () => {
    for (const font of fonts) {
      const { shaped, fast } = await pair(font);
      expectSameEncoding(TRICKY, shaped, fast);
    }
    expect(fonts[0]!.unshapedGlyphs('——')).toBeUndefined();
    expect(fonts[0]!.unshapedGlyphs('Q/YLGY 101')).toBeUndefined();
    expect(fonts[0]!.unshapedGlyphs('95598 热线')).toBeDefined();
  });

  it('matches pdf-lib on random mixes of the characters substitutions care about', async () => {
    const alphabet = [...'服务承诺热线中文，。（）：；“”—―…0123456789AaMmQYÊê /.-:%≤≥→あア\u0304\u200b'];
    const { shaped, fast } = await pair(fonts[0]!);
    const texts = fc.sample(
      fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
      { numRuns: 2000, seed: 6 },
    );
    expectSameEncoding(texts, shaped, fast);
  });
});
