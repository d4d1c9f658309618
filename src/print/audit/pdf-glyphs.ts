/**
 * Where every glyph of a PDF lands: a small content-stream interpreter for the print audit.
 * It reads the page's text operators (BT/ET, Tf, Tm, Td, TD, T*, TL, Tc, Tw, Tz, Ts, Tr, Tj, TJ,
 * ', "), the graphics state (q, Q, cm) and marked content (BDC/BMC/EMC), and for each glyph
 * gives its Unicode text (from ToUnicode), its origin and size on the page, the advance the PDF
 * gives it (/W) and the advance of its outline in the embedded font program. The difference
 * between the two advances is spacing a reader sees but text extraction does not, so the
 * audit measures spacing on the page, however the PDF encodes it.
 *
 * Only Type0 (CID) fonts are read, which is what guifan writes; other fonts are skipped.
 */
import { inflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';

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

interface FontInfo {
  name: string;
  /** CID → advance in 1/1000 text space units (/W), default /DW. */
  widths: Map<number, number>;
  defaultWidth: number;
  /** CID → Unicode text. */
  unicode: Map<number, string>;
  /** CID → advance of the outline in 1/1000 em. */
  natural: (cid: number) => number;
}

type Operand = number | string | PDFName | Operand[] | { dict: Map<string, Operand> } | { hex: Uint8Array } | { bytes: Uint8Array };

/** Decode a stream's data (Flate or none). */
function streamBytes(stream: PDFObject | undefined): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return new Uint8Array();
  const filter = stream.dict.get(PDFName.of('Filter'));
  const raw = stream.contents;
  if (filter === undefined) return raw;
  const name = filter instanceof PDFArray ? filter.get(0) : filter;
  if (name instanceof PDFName && name.asString() === '/FlateDecode') return new Uint8Array(inflateSync(raw));
  throw new Error(`print audit: unsupported stream filter ${String(name)}`);
}

function num(o: PDFObject | undefined): number {
  return o instanceof PDFNumber ? o.asNumber() : 0;
}

function parseToUnicode(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string): string => {
    const units: number[] = [];
    for (let i = 0; i + 4 <= hex.length; i += 4) units.push(Number.parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(Number.parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const lo = Number.parseInt(m[1]!, 16);
      const hi = Number.parseInt(m[2]!, 16);
      const base = Number.parseInt(m[3]!, 16);
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + c - lo));
    }
  }
  return map;
}

function readFont(doc: PDFDocument, ref: PDFObject | undefined): FontInfo | undefined {
  const font = ref instanceof PDFRef ? doc.context.lookup(ref, PDFDict) : ref instanceof PDFDict ? ref : undefined;
  if (!font || font.get(PDFName.of('Subtype'))?.toString() !== '/Type0') return undefined;
  const name = font.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '?';
  const descendants = font.lookup(PDFName.of('DescendantFonts'), PDFArray);
  const cid = descendants.lookup(0, PDFDict);
  const widths = new Map<number, number>();
  const w = cid.lookup(PDFName.of('W'));
  if (w instanceof PDFArray) {
    for (let i = 0; i < w.size(); ) {
      const first = num(w.lookup(i));
      const next = w.lookup(i + 1);
      if (next instanceof PDFArray) {
        for (let k = 0; k < next.size(); k++) widths.set(first + k, num(next.lookup(k)));
        i += 2;
      } else {
        const last = num(next);
        const value = num(w.lookup(i + 2));
        for (let c = first; c <= last; c++) widths.set(c, value);
        i += 3;
      }
    }
  }
  const dw = cid.lookup(PDFName.of('DW'));
  const toUnicode = font.lookup(PDFName.of('ToUnicode'));
  const unicode = toUnicode ? parseToUnicode(Buffer.from(streamBytes(toUnicode)).toString('latin1')) : new Map<number, string>();
  // The outline advance comes from the embedded program; CIDs map to glyphs through CIDToGIDMap.
  const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
  const file = descriptor.lookup(PDFName.of('FontFile2')) ?? descriptor.lookup(PDFName.of('FontFile3'));
  let natural: (cid: number) => number = (c) => widths.get(c) ?? (dw ? num(dw) : 1000);
  if (file) {
    const program = fontkit.create(Buffer.from(streamBytes(file))) as unknown as { unitsPerEm: number; getGlyph(id: number): { advanceWidth: number } };
    const map = cid.lookup(PDFName.of('CIDToGIDMap'));
    const gidMap = map instanceof PDFStream ? streamBytes(map) : undefined;
    const gid = (c: number): number => (gidMap && 2 * c + 1 < gidMap.length ? (gidMap[2 * c]! << 8) | gidMap[2 * c + 1]! : c);
    const cache = new Map<number, number>();
    natural = (c) => {
      let v = cache.get(c);
      if (v === undefined) {
        v = (program.getGlyph(gid(c)).advanceWidth * 1000) / program.unitsPerEm;
        cache.set(c, v);
      }
      return v;
    };
  }
  return { name, widths, defaultWidth: dw ? num(dw) : 1000, unicode, natural };
}

