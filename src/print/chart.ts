/**
 * Process charts in the handbook, drawn as PDF vectors from the same layout the site
 * draws as SVG (src/diagram/layout.ts): swim lanes, step boxes, decision diamonds,
 * orthogonal arrows and their labels. Text is real text in the embedded font.
 */
import { clip, closePath, endPath, fill, lineTo, moveTo, popGraphicsState, pushGraphicsState, rectangle, setFillingRgbColor, type PDFPage } from 'pdf-lib';
import { layoutProcess, PALETTE, type ProcessLayout } from '../diagram/index.ts';
import type { Model, Process } from '../model/types.ts';
import type { FlowBlock } from './layout/flow.ts';
import { drawPath, hexColour, joinOperators, roundedRectangle, type Measure, type Style, type Typesetter } from './render.ts';

export interface ChartContent {
  type: 'chart';
  layout: ProcessLayout;
  scale: number;
  style: Style;
  /** Layout y of the band edges: bands[i]..bands[i+1] is flow row i; cuts fall between ranks. */
  bands: number[];
  /** Height of the lane headers (layout units), repeated at the top of every page the chart spans. */
  header: number;
}

/** Lay out a process with the print font's real metrics, at the given type size in points. */
export async function layoutForPrint(process: Process, model: Model, measure: Measure, s: Style, width: number): Promise<ProcessLayout> {
  const bold: Style = { ...s, weight: 'bold' };
  for (const n of process.nodes) {
    measure.check(n.label, 'regular', n.source, `process step ${n.id}`);
    if (n.timeLimit) measure.check(`限时：${n.timeLimit}`, 'bold', n.source, `process step ${n.id}`);
    for (const e of n.next) if (e.label) measure.check(e.label, 'bold', n.source, `process step ${n.id}`);
  }
  for (const r of model.roles) if (process.lanes.includes(r.id)) measure.check(r.name, 'bold', r.source, `role ${r.id}`);
  // Every handbook of a build draws the same charts: lay each out once per model, style and width.
  let cache = layoutCache.get(model);
  if (!cache) layoutCache.set(model, (cache = new Map()));
  const key = `${process.id}\u0000${JSON.stringify(s)}\u0000${width}`;
  let layout = cache.get(key);
  if (!layout) {
    // Measure with the bold face: lane headers, limits and branch labels are bold, and labels then have room to spare.
    layout = layoutProcess(process, model.roles, {
      fontSize: s.size,
      lineHeight: s.size * s.leading,
      targetWidth: width,
      measure: (text, size) => measure.width(text, { ...bold, size }),
    });
    cache.set(key, layout);
  }
  return layout;
}

const layoutCache = new WeakMap<Model, Map<string, Promise<ProcessLayout>>>();

/**
 * A flow block for the chart at full type size (narrowed only to fit the measure). A tall chart
 * is cut between ranks into bands, so it continues on the next page with the lane headers
 * repeated instead of shrinking its text to nothing.
 */
export function chartBlock(layout: ProcessLayout, s: Style, width: number): FlowBlock<ChartContent> {
  const scale = Math.min(1, width / layout.width);
  const header = Math.max(0, ...layout.lanes.map((l) => l.y + l.headerHeight));
  const ranks = [...new Set(layout.nodes.map((n) => n.rank))].sort((a, b) => a - b);
  const bands = [header];
  for (let i = 0; i + 1 < ranks.length; i++) {
    const bottom = Math.max(...layout.nodes.filter((n) => n.rank === ranks[i]).map((n) => n.y + n.height));
    const nextTop = Math.min(...layout.nodes.filter((n) => n.rank === ranks[i + 1]).map((n) => n.y));
    const cut = (bottom + nextTop) / 2;
    // Never cut through an edge label.
    const crossesLabel = layout.edges.some((e) => e.labelBox && e.labelBox.y < cut && e.labelBox.y + e.labelBox.height > cut);
    if (!crossesLabel && cut > bands[bands.length - 1]!) bands.push(cut);
  }
  bands.push(layout.height);
  const rows = bands.slice(1).map((b, i) => (b - bands[i]!) * scale);
  return {
    rows,
    header: header * scale,
    keepTogether: false,
    orphans: Math.min(3, rows.length),
    widows: Math.min(2, rows.length),
    spaceBefore: s.size * 0.8,
    spaceAfter: s.size * 0.4,
    content: { type: 'chart', layout, scale, style: s, bands, header },
  };
}

