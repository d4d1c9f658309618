/**
 * Phase 2, sizes: how wide each lane's nodes are (within the width budget) and, at that width, how
 * each node's text wraps and how tall the node gets.
 */
import type { ProcessNode } from '../../model/types/processes.ts';
import { widestUnbreakable, wrapBalanced } from '../text.ts';
import type { Lanes } from './lanes.ts';
import { type Metrics, nodeWidthFor, textWidthFor } from './metrics.ts';
import { must } from './types.ts';

export interface SizedNode {
  node: ProcessNode;
  /** Index of its lane (column). */
  lane: number;
  width: number;
  height: number;
  lines: string[];
  timeLimitLines: string[];
  /** Height of the text block (label + time limit). */
  textHeight: number;
}

type NodeText = Pick<SizedNode, 'height' | 'lines' | 'timeLimitLines' | 'textHeight'>;

export interface SizeRequest {
  nodes: readonly ProcessNode[];
  lanes: Lanes;
  metrics: Metrics;
  /** Total width the lanes (nodes and their padding) should fit in. */
  budget: number;
  timeLimitPrefix: string;
  /** Widen the nodes to use the whole budget (print). */
  fill: boolean;
  /**
   * When a lane holds several columns (see columns.ts): the column of each node, in `nodes`' order,
   * and the lane of each column. Widths are then per column, and `Sizes` speaks of columns.
   */
  columns?: { of: readonly number[]; lane: readonly number[] };
}

export interface Sizes {
  /** Node width of each lane (of each column, when sized by columns). */
  nodeWidths: number[];
  /** In the order the process lists its nodes. */
  nodes: SizedNode[];
}

export function sizeNodes(req: SizeRequest): Sizes {
  const m = req.metrics;
  const laneIndex = new Map(req.lanes.ids.map((id, i) => [id, i]));
  const laneOf = (node: ProcessNode): number => must(laneIndex.get(node.role), `lane of ${node.id}`);
  const columns = req.columns;
  const columnOf = (i: number): number =>
    columns ? must(columns.of[i], 'column') : laneOf(must(req.nodes[i], 'node'));
  const columnLanes = columns ? columns.lane : req.lanes.ids.map((_, l) => l);
  const nodesByColumn = columnLanes.map((_, c) => req.nodes.filter((_n, i) => columnOf(i) === c));
  // A lane's header spans its columns: only a lane of one column widens its nodes to the header.
  const headers = columnLanes.map((l) =>
    columnLanes.filter((x) => x === l).length > 1 ? '' : must(req.lanes.labels[l], 'lane label'),
  );
  const inner = columnLanes.filter((l, c) => c > 0 && columnLanes[c - 1] === l).length;
  const nodeWidths = chooseNodeWidths(nodesByColumn, headers, m, req.budget, req.timeLimitPrefix, req.fill, inner);
  const nodes = req.nodes.map((node, i) => {
    const lane = columnOf(i);
    // A widened lane (fill) does not widen its diamonds: a diamond's height grows with its width.
    const width = Math.min(
      must(nodeWidths[lane], `width of lane ${lane}`),
      req.fill && node.type === 'decision' ? Math.max(Math.min(m.fs * 13, m.maxNodeWidth), m.minNodeWidth) : Infinity,
    );
    return { node, lane, width, ...sizeNode(node, width, m, req.timeLimitPrefix) };
  });
  return { nodeWidths, nodes };
}

/** Wraps the node's text for a given width and derives its height. */
function sizeNode(node: ProcessNode, width: number, m: Metrics, prefix: string): NodeText {
  if (node.type === 'decision') {
    // The diamond's height depends on how wide its text block is: try a few widths, keep the flattest.
    let best: NodeText | undefined;
    // From wide to narrow; a narrower block must save real height to win, so ties keep fewer lines.
    for (let step = 8; step >= 4; step -= 0.5) {
      const sized = sizeText(node, width, (width * step) / 10, m, prefix);
      if (!best || sized.height < best.height * 0.97) best = sized;
    }
    return must(best, 'decision size');
  }
  return sizeText(node, width, textWidthFor(node.type, width, m), m, prefix);
}

