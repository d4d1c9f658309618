/**
 * Drawing on pdf-lib pages: a typesetter bound to one document and one template's fonts
 * and colours. Knows glyph coverage (so a missing character fails the build instead of
 * printing tofu), splits text into runs when a fallback font is configured, justifies
 * CJK lines with character spacing, and writes deterministic metadata and outlines.
 */
import {
  appendBezierCurve,
  closePath,
  fill,
  fillAndStroke,
  lineTo,
  moveTo,
  PDFDocument,
  PDFFont,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFOperator,
  PDFPage,
  PDFRef,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  rotateRadians,
  scale,
  setDashPattern,
  setFillingColor,
  setLineWidth,
  setStrokingColor,
  translate,
  type PDFOperatorNames,
  type RGB,
} from 'pdf-lib';
import type { SourceRef } from '../model/types.ts';
import { builtinFontPath, FontCache, glyphsOf, tagSubsets, type LoadedFont } from './fonts.ts';
import { placeGlyph } from './font-variants.ts';
import { breakLines, naturalLine, type Line } from './layout/lines.ts';
import { resolveFontRef, type ColourName, type Template, type TypeSpec } from './templates.ts';

export class MissingGlyphError extends Error {}

/** A number as content streams write it: at most three decimals, no trailing zeros. */
function fmt(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

interface OperatorList {
  operators: PDFOperator[];
}
/** How many operators at the head of each content stream are already joined. */
const joinedOperators = new WeakMap<OperatorList, number>();
const JOIN_AT = 128;

/**
 * Replace the operators drawn on a page since the last call by one operator holding their
 * content-stream text: the same bytes at save, but a long document no longer keeps millions of
 * operator and number objects alive until then (the garbage collector's old space was a
 * sixth of a big handbook's time).
 */
export function joinOperators(page: PDFPage, atLeast = JOIN_AT): void {
  // Only after drawing: getContentStream() would give a blank page a content stream.
  const stream = (page as unknown as { getContentStream(): OperatorList }).getContentStream();
  const operators = stream.operators;
  const joined = joinedOperators.get(stream) ?? 0;
  if (operators.length - joined < atLeast) return;
  // Content streams end every operator with a newline; inside the joined text they are separators.
  const text = operators.slice(joined).map(String).join('\n');
  operators.length = joined;
  operators.push(PDFOperator.of(text as PDFOperatorNames));
  joinedOperators.set(stream, operators.length);
}

const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D\\u2026';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\n]+(?=[${CJK}])`, 'gu');

/** Spaces between two Chinese characters come from YAML line folding, not from the writer: drop them. */
export function tidySpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}

