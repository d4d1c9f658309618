/**
 * Measuring text for one template's fonts, independent of any PDF: glyph coverage (a missing
 * character fails the build, naming where it was written, instead of printing tofu), advances,
 * natural lines and broken paragraphs (kept, as the same text is measured again and again while
 * posters and tables fit), and the runs of a text by font when a fallback font is configured.
 */
import type { SourceRef } from '../model/types.ts';
import { builtinFontPath, type FontCache, type LoadedFont } from './fonts.ts';
import { breakLinesScored, naturalLine, type Line } from './layout/lines.ts';
import { resolveFontRef, type Template, type TypeSpec, type ColourName } from './templates.ts';

export class MissingGlyphError extends Error {}

const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D\\u2026';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\n]+(?=[${CJK}])`, 'gu');

/** Spaces between two Chinese characters come from YAML line folding, not from the writer: drop them. */
export function tidySpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}

export interface Style {
  size: number;
  leading: number;
  weight: 'regular' | 'bold';
  colour: ColourName;
}

export function style(spec: TypeSpec, scale = 1): Style {
  return { size: spec.size * scale, leading: spec.leading, weight: spec.weight, colour: spec.colour };
}

interface FaceSet {
  regular: LoadedFont;
  bold: LoadedFont;
  fallback?: LoadedFont;
}

interface Run {
  text: string;
  font: LoadedFont;
}

/** Natural lines and broken paragraphs of one template with one build's fonts. */
interface Measured {
  natural: Map<string, Line>;
  broken: Map<string, Line[]>;
}

/**
 * Kept across documents, by font cache and template: the handbooks of a build set the same
 * clauses, a quiz paper's versions and key the same questions, and each document has its own
 * Measure. The lines depend only on their key, the template (fonts, typography) and the fonts.
 */
const measuredBy = new WeakMap<FontCache, WeakMap<Template, Measured>>();

function measuredFor(cache: FontCache, template: Template): Measured {
  let byTemplate = measuredBy.get(cache);
  if (!byTemplate) measuredBy.set(cache, (byTemplate = new WeakMap()));
  let measured = byTemplate.get(template);
  if (!measured) byTemplate.set(template, (measured = { natural: new Map(), broken: new Map() }));
  return measured;
}

/** Widths and glyph coverage for one template's fonts; independent of any PDF. */
export class Measure {
  readonly faces: FaceSet;
  /** Natural lines by style and text: widths are asked for again and again while posters and tables fit. */
  private readonly natural: Map<string, Line>;
  /** Paragraphs broken so far, by style, measure and text; callers must not modify the lines. */
  private readonly broken: Map<string, Line[]>;

  constructor(
    cache: FontCache,
    readonly template: Template,
  ) {
    ({ natural: this.natural, broken: this.broken } = measuredFor(cache, template));
    const load = (ref: string): LoadedFont => cache.load(resolveFontRef(template, ref, builtinFontPath));
    const fallback = template.fonts.fallback;
    this.faces = {
      regular: load(template.fonts.regular),
      bold: load(template.fonts.bold),
      ...(fallback !== undefined ? { fallback: load(fallback) } : {}),
    };
  }

  face(weight: 'regular' | 'bold', codePoint: number): LoadedFont | undefined {
    const main = this.faces[weight];
    if (main.has(codePoint) || codePoint < 0x20) return main;
    if (this.faces.fallback?.has(codePoint)) return this.faces.fallback;
    return undefined;
  }

