/**
 * Where every glyph of a PDF lands: a small content-stream interpreter for the print audit.
 * It reads the page's text operators (BT/ET, Tf, Tm, Td, TD, T*, TL, Tc, Tw, Tz, Ts, Tr, Tj, TJ,
 * ', "), the graphics state (q, Q, cm) and marked content (BDC/BMC/EMC), and for each glyph
 * gives its Unicode text (from ToUnicode), its origin and size on the page, the advance the PDF
 * gives it (/W) and the advance of its outline in the embedded font program. The difference
 * between the two advances is spacing a reader sees but text extraction does not, so the
 * audit measures spacing on the page, however the PDF encodes it. Tokens, fonts and streams
 * are read by pdf-objects.ts.
 *
 * Only Type0 (CID) fonts are read, which is what guifan writes; other fonts are skipped.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';
import {
  box,
  multiply,
  num,
  readFont,
  streamBytes,
  textOf,
  tokens,
  type FontInfo,
  type Matrix,
  type Operand,
} from './pdf-objects.ts';

export interface Glyph {
  /** Unicode text of the glyph ('' when the font does not say). */
  text: string;
  /** Origin on the baseline, in points from the page's bottom-left corner. */
  x: number;
  y: number;
  /** Effective font size in points (text and graphics matrices applied). */
  size: number;
  /** Advance the PDF moves by after this glyph (widths, Tc, Tw, TJ adjustments included), in points. */
  advance: number;
  /** Advance of the glyph's outline in the font program, in points: what a reader perceives as its width. */
  natural: number;
  font: string;
  /** Drawn with text rendering mode 3 (invisible): there for extraction only. */
  invisible: boolean;
  /** Inside an /Artifact marked-content sequence (running headers, footers, repeated chart headers, marks). */
  artifact: boolean;
  /** Alt text of the enclosing /Figure marked-content sequence, if any. */
  figure?: string;
  /** Index of the text-showing operator that drew it (glyphs of one Tj/TJ share it). */
  run: number;
}

export interface Figure {
  alt: string;
  /** [x0, y0, x1, y1] in points, from the sequence's /BBox property. */
  bbox: [number, number, number, number];
  /** Heights of the /Artifact sequences with a /BBox inside it (repeated headers on a continuation). */
  artifactHeights: number[];
}

export interface PageGlyphs {
  width: number;
  height: number;
  glyphs: Glyph[];
  figures: Figure[];
  /** /TrimBox when set, else the page size: [x0, y0, x1, y1]. */
  trim: [number, number, number, number];
}

/** Every glyph of every page of a PDF. */
export async function readGlyphs(bytes: Uint8Array): Promise<PageGlyphs[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const fontCache = new Map<PDFObject, FontInfo | undefined>();
  const pages: PageGlyphs[] = [];
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize();
    const trim = box(page.node.get(PDFName.of('TrimBox'))) ?? [0, 0, width, height];
    const resourcesOf = (dict: PDFDict | undefined): Resources => {
      const fonts = new Map<string, FontInfo | undefined>();
      const fontDict = dict?.lookup(PDFName.of('Font'));
      if (fontDict instanceof PDFDict) {
        for (const [key, value] of fontDict.entries()) {
          if (!fontCache.has(value)) fontCache.set(value, readFont(doc, value));
          fonts.set(key.asString(), fontCache.get(value));
        }
      }
      // Form XObjects (a sheet of cards draws each card as one): their content with their own resources.
      const forms = new Map<string, () => { data: Uint8Array; matrix: Matrix; resources: Resources }>();
      const xobjects = dict?.lookup(PDFName.of('XObject'));
      if (xobjects instanceof PDFDict) {
        for (const [key, value] of xobjects.entries()) {
          const stream = value instanceof PDFRef ? doc.context.lookup(value) : value;
          if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Subtype'))?.toString() !== '/Form')
            continue;
          forms.set(key.asString(), () => {
            const m = stream.dict.lookup(PDFName.of('Matrix'));
            const matrix = (
              m instanceof PDFArray ? [0, 1, 2, 3, 4, 5].map((i) => num(m.lookup(i))) : [1, 0, 0, 1, 0, 0]
            ) as Matrix;
            const r = stream.dict.lookup(PDFName.of('Resources'));
            return { data: streamBytes(stream), matrix, resources: resourcesOf(r instanceof PDFDict ? r : undefined) };
          });
        }
      }
      return { fonts, forms };
    };
    const resources = resourcesOf(page.node.Resources());
    const contents = page.node.Contents();
    const parts: Uint8Array[] = [];
    if (contents instanceof PDFArray)
      for (let i = 0; i < contents.size(); i++) parts.push(streamBytes(contents.lookup(i)));
    else if (contents) parts.push(streamBytes(contents));
    const data = Buffer.concat(parts.map((p) => Buffer.concat([Buffer.from(p), Buffer.from('\n')])));
    const result: PageGlyphs = { width, height, glyphs: [], figures: [], trim };
    interpret(data, resources, result, [1, 0, 0, 1, 0, 0], { run: 0 });
    pages.push(result);
  }
  return pages;
}

