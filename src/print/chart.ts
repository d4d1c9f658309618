/**
 * Process charts in the handbook, drawn as PDF vectors from the same layout the site
 * draws as SVG (src/diagram/layout/): swim lanes, step boxes, decision diamonds,
 * orthogonal arrows and their labels. Text is real text in the embedded font.
 */
import { clip, endPath, popGraphicsState, pushGraphicsState, rectangle, type PDFPage } from 'pdf-lib';
import { layoutProcess, PALETTE, type ProcessLayout } from '../diagram/index.ts';
import type { Model } from '../model/types.ts';
import type { Process } from '../model/types/processes.ts';
import type { FlowBlock } from './layout/flow.ts';
import { hexColour } from './content-stream.ts';
import type { LoadedFont } from './fonts.ts';
import type { Measure, Style } from './measure.ts';
import type { Template } from './templates.ts';
import type { Typesetter } from './render.ts';
import { drawLayout } from './chart-draw.ts';

export interface ChartContent {
  type: 'chart';
  layout: ProcessLayout;
  scale: number;
  style: Style;
  /** Layout y of the band edges: bands[i]..bands[i+1] is flow row i; cuts fall between ranks. */
  bands: number[];
  /** Height of the lane headers (layout units), repeated at the top of every page the chart spans. */
  header: number;
  /** Per cut (bands[1..n-1]): where edges cross it (layout x). */
  connectors: number[][];
  /** Connector numbers given so far, per cut: numbered 1, 2, … down the chart as pages are drawn. */
  numbered: Map<number, number[]>;
}

/** Lay out a process with the print font's real metrics, at the given type size in points. */
export async function layoutForPrint(
  process: Process,
  model: Model,
  measure: Measure,
  s: Style,
  width: number,
): Promise<ProcessLayout> {
  const bold: Style = { ...s, weight: 'bold' };
  for (const n of process.nodes) {
    measure.check(n.label, 'regular', n.source, `process step ${n.id}`);
    if (n.timeLimit) measure.check(`限时：${n.timeLimit}`, 'bold', n.source, `process step ${n.id}`);
    for (const e of n.next) if (e.label) measure.check(e.label, 'bold', n.source, `process step ${n.id}`);
  }
  for (const r of model.roles)
    if (process.lanes.includes(r.id)) measure.check(r.name, 'bold', r.source, `role ${r.id}`);
  // Every handbook of a build draws the same charts: lay each out once per chart, roles, fonts,
  // style and width. Keyed by content, not by the model object: the PDF cache gives each job its
  // own view of the model, and the key's JSON is read through it (so the job's reads still list
  // everything the layout came from).
  const { regular, bold: boldFace, fallback } = measure.faces;
  const key = JSON.stringify([process, model.roles, [regular.path, boldFace.path, fallback?.path ?? null], s, width]);
  let layout = layoutCache.get(key);
  if (!layout) {
    // Measure with the bold face: lane headers, limits and branch labels are bold, and labels then have room to spare.
    // Print has the page's width: nodes as wide as their labels want, the spare width spread over the lanes.
    layout = layoutProcess(process, model.roles, {
      fontSize: s.size,
      lineHeight: s.size * s.leading,
      targetWidth: width,
      maxNodeEms: 40,
      fill: true,
      measure: boldWidth(measure, bold),
    });
    if (layoutCache.size >= LAYOUTS_KEPT) layoutCache.delete(layoutCache.keys().next().value!);
    layoutCache.set(key, layout);
  }
  return layout;
}

/**
 * One measurer per face and template, not one per chart: the diagram keeps the widths of each
 * label's spans by measurer (diagram/text.ts), and units' charts share labels. A width depends
 * on the face, the template's spacing, the size and the text alone (Measure.line).
 */
const boldWidths = new WeakMap<LoadedFont, WeakMap<Template, (text: string, size: number) => number>>();

function boldWidth(measure: Measure, bold: Style): (text: string, size: number) => number {
  let byTemplate = boldWidths.get(measure.faces.bold);
  if (!byTemplate) boldWidths.set(measure.faces.bold, (byTemplate = new WeakMap()));
  let width = byTemplate.get(measure.template);
  if (!width) byTemplate.set(measure.template, (width = (text, size) => measure.width(text, { ...bold, size })));
  return width;
}

