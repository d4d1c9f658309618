/**
 * Glyphs drawn with a wider or narrower advance than their own, without a gap that text
 * extraction could read as a space.
 *
 * pdftotext and pdf.js insert a space wherever two glyphs are more than about 0.1 em apart, and
 * pdftotext -raw breaks the line where a glyph moves back by more than 0.2 em. The ¼ em between
 * Han and Western text and the half em taken out of adjacent punctuation are both beyond that.
 * PDF lets a CID font give any CID any advance (/W) and map it to any glyph (CIDToGIDMap), so
 * such a gap is drawn as another CID for the same glyph whose advance includes it: extraction
 * sees glyphs that touch, the reader sees the spacing. Advances are quantised to 1/8 em; what
 * is left (under 0.07 em) goes into the TJ array, where extractors ignore it.
 *
 * TrueType (CIDFontType2) only; for CFF fonts the whole gap goes into TJ.
 */
import { PDFName, type PDFContext, type PDFDict, type PDFFont, type PDFRef } from 'pdf-lib';
import type { Glyph } from '@pdf-lib/fontkit';

/** TJ adjustments within this range (thousandths of an em) read as no space in pdftotext and pdf.js. */
export const TJ_MIN = -100;
export const TJ_MAX = 80;
const QUANTUM = 125;

interface Embedder {
  glyphs: (Glyph | { id: number; advanceWidth: number; codePoints: number[] } | undefined)[];
  glyphIdMap: Map<number, number>;
  glyphCache: { access(): unknown[]; invalidate(): void };
  subset: { includeGlyph(glyph: Glyph | number): number };
  isCFF(): boolean;
  embedCIDFontDict(context: PDFContext): Promise<PDFRef>;
}

interface Variant {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** Variant CIDs of one embedded font, allocated downwards from the top of the CID range. */
class VariantTable {
  private readonly byKey = new Map<string, number>();
  private readonly variants: Variant[] = [];
  /** CID → subset glyph id. */
  private readonly gid = new Map<number, number>();
  private next = 0xfffe;

  constructor(private readonly embedder: Embedder) {
    const access = embedder.glyphCache.access.bind(embedder.glyphCache);
    // pdf-lib derives /W and ToUnicode from this list: the variants join the subset's glyphs there.
    embedder.glyphCache.access = () =>
      this.variants.length > 0 ? [...(access() as Variant[]), ...this.variants] : access();
    const embed = embedder.embedCIDFontDict.bind(embedder);
    embedder.embedCIDFontDict = async (context: PDFContext): Promise<PDFRef> => {
      const ref = await embed(context);
      if (this.variants.length === 0) return ref;
      const dict = context.lookup(ref) as PDFDict;
      dict.set(PDFName.of('CIDToGIDMap'), context.register(context.flateStream(this.cidToGidMap())));
      return ref;
    };
  }

  /** The CID drawing `glyph` (already in the subset as `subsetId`) with `delta` thousandths of an em added to its advance. */
  cid(glyph: Glyph, subsetId: number, delta: number, unitsPerEm: number): number {
    const key = `${subsetId}:${delta}`;
    let cid = this.byKey.get(key);
    if (cid === undefined) {
      cid = this.next--;
      if (cid <= this.embedder.glyphs.length + 1) throw new Error('font variants: CID range exhausted');
      this.byKey.set(key, cid);
      const variant = {
        id: 0x1000000 + cid,
        advanceWidth: glyph.advanceWidth + (delta * unitsPerEm) / 1000,
        codePoints: [...glyph.codePoints],
      };
      this.variants.push(variant);
      this.embedder.glyphIdMap.set(variant.id, cid);
      this.gid.set(cid, subsetId);
    }
    return cid;
  }

  /** Identity for the subset's own CIDs, the base glyph for each variant; big-endian 16-bit. */
  private cidToGidMap(): Uint8Array {
    const top = Math.max(...this.gid.keys());
    const map = new Uint8Array((top + 1) * 2);
    const own = this.embedder.glyphs.length;
    for (let c = 0; c <= own; c++) {
      map[2 * c] = c >> 8;
      map[2 * c + 1] = c & 255;
    }
    for (const [c, g] of this.gid) {
      map[2 * c] = g >> 8;
      map[2 * c + 1] = g & 255;
    }
    return map;
  }
}

const tables = new WeakMap<PDFFont, VariantTable | null>();

function tableFor(font: PDFFont): VariantTable | null {
  let table = tables.get(font);
  if (table === undefined) {
    const embedder = (font as unknown as { embedder: Embedder }).embedder;
    table = typeof embedder.isCFF === 'function' && !embedder.isCFF() ? new VariantTable(embedder) : null;
    tables.set(font, table);
  }
  return table;
}

/**
 * How to draw a glyph followed by a gap of `gap` thousandths of an em: the CID to show (a variant
 * when the gap is beyond what extraction ignores) and the TJ adjustment left over.
 */
export function placeGlyph(
  font: PDFFont,
  glyph: Glyph,
  subsetId: number,
  gap: number,
  unitsPerEm: number,
): { cid: number; tj: number } {
  if (gap >= TJ_MIN && gap <= TJ_MAX) return { cid: subsetId, tj: gap };
  const table = tableFor(font);
  if (table === null) return { cid: subsetId, tj: gap };
  const delta = Math.round(gap / QUANTUM) * QUANTUM;
  return { cid: table.cid(glyph, subsetId, delta, unitsPerEm), tj: gap - delta };
}
