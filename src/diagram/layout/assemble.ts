/**
 * Last phase, assembly: the phases' results put together as the `ProcessLayout` renderers draw.
 * Where a label sticks out at the sides the chart grows (the first and last lanes get wider and
 * everything moves right); coordinates are rounded; nodes and edges are put in reading order.
 */
import type { Geometry } from './geometry.ts';
import type { PlacedLabel } from './labels.ts';
import type { Lanes } from './lanes.ts';
import type { Metrics } from './metrics.ts';
import { round } from './shapes.ts';
import type { SizedNode } from './sizes.ts';
import {
  type Box,
  type EdgeLayout,
  type LaneLayout,
  must,
  type NodeLayout,
  type Point,
  type ProcessLayout,
} from './types.ts';

/** Text on screen is never smaller than this many CSS px (see `ProcessLayout.minDisplayWidth`). */
const MIN_READABLE_PX = 11;

export interface AssembleRequest {
  processId: string;
  title: string;
  metrics: Metrics;
  lanes: Lanes;
  geometry: Geometry;
  /** In the process's order, with their rows. */
  nodes: readonly (SizedNode & { rank: number })[];
  /** In the process's order; `points` as resolved by the paths phase. */
  edges: readonly { from: string; to: string; label?: string; back: boolean; points: Point[] }[];
  /** Per edge (see labels.ts). */
  labels: readonly (Omit<PlacedLabel, 'clear'> | undefined)[];
}

export function assemble(req: AssembleRequest): ProcessLayout {
  const m = req.metrics;
  const edges: EdgeLayout[] = req.edges.map((e, i) => {
    const placed = req.labels[i];
    return {
      from: e.from,
      to: e.to,
      ...(e.label !== undefined ? { label: e.label } : {}),
      points: e.points,
      back: e.back,
      ...(placed ? { labelLines: placed.lines, labelBox: placed.box, labelAt: placed.at } : {}),
    };
  });
  const grown = growForLabels(req.geometry, edges);
  const { height, headerHeight } = req.geometry;
  const lanes: LaneLayout[] = req.lanes.ids.map((roleId, l) => ({
    roleId,
    label: must(req.lanes.labels[l], 'lane label'),
    lines: must(req.geometry.headerLines[l], 'lane lines'),
    x: round(must(grown.laneX[l], 'lane x')),
    y: 0,
    width: round(must(grown.laneWidth[l], 'lane width')),
    height: round(height),
    headerHeight: round(headerHeight),
  }));
  const nodes = nodesInReadingOrder(req, grown.boxes);
  const nodeOrder = new Map(nodes.map((n, i) => [n.id, i]));
  const edgesOut = grown.edges
    .map((e, i) => ({ e, i }))
    .sort((p, q) => must(nodeOrder.get(p.e.from), 'order') - must(nodeOrder.get(q.e.from), 'order') || p.i - q.i)
    .map((p) => p.e);
  return {
    processId: req.processId,
    title: req.title,
    width: round(grown.width),
    height: round(height),
    fontSize: m.fs,
    lineHeight: m.lh,
    minDisplayWidth: Math.ceil((grown.width * MIN_READABLE_PX) / m.fs),
    lanes,
    nodes,
    edges: edgesOut,
  };
}

interface Grown {
  boxes: Box[];
  laneX: number[];
  laneWidth: number[];
  width: number;
  edges: EdgeLayout[];
}

/** Grow the chart where a label sticks out at the sides: the first and last lanes get wider. */
function growForLabels(geo: Geometry, edges: EdgeLayout[]): Grown {
  const placed = edges.flatMap((e) => (e.labelBox ? [e.labelBox] : []));
  const labelLeft = Math.min(0, ...placed.map((b) => b.x - 2));
  const labelRight = Math.max(geo.width, ...placed.map((b) => b.x + b.width + 2));
  const shift = round(-labelLeft);
  const extra = round(labelRight - geo.width);
  if (!(shift > 0 || extra > 0))
    return { boxes: geo.boxes, laneX: geo.laneX, laneWidth: geo.laneWidth, width: geo.width, edges };
  const laneCount = geo.laneX.length;
  const laneX = geo.laneX.map((x, l) => (l >= 1 ? x + shift : x));
  const laneWidth = [...geo.laneWidth];
  laneWidth[0] = must(laneWidth[0], 'lane width') + shift;
  laneWidth[laneCount - 1] = must(laneWidth[laneCount - 1], 'lane width') + extra;
  return {
    boxes: geo.boxes.map((b) => ({ ...b, x: b.x + shift })),
    laneX,
    laneWidth,
    width: geo.width + (shift + extra),
    edges: edges.map((e) => ({
      ...e,
      points: e.points.map((pt) => ({ x: round(pt.x + shift), y: pt.y })),
      ...(e.labelBox ? { labelBox: { ...e.labelBox, x: round(e.labelBox.x + shift) } } : {}),
      ...(e.labelAt ? { labelAt: { x: round(e.labelAt.x + shift), y: e.labelAt.y } } : {}),
    })),
  };
}

/** Nodes by row, then lane, with their text positions. */
function nodesInReadingOrder(req: AssembleRequest, boxes: readonly Box[]): NodeLayout[] {
  const m = req.metrics;
  return req.nodes
    .map((s, i) => ({ s, b: must(boxes[i], s.node.id) }))
    .sort((p, q) => p.s.rank - q.s.rank || p.s.lane - q.s.lane)
    .map(({ s, b }) => {
      const textTop = b.y + (b.height - s.textHeight) / 2;
      return {
        id: s.node.id,
        type: s.node.type,
        role: s.node.role,
        label: s.node.label,
        lines: s.lines,
        ...(s.node.timeLimit !== undefined ? { timeLimit: s.node.timeLimit } : {}),
        timeLimitLines: s.timeLimitLines,
        textTop: round(textTop),
        timeLimitTop: round(textTop + s.lines.length * m.lh + (s.timeLimitLines.length > 0 ? m.fs * 0.3 : 0)),
        rank: s.rank,
        x: round(b.x),
        y: round(b.y),
        width: round(round(b.x + b.width) - round(b.x)),
        height: round(round(b.y + b.height) - round(b.y)),
      };
    });
}
