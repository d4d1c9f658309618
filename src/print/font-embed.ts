/**
 * A loaded font in a PDF: the check that fontkit's subsetting fixes are applied
 * (patches/@pdf-lib+fontkit+1.1.1.patch), subset tags derived from the glyphs used, text encoded
 * one glyph a code point without fontkit's shaper, and the glyphs of a run of text.
 */
import { createHash } from 'node:crypto';
import type { Font as FontkitFont, Glyph } from '@pdf-lib/fontkit';
import { deflateSync } from 'node:zlib';
import { type PDFDocument, PDFHexString, type PDFFont } from 'pdf-lib';
import type { LoadedFont } from './fonts.ts';

let patchChecked = false;
/** Fail loudly when the fontkit subsetting fixes are missing (e.g. install ran with --ignore-scripts). */
export function assertFontkitPatched(font: FontkitFont): void {
  if (patchChecked) return;
  const subset = (font as unknown as { createSubset(): object }).createSubset();
  const proto = Object.getPrototypeOf(subset) as Record<string, unknown>;
  const source = Object.values(Object.getOwnPropertyDescriptors(proto))
    .map((d) => (typeof d.value === 'function' ? String(d.value) : ''))
    .join('\n');
  if (!source.includes('paddedGlyph') && !source.includes('used_fds[fd] == null')) {
    throw new Error(
      '@pdf-lib/fontkit is not patched: its font subsets would render wrong or blank glyphs. ' +
        'Run `npx patch-package` (patches/@pdf-lib+fontkit+1.1.1.patch) and build again.',
    );
  }
  patchChecked = true;
}

/**
 * Replace pdf-lib's random-looking "Name-1234" base font names by the standard subset tag
 * "ABCDEF+Name" (ISO 32000 §9.6.4), derived from the subset's glyph ids so that the same text
 * always gives the same name. Call after all text is drawn and before `save()`.
 */
export function tagSubsets(fonts: PDFFont[]): void {
  for (const pdfFont of fonts) {
    const embedder = (pdfFont as unknown as { embedder: SubsetEmbedder }).embedder;
    const ids = embedder.glyphs.map((g) => g?.id ?? 0);
    const digest = createHash('sha256').update(Uint32Array.from(ids)).update(embedder.fontName).digest();
    let tag = '';
    for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + ((digest[i] ?? 0) % 26));
    embedder.customName = `${tag}+${embedder.fontName}`;
  }
}

interface SubsetEmbedder {
  glyphs: ({ id: number } | undefined)[];
  fontName: string;
  customName?: string;
  subset: { includeGlyph(glyph: Glyph): number };
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
  encodeText(text: string): PDFHexString;
}

/**
 * Let pdf-lib's subset embedder skip fontkit's shaper where it would change nothing
 * (`LoadedFont.unshapedGlyphs`): the same glyphs, subset ids and hex string as its own
 * encodeText, which lays out every text run.
 */
export function encodeUnshaped(pdfFont: PDFFont, font: LoadedFont): void {
  const embedder = (pdfFont as unknown as { embedder: SubsetEmbedder }).embedder;
  const shaped = embedder.encodeText.bind(embedder);
  embedder.encodeText = (text: string): PDFHexString => {
    const glyphs = font.unshapedGlyphs(text);
    if (glyphs === undefined) return shaped(text);
    let hex = '';
    for (const glyph of glyphs) {
      const subsetId = embedder.subset.includeGlyph(glyph);
      embedder.glyphs[subsetId - 1] = glyph;
      embedder.glyphIdMap.set(glyph.id, subsetId);
      hex += HEX4[subsetId] ?? subsetId.toString(16).toUpperCase().padStart(4, '0');
    }
    embedder.glyphCache.invalidate();
    return PDFHexString.of(hex);
  };
}

/** Subset glyph ids as pdf-lib writes them (4 upper-case hex digits). */
export const HEX4 = Array.from({ length: 4096 }, (_, id) => id.toString(16).toUpperCase().padStart(4, '0'));

/** The glyphs of a text run, their ids in the subset, and how many code points of the text each draws. */
export interface PlacedGlyphs {
  glyphs: readonly Glyph[];
  subsetIds: readonly number[];
  counts: readonly number[];
}

