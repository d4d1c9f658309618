/**
 * Phase 9, labels: each edge label (是 / 否 …) placed beside one of its edge's legs, nearest the
 * edge's start, where it covers the fewest nodes, other labels and edge legs (a clear place if any).
 * Labels are placed in the edges' order; each sees the labels placed before it.
 *
 * Before the geometry, `labelRoomBelow` tells it how much height the labels of edges leaving a node
 * downwards need under that node, so the channel below is made tall enough for them.
 */
import { wrapText } from '../text.ts';
import type { Metrics } from './metrics.ts';
import { overlaps, overlapsDiamond, round, segments } from './shapes.ts';
import type { Box, Point, Side } from './types.ts';

export interface LabelRequest {
  metrics: Metrics;
  edges: readonly { label?: string; points: readonly Point[] }[];
  /** Every node's box; a decision's shape is the diamond inscribed in it. */
  shapes: readonly { box: Box; diamond: boolean }[];
  /** Labels stay between the header band (`top`) and the chart's bottom; sideways they may stick out of [0, width]. */
  top: number;
  bottom: number;
  width: number;
}

export interface PlacedLabel {
  /** The label wrapped, ≤ 5 em a line. */
  lines: string[];
  box: Box;
  /** Centre of the box. */
  at: Point;
  /** False when every place beside the edge covers a node or another label (the least bad was taken). */
  clear: boolean;
}

/** A label wrapped (≤ 5 em a line) and the size of its box. */
export function labelSize(label: string, m: Metrics): { lines: string[]; width: number; height: number } {
  const lines = wrapText(label, m.fs * 5, m.fs, m.measure);
  return { lines, width: Math.max(...lines.map((l) => m.measure(l, m.fs))) + m.fs * 0.5, height: lines.length * m.lh };
}

/** Space kept between a label and the leg it sits by, and before the leg's ends. */
const labelGap = (m: Metrics): number => m.fs * 0.25;

/** Length of leg a label fits beside, with the gaps at either end. */
export const labelRoom = (label: string, m: Metrics): number => labelSize(label, m).height + 2 * labelGap(m);

/**
 * Per node, the free height its outgoing labels need below it: an edge leaving by the bottom has its
 * label's first place beside its first leg, which starts at the node and runs down through the
 * channel below it. A channel only as tall as its tracks need (two lines) would leave a long branch
 * label (「电源侧（供电企业产权）」, three lines) lying over the node in the next row.
 */
export function labelRoomBelow(
  nodeCount: number,
  edges: readonly { from: number; exit: Side; label: string | undefined }[],
  m: Metrics,
): number[] {
  const room = Array.from({ length: nodeCount }, () => 0);
  for (const e of edges)
    if (e.label !== undefined && e.exit === 'bottom') room[e.from] = Math.max(room[e.from] ?? 0, labelRoom(e.label, m));
  return room;
}

/** Per edge, its label's place; undefined for an unlabelled edge or one with no leg to put it by. */
export function placeLabels(req: LabelRequest): (PlacedLabel | undefined)[] {
  const m = req.metrics;
  const placed: Box[] = [];
  const allSegments = req.edges.map((e) => segments(e.points));
  // Sideways a label may stick out of the chart (the chart then grows); vertically it may not.
  const inBounds = (box: Box): boolean => box.y >= req.top && box.y + box.height <= req.bottom;
  const outside = (box: Box): number => (box.x < 0 || box.x + box.width > req.width ? 0.5 : 0);
  const onNodes = (box: Box): number =>
    req.shapes.filter((ns) => (ns.diamond ? overlapsDiamond(box, ns.box, 1) : overlaps(box, ns.box, 1))).length;
  const onLabels = (box: Box): number => placed.filter((lb) => overlaps(box, lb, 1)).length;
  const cost = (box: Box): number =>
    outside(box) +
    10 * onNodes(box) +
    5 * onLabels(box) +
    allSegments.reduce((sum, segs) => sum + segs.filter((sg) => overlaps(box, sg, 1)).length, 0);
  return req.edges.map((e) => {
    if (e.label === undefined) return undefined;
    const { lines, width: w, height: h } = labelSize(e.label, m);
    let best: Box | undefined;
    let bestCost = Infinity;
    for (const c of labelCandidates(e.points, w, h, labelGap(m))) {
      if (!inBounds(c)) continue;
      const k = cost(c);
      if (k < bestCost) {
        best = c;
        bestCost = k;
        if (k === 0) break;
      }
    }
    if (!best) return undefined;
    const clear = onNodes(best) + onLabels(best) === 0;
    const box = { x: round(best.x), y: round(best.y), width: round(best.width), height: round(best.height) };
    placed.push(box);
    return { lines, box, at: { x: round(box.x + box.width / 2), y: round(box.y + box.height / 2) }, clear };
  });
}

/** Places to try for an edge label: beside each leg, either side, nearest the edge's start first. */
export function labelCandidates(points: readonly Point[], w: number, h: number, gap: number): Box[] {
  const out: Box[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (!a || !b) continue;
    const vertical = a.x === b.x;
    const len = vertical ? Math.abs(b.y - a.y) : Math.abs(b.x - a.x);
    const size = vertical ? h : w;
    const step = Math.max(4, size / 2);
    // A dozen positions per leg keep the search short; the first fits even when the leg is too short.
    for (let along = gap, k = 0; k < 12; along += step, k++) {
      if (k > 0 && along + size > len - gap) break;
      if (vertical) {
        const top = b.y > a.y ? a.y + along : a.y - along - h;
        out.push(
          { x: a.x + gap + 1, y: top, width: w, height: h },
          { x: a.x - gap - 1 - w, y: top, width: w, height: h },
        );
      } else {
        const left = b.x > a.x ? a.x + along : a.x - along - w;
        out.push(
          { x: left, y: a.y - gap - 1 - h, width: w, height: h },
          { x: left, y: a.y + gap + 1, width: w, height: h },
        );
      }
    }
  }
  return out;
}