export function hexColour(hex: string): RGB {
  const n = Number.parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
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

/** Widths and glyph coverage for one template's fonts; independent of any PDF. */
export class Measure {
  readonly faces: FaceSet;

  constructor(
    cache: FontCache,
    readonly template: Template,
  ) {
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
      line = naturalLine(text, (cp) => this.advance(cp, s), this.template.typography, () => s.size);
      if (this.natural.size >= 8192) this.natural.clear();
      this.natural.set(key, line);
    }
    return line;
  }

  /** Natural lines by style and text: widths are asked for again and again while posters and tables fit. */
  private readonly natural = new Map<string, Line>();

  lines(rawText: string, s: Style, width: number, source: SourceRef | undefined, what: string, firstWidth?: number, styleAt?: (index: number) => Style, ragged = false): Line[] {
    // The same paragraph is broken again and again (a poster at each step of its fit, a paper
    // composed until its page count settles): keep the lines of plain (one-style) paragraphs.
    const key = styleAt ? undefined : `${s.weight}\u0000${s.size}\u0000${s.leading}\u0000${width}\u0000${firstWidth}\u0000${ragged}\u0000${rawText}`;
    const known = key === undefined ? undefined : this.broken.get(key);
    if (known) return known;
    const lines = this.breakParagraph(rawText, s, width, source, what, firstWidth, styleAt, ragged);
    if (key !== undefined) {
      if (this.broken.size >= 4096) this.broken.clear();
      this.broken.set(key, lines);
    }
    return lines;
  }

  /** Paragraphs broken so far, by style, measure and text; callers must not modify the lines. */
  private readonly broken = new Map<string, Line[]>();

  private breakParagraph(rawText: string, s: Style, width: number, source: SourceRef | undefined, what: string, firstWidth?: number, styleAt?: (index: number) => Style, ragged = false): Line[] {
    const text = tidySpaces(rawText);
    if (styleAt) {
      for (const w of ['regular', 'bold'] as const) this.check([...text].filter((_, i) => styleAt(i).weight === w).join(''), w, source, what);
    } else this.check(text, s.weight, source, what);
    return breakLines(text, {
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

export interface DocInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** YYYY-MM-DD: creation and modification dates come from content, never the clock. */
  date: string;
  language: string;
}

/** One PDF being typeset. */
export class Typesetter {
  private readonly embedded = new Map<LoadedFont, PDFFont>();
  /** Each page's resource name for each font: pdf-lib's drawText adds a new one on every call. */
  private readonly fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

  private constructor(
    readonly doc: PDFDocument,
    readonly measure: Measure,
    private readonly cache: FontCache,
  ) {}

  static async create(cache: FontCache, measure: Measure, info: DocInfo): Promise<Typesetter> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(cache.fontkit);
    const date = new Date(`${info.date}T00:00:00Z`);
    doc.setTitle(info.title, { showInWindowTitleBar: true });
    doc.setAuthor(info.author);
    doc.setSubject(info.subject);
    doc.setKeywords(info.keywords);
    doc.setCreator('guifan');
    doc.setProducer('guifan (pdf-lib)');
    doc.setLanguage(info.language);
    doc.setCreationDate(date);
    doc.setModificationDate(date);
    return new Typesetter(doc, measure, cache);
  }

  get colours(): Template['colours'] {
    return this.measure.template.colours;
  }

  colour(name: ColourName): RGB {
    return hexColour(this.colours[name]);
  }

  private async pdfFont(font: LoadedFont): Promise<PDFFont> {
    let f = this.embedded.get(font);
    if (!f) {
      f = await this.cache.embed(this.doc, font);
      this.embedded.set(font, f);
    }
    return f;
  }

  /** Embed the template's fonts up front so drawing can stay synchronous. */
  async prepare(): Promise<void> {
    const { regular, bold, fallback } = this.measure.faces;
    for (const f of [regular, bold, ...(fallback ? [fallback] : [])]) await this.pdfFont(f);
  }

  /**
   * Draw one line of text with its baseline at y, with the spacing of spacing.ts: the natural
   * gaps, or with `justify` the gaps that fill the line's measure (`line` from Measure.lines).
   * `align` places it in a box of `boxWidth`. Returns the natural width.
   */
  text(
    page: PDFPage,
    text: string,
    x: number,
    y: number,
    s: Style,
    options: { line?: Line; justify?: boolean; align?: 'left' | 'center' | 'right'; boxWidth?: number; colour?: RGB; gaps?: number[] } = {},
  ): number {
    if (text.length === 0) return 0;
    const line = options.line && options.line.text === text && options.line.gaps ? options.line : this.measure.line(text, s);
    const natural = line.width;
    const gaps = options.gaps ?? (options.justify && line.fill ? line.fill : line.gaps!);
    let left = x + (line.lead ?? 0);
    if (options.align === 'center' && options.boxWidth !== undefined) left += (options.boxWidth - natural) / 2;
    if (options.align === 'right' && options.boxWidth !== undefined) left += options.boxWidth - natural;
    this.glyphRun(page, text, left, y, s, gaps, options.colour ?? this.colour(s.colour));
    return natural;
  }

  /**
   * Text with an explicit gap after each code point (points), from x on the baseline y; returns
   * where the pen ends. Each font run is one TJ: gaps beyond what text extraction ignores are drawn
   * as width variants of the glyph (font-variants.ts), so copied text never gains spaces.
   */
  glyphRun(page: PDFPage, text: string, x: number, y: number, s: Style, gaps: readonly number[], colour: RGB): number {
    let pen = x;
    let cp = 0;
    const total = [...text].length;
    const parts: string[] = [];
    for (const run of this.measure.runs(text, s.weight)) {
      const font = this.embedded.get(run.font);
      if (!font) throw new Error(`font ${run.font.path} was not prepared`);
      const key = this.fontKey(page, font);
      const upm = run.font.unitsPerEm;
      let tj = '';
      let hex = '';
      const start = pen;
      for (const g of glyphsOf(font, run.font, run.text)) {
        cp += g.codePoints;
        const gapPoints = cp < total ? gaps[cp - 1] ?? 0 : 0;
        const advance = (g.glyph.advanceWidth / upm) * s.size;
        const placed = placeGlyph(font, g.glyph, g.subsetId, (gapPoints / s.size) * 1000, upm);
        hex += placed.cid.toString(16).toUpperCase().padStart(4, '0');
        if (Math.abs(placed.tj) > 0.05) {
          tj += `<${hex}> ${fmt(-placed.tj)} `;
          hex = '';
        }
        pen += advance + gapPoints;
      }
      if (hex) tj += `<${hex}>`;
      parts.push(`BT\n/${key} ${fmt(s.size)} Tf\n1 0 0 1 ${fmt(start)} ${fmt(y)} Tm\n[${tj.trim()}] TJ\nET`);
    }
    page.pushOperators(PDFOperator.of(`q\n${fmt(colour.red)} ${fmt(colour.green)} ${fmt(colour.blue)} rg\n${parts.join('\n')}\nQ` as PDFOperatorNames));
    joinOperators(page);
    return pen;
  }

  /** The page's resource name for a font: one per page and font (pdf-lib's drawText adds one per call). */
  private fontKey(page: PDFPage, font: PDFFont): string {
    let keys = this.fontKeys.get(page);
    if (!keys) this.fontKeys.set(page, (keys = new Map()));
    let key = keys.get(font);
    if (!key) keys.set(font, (key = page.node.newFontDictionary(font.name, font.ref)));
    return key.asString().slice(1);
  }

  /** Draw broken lines with the top of the first line box at `top` (from the page top); returns the height used. */
  drawLines(
    page: PDFPage,
    lines: Line[],
    x: number,
    top: number,
    width: number,
    s: Style,
    align: 'justify' | 'left' | 'center' | 'right' = 'justify',
    colour?: RGB,
    styleAt?: (index: number) => Style,
  ): number {
    const lh = s.size * s.leading;
    const base = this.baseline(s);
    lines.forEach((line, i) => {
      const y = page.getHeight() - (top + i * lh + base);
      const common = colour ? { colour } : {};
      if (styleAt) {
        this.spans(page, line, x, y, s, styleAt, align === 'justify');
        return;
      }
      if (align === 'justify') this.text(page, line.text, x, y, s, { line, justify: true, ...common });
      else this.text(page, line.text, x, y, s, { line, align, boxWidth: width, ...common });
    });
    return lines.length * lh;
  }

  /** A line whose characters change style (a run-in bold title): drawn span by span with the line's gaps. */
  private spans(page: PDFPage, line: Line, x: number, y: number, s: Style, styleAt: (index: number) => Style, justify: boolean): void {
    const gaps = (justify && line.fill ? line.fill : line.gaps) ?? this.measure.line(line.text, s).gaps!;
    let left = x + (line.lead ?? 0);
    let index = line.start ?? 0;
    let span = '';
    let spanGaps: number[] = [];
    let spanStyle: Style | undefined;
    let k = 0;
    const flush = (): void => {
      if (!spanStyle || span === '') return;
      left = this.glyphRun(page, span, left, y, spanStyle, spanGaps, this.colour(spanStyle.colour));
      // The gap after a span's last character comes before the next span.
      left += spanGaps[spanGaps.length - 1] ?? 0;
      span = '';
      spanGaps = [];
    };
    for (const ch of line.text) {
      const st = styleAt(index);
      if (spanStyle && (st.weight !== spanStyle.weight || st.colour !== spanStyle.colour || st.size !== spanStyle.size)) flush();
      spanStyle = st;
      span += ch;
      spanGaps.push(gaps[k] ?? 0);
      index += ch.length;
      k++;
    }
    flush();
  }

  /**
   * Path operators (m, l, c, h; no paint) outlining the text's glyphs as set on one line from
   * (0, 0) on its baseline, in points, y up: printed furniture that extraction and screen
   * readers must not read as text (a paper's sealing strip).
   */
  outlinePath(text: string, s: Style): string {
    const face = this.measure.faces[s.weight];
    const line = this.measure.line(text, s);
    const k = s.size / face.unitsPerEm;
    const ops: string[] = [];
    let pen = line.lead ?? 0;
    [...text].forEach((ch, i) => {
      const glyph = face.glyph(ch.codePointAt(0) ?? 0) as unknown as { path: { commands: { command: string; args: number[] }[] }; advanceWidth: number };
      const X = (v: number): number => v * k + pen;
      const Y = (v: number): number => v * k;
      let cx = 0;
      let cy = 0;
      for (const c of glyph.path.commands) {
        const a = c.args;
        if (c.command === 'moveTo' || c.command === 'lineTo') {
          ops.push(`${fmt(X(a[0]!))} ${fmt(Y(a[1]!))} ${c.command === 'moveTo' ? 'm' : 'l'}`);
          [cx, cy] = [a[0]!, a[1]!];
        } else if (c.command === 'quadraticCurveTo') {
          // TrueType's quadratic curves as the cubic curves PDF draws.
          const [qx, qy, x, y] = a as [number, number, number, number];
          ops.push(`${fmt(X(cx + (2 / 3) * (qx - cx)))} ${fmt(Y(cy + (2 / 3) * (qy - cy)))} ${fmt(X(x + (2 / 3) * (qx - x)))} ${fmt(Y(y + (2 / 3) * (qy - y)))} ${fmt(X(x))} ${fmt(Y(y))} c`);
          [cx, cy] = [x, y];
        } else if (c.command === 'bezierCurveTo') {
          ops.push(`${fmt(X(a[0]!))} ${fmt(Y(a[1]!))} ${fmt(X(a[2]!))} ${fmt(Y(a[3]!))} ${fmt(X(a[4]!))} ${fmt(Y(a[5]!))} c`);
          [cx, cy] = [a[4]!, a[5]!];
        } else if (c.command === 'closePath') ops.push('h');
      }
      pen += glyph.advanceWidth * k + (line.gaps?.[i] ?? 0);
    });
    return ops.join('\n');
  }

  /** Form XObjects made once per document and drawn wherever needed (the same marks on every page). */
  private readonly stamps = new Map<string, PDFRef>();

  /** Draw the stamp called `name` (made by `make` the first time: content in page coordinates) on the page. */
  stamp(page: PDFPage, name: string, make: () => { content: string; bbox: [number, number, number, number] }): void {
    let ref = this.stamps.get(name);
    if (!ref) {
      const { content, bbox } = make();
      ref = this.doc.context.register(this.doc.context.formXObject([PDFOperator.of(content as PDFOperatorNames)], { BBox: bbox }));
      this.stamps.set(name, ref);
    }
    const key = page.node.newXObject('Stamp', ref);
    page.pushOperators(PDFOperator.of(`q\n${key.toString()} Do\nQ` as PDFOperatorNames));
  }

  /**
   * Draw inside a marked-content sequence: /Artifact for what is not content (running headers and
   * footers, repeated chart headers, crop marks), /Figure with alternative text and its box for
   * charts and QR codes. Readers and the print audit (src/print/audit) go by these marks.
   */
  marked(page: PDFPage, tag: 'Artifact' | 'Figure', props: { alt?: string; bbox?: [number, number, number, number]; type?: string }, draw: () => void): void {
    const entries: string[] = [];
    if (props.type !== undefined) entries.push(`/Type /${props.type}`);
    if (props.alt !== undefined) entries.push(`/Alt ${PDFHexString.fromText(props.alt).toString()}`);
    if (props.bbox !== undefined) entries.push(`/BBox [${props.bbox.map(fmt).join(' ')}]`);
    page.pushOperators(PDFOperator.of(`/${tag} <<${entries.join(' ')}>> BDC` as PDFOperatorNames));
    draw();
    page.pushOperators(PDFOperator.of('EMC' as PDFOperatorNames));
    joinOperators(page);
  }

  /** Filled rectangle given by its top-left corner measured from the page top. */
  box(page: PDFPage, x: number, top: number, width: number, height: number, colour: RGB, radius = 0): void {
    if (radius <= 0) {
      page.drawRectangle({ x, y: page.getHeight() - top - height, width, height, color: colour });
      return;
    }
    const r = Math.min(radius, width / 2, height / 2);
    const k = 0.5523 * r;
    drawPath(page, x, page.getHeight() - top, roundedRectangle(width, height, r), colour);
    joinOperators(page);
  }

  rule(page: PDFPage, x: number, top: number, width: number, colour: RGB, thickness = 0.5): void {
    const y = page.getHeight() - top;
    page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color: colour });
    joinOperators(page);
  }

  /** Baseline offset from the top of a line box, so that text sits centred in its leading. */
  baseline(s: Style): number {
    const face = this.measure.faces[s.weight];
    const lineHeight = s.size * s.leading;
    const contentHeight = (face.ascent - face.descent) * s.size;
    return (lineHeight - contentHeight) / 2 + face.ascent * s.size;
  }

  async save(): Promise<Uint8Array> {
    tagSubsets([...this.embedded.values()]);
    return this.doc.save({ useObjectStreams: true, addDefaultPage: false });
  }
}

