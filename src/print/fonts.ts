/**
 * Fonts for print: load each font file once per build, measure advances, check coverage,
 * and give pdf-lib a fontkit that hands back the already-parsed font instead of parsing
 * 10 MB again for every PDF.
 *
 * Subsetting relies on the fixes in patches/@pdf-lib+fontkit+1.1.1.patch (applied by
 * `patch-package` at install); `assertFontkitPatched` refuses to run without them, because
 * unpatched subsets extract fine but render wrong or blank glyphs.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { Font as FontkitFont, Glyph } from '@pdf-lib/fontkit';
import { PDFHexString, type PDFDocument, type PDFFont } from 'pdf-lib';

const require = createRequire(import.meta.url);

/** The bundled Noto Sans SC (TrueType) weights, by the names templates use. */
export function builtinFontPath(name: string): string | undefined {
  const root = dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  const files: Record<string, string> = {
    'noto-sans-sc-regular': '400Regular/NotoSansSC_400Regular.ttf',
    'noto-sans-sc-medium': '500Medium/NotoSansSC_500Medium.ttf',
    'noto-sans-sc-bold': '700Bold/NotoSansSC_700Bold.ttf',
  };
  const file = files[name];
  return file === undefined ? undefined : join(root, file);
}

/** Licence notice shipped with the bundled font, for colophons and the README. */
export const NOTO_NOTICE = 'Noto Sans SC © Google, SIL Open Font License 1.1';

/** Features off so that one code point is one glyph: our measurements must match what is drawn. */
export const FONT_FEATURES = { liga: false, clig: false, calt: false, dlig: false, kern: false } as const;
const FONT_FEATURES_OFF: Readonly<Record<string, false>> = FONT_FEATURES;

