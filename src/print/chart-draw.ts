/**
 * A process chart's layout drawn as PDF vectors: lanes, step boxes, decision diamonds, arrows and
 * their labels in paint order, with real text, optionally only one band of it (a chart split over pages).
 */
import {
  closePath,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  type PDFPage,
} from 'pdf-lib';
import { PALETTE, type ProcessLayout } from '../diagram/index.ts';
import {
  drawPath,
  fillRectangle,
  hexColour,
  joinOperators,
  pageHeight,
  roundedRectangle,
  strokeLine,
} from './content-stream.ts';
import type { Style } from './measure.ts';
import type { Typesetter } from './render.ts';

import type { ChartContent } from './chart.ts';

/** What drawing a chart needs: the page, layout-to-page coordinates, the type at scale, centred text. */
interface Pen {
  t: Typesetter;
  page: PDFPage;
  layout: ProcessLayout;
  scale: number;
  X: (x: number) => number;
  Y: (y: number) => number;
  regular: Style;
  bold: Style;
  /** Edge and outline width. */
  stroke: number;
  c: (hex: string) => ReturnType<typeof hexColour>;
  /** Centred lines, line i's box starting at `lineTop + i·lineHeight` (layout units). */
  centred: (lines: string[], cx: number, lineTop: number, s: Style, colour: string) => void;
  /** Whether a box from y of height h lies inside the band drawn (always, without a band). */
  within: (y: number, h: number) => boolean;
}

function penFor(
  t: Typesetter,
  page: PDFPage,
  content: ChartContent,
  x0: number,
  top: number,
  band: [number, number] | undefined,
): Pen {
  const within = (y: number, h: number): boolean => !band || (y >= band[0] - 0.5 && y + h <= band[1] + 0.5);
  const { layout, scale } = content;
  const X = (x: number): number => x0 + x * scale;
  const Y = (y: number): number => pageHeight(page) - (top + y * scale);
  const size = content.style.size * scale;
  const lh = layout.lineHeight * scale;
  const regular: Style = { ...content.style, size };
  const bold: Style = { ...regular, weight: 'bold' };
  const c = (hex: string) => hexColour(hex);
  const measure = t.measure;
  const centred = (lines: string[], cx: number, lineTop: number, s: Style, colour: string): void => {
    const face = measure.faces[s.weight];
    lines.forEach((line, i) => {
      const boxTop = top + (lineTop + i * layout.lineHeight) * scale;
      const baseline = boxTop + lh / 2 + ((face.ascent + face.descent) / 2) * s.size;
      const w = measure.width(line, s);
      t.text(page, line, X(cx) - w / 2, pageHeight(page) - baseline, s, { colour: c(colour) });
    });
  };
  return { t, page, layout, scale, X, Y, regular, bold, stroke: 1.1 * scale, c, centred, within };
}

/** The layout drawn from `top`; with `band`, only the nodes and labels inside it (the rest is clipped away, and clipped text would still be extracted). */
export function drawLayout(
  t: Typesetter,
  page: PDFPage,
  content: ChartContent,
  x0: number,
  top: number,
  headersOnly: boolean,
  band?: [number, number],
): void {
  // Paint order: the frame and lanes, then the edges under the nodes, then the edge labels on top.
  const pen = penFor(t, page, content, x0, top, band);
  drawLanes(pen, band !== undefined);
  if (headersOnly) return;
  drawEdges(pen);
  drawNodes(pen);
  drawEdgeLabels(pen);
}

/** The chart's frame, the lanes (every other one tinted) and their headers (named unless a band is drawn). */
function drawLanes(pen: Pen, banded: boolean): void {
  const { page, layout, scale, X, Y, bold, c, centred } = pen;
  page.drawRectangle({
    x: X(0),
    y: Y(layout.height),
    width: layout.width * scale,
    height: layout.height * scale,
    color: c(PALETTE.background),
    borderColor: c(PALETTE.laneBorder),
    borderWidth: 0.5,
  });
  layout.lanes.forEach((lane, i) => {
    if (i % 2 === 1)
      fillRectangle(
        page,
        X(lane.x),
        Y(lane.y + lane.height),
        lane.width * scale,
        lane.height * scale,
        c(PALETTE.laneAlt),
      );
    fillRectangle(
      page,
      X(lane.x),
      Y(lane.y + lane.headerHeight),
      lane.width * scale,
      lane.headerHeight * scale,
      c(PALETTE.laneHeader),
    );
    if (i > 0)
      strokeLine(
        page,
        { x: X(lane.x), y: Y(lane.y) },
        { x: X(lane.x), y: Y(lane.y + lane.height) },
        0.5,
        c(PALETTE.laneBorder),
      );
    if (!banded)
      centred(
        lane.lines,
        lane.x + lane.width / 2,
        lane.y + (lane.headerHeight - lane.lines.length * layout.lineHeight) / 2,
        bold,
        PALETTE.text,
      );
  });
}

/** The edges, stopped short of their tips, and their arrowheads. */
function drawEdges(pen: Pen): void {
  const { page, layout, scale, X, Y, stroke, c } = pen;
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
      strokeLine(page, { x: X(a.x), y: Y(a.y) }, { x: X(end.x), y: Y(end.y) }, stroke, c(PALETTE.edge));
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
}

/** The steps (rounded boxes, terminals rounder), decisions (diamonds), their text and time limits. */
function drawNodes(pen: Pen): void {
  const { page, layout, scale, X, Y, regular, bold, stroke, c, centred, within } = pen;
  for (const node of layout.nodes) {
    const { x, y, width: w, height: h } = node;
    if (!within(y, h)) continue;
    if (node.type === 'decision') {
      const diamond = [
        moveTo((w / 2) * scale, 0),
        lineTo(w * scale, (h / 2) * scale),
        lineTo((w / 2) * scale, h * scale),
        lineTo(0, (h / 2) * scale),
        closePath(),
      ];
      drawPath(page, X(x), Y(y), diamond, c(PALETTE.decisionFill), {
        colour: c(PALETTE.decisionStroke),
        width: stroke,
      });
    } else {
      const terminal = node.type !== 'step';
      const r = terminal ? Math.min(h / 2, 16) * scale : 2 * scale;
      drawPath(
        page,
        X(x),
        Y(y),
        roundedRectangle(w * scale, h * scale, r),
        c(terminal ? PALETTE.terminalFill : PALETTE.stepFill),
        {
          colour: c(terminal ? PALETTE.terminalStroke : PALETTE.stepStroke),
          width: stroke,
        },
      );
    }
    joinOperators(page);
    centred(node.lines, x + w / 2, node.textTop, regular, PALETTE.text);
    if (node.timeLimitLines.length > 0)
      centred(node.timeLimitLines, x + w / 2, node.timeLimitTop, bold, PALETTE.timeLimit);
  }
}

/** The edges' labels on a background patch, above everything else. */
function drawEdgeLabels(pen: Pen): void {
  const { page, layout, scale, X, Y, bold, c, centred, within } = pen;
  for (const edge of layout.edges) {
    if (edge.label === undefined || !edge.labelBox || !edge.labelAt) continue;
    const b = edge.labelBox;
    if (!within(b.y, b.height)) continue;
    fillRectangle(page, X(b.x), Y(b.y + b.height), b.width * scale, b.height * scale, c(PALETTE.background));
    const lines = edge.labelLines ?? [edge.label];
    centred(lines, edge.labelAt.x, b.y + (b.height - lines.length * layout.lineHeight) / 2, bold, PALETTE.edgeLabel);
  }
}