/**
 * The glyphs of `text` in the embedded subset, as `encodeText` would give them, each with the
 * number of code points it stands for (1, or more where the shaper joined them), so that the
 * spacing computed per code point can be applied per glyph.
 */
export function glyphsOf(pdfFont: PDFFont, font: LoadedFont, text: string): PlacedGlyphs {
  const embedder = (
    pdfFont as unknown as { embedder: SubsetEmbedder & { font: FontkitFont; fontFeatures: Record<string, boolean> } }
  ).embedder;
  const { glyphs, counts } = runGlyphs(font, text, () => embedder.font.layout(text, embedder.fontFeatures).glyphs);
  const subsetIds = new Array<number>(glyphs.length);
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i]!;
    // A glyph already in the subset keeps its id (what includeGlyph would answer).
    let subsetId = embedder.glyphIdMap.get(glyph.id);
    if (subsetId === undefined || embedder.glyphs[subsetId - 1] !== glyph) {
      subsetId = embedder.subset.includeGlyph(glyph);
      embedder.glyphs[subsetId - 1] = glyph;
      embedder.glyphIdMap.set(glyph.id, subsetId);
    }
    subsetIds[i] = subsetId;
  }
  embedder.glyphCache.invalidate();
  return { glyphs, subsetIds, counts };
}

/** The glyphs of texts drawn so far, by font: the same lines are drawn in every handbook and every page's footer. */
const runsBy = new WeakMap<LoadedFont, Map<string, { glyphs: Glyph[]; counts: number[] }>>();
const RUNS_KEPT = 8192;

/**
 * A text's glyphs with the code points each stands for: the cmap's glyphs where the shaper would
 * change nothing (`unshapedGlyphs`), else the shaper's. Both are pure for one font and
 * FONT_FEATURES (glyph objects are fontkit's own, one per id), so a text is looked up once a build.
 */
function runGlyphs(font: LoadedFont, text: string, layout: () => Glyph[]): { glyphs: Glyph[]; counts: number[] } {
  let byText = runsBy.get(font);
  if (!byText) runsBy.set(font, (byText = new Map()));
  let known = byText.get(text);
  if (known) return known;
  const unshaped = font.unshapedGlyphs(text);
  if (unshaped !== undefined) known = { glyphs: unshaped, counts: unshaped.map(() => 1) };
  else {
    const glyphs = layout();
    const counts = glyphs.map((g) => Math.max(1, g.codePoints.length));
    // A shaper that split or reordered code points: give the rest to the last glyph.
    const total = counts.reduce((a, b) => a + b, 0);
    const cps = [...text].length;
    if (total !== cps && counts.length > 0)
      counts[counts.length - 1] = Math.max(0, counts[counts.length - 1]! + cps - total);
    known = { glyphs, counts };
  }
  if (byText.size >= RUNS_KEPT) byText.clear();
  byText.set(text, known);
  return known;
}

/**
 * The streams pdf-lib deflates whole (font subsets, ToUnicode maps, CIDToGIDMap) deflated with
 * zlib's largest hash memory (memLevel 9): at the same level 6, a tenth of a PDF's CPU went to
 * deflating its font subsets, whose glyph outlines compress slowly; memLevel 9 took 17 % less
 * time on a 10× group's subsets and made them no larger (17.665 MB where 17.669 MB). The same
 * bytes for the same input. Content and object streams keep pdf-lib's own deflate.
 */
export function deflateWholeStreams(doc: PDFDocument): void {
  const context = doc.context;
  context.flateStream = (contents, dict = {}) => {
    let bytes: Uint8Array;
    if (typeof contents === 'string') {
      // As pdf-lib's typedArrayFor: one byte per UTF-16 unit.
      bytes = new Uint8Array(contents.length);
      for (let i = 0; i < contents.length; i++) bytes[i] = contents.charCodeAt(i);
    } else bytes = contents;
    return context.stream(deflateSync(bytes, { memLevel: 9 }), { ...dict, Filter: 'FlateDecode' });
  };
}