export class LoadedFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  private readonly advances = new Map<number, number>();
  private readonly glyphs = new Map<number, Glyph>();
  private readonly covered = new Map<number, boolean>();
  private readonly unshapedScripts = new Map<string, Set<number>>();

  constructor(
    readonly path: string,
    readonly bytes: Uint8Array,
    readonly font: FontkitFont,
  ) {
    this.unitsPerEm = font.unitsPerEm;
    this.ascent = font.ascent / font.unitsPerEm;
    this.descent = font.descent / font.unitsPerEm;
  }

  get postscriptName(): string {
    return this.font.postscriptName ?? 'Font';
  }

  has(codePoint: number): boolean {
    // Asked for every character measured: fontkit's cmap lookup decodes a binary search each time.
    let has = this.covered.get(codePoint);
    if (has === undefined) {
      has = this.font.hasGlyphForCodePoint(codePoint);
      this.covered.set(codePoint, has);
    }
    return has;
  }

  /** Advance width of one code point in ems (the width pdf-lib writes to /W for that glyph). */
  advance(codePoint: number): number {
    let width = this.advances.get(codePoint);
    if (width === undefined) {
      width = this.glyph(codePoint).advanceWidth / this.unitsPerEm;
      this.advances.set(codePoint, width);
    }
    return width;
  }

  /** fontkit's glyph object for a code point: the same object `font.layout` hands back for it. */
  glyph(codePoint: number): Glyph {
    let glyph = this.glyphs.get(codePoint);
    if (glyph === undefined) {
      glyph = this.font.glyphForCodePoint(codePoint);
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }

  /**
   * The glyphs `font.layout(text, FONT_FEATURES)` would give, without running the shaper, or
   * undefined when shaping could change them. Shaping is pdf-lib's biggest cost per text run;
   * with ligatures and kerning off, the OpenType substitutions left (ccmp, locl, …) touch only
   * the few glyphs in their coverage tables, so for any text without those glyphs the shaper
   * returns exactly the cmap's glyph for each code point.
   */
  unshapedGlyphs(text: string): Glyph[] | undefined {
    const glyphs: Glyph[] = [];
    let script: ShapingScript | undefined;
    let settled = true;
    for (const ch of text) {
      const codePoint = ch.codePointAt(0)!;
      const kind = scriptKind(codePoint);
      if (kind === ScriptKind.Shaped) return undefined;
      if (script === undefined) {
        settled &&= isSettledScript(codePoint, kind);
        if (kind !== ScriptKind.Common) script = kind === ScriptKind.Han ? 'hani' : 'latn';
      }
      glyphs.push(this.glyph(codePoint));
    }
    // fontkit takes the script of the first character that has one (none: its default).
    const substituted = settled ? this.substitutedGlyphs(script ?? 'zzzz') : this.substitutedGlyphs('hani', 'latn', 'zzzz');
    for (const glyph of glyphs) if (substituted.has(glyph.id)) return undefined;
    return glyphs;
  }

  /**
   * Glyph ids some GSUB lookup may replace when fontkit shapes text of these scripts with
   * FONT_FEATURES: the coverage of every lookup of every feature fontkit's default shaper
   * applies (through the script's default language system, as fontkit picks it).
   */
  private substitutedGlyphs(...scripts: ShapingScript[]): Set<number> {
    const key = scripts.join(',');
    let ids = this.unshapedScripts.get(key);
    if (ids !== undefined) return ids;
    ids = new Set<number>();
    const gsub = (this.font as unknown as { GSUB?: GsubTable }).GSUB;
    if (gsub) {
      for (const script of scripts) {
        const table = [script, 'DFLT', 'dflt', 'latn'].map((tag) => gsub.scriptList.find((s) => s.tag === tag)).find((s) => s !== undefined);
        const langSys = table?.script.defaultLangSys;
        if (!langSys) continue;
        const featureIndexes = [...langSys.featureIndexes, ...(langSys.reqFeatureIndex !== 0xffff ? [langSys.reqFeatureIndex] : [])];
        for (const index of featureIndexes) {
          const record = gsub.featureList[index];
          if (!record || !SHAPER_FEATURES.has(record.tag)) continue;
          for (const lookupIndex of record.feature.lookupListIndexes) {
            const lookup = gsub.lookupList.get(lookupIndex);
            for (const subTable of lookup.subTables) addCoverage(ids, lookup.lookupType === 7 ? (subTable.extension ?? subTable) : subTable);
          }
        }
      }
    }
    this.unshapedScripts.set(key, ids);
    return ids;
  }
}

type ShapingScript = 'hani' | 'latn' | 'zzzz';

/**
 * GSUB features fontkit's default shaper applies to horizontal text (rvrn, ltra/ltrm, ccmp,
 * locl, rlig, rclt; mark, mkmk, curs and kern only position), less those FONT_FEATURES turns
 * off. frac/numr/dnom apply only around U+2044, which takes the shaper (scriptKind).
 */
const SHAPER_FEATURES = new Set(['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'rclt', 'calt', 'clig', 'liga'].filter((tag) => !(tag in FONT_FEATURES_OFF)));

interface Coverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number }[];
}
interface GsubSubTable {
  coverage?: Coverage;
  coverages?: Coverage[];
  inputCoverage?: Coverage[];
  extension?: GsubSubTable;
}
interface GsubTable {
  scriptList: { tag: string; script: { defaultLangSys?: { reqFeatureIndex: number; featureIndexes: number[] } } }[];
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: { get(index: number): { lookupType: number; subTables: GsubSubTable[] } };
}

function addCoverage(ids: Set<number>, subTable: GsubSubTable): void {
  for (const coverage of [subTable.coverage, ...(subTable.coverages ?? []), ...(subTable.inputCoverage ?? [])]) {
    if (!coverage) continue;
    for (const id of coverage.glyphs ?? []) ids.add(id);
    for (const range of coverage.rangeRecords ?? []) for (let id = range.start; id <= range.end; id++) ids.add(id);
  }
}