/** Chart layouts by content (elk's work is the costly part), a few hundred at most. */
const layoutCache = new Map<string, Promise<ProcessLayout>>();
const LAYOUTS_KEPT = 256;

export interface ChartFit {
  /** Height of the page's text block. */
  pageHeight: number;
  /** Height of what must stay on the chart's page before it (its heading and introduction). */
  chain: number;
  /** Smallest scale the chart's labels may be set at (a minimum label size over the chart's type size). */
  minScale: number;
}

/**
 * A flow block for the chart, as wide as the measure allows. A chart that fits on a page stays
 * whole: with its heading when they fit together (scaled down a little if that is all it takes,
 * never below `minScale`), else on a page of its own. Only a chart taller than a page is cut,
 * between ranks, into bands that continue on the next page with the lane headers repeated and
 * numbered connectors where edges leave one page and enter the next.
 */
export function chartBlock(
  layout: ProcessLayout,
  s: Style,
  width: number,
  fit: ChartFit,
): FlowBlock<ChartContent> & { withChain: boolean } {
  const base = Math.min(1, width / layout.width);
  const header = Math.max(0, ...layout.lanes.map((l) => l.y + l.headerHeight));
  const space = { spaceBefore: s.size * 0.8, spaceAfter: s.size * 0.4 };
  const whole = (scale: number, withChain: boolean): FlowBlock<ChartContent> & { withChain: boolean } => ({
    rows: [layout.height * scale],
    lines: [chartLines(layout, 0, layout.height)],
    keepTogether: true,
    ...space,
    withChain,
    content: {
      type: 'chart',
      layout,
      scale,
      style: s,
      bands: [0, layout.height],
      header,
      connectors: [],
      numbered: new Map(),
    },
  });
  // Two points to spare: the pagination adds the same heights, rounded otherwise.
  const room = fit.pageHeight - fit.chain - space.spaceBefore - 2;
  if (layout.height * base <= room) return whole(base, true);
  if (layout.height * base * fit.minScale <= room) return whole(room / layout.height, true);
  if (layout.height * base <= fit.pageHeight) return whole(base, false);
  const alone = fit.pageHeight - 2;
  if (layout.height * base * fit.minScale <= alone) return whole(alone / layout.height, false);
  const ranks = [...new Set(layout.nodes.map((n) => n.rank))].sort((a, b) => a - b);
  const bands = [header];
  for (let i = 0; i + 1 < ranks.length; i++) {
    const bottom = Math.max(...layout.nodes.filter((n) => n.rank === ranks[i]).map((n) => n.y + n.height));
    const nextTop = Math.min(...layout.nodes.filter((n) => n.rank === ranks[i + 1]).map((n) => n.y));
    const cut = (bottom + nextTop) / 2;
    // Never cut through an edge label.
    const crossesLabel = layout.edges.some(
      (e) => e.labelBox && e.labelBox.y < cut && e.labelBox.y + e.labelBox.height > cut,
    );
    if (!crossesLabel && cut > bands[bands.length - 1]!) bands.push(cut);
  }
  bands.push(layout.height);
  const rows = bands.slice(1).map((b, i) => (b - bands[i]!) * base);
  const connectors = bands.slice(1, -1).map((cut) => crossings(layout, cut));
  return {
    rows,
    lines: bands.slice(1).map((b, i) => chartLines(layout, bands[i]!, b)),
    header: header * base,
    keepTogether: false,
    orphans: Math.min(2, rows.length),
    widows: Math.min(2, rows.length),
    ...space,
    withChain: true,
    content: { type: 'chart', layout, scale: base, style: s, bands, header, connectors, numbered: new Map() },
  };
}

/** Lines of text of the nodes whose middle lies in [top, bottom) (and the lane headers when the band starts at the top). */
function chartLines(layout: ProcessLayout, top: number, bottom: number): number {
  let n = top === 0 ? Math.max(0, ...layout.lanes.map((l) => l.lines.length)) : 0;
  for (const node of layout.nodes) {
    const mid = node.y + node.height / 2;
    if (mid >= top && mid < bottom) n += node.lines.length + node.timeLimitLines.length;
  }
  return n;
}