/** Draw bands [from, to) of the chart with the top of its lane headers at `top`. */
export function drawChart(t: Typesetter, page: PDFPage, content: ChartContent, left: number, top: number, width: number, from: number, to: number): void {
  const { layout, scale, bands, header } = content;
  const x0 = left + (width - layout.width * scale) / 2;
  const bandTop = bands[from]!;
  const bandBottom = bands[to]!;
  // Lane headers: drawn on their own, then the band shifted up under them and clipped.
  page.pushOperators(pushGraphicsState(), rectangle(x0 - 2, page.getHeight() - top - header * scale, layout.width * scale + 4, header * scale), clip(), endPath());
  drawLayout(t, page, content, x0, top, true);
  page.pushOperators(popGraphicsState());
  const shift = top + header * scale - bandTop * scale;
  page.pushOperators(pushGraphicsState(), rectangle(x0 - 2, page.getHeight() - (top + (header + bandBottom - bandTop) * scale) - 1, layout.width * scale + 4, (bandBottom - bandTop) * scale + 1), clip(), endPath());
  drawLayout(t, page, content, x0, shift, false);
  page.pushOperators(popGraphicsState());
  if (from > 0 || to < bands.length - 1) {
    // Mark continuation so a reader knows the chart goes on.
    const s: Style = { ...content.style, size: content.style.size * 0.9, colour: 'muted' };
    const note = to < bands.length - 1 ? '（续下页）' : '';
    if (note) t.text(page, note, x0 + layout.width * scale - t.measure.width(note, s), page.getHeight() - (top + (header + bandBottom - bandTop) * scale) - s.size * 1.2, s);
  }
}

