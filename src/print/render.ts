/**
 * Drawing on pdf-lib pages: a typesetter bound to one document and one template's fonts and
 * colours (measured by measure.ts). Sets text as one TJ per font run with the spacing of
 * layout/spacing.ts (justifying CJK lines with character spacing), draws boxes, rules, stamps and
 * marked content, and writes deterministic metadata.
 */
import {
  PDFDocument,
  type PDFFont,
  PDFHexString,
  type PDFName,
  PDFOperator,
  type PDFPage,
  type PDFRef,
  type PDFOperatorNames,
  type RGB,
} from 'pdf-lib';
import type { FontCache, LoadedFont } from './fonts.ts';
import { deflateWholeStreams, glyphsOf, HEX4, tagSubsets } from './font-embed.ts';
import { placeGlyph, TJ_MAX, TJ_MIN } from './font-variants.ts';
import type { Line } from './layout/lines.ts';
import {
  drawPath,
  fillRectangle,
  fmt,
  hexColour,
  joinOperators,
  pageHeight,
  roundedRectangle,
  strokeLine,
} from './content-stream.ts';
import type { Measure, Style } from './measure.ts';
import type { ColourName, Template } from './templates.ts';

export interface DocInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** YYYY-MM-DD: creation and modification dates come from content, never the clock. */
  date: string;
  language: string;
}

/** Code points in a string (what [...text].length counts, without the array). */
function codePointCount(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Outlined texts (a quiz paper's sealing strip), by face and template: a few short texts per build. */
const outlines = new WeakMap<LoadedFont, WeakMap<Template, Map<string, string>>>();

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
    deflateWholeStreams(doc);
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
    options: {
      line?: Line;
      justify?: boolean;
      align?: 'left' | 'center' | 'right';
      boxWidth?: number;
      colour?: RGB;
      gaps?: number[];
    } = {},
  ): number {
    if (text.length === 0) return 0;
    const line =
      options.line && options.line.text === text && options.line.gaps ? options.line : this.measure.line(text, s);
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
    const total = codePointCount(text);
    const parts: string[] = [];
    for (const run of this.measure.runs(text, s.weight)) {
      const font = this.embedded.get(run.font);
      if (!font) throw new Error(`font ${run.font.path} was not prepared`);
      const key = this.fontKey(page, font);
      const upm = run.font.unitsPerEm;
      let tj = '';
      let hex = '';
      const start = pen;
      const { glyphs, subsetIds, counts } = glyphsOf(font, run.font, run.text);
      for (let i = 0; i < glyphs.length; i++) {
        const glyph = glyphs[i]!;
        cp += counts[i]!;
        const gapPoints = cp < total ? (gaps[cp - 1] ?? 0) : 0;
        const advance = (glyph.advanceWidth / upm) * s.size;
        const gap = (gapPoints / s.size) * 1000;
        // Most gaps are within what extraction ignores: the glyph's own CID, the gap in TJ.
        let cid = subsetIds[i]!;
        let rest = gap;
        if (gap < TJ_MIN || gap > TJ_MAX) ({ cid, tj: rest } = placeGlyph(font, glyph, cid, gap, upm));
        hex += cid < HEX4.length ? HEX4[cid]! : cid.toString(16).toUpperCase().padStart(4, '0');
        if (Math.abs(rest) > 0.05) {
          tj += `<${hex}> ${fmt(-rest)} `;
          hex = '';
        }
        pen += advance + gapPoints;
      }
      if (hex) tj += `<${hex}>`;
      parts.push(`BT\n/${key} ${fmt(s.size)} Tf\n1 0 0 1 ${fmt(start)} ${fmt(y)} Tm\n[${tj.trim()}] TJ\nET`);
    }
    page.pushOperators(
      PDFOperator.of(
        `q\n${fmt(colour.red)} ${fmt(colour.green)} ${fmt(colour.blue)} rg\n${parts.join('\n')}\nQ` as PDFOperatorNames,
      ),
    );
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
      const y = pageHeight(page) - (top + i * lh + base);
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
  private spans(
    page: PDFPage,
    line: Line,
    x: number,
    y: number,
    s: Style,
    styleAt: (index: number) => Style,
    justify: boolean,
  ): void {
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
      if (spanStyle && (st.weight !== spanStyle.weight || st.colour !== spanStyle.colour || st.size !== spanStyle.size))
        flush();
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
    // Drawn the same on every paper of a build: the path depends on the face, the template's spacing, size and text.
    let byTemplate = outlines.get(face);
    if (!byTemplate) outlines.set(face, (byTemplate = new WeakMap()));
    let byText = byTemplate.get(this.measure.template);
    if (!byText) byTemplate.set(this.measure.template, (byText = new Map()));
    const key = `${s.size}\u0000${text}`;
    let path = byText.get(key);
    if (path === undefined) {
      if (byText.size >= 256) byText.clear();
      byText.set(key, (path = this.outline(face, text, s)));
    }
    return path;
  }

  private outline(face: LoadedFont, text: string, s: Style): string {
    const line = this.measure.line(text, s);
    const k = s.size / face.unitsPerEm;
    const ops: string[] = [];
    let pen = line.lead ?? 0;
    [...text].forEach((ch, i) => {
      const glyph = face.glyph(ch.codePointAt(0) ?? 0) as unknown as {
        path: { commands: { command: string; args: number[] }[] };
        advanceWidth: number;
      };
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
          ops.push(
            `${fmt(X(cx + (2 / 3) * (qx - cx)))} ${fmt(Y(cy + (2 / 3) * (qy - cy)))} ${fmt(X(x + (2 / 3) * (qx - x)))} ${fmt(Y(y + (2 / 3) * (qy - y)))} ${fmt(X(x))} ${fmt(Y(y))} c`,
          );
          [cx, cy] = [x, y];
        } else if (c.command === 'bezierCurveTo') {
          ops.push(
            `${fmt(X(a[0]!))} ${fmt(Y(a[1]!))} ${fmt(X(a[2]!))} ${fmt(Y(a[3]!))} ${fmt(X(a[4]!))} ${fmt(Y(a[5]!))} c`,
          );
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
      ref = this.doc.context.register(
        this.doc.context.formXObject([PDFOperator.of(content as PDFOperatorNames)], { BBox: bbox }),
      );
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
  marked(
    page: PDFPage,
    tag: 'Artifact' | 'Figure',
    props: { alt?: string; bbox?: [number, number, number, number]; type?: string },
    draw: () => void,
  ): void {
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
      fillRectangle(page, x, pageHeight(page) - top - height, width, height, colour);
      return;
    }
    const r = Math.min(radius, width / 2, height / 2);
    drawPath(page, x, pageHeight(page) - top, roundedRectangle(width, height, r), colour);
    joinOperators(page);
  }

  rule(page: PDFPage, x: number, top: number, width: number, colour: RGB, thickness = 0.5): void {
    const y = pageHeight(page) - top;
    strokeLine(page, { x, y }, { x: x + width, y }, thickness, colour);
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