interface GraphicsState {
  ctm: Matrix;
  charSpacing: number;
  wordSpacing: number;
  scale: number;
  leading: number;
  rise: number;
  render: number;
  font?: FontInfo;
  fontSize: number;
}

interface Resources {
  fonts: Map<string, FontInfo | undefined>;
  forms: Map<string, () => { data: Uint8Array; matrix: Matrix; resources: Resources }>;
}

// Long: one switch over the content-stream operators, sharing the graphics and text state as PDF defines them.
function interpret(
  data: Uint8Array,
  resources: Resources,
  out: PageGlyphs,
  ctm: Matrix,
  counter: { run: number },
  depth = 0,
): void {
  const fonts = resources.fonts;
  let gs: GraphicsState = {
    ctm,
    charSpacing: 0,
    wordSpacing: 0,
    scale: 1,
    leading: 0,
    rise: 0,
    render: 0,
    fontSize: 1,
  };
  const saved: GraphicsState[] = [];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let tlm: Matrix = [1, 0, 0, 1, 0, 0];
  const marked: { tag: string; props?: Map<string, Operand>; figure?: Figure }[] = [];
  let operands: Operand[] = [];

  const show = (strings: Operand[]): void => {
    const font = gs.font;
    const run = ++counter.run;
    const artifact = marked.some((m) => m.tag === 'Artifact');
    const figure = [...marked].reverse().find((m) => m.figure)?.figure?.alt;
    for (const item of strings) {
      if (typeof item === 'number') {
        tm = multiply([1, 0, 0, 1, (-item / 1000) * gs.fontSize * gs.scale, 0], tm);
        continue;
      }
      if (!font || typeof item !== 'object' || !('hex' in item || 'bytes' in item)) continue;
      const codes = 'hex' in item ? item.hex : item.bytes;
      for (let k = 0; k + 1 < codes.length; k += 2) {
        const cid = (codes[k]! << 8) | codes[k + 1]!;
        const w = font.widths.get(cid) ?? font.defaultWidth;
        const trm = multiply(multiply([gs.fontSize * gs.scale, 0, 0, gs.fontSize, 0, gs.rise], tm), gs.ctm);
        const size = Math.hypot(trm[2], trm[3]);
        const unit = Math.hypot(trm[0], trm[1]) / (gs.fontSize * gs.scale || 1);
        const tx = ((w / 1000) * gs.fontSize + gs.charSpacing) * gs.scale;
        out.glyphs.push({
          text: font.unicode.get(cid) ?? '',
          x: trm[4],
          y: trm[5],
          size,
          advance: tx * unit,
          natural: (font.natural(cid) / 1000) * gs.fontSize * gs.scale * unit,
          font: font.name,
          invisible: gs.render === 3,
          artifact,
          ...(figure !== undefined ? { figure } : {}),
          run,
        });
        tm = multiply([1, 0, 0, 1, tx, 0], tm);
      }
    }
  };

  for (const token of tokens(data)) {
    if ('operand' in token) {
      operands.push(token.operand);
      continue;
    }
    const o = operands;
    operands = [];
    const n = (i: number): number => (typeof o[i] === 'number' ? (o[i] as number) : 0);
    switch (token.op) {
      case 'q':
        saved.push({ ...gs });
        break;
      case 'Q':
        gs = saved.pop() ?? gs;
        break;
      case 'cm':
        gs.ctm = multiply([n(0), n(1), n(2), n(3), n(4), n(5)], gs.ctm);
        break;
      case 'BT':
        tm = [1, 0, 0, 1, 0, 0];
        tlm = [1, 0, 0, 1, 0, 0];
        break;
      case 'Tf': {
        const name = o[0] instanceof PDFName ? o[0].asString() : '';
        gs.font = fonts.get(name);
        gs.fontSize = n(1);
        break;
      }
      case 'Tm':
        tm = tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
        break;
      case 'Td':
        tm = tlm = multiply([1, 0, 0, 1, n(0), n(1)], tlm);
        break;
      case 'TD':
        gs.leading = -n(1);
        tm = tlm = multiply([1, 0, 0, 1, n(0), n(1)], tlm);
        break;
      case 'T*':
        tm = tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
        break;
      case 'TL':
        gs.leading = n(0);
        break;
      case 'Tc':
        gs.charSpacing = n(0);
        break;
      case 'Tw':
        gs.wordSpacing = n(0);
        break;
      case 'Tz':
        gs.scale = n(0) / 100;
        break;
      case 'Ts':
        gs.rise = n(0);
        break;
      case 'Tr':
        gs.render = n(0);
        break;
      case 'Tj':
        show([o[0]!]);
        break;
      case "'":
        tm = tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
        show([o[0]!]);
        break;
      case '"':
        gs.wordSpacing = n(0);
        gs.charSpacing = n(1);
        tm = tlm = multiply([1, 0, 0, 1, 0, -gs.leading], tlm);
        show([o[2]!]);
        break;
      case 'TJ':
        show(Array.isArray(o[0]) ? o[0] : []);
        break;
      case 'BMC':
        marked.push({ tag: o[0] instanceof PDFName ? o[0].asString().slice(1) : '' });
        break;
      case 'BDC': {
        const tag = o[0] instanceof PDFName ? o[0].asString().slice(1) : '';
        const props = typeof o[1] === 'object' && o[1] !== null && 'dict' in o[1] ? o[1].dict : undefined;
        const entry: (typeof marked)[number] = { tag, ...(props ? { props } : {}) };
        const bbox = props?.get('/BBox');
        const rect =
          Array.isArray(bbox) && bbox.length === 4
            ? (bbox.map((v) => (typeof v === 'number' ? v : 0)) as [number, number, number, number])
            : undefined;
        if (tag === 'Figure' && rect) {
          entry.figure = { alt: textOf(props?.get('/Alt')), bbox: rect, artifactHeights: [] };
          out.figures.push(entry.figure);
        }
        if (tag === 'Artifact' && rect) {
          const enclosing = [...marked].reverse().find((m) => m.figure)?.figure;
          enclosing?.artifactHeights.push(Math.abs(rect[3] - rect[1]));
        }
        marked.push(entry);
        break;
      }
      case 'EMC':
        marked.pop();
        break;
      case 'Do': {
        const form = o[0] instanceof PDFName ? resources.forms.get(o[0].asString()) : undefined;
        if (form && depth < 8) {
          const f = form();
          interpret(f.data, f.resources, out, multiply(f.matrix, gs.ctm), counter, depth + 1);
        }
        break;
      }
      default:
        break;
    }
  }
}