function drawLayout(t: Typesetter, page: PDFPage, content: ChartContent, x0: number, top: number, headersOnly: boolean): void {
  const { layout, scale } = content;
  const X = (x: number): number => x0 + x * scale;
  const Y = (y: number): number => page.getHeight() - (top + y * scale);
  const size = content.style.size * scale;
  const lh = layout.lineHeight * scale;
  const regular: Style = { ...content.style, size };
  const bold: Style = { ...regular, weight: 'bold' };
  const c = (hex: string) => hexColour(hex);
  const measure = t.measure;
  /** Centred lines, line i's box starting at `lineTop + i·lineHeight` (layout units). */
  const centred = (lines: string[], cx: number, lineTop: number, s: Style, colour: string): void => {
    const face = measure.faces[s.weight];
    lines.forEach((line, i) => {
      const boxTop = top + (lineTop + i * layout.lineHeight) * scale;
      const baseline = boxTop + lh / 2 + ((face.ascent + face.descent) / 2) * s.size;
      const w = measure.width(line, s);
      t.text(page, line, X(cx) - w / 2, page.getHeight() - baseline, s, { colour: c(colour) });
    });
  };

  page.drawRectangle({ x: X(0), y: Y(layout.height), width: layout.width * scale, height: layout.height * scale, color: c(PALETTE.background), borderColor: c(PALETTE.laneBorder), borderWidth: 0.5 });
  layout.lanes.forEach((lane, i) => {
    if (i % 2 === 1) page.drawRectangle({ x: X(lane.x), y: Y(lane.y + lane.height), width: lane.width * scale, height: lane.height * scale, color: c(PALETTE.laneAlt) });
    page.drawRectangle({ x: X(lane.x), y: Y(lane.y + lane.headerHeight), width: lane.width * scale, height: lane.headerHeight * scale, color: c(PALETTE.laneHeader) });
    if (i > 0) page.drawLine({ start: { x: X(lane.x), y: Y(lane.y) }, end: { x: X(lane.x), y: Y(lane.y + lane.height) }, thickness: 0.5, color: c(PALETTE.laneBorder) });
    centred(lane.lines, lane.x + lane.width / 2, lane.y + (lane.headerHeight - lane.lines.length * layout.lineHeight) / 2, bold, PALETTE.text);
  });
  if (headersOnly) return;

  const stroke = 1.1 * scale;
  for (const edge of layout.edges) {
    const pts = edge.points;
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!;
      const b = pts[i]!;
      // Stop the line short of the tip so it does not poke through the arrowhead.
      const last = i === pts.length - 1;
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const back = last ? Math.min(len, (4 * 0.8) / scale) : 0;
      const end = { x: b.x - ((b.x - a.x) / len) * back, y: b.y - ((b.y - a.y) / len) * back };
      page.drawLine({ start: { x: X(a.x), y: Y(a.y) }, end: { x: X(end.x), y: Y(end.y) }, thickness: stroke, color: c(PALETTE.edge) });
    }
    const tip = pts[pts.length - 1];
    const prev = pts[pts.length - 2];
    if (tip && prev) {
      const len = Math.hypot(tip.x - prev.x, tip.y - prev.y) || 1;
      const ux = (tip.x - prev.x) / len;
      const uy = (tip.y - prev.y) / len;
      const L = 4.5 / scale;
      const W = 2.2 / scale;
      const bx = tip.x - ux * L;
      const by = tip.y - uy * L;
      const edgeColour = c(PALETTE.edge);
      page.pushOperators(
        pushGraphicsState(),
        setFillingRgbColor(edgeColour.red, edgeColour.green, edgeColour.blue),
        moveTo(X(tip.x), Y(tip.y)),
        lineTo(X(bx - uy * W), Y(by + ux * W)),
        lineTo(X(bx + uy * W), Y(by - ux * W)),
        closePath(),
        fill(),
        popGraphicsState(),
      );
    }
  }

  for (const node of layout.nodes) {
    const { x, y, width: w, height: h } = node;
    if (node.type === 'decision') {
      const diamond = [moveTo((w / 2) * scale, 0), lineTo(w * scale, (h / 2) * scale), lineTo((w / 2) * scale, h * scale), lineTo(0, (h / 2) * scale), closePath()];
      drawPath(page, X(x), Y(y), diamond, c(PALETTE.decisionFill), { colour: c(PALETTE.decisionStroke), width: stroke });
    } else {
      const terminal = node.type !== 'step';
      const r = terminal ? Math.min(h / 2, 16) * scale : 2 * scale;
      drawPath(page, X(x), Y(y), roundedRectangle(w * scale, h * scale, r), c(terminal ? PALETTE.terminalFill : PALETTE.stepFill), {
        colour: c(terminal ? PALETTE.terminalStroke : PALETTE.stepStroke),
        width: stroke,
      });
    }
    joinOperators(page);
    centred(node.lines, x + w / 2, node.textTop, regular, PALETTE.text);
    if (node.timeLimitLines.length > 0) centred(node.timeLimitLines, x + w / 2, node.timeLimitTop, bold, PALETTE.timeLimit);
  }

  for (const edge of layout.edges) {
    if (edge.label === undefined || !edge.labelBox || !edge.labelAt) continue;
    const b = edge.labelBox;
    page.drawRectangle({ x: X(b.x), y: Y(b.y + b.height), width: b.width * scale, height: b.height * scale, color: c(PALETTE.background) });
    const lines = edge.labelLines ?? [edge.label];
    centred(lines, edge.labelAt.x, b.y + (b.height - lines.length * layout.lineHeight) / 2, bold, PALETTE.edgeLabel);
  }
}