/** Tokens of a content stream: operands and operators, in order. */
function* tokens(data: Uint8Array): Generator<{ op: string } | { operand: Operand }> {
  let i = 0;
  const n = data.length;
  const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
  const isDelim = (c: number): boolean => c === 40 || c === 41 || c === 60 || c === 62 || c === 91 || c === 93 || c === 123 || c === 125 || c === 47 || c === 37;
  const stack: Operand[][] = [];
  const dictStack: Operand[][] = [];
  const emit = function* (o: Operand): Generator<{ operand: Operand }> {
    if (stack.length > 0) stack[stack.length - 1]!.push(o);
    else if (dictStack.length > 0) dictStack[dictStack.length - 1]!.push(o);
    else yield { operand: o };
  };
  while (i < n) {
    const c = data[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 37) {
      while (i < n && data[i] !== 10 && data[i] !== 13) i++;
      continue;
    }
    if (c === 91) {
      stack.push([]);
      i++;
      continue;
    }
    if (c === 93) {
      const arr = stack.pop() ?? [];
      i++;
      yield* emit(arr);
      continue;
    }
    if (c === 60 && data[i + 1] === 60) {
      dictStack.push([]);
      i += 2;
      continue;
    }
    if (c === 62 && data[i + 1] === 62) {
      const items = dictStack.pop() ?? [];
      const dict = new Map<string, Operand>();
      for (let k = 0; k + 1 < items.length; k += 2) dict.set(String((items[k] as PDFName).asString?.() ?? items[k]), items[k + 1]!);
      i += 2;
      yield* emit({ dict });
      continue;
    }
    if (c === 60) {
      let j = i + 1;
      let hex = '';
      while (j < n && data[j] !== 62) {
        if (!isSpace(data[j]!)) hex += String.fromCharCode(data[j]!);
        j++;
      }
      if (hex.length % 2 === 1) hex += '0';
      i = j + 1;
      yield* emit({ hex: Uint8Array.from(Buffer.from(hex, 'hex')) });
      continue;
    }
    if (c === 40) {
      const out: number[] = [];
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        const d = data[j]!;
        if (d === 92) {
          const e = data[j + 1]!;
          const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
          if (simple[e] !== undefined) out.push(simple[e]!), (j += 2);
          else if (e >= 48 && e <= 55) {
            let k = j + 1;
            let v = 0;
            while (k < j + 4 && data[k]! >= 48 && data[k]! <= 55) v = v * 8 + data[k++]! - 48;
            out.push(v & 255);
            j = k;
          } else if (e === 10 || e === 13) j += 2;
          else out.push(e), (j += 2);
          continue;
        }
        if (d === 40) depth++;
        if (d === 41) depth--;
        if (depth > 0) out.push(d);
        j++;
      }
      i = j;
      yield* emit({ bytes: Uint8Array.from(out) });
      continue;
    }
    if (c === 47) {
      let j = i + 1;
      while (j < n && !isSpace(data[j]!) && !isDelim(data[j]!)) j++;
      const name = Buffer.from(data.subarray(i + 1, j)).toString('latin1');
      i = j;
      yield* emit(PDFName.of(name));
      continue;
    }
    let j = i;
    while (j < n && !isSpace(data[j]!) && !isDelim(data[j]!)) j++;
    if (j === i) {
      i++;
      continue;
    }
    const word = Buffer.from(data.subarray(i, j)).toString('latin1');
    i = j;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) yield* emit(Number(word));
    else if (stack.length > 0 || dictStack.length > 0) yield* emit(word);
    else yield { op: word };
  }
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

function box(o: PDFObject | undefined): [number, number, number, number] | undefined {
  if (!(o instanceof PDFArray) || o.size() !== 4) return undefined;
  return [num(o.lookup(0)), num(o.lookup(1)), num(o.lookup(2)), num(o.lookup(3))];
}

const textOf = (o: Operand | undefined): string => {
  if (o === undefined) return '';
  if (typeof o === 'string') return o;
  if (typeof o === 'object' && 'bytes' in o) {
    const b = o.bytes;
    if (b[0] === 0xfe && b[1] === 0xff) return Buffer.from(b.subarray(2)).swap16().toString('utf16le');
    return Buffer.from(b).toString('latin1');
  }
  if (typeof o === 'object' && 'hex' in o) {
    const b = o.hex;
    if (b[0] === 0xfe && b[1] === 0xff) return Buffer.from(b.subarray(2)).swap16().toString('utf16le');
    return Buffer.from(b).toString('latin1');
  }
  return '';
};

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
          if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Subtype'))?.toString() !== '/Form') continue;
          forms.set(key.asString(), () => {
            const m = stream.dict.lookup(PDFName.of('Matrix'));
            const matrix = (m instanceof PDFArray ? [0, 1, 2, 3, 4, 5].map((i) => num(m.lookup(i))) : [1, 0, 0, 1, 0, 0]) as Matrix;
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
    if (contents instanceof PDFArray) for (let i = 0; i < contents.size(); i++) parts.push(streamBytes(contents.lookup(i)));
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

function interpret(data: Uint8Array, resources: Resources, out: PageGlyphs, ctm: Matrix, counter: { run: number }, depth = 0): void {
  const fonts = resources.fonts;
  let gs: GraphicsState = { ctm, charSpacing: 0, wordSpacing: 0, scale: 1, leading: 0, rise: 0, render: 0, fontSize: 1 };
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
        const rect = Array.isArray(bbox) && bbox.length === 4 ? (bbox.map((v) => (typeof v === 'number' ? v : 0)) as [number, number, number, number]) : undefined;
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
