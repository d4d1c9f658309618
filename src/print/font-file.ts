/**
 * Reading a font file with as little I/O as possible: a TrueType file is read whole but for its
 * outlines (`glyf`), which are read in blocks when a glyph is first drawn, after checking that
 * the file is still the one that was read.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Font as FontkitFont, Glyph } from '@pdf-lib/fontkit';

/** The file's bytes as a Uint8Array over an ArrayBuffer of their own, copied only if Node pooled them. */
function ownBuffer(file: Buffer): Uint8Array {
  if (file.byteOffset === 0 && file.byteLength === file.buffer.byteLength)
    return new Uint8Array(file.buffer, 0, file.byteLength);
  return new Uint8Array(file);
}

export interface TableRange {
  offset: number;
  length: number;
}

/**
 * A TrueType font file with every table but `glyf` read (the rest of the buffer stays zero until
 * readOutlinesOnDemand fills it): in Noto Sans SC the outlines are 10 of the 10.5 MB, and a poster
 * draws a few hundred of its 30,900 glyphs. Collections and CFF fonts are read whole.
 */
/** `version` (size and modification time) lets later reads of the outlines check that the file is the same. */
export function readFont(file: string): { bytes: Uint8Array; glyf?: TableRange; version?: string } {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    const size = stat.size;
    const header = readRange(fd, 0, Math.min(size, 12));
    const sfntVersion = header.length === 12 ? new DataView(header.buffer).getUint32(0) : 0;
    if (sfntVersion === 0x00010000 || sfntVersion === 0x74727565 /* 'true' */) {
      const numTables = new DataView(header.buffer).getUint16(4);
      const directory = new DataView(readRange(fd, 12, Math.min(size - 12, numTables * 16)).buffer);
      for (let i = 0; i + 16 <= directory.byteLength; i += 16) {
        if (directory.getUint32(i) !== 0x676c7966 /* 'glyf' */) continue;
        const glyf = { offset: directory.getUint32(i + 8), length: directory.getUint32(i + 12) };
        if (glyf.offset + glyf.length > size) break;
        const bytes = new Uint8Array(size);
        readInto(fd, bytes, 0, 0, glyf.offset);
        readInto(fd, bytes, glyf.offset + glyf.length, glyf.offset + glyf.length, size - glyf.offset - glyf.length);
        return { bytes, glyf, version: fileVersion(stat) };
      }
    }
  } finally {
    closeSync(fd);
  }
  return { bytes: ownBuffer(readFileSync(file)) };
}

function fileVersion(stat: { size: number; mtimeMs: number }): string {
  return `${stat.size}:${stat.mtimeMs}`;
}

function readRange(fd: number, position: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  readInto(fd, bytes, 0, position, length);
  return bytes;
}

/** Read bytes [position, position + length) of the file to `bytes` from index `at`. */
function readInto(fd: number, bytes: Uint8Array, at: number, position: number, length: number): void {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, bytes, at + done, length - done, position + done);
    if (n === 0) throw new Error(`font file ended early at byte ${position + done}`);
    done += n;
  }
}

/**
 * Give fontkit the glyph offsets (`loca`) decoded straight from the bytes: its generic decoder
 * reads the 30,900 entries of Noto Sans SC one by one, 5–10 ms per font and fresh cache.
 * Same table as fontkit's: offsets in bytes (the short format stores them halved).
 */
export function decodeLoca(font: FontkitFont, bytes: Uint8Array): void {
  const internals = font as unknown as {
    directory: { tables: Record<string, TableRange | undefined> };
    head: { indexToLocFormat: number };
    _tables: Record<string, unknown>;
  };
  const table = internals.directory.tables.loca;
  if (!table || 'loca' in internals._tables || table.offset + table.length > bytes.byteLength) return;
  const version = internals.head.indexToLocFormat;
  const view = new DataView(bytes.buffer, bytes.byteOffset + table.offset, table.length);
  const count = version === 1 ? table.length >>> 2 : table.length >>> 1;
  const offsets = new Uint32Array(count);
  for (let i = 0; i < count; i++) offsets[i] = version === 1 ? view.getUint32(i * 4) : view.getUint16(i * 2) * 2;
  internals._tables.loca = { version, offsets };
}

/** Outlines are read in blocks of this many bytes (a CJK glyph is a few hundred). */
const OUTLINE_BLOCK = 32768;

/**
 * Every glyph fontkit decodes, draws or subsets comes from `font.getGlyph` (cmap lookups,
 * shaping, composite components, the subsetter), so reading a glyph's bytes of `glyf` there,
 * before fontkit looks at them, is enough.
 */
export function readOutlinesOnDemand(
  font: FontkitFont,
  file: string,
  bytes: Uint8Array,
  glyf: TableRange,
  version: string,
): void {
  const loaded = new Uint8Array(Math.ceil(glyf.length / OUTLINE_BLOCK));
  // One descriptor for all the glyphs asked for in one run of the event loop (a page, a subset).
  let fd: number | undefined;
  const openFile = (): number => {
    if (fd === undefined) {
      const opened = openSync(file, 'r');
      if (fileVersion(fstatSync(opened)) !== version) {
        closeSync(opened);
        throw new Error(`${file} changed while it was in use: build again`);
      }
      fd = opened;
      setImmediate(() => {
        closeSync(opened);
        fd = undefined;
      });
    }
    return fd;
  };
  const target = font as unknown as { getGlyph(id: number, codePoints?: number[]): Glyph; loca: { offsets: number[] } };
  const getGlyph = target.getGlyph.bind(font);
  target.getGlyph = (id: number, codePoints?: number[]): Glyph => {
    const offsets = target.loca.offsets;
    const start = offsets[id];
    const end = offsets[id + 1];
    if (start !== undefined && end !== undefined && end > start) {
      const last = Math.min(Math.floor((end - 1) / OUTLINE_BLOCK), loaded.length - 1);
      let first = Math.floor(start / OUTLINE_BLOCK);
      while (first <= last && loaded[first]) first++;
      if (first <= last) {
        const from = glyf.offset + first * OUTLINE_BLOCK;
        const to = Math.min(glyf.offset + (last + 1) * OUTLINE_BLOCK, glyf.offset + glyf.length);
        readInto(openFile(), bytes, from, from, to - from);
        loaded.fill(1, first, last + 1);
      }
    }
    return getGlyph(id, codePoints);
  };
}
