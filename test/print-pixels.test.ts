/**
 * Glyphs must render, not just extract: fontkit subsetting bugs give blank or wrong glyphs
 * while pdftotext still reads the right text. Every distinct character of the generated
 * handbook, poster and card is set once as text in a subset font (the production path) and
 * once as the glyph outline taken straight from the font file; both are rasterised by
 * poppler with an EMPTY fontconfig (no system font to fall back on) and must match.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinFontPath, FontCache, type LoadedFont } from '../src/print/fonts.ts';
import { tagSubsets } from '../src/print/font-embed.ts';
import { builtPrintFixture } from './support/built.ts';
import { emptyFontconfig, inkIoU, inkRatio, pageCount, pdftotext, rasterise, rasterisePages } from './support/pdf.ts';
import { suiteTempDir } from './support/temp-dir.ts';

const fonts = new FontCache();
const dir = suiteTempDir('pixels');
let fontconfig: string;
let files: string[];
/** The shared print set's folder (read only); `dir` is this file's own. */
let printed: string;

beforeAll(async () => {
  fontconfig = emptyFontconfig(join(dir, 'fc'));
  // The run's shared print set of the fixture model (print.test and print-audit read it too; read only).
  ({ out: printed, files } = await builtPrintFixture());
});

/** SVG path data of a glyph outline in font units, y flipped for pdf-lib's SVG convention. */
function outline(font: LoadedFont, codePoint: number): string {
  const glyph = font.font.glyphForCodePoint(codePoint) as unknown as {
    path: { commands: { command: string; args: number[] }[] };
  };
  const letter: Record<string, string> = {
    moveTo: 'M',
    lineTo: 'L',
    quadraticCurveTo: 'Q',
    bezierCurveTo: 'C',
    closePath: 'Z',
  };
  return glyph.path.commands
    .map((c) => `${letter[c.command]} ${c.args.map((v, i) => (i % 2 === 1 ? -v : v)).join(' ')}`)
    .join(' ');
}

const CELL = 30;
const SIZE = 20;
const COLUMNS = 16;
const DPI = 192;

/** Characters as text (subset font) in even rows, as outlines in odd rows. */
async function glyphSheet(font: LoadedFont, chars: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fonts.fontkit);
  const pdfFont = await fonts.embed(doc, font);
  const rows = Math.ceil(chars.length / COLUMNS);
  const page = doc.addPage([COLUMNS * CELL, rows * 2 * CELL]);
  chars.forEach((ch, i) => {
    const x = (i % COLUMNS) * CELL + (CELL - SIZE) / 2;
    const row = Math.floor(i / COLUMNS);
    const textBaseline = page.getHeight() - (row * 2 * CELL + CELL * 0.78);
    page.drawText(ch, { x, y: textBaseline, size: SIZE, font: pdfFont, color: rgb(0, 0, 0) });
    const path = outline(font, ch.codePointAt(0)!);
    if (path) page.drawSvgPath(path, { x, y: textBaseline - CELL, scale: SIZE / font.unitsPerEm, color: rgb(0, 0, 0) });
  });
  tagSubsets([pdfFont]);
  return doc.save();
}

function distinctChars(text: string): string[] {
  return [...new Set([...text.replace(/\s/gu, '')])].sort();
}

