/**
 * Fonts for print: load each font file once per build (font-file.ts), measure advances, check
 * coverage, and give pdf-lib a fontkit that hands back the already-parsed font instead of parsing
 * 10 MB again for every PDF; embedding is font-embed.ts's.
 *
 * Subsetting relies on the fixes in patches/@pdf-lib+fontkit+1.1.1.patch (applied by
 * `patch-package` at install); `assertFontkitPatched` refuses to run without them, because
 * unpatched subsets extract fine but render wrong or blank glyphs.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font as FontkitFont, Glyph } from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { decodeLoca, readFont, readOutlinesOnDemand } from './font-file.ts';
import { assertFontkitPatched, encodeUnshaped } from './font-embed.ts';

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
    const substituted = settled
      ? this.substitutedGlyphs(script ?? 'zzzz')
      : this.substitutedGlyphs('hani', 'latn', 'zzzz');
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
        const table = [script, 'DFLT', 'dflt', 'latn']
          .map((tag) => gsub.scriptList.find((s) => s.tag === tag))
          .find((s) => s !== undefined);
        const langSys = table?.script.defaultLangSys;
        if (!langSys) continue;
        const featureIndexes = [
          ...langSys.featureIndexes,
          ...(langSys.reqFeatureIndex !== 0xffff ? [langSys.reqFeatureIndex] : []),
        ];
        for (const index of featureIndexes) {
          const record = gsub.featureList[index];
          if (!record || !SHAPER_FEATURES.has(record.tag)) continue;
          for (const lookupIndex of record.feature.lookupListIndexes) {
            const lookup = gsub.lookupList.get(lookupIndex);
            for (const subTable of lookup.subTables)
              addCoverage(ids, lookup.lookupType === 7 ? (subTable.extension ?? subTable) : subTable);
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
const SHAPER_FEATURES = new Set(
  ['rvrn', 'ltra', 'ltrm', 'ccmp', 'locl', 'rlig', 'rclt', 'calt', 'clig', 'liga'].filter(
    (tag) => !(tag in FONT_FEATURES_OFF),
  ),
);

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

// biome-ignore lint/suspicious/noConstEnum: module-private, so every use is in this file and inlined as a number in the per-character loop
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
      return (
        codePoint < 0x80 ||
        within(0xa0, 0xbf) ||
        within(0x2010, 0x2027) ||
        within(0x2190, 0x22ff) ||
        within(0x3000, 0x3004) ||
        within(0x3008, 0x301f) ||
        within(0xff01, 0xff20) ||
        within(0xff3b, 0xff40) ||
        within(0xff5b, 0xff65)
      );
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