/** Layout x of every edge segment crossing the horizontal line y, left to right. */
function crossings(layout: ProcessLayout, y: number): number[] {
  const xs = new Set<number>();
  for (const e of layout.edges) {
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1]!;
      const b = e.points[i]!;
      if (a.x === b.x && Math.min(a.y, b.y) < y && Math.max(a.y, b.y) > y) xs.add(a.x);
    }
  }
  return [...xs].sort((p, q) => p - q);
}

/**
 * Draw bands [from, to) of the chart at `top`, as a /Figure: a whole chart as it is; a band of a
 * split chart under its lane headers (repeated ones marked /Artifact), with numbered connectors
 * where edges cross the cut to the next or from the previous page.
 */
export function drawChart(
  t: Typesetter,
  page: PDFPage,
  content: ChartContent,
  left: number,
  top: number,
  width: number,
  from: number,
  to: number,
): void {
  const { layout, scale, bands, header } = content;
  const x0 = left + (width - layout.width * scale) / 2;
  const H = page.getHeight();
  const whole = bands[0] === 0;
  const bandTop = whole ? 0 : bands[from]!;
  const bandBottom = bands[to]!;
  const headerHeight = whole ? 0 : header * scale;
  const height = headerHeight + (bandBottom - bandTop) * scale;
  const bbox: [number, number, number, number] = [x0, H - top - height, x0 + layout.width * scale, H - top];
  const clipTo = (y: number, h: number): void =>
    void page.pushOperators(
      pushGraphicsState(),
      rectangle(x0 - 2, H - y - h, layout.width * scale + 4, h),
      clip(),
      endPath(),
    );
  t.marked(page, 'Figure', { alt: `流程图：${layout.title}`, bbox }, () => {
    if (whole) {
      drawLayout(t, page, content, x0, top, false);
      return;
    }
    // Lane headers: drawn on their own, then the band shifted up under them and clipped.
    const headers = (): void => {
      clipTo(top, headerHeight);
      drawLayout(t, page, content, x0, top, true);
      page.pushOperators(popGraphicsState());
    };
    if (from > 0)
      t.marked(
        page,
        'Artifact',
        { type: 'Pagination', bbox: [x0, H - top - headerHeight, x0 + layout.width * scale, H - top] },
        headers,
      );
    else headers();
    clipTo(top + headerHeight, (bandBottom - bandTop) * scale + 0.5);
    drawLayout(t, page, content, x0, top + headerHeight - bandTop * scale, false, [bandTop, bandBottom]);
    page.pushOperators(popGraphicsState());
    // Connectors: the same number where an edge leaves this page and where it comes in on the next.
    const r = content.style.size * 0.75;
    const numbers = (cut: number): number[] => {
      let given = content.numbered.get(cut);
      if (!given) {
        const first = [...content.numbered.values()].reduce((n, list) => n + list.length, 1);
        given = (content.connectors[cut] ?? []).map((_, i) => first + i);
        content.numbered.set(cut, given);
      }
      return given;
    };
    const place = (cut: number, y: number): void => {
      const ns = numbers(cut);
      (content.connectors[cut] ?? []).forEach((x, i) =>
        connector(t, page, x0 + x * scale, y, r, ns[i]!, content.style),
      );
    };
    if (to < bands.length - 1) place(to - 1, top + height - r - 1);
    if (from > 0) place(from - 1, top + headerHeight + r + 1);
  });
}

/** A numbered off-page connector: a circle on the edge with the number inside. */
function connector(t: Typesetter, page: PDFPage, x: number, top: number, r: number, n: number, s: Style): void {
  const edge = hexColour(PALETTE.edge);
  page.drawCircle({
    x,
    y: page.getHeight() - top,
    size: r,
    color: hexColour(PALETTE.background),
    borderColor: edge,
    borderWidth: 0.9,
  });
  const label: Style = { ...s, size: r * 1.15, weight: 'bold', colour: 'text' };
  const face = t.measure.faces.bold;
  const w = t.measure.width(String(n), label);
  t.text(page, String(n), x - w / 2, page.getHeight() - top - ((face.ascent + face.descent) / 2) * label.size, label, {
    colour: edge,
  });
}
