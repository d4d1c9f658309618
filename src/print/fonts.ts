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
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { Font as FontkitFont } from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

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

export class LoadedFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  private readonly advances = new Map<number, number>();

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
    return this.font.hasGlyphForCodePoint(codePoint);
  }

  /** Advance width of one code point in ems (the width pdf-lib writes to /W for that glyph). */
  advance(codePoint: number): number {
    let width = this.advances.get(codePoint);
    if (width === undefined) {
      width = this.font.glyphForCodePoint(codePoint).advanceWidth / this.unitsPerEm;
      this.advances.set(codePoint, width);
    }
    return width;
  }
}

/** Features off so that one code point is one glyph: our measurements must match what is drawn. */
export const FONT_FEATURES = { liga: false, clig: false, calt: false, dlig: false, kern: false } as const;

/** One per build: fonts parsed once, shared by every document. */
export class FontCache {
  private readonly byPath = new Map<string, LoadedFont>();
  private readonly byBytes = new Map<Uint8Array, FontkitFont>();

  /** A fontkit for `PDFDocument.registerFontkit` that returns fonts this cache already parsed. */
  readonly fontkit = {
    create: (bytes: Uint8Array, postscriptName?: string): FontkitFont => {
      const parsed = this.byBytes.get(bytes);
      return parsed ?? fontkit.create(bytes, postscriptName);
    },
  };

  /** `path` may name one font of a collection: `NotoSerifCJK-Bold.ttc#NotoSerifCJKsc-Bold`. */
  load(path: string): LoadedFont {
    let loaded = this.byPath.get(path);
    if (loaded === undefined) {
      const [file, postscriptName] = path.split('#', 2) as [string, string | undefined];
      const bytes = new Uint8Array(readFileSync(file));
      // An ArrayBuffer is wrapped as-is by fontkit's Buffer polyfill; a Uint8Array is copied byte by
      // byte (10 MB per font: a quarter of a poster's time, bench/experiments/font-copy.ts).
      const font = fontkit.create(bytes.buffer as unknown as Uint8Array, postscriptName);
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
    return doc.embedFont(font.bytes, { subset: true, features: { ...FONT_FEATURES } });
  }
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
}