const enum ScriptKind {
  Common,
  Han,
  Latin,
  /** Needs fontkit's shaper: another script (maybe another shaper), a mark, an ignorable, a control. */
  Shaped,
}

const scriptKinds = new Map<number, ScriptKind>();
const COMMON = /^\p{Script=Common}$/u;
const HAN = /^\p{Script=Han}$/u;
const LATIN = /^\p{Script=Latin}$/u;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

function scriptKind(codePoint: number): ScriptKind {
  let kind = scriptKinds.get(codePoint);
  if (kind === undefined) {
    const ch = String.fromCodePoint(codePoint);
    if (codePoint < 0x20 || codePoint === 0x2044 || IGNORABLE.test(ch)) kind = ScriptKind.Shaped;
    else if (COMMON.test(ch)) kind = ScriptKind.Common;
    else if (HAN.test(ch)) kind = ScriptKind.Han;
    else if (LATIN.test(ch)) kind = ScriptKind.Latin;
    else kind = ScriptKind.Shaped;
    scriptKinds.set(codePoint, kind);
  }
  return kind;
}

/**
 * Characters whose script every Unicode version agrees on (fontkit's tables are older than
 * V8's), so that both pick the same script for the text: ASCII, Latin up to Extended-B, the
 * ideographs of Unicode 1.1 and 3.0, CJK and general punctuation, arrows and maths, fullwidth forms.
 */
function isSettledScript(codePoint: number, kind: ScriptKind): boolean {
  const within = (from: number, to: number): boolean => codePoint >= from && codePoint <= to;
  switch (kind) {
    case ScriptKind.Han:
      return within(0x4e00, 0x9fa5) || within(0x3400, 0x4db5);
    case ScriptKind.Latin:
      return within(0x41, 0x24f);
    case ScriptKind.Common:
      return codePoint < 0x80 || within(0xa0, 0xbf) || within(0x2010, 0x2027) || within(0x2190, 0x22ff) || within(0x3000, 0x3004) || within(0x3008, 0x301f) || within(0xff01, 0xff20) || within(0xff3b, 0xff40) || within(0xff5b, 0xff65);
    default:
      return false;
  }
}


/** One per build: fonts parsed once, shared by every document. */
export class FontCache {
  private readonly byPath = new Map<string, LoadedFont>();
  private readonly byBytes = new Map<Uint8Array, FontkitFont>();
  private readonly watchers = new Set<(path: string) => void>();

  /** Be told of every font a job loads (the PDF cache keys the job by those files); returns the unwatch. */
  watch(onLoad: (path: string) => void): () => void {
    this.watchers.add(onLoad);
    return () => this.watchers.delete(onLoad);
  }

  /** A fontkit for `PDFDocument.registerFontkit` that returns fonts this cache already parsed. */
  readonly fontkit = {
    create: (bytes: Uint8Array, postscriptName?: string): FontkitFont => {
      const parsed = this.byBytes.get(bytes);
      return parsed ?? fontkit.create(bytes, postscriptName);
    },
  };

  /** `path` may name one font of a collection: `NotoSerifCJK-Bold.ttc#NotoSerifCJKsc-Bold`. */
  load(path: string): LoadedFont {
    for (const w of this.watchers) w(path);
    let loaded = this.byPath.get(path);
    if (loaded === undefined) {
      const [file, postscriptName] = path.split('#', 2) as [string, string | undefined];
      const { bytes, glyf, version } = readFont(file);
      // An ArrayBuffer is wrapped as-is by fontkit's Buffer polyfill; a Uint8Array is copied byte by
      // byte (10 MB per font: a quarter of a poster's time, bench/experiments/font-copy.ts).
      const font = fontkit.create(bytes.buffer as unknown as Uint8Array, postscriptName);
      if (glyf) {
        decodeLoca(font, bytes);
        readOutlinesOnDemand(font, file, bytes, glyf, version!);
      }
      if (typeof (font as { createSubset?: unknown }).createSubset !== 'function') {
        throw new Error(`${file} is a font collection: name one of its fonts as ${file}#PostScriptName`);
      }
      assertFontkitPatched(font);
      loaded = new LoadedFont(path, bytes, font);
      this.byPath.set(path, loaded);
      this.byBytes.set(bytes, font);
    }
    return loaded;
  }