  /** Fail, naming where the text was written, if any character has no glyph in the fonts. */
  check(text: string, weight: 'regular' | 'bold', source: SourceRef | undefined, what: string): void {
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (ch === '\n' || this.face(weight, cp) !== undefined) continue;
      const where = source ? `${source.file}:${source.line}` : this.template.file;
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      throw new MissingGlyphError(
        `${where}: 字体中没有字符「${ch}」(U+${hex})，出现在${what}中 / the font has no glyph for "${ch}" (U+${hex}) in ${what}; ` +
          `rewrite it or set fonts.fallback in ${this.template.file}`,
      );
    }
  }

  advance(codePoint: number, s: Style): number {
    const face = this.face(s.weight, codePoint) ?? this.faces[s.weight];
    return face.advance(codePoint) * s.size;
  }

  /** Width of the text set as one line: advances plus the natural gaps of spacing.ts (Han–Western, compressed marks). */
  width(text: string, s: Style): number {
    return this.line(text, s).width;
  }

  /** The text as one unbroken line with its natural spacing. */
  line(text: string, s: Style): Line {
    const key = `${s.weight}\u0000${s.size}\u0000${text}`;
    let line = this.natural.get(key);
    if (line === undefined) {
      line = naturalLine(
        text,
        (cp) => this.advance(cp, s),
        this.template.typography,
        () => s.size,
      );
      if (this.natural.size >= 8192) this.natural.clear();
      this.natural.set(key, line);
    }
    return line;
  }

  lines(
    rawText: string,
    s: Style,
    width: number,
    source: SourceRef | undefined,
    what: string,
    firstWidth?: number,
    styleAt?: (index: number) => Style,
    ragged = false,
  ): Line[] {
    // The same paragraph is broken again and again (a poster at each step of its fit, a paper
    // composed until its page count settles): keep the lines of plain (one-style) paragraphs.
    const key = styleAt
      ? undefined
      : `${s.weight}\u0000${s.size}\u0000${s.leading}\u0000${width}\u0000${firstWidth}\u0000${ragged}\u0000${rawText}`;
    const known = key === undefined ? undefined : this.broken.get(key);
    if (known) return known;
    const { lines } = this.breakParagraph(rawText, s, width, source, what, firstWidth, styleAt, ragged);
    if (key !== undefined) {
      if (this.broken.size >= 4096) this.broken.clear();
      this.broken.set(key, lines);
    }
    return lines;
  }

  /**
   * The lines and the breaker's cost (layout/lines.ts): at or above FLAWED a line is left short, a
   * character alone or a mark hanging, for callers free to try another width. Not kept.
   */
  linesScored(
    rawText: string,
    s: Style,
    width: number,
    source: SourceRef | undefined,
    what: string,
    styleAt?: (index: number) => Style,
  ): { lines: Line[]; cost: number } {
    return this.breakParagraph(rawText, s, width, source, what, undefined, styleAt, false);
  }

  private breakParagraph(
    rawText: string,
    s: Style,
    width: number,
    source: SourceRef | undefined,
    what: string,
    firstWidth?: number,
    styleAt?: (index: number) => Style,
    ragged = false,
  ): { lines: Line[]; cost: number } {
    const text = tidySpaces(rawText);
    if (styleAt) {
      for (const w of ['regular', 'bold'] as const)
        this.check([...text].filter((_, i) => styleAt(i).weight === w).join(''), w, source, what);
    } else this.check(text, s.weight, source, what);
    return breakLinesScored(text, {
      width,
      ...(firstWidth !== undefined ? { firstWidth } : {}),
      advance: styleAt ? (cp, i) => this.advance(cp, styleAt(i)) : (cp) => this.advance(cp, s),
      em: styleAt ? (i) => styleAt(i).size : () => s.size,
      rules: this.template.typography,
      ragged,
    });
  }

  lineHeight(s: Style): number {
    return s.size * s.leading;
  }

  runs(text: string, weight: 'regular' | 'bold'): Run[] {
    // Without a fallback every character is set in the weight's face (face() has no other answer).
    if (this.faces.fallback === undefined) return text === '' ? [] : [{ text, font: this.faces[weight] }];
    const runs: Run[] = [];
    for (const ch of text) {
      const font = this.face(weight, ch.codePointAt(0) ?? 0) ?? this.faces[weight];
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += ch;
      else runs.push({ text: ch, font });
    }
    return runs;
  }
}
