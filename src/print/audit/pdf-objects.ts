/**
 * The low-level reading under the print audit's interpreter: a content stream's tokens, stream
 * data (Flate or none), ToUnicode maps, the Type0 fonts of a page with their widths and embedded
 * font program, matrices, boxes and text operands.
 */
import { inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFObject,
} from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';

export interface FontInfo {
  name: string;
  /** CID → advance in 1/1000 text space units (/W), default /DW. */
  widths: Map<number, number>;
  defaultWidth: number;
  /** CID → Unicode text. */
  unicode: Map<number, string>;
  /** CID → advance of the outline in 1/1000 em. */
  natural: (cid: number) => number;
}

export type Operand =
  | number
  | string
  | PDFName
  | Operand[]
  | { dict: Map<string, Operand> }
  | { hex: Uint8Array }
  | { bytes: Uint8Array };

/** Decode a stream's data (Flate or none). */
export function streamBytes(stream: PDFObject | undefined): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return new Uint8Array();
  const filter = stream.dict.get(PDFName.of('Filter'));
  const raw = stream.contents;
  if (filter === undefined) return raw;
  const name = filter instanceof PDFArray ? filter.get(0) : filter;
  if (name instanceof PDFName && name.asString() === '/FlateDecode') return new Uint8Array(inflateSync(raw));
  throw new Error(`print audit: unsupported stream filter ${String(name)}`);
}

export function num(o: PDFObject | undefined): number {
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
    for (const m of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g))
      map.set(Number.parseInt(m[1]!, 16), utf16(m[2]!));
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

export function readFont(doc: PDFDocument, ref: PDFObject | undefined): FontInfo | undefined {
  const font = ref instanceof PDFRef ? doc.context.lookup(ref, PDFDict) : ref instanceof PDFDict ? ref : undefined;
  if (font?.get(PDFName.of('Subtype'))?.toString() !== '/Type0') return undefined;
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
  const unicode = toUnicode
    ? parseToUnicode(Buffer.from(streamBytes(toUnicode)).toString('latin1'))
    : new Map<number, string>();
  // The outline advance comes from the embedded program; CIDs map to glyphs through CIDToGIDMap.
  const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
  const file = descriptor.lookup(PDFName.of('FontFile2')) ?? descriptor.lookup(PDFName.of('FontFile3'));
  let natural: (cid: number) => number = (c) => widths.get(c) ?? (dw ? num(dw) : 1000);
  if (file) {
    const program = fontkit.create(Buffer.from(streamBytes(file))) as unknown as {
      unitsPerEm: number;
      getGlyph(id: number): { advanceWidth: number };
    };
    const map = cid.lookup(PDFName.of('CIDToGIDMap'));
    const gidMap = map instanceof PDFStream ? streamBytes(map) : undefined;
    const gid = (c: number): number =>
      gidMap && 2 * c + 1 < gidMap.length ? (gidMap[2 * c]! << 8) | gidMap[2 * c + 1]! : c;
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

/** Tokens of a content stream: operands and operators, in order. Long: one scanner over the bytes, a branch per PDF token kind (ISO 32000 §7.2). */
export function* tokens(data: Uint8Array): Generator<{ op: string } | { operand: Operand }> {
  let i = 0;
  const n = data.length;
  const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;
  const isDelim = (c: number): boolean =>
    c === 40 ||
    c === 41 ||
    c === 60 ||
    c === 62 ||
    c === 91 ||
    c === 93 ||
    c === 123 ||
    c === 125 ||
    c === 47 ||
    c === 37;
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
      for (let k = 0; k + 1 < items.length; k += 2)
        dict.set(String((items[k] as PDFName).asString?.() ?? items[k]), items[k + 1]!);
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

export type Matrix = [number, number, number, number, number, number];
export const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

export function box(o: PDFObject | undefined): [number, number, number, number] | undefined {
  if (!(o instanceof PDFArray) || o.size() !== 4) return undefined;
  return [num(o.lookup(0)), num(o.lookup(1)), num(o.lookup(2)), num(o.lookup(3))];
}

export const textOf = (o: Operand | undefined): string => {
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