describe('embedded subset glyphs render like the font', () => {
  // Per output: a small glyph set gives a subset under 64 KiB, where fontkit picks the short
  // loca format that bug (1) broke; the handbook's larger set exercises the long format.
  const outputs = ['card-east-hall.pdf', 'poster-east-hall.pdf', 'handbook-all.pdf'];
  for (const output of outputs) {
    for (const weight of ['regular', 'bold'] as const) {
      it(`${output}, ${weight}: every character it uses`, async () => {
        const chars = distinctChars(pdftotext(join(printed, 'print', output)));
        expect(chars.length).toBeGreaterThan(50);
        const font = fonts.load(builtinFontPath(weight === 'regular' ? 'noto-sans-sc-regular' : 'noto-sans-sc-bold')!);
        const file = join(dir, `glyphs-${output}-${weight}.pdf`);
        writeFileSync(file, await glyphSheet(font, chars));
        const { image, stderr } = rasterise(file, 1, DPI, fontconfig);
        expect(stderr).toBe('');
        const px = (pt: number): number => Math.round((pt * DPI) / 72);
        const bad: string[] = [];
        let compared = 0;
        chars.forEach((ch, i) => {
          const x = px((i % COLUMNS) * CELL);
          const row = Math.floor(i / COLUMNS);
          const textTop = px(row * 2 * CELL);
          const pathTop = px(row * 2 * CELL + CELL);
          const side = px(CELL);
          const inkText = inkRatio(image, x, textTop, side, side);
          const inkPath = inkRatio(image, x, pathTop, side, side);
          if (inkPath <= 0.002) return;
          compared++;
          if (inkText < inkPath * 0.5) bad.push(`${ch}: blank`);
          else if (inkIoU(image, x, textTop, image, x, pathTop, side, side) < 0.6) bad.push(`${ch}: differs`);
        });
        expect(compared).toBeGreaterThan(chars.length * 0.9);
        expect(bad).toEqual([]);
      });
    }
  }

  // CID-keyed CFF (Noto Sans CJK / Source Han OTF from Debian's fonts-noto-cjk): bugs (2) and (3).
  it('CID-keyed CFF font from a collection: every character of the card and poster', async () => {
    const font = fonts.load('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular');
    const chars = distinctChars(
      ['card-east-hall.pdf', 'poster-east-hall.pdf'].map((f) => pdftotext(join(printed, 'print', f))).join(''),
    );
    const file = join(dir, 'glyphs-cff.pdf');
    writeFileSync(file, await glyphSheet(font, chars));
    const { image, stderr } = rasterise(file, 1, DPI, fontconfig);
    expect(stderr).toBe('');
    const px = (pt: number): number => Math.round((pt * DPI) / 72);
    const bad = chars.filter((_ch, i) => {
      const x = px((i % COLUMNS) * CELL);
      const row = Math.floor(i / COLUMNS);
      const side = px(CELL);
      const inkPath = inkRatio(image, x, px(row * 2 * CELL + CELL), side, side);
      return (
        inkPath > 0.002 && inkIoU(image, x, px(row * 2 * CELL), image, x, px(row * 2 * CELL + CELL), side, side) < 0.6
      );
    });
    expect(bad).toEqual([]);
  });

  it('catches a blank glyph (the check is not vacuous)', async () => {
    const font = fonts.load(builtinFontPath('noto-sans-sc-regular')!);
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(fonts.fontkit);
    const pdfFont = await fonts.embed(doc, font);
    const page = doc.addPage([CELL, 2 * CELL]);
    page.drawText('务', { x: 5, y: 2 * CELL - CELL * 0.78, size: SIZE, font: pdfFont });
    // The outline of a different character below it.
    page.drawSvgPath(outline(font, '服'.codePointAt(0)!), {
      x: 5,
      y: CELL - CELL * 0.78,
      scale: SIZE / font.unitsPerEm,
    });
    const file = join(dir, 'control.pdf');
    writeFileSync(file, await doc.save());
    const { image } = rasterise(file, 1, DPI, fontconfig);
    const side = Math.round((CELL * DPI) / 72);
    expect(inkIoU(image, 0, 0, image, 0, side, side, side)).toBeLessThan(0.6);
  });
});

describe('every output page renders with embedded fonts only', () => {
  it('poppler reports no font errors and every page has ink', () => {
    for (const f of files) {
      const { images, stderr } = rasterisePages(f, 1, 4, 30, fontconfig, join(dir, 'pages'));
      expect(stderr, f).toBe('');
      expect(images.length, f).toBe(Math.min(pageCount(f), 4));
      images.forEach((image, i) => expect(inkRatio(image), `${f} page ${i + 1}`).toBeGreaterThan(0.0002));
    }
  });
});