/**
 * The path of the SVG `M r 0 L w-r 0 C … Z` (y down from the top-left corner) of a rectangle
 * with corners of radius r, as the operators pdf-lib's SVG path parser makes of it.
 */
export function roundedRectangle(width: number, height: number, r: number): PDFOperator[] {
  const k = 0.5523 * r;
  return [
    moveTo(r, 0),
    lineTo(width - r, 0),
    appendBezierCurve(width - r + k, 0, width, r - k, width, r),
    lineTo(width, height - r),
    appendBezierCurve(width, height - r + k, width - r + k, height, width - r, height),
    lineTo(r, height),
    appendBezierCurve(r - k, height, 0, height - r + k, 0, height - r),
    lineTo(0, r),
    appendBezierCurve(0, r - k, r - k, 0, r, 0),
    closePath(),
  ];
}

/**
 * What `page.drawSvgPath(svg, { x, y, color, borderColor, borderWidth })` writes, for a path
 * given as operators (y down from (x, y)): no SVG string to build and parse for every box.
 */
export function drawPath(page: PDFPage, x: number, y: number, path: PDFOperator[], colour: RGB, border?: { colour: RGB; width: number }): void {
  page.pushOperators(
    pushGraphicsState(),
    translate(x, y),
    rotateRadians(0),
    scale(1, -1),
    setFillingColor(colour),
    ...(border ? [setStrokingColor(border.colour), ...(border.width ? [setLineWidth(border.width)] : [])] : []),
    setDashPattern([], 0),
    ...path,
    border?.width ? fillAndStroke() : fill(),
    popGraphicsState(),
  );
}