function sizeText(node: ProcessNode, width: number, textWidth: number, m: Metrics, prefix: string): NodeText {
  const lines = wrapBalanced(node.label, textWidth, m.fs, m.measure);
  const timeLimitLines = node.timeLimit ? wrapTimeLimit(prefix, node.timeLimit, textWidth, m) : [];
  const gap = timeLimitLines.length > 0 ? m.fs * 0.3 : 0;
  const textHeight = (lines.length + timeLimitLines.length) * m.lh + gap;
  let height: number;
  if (node.type === 'decision') {
    const widest = Math.max(...[...lines, ...timeLimitLines].map((l) => m.measure(l, m.fs)));
    // A w×h text block fits in a W×H diamond when w/W + h/H ≤ 1.
    const usable = Math.max(0.2, 1 - (widest + m.fs * 0.6) / width);
    height = Math.max(textHeight / usable + m.padY, width * 0.45, m.fs * 3);
  } else {
    height = Math.max(textHeight + 2 * m.padY, m.fs * 2.6);
  }
  return { height, lines, timeLimitLines, textHeight };
}

/** 「限时：2个工作日」 on one line if it fits, else the prefix alone and the limit kept together below it. */
function wrapTimeLimit(prefix: string, limit: string, width: number, m: Metrics): string[] {
  const whole = prefix + limit;
  if (m.measure(whole, m.fs) <= width || prefix === '') return wrapBalanced(whole, width, m.fs, m.measure);
  return [prefix, ...wrapBalanced(limit, width, m.fs, m.measure)];
}

/** Column widths: each lane as wide as its longest single-line label wants, shrunk evenly to the budget. */
export function chooseNodeWidths(
  nodesByLane: readonly (readonly ProcessNode[])[],
  laneLabels: readonly string[],
  m: Metrics,
  budget: number,
  prefix: string,
  fill: boolean,
  /** Borders between two columns of one lane, each narrower than a lane's. */
  innerBorders = 0,
): number[] {
  const natural: number[] = [];
  const floor: number[] = [];
  nodesByLane.forEach((nodes, lane) => {
    let want = m.minNodeWidth;
    let need = m.minNodeWidth;
    for (const node of nodes) {
      const texts = [node.label, ...(node.timeLimit ? [prefix + node.timeLimit] : [])];
      for (const text of texts) {
        want = Math.max(want, nodeWidthFor(node.type, m.measure(text, m.fs), m));
        need = Math.max(need, nodeWidthFor(node.type, widestUnbreakable(text, m.fs, m.measure), m));
      }
    }
    const header = laneLabels[lane] ?? '';
    want = Math.max(want, Math.min(m.measure(header, m.fs) + m.padX, m.maxNodeWidth));
    natural.push(Math.max(need, Math.min(want, m.maxNodeWidth)));
    floor.push(need);
  });
  const padding = 2 * m.lanePad * nodesByLane.length - 2 * (m.lanePad - m.columnPad) * innerBorders;
  const available = budget - padding;
  const total = (cap: number): number =>
    natural.reduce((sum, n, i) => sum + Math.max(floor[i] ?? 0, Math.min(n, cap)), 0);
  if (total(Infinity) <= available) {
    if (!fill) return natural;
    // Spread the spare width over the lanes evenly: every node gets flatter.
    const extra = (available - total(Infinity)) / natural.length;
    return natural.map((n) => Math.floor(n + extra));
  }
  // Lower a common cap until the sum fits (water-filling): wide lanes give up width first.
  let lo = 0;
  let hi = Math.max(...natural);
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (total(mid) <= available) lo = mid;
    else hi = mid;
  }
  return natural.map((n, i) => Math.floor(Math.max(floor[i] ?? 0, Math.min(n, lo))));
}