  async embed(doc: PDFDocument, font: LoadedFont): Promise<PDFFont> {
    const pdfFont = await doc.embedFont(font.bytes, { subset: true, features: { ...FONT_FEATURES } });
    encodeUnshaped(pdfFont, font);
    return pdfFont;
  }
}

/** The file's bytes as a Uint8Array over an ArrayBuffer of their own, copied only if Node pooled them. */
function ownBuffer(file: Buffer): Uint8Array {
  if (file.byteOffset === 0 && file.byteLength === file.buffer.byteLength) return new Uint8Array(file.buffer, 0, file.byteLength);
  return new Uint8Array(file);
}

interface TableRange {
  offset: number;
  length: number;
}

/**
 * A TrueType font file with every table but `glyf` read (the rest of the buffer stays zero until
 * readOutlinesOnDemand fills it): in Noto Sans SC the outlines are 10 of the 10.5 MB, and a poster
 * draws a few hundred of its 30,900 glyphs. Collections and CFF fonts are read whole.
 */
/** `version` (size and modification time) lets later reads of the outlines check that the file is the same. */
function readFont(file: string): { bytes: Uint8Array; glyf?: TableRange; version?: string } {
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
function decodeLoca(font: FontkitFont, bytes: Uint8Array): void {
  const internals = font as unknown as { directory: { tables: Record<string, TableRange | undefined> }; head: { indexToLocFormat: number }; _tables: Record<string, unknown> };
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
function readOutlinesOnDemand(font: FontkitFont, file: string, bytes: Uint8Array, glyf: TableRange, version: string): void {
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
function encodeUnshaped(pdfFont: PDFFont, font: LoadedFont): void {
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
const HEX4 = Array.from({ length: 4096 }, (_, id) => id.toString(16).toUpperCase().padStart(4, '0'));

/** One glyph of a text run, in the subset, with how many code points of the text it draws. */
export interface PlacedGlyph {
  glyph: Glyph;
  subsetId: number;
  codePoints: number;
}

/**
 * The glyphs of `text` in the embedded subset, as `encodeText` would give them, each with the
 * number of code points it stands for (1, or more where the shaper joined them), so that the
 * spacing computed per code point can be applied per glyph.
 */
export function glyphsOf(pdfFont: PDFFont, font: LoadedFont, text: string): PlacedGlyph[] {
  const embedder = (pdfFont as unknown as { embedder: SubsetEmbedder & { font: FontkitFont; fontFeatures: Record<string, boolean> } }).embedder;
  let glyphs = font.unshapedGlyphs(text);
  let counts: number[];
  if (glyphs !== undefined) counts = glyphs.map(() => 1);
  else {
    glyphs = embedder.font.layout(text, embedder.fontFeatures).glyphs;
    counts = glyphs.map((g) => Math.max(1, g.codePoints.length));
    // A shaper that split or reordered code points: give the rest to the last glyph.
    const total = counts.reduce((a, b) => a + b, 0);
    const cps = [...text].length;
    if (total !== cps && counts.length > 0) counts[counts.length - 1] = Math.max(0, counts[counts.length - 1]! + cps - total);
  }
  const out: PlacedGlyph[] = [];
  glyphs.forEach((glyph, i) => {
    const subsetId = embedder.subset.includeGlyph(glyph);
    embedder.glyphs[subsetId - 1] = glyph;
    embedder.glyphIdMap.set(glyph.id, subsetId);
    out.push({ glyph, subsetId, codePoints: counts[i]! });
  });
  embedder.glyphCache.invalidate();
  return out;
}