export interface OutlineEntry {
  title: string;
  pageIndex: number;
  /** Distance from the top of the page, in points. */
  top: number;
  children: OutlineEntry[];
}

/** Write the document outline (bookmarks) by hand: pdf-lib has no API for it. */
export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const pages = doc.getPages();
  const rootRef = context.nextRef();

  const build = (items: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = items.map(() => context.nextRef());
    let count = 0;
    items.forEach((item, i) => {
      const page = pages[item.pageIndex]!;
      const ref = refs[i]!;
      const entry: Record<string, unknown> = {};
      entry.Title = PDFHexString.fromText(item.title);
      entry.Parent = parent;
      if (i > 0) entry.Prev = refs[i - 1];
      if (i < items.length - 1) entry.Next = refs[i + 1];
      entry.Dest = [page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(page.getHeight() - item.top)), PDFNull];
      count++;
      if (item.children.length > 0) {
        const sub = build(item.children, ref);
        entry.First = sub.first;
        entry.Last = sub.last;
        entry.Count = PDFNumber.of(-sub.count); // closed by default
      }
      context.assign(ref, context.obj(entry as Parameters<typeof context.obj>[0]));
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };

  const top = build(entries, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.count }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * Page labels (ISO 32000 §12.4.2): what viewers show as page numbers. Each range starts at a
 * 0-based page index with a numbering style (D decimal, r lower roman) from 1, a prefix, or both.
 */
export function writePageLabels(doc: PDFDocument, ranges: { start: number; style?: 'D' | 'r'; prefix?: string }[]): void {
  const nums: unknown[] = [];
  for (const r of ranges) {
    const label: Record<string, unknown> = {};
    if (r.style) label.S = PDFName.of(r.style);
    if (r.prefix !== undefined) label.P = PDFHexString.fromText(r.prefix);
    nums.push(PDFNumber.of(r.start), doc.context.obj(label as Parameters<typeof doc.context.obj>[0]));
  }
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums } as Parameters<typeof doc.context.obj>[0]));
}

/** Internal link from a rectangle on one page to a position on another (TOC entries). */
export function addLink(doc: PDFDocument, from: PDFPage, rect: [number, number, number, number], toPageIndex: number, top: number): void {
  const target = doc.getPages()[toPageIndex]!;
  const annot = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    Dest: [target.ref, PDFName.of('XYZ'), PDFNull, Math.round(target.getHeight() - top), PDFNull],
  });
  const ref = doc.context.register(annot);
  const existing = from.node.lookup(PDFName.of('Annots'));
  if (existing && 'push' in existing) (existing as unknown as { push(r: PDFRef): void }).push(ref);
  else from.node.set(PDFName.of('Annots'), doc.context.obj([ref]));
}

