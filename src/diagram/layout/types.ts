/**
 * What the layout takes and gives: the options a renderer passes and the positioned lanes, nodes
 * and edges it draws, the `Side` of a node, and `must`, the check the phases make on each other's
 * data. The phases' own in-between data is typed in the phase that makes it.
 *
 * Coordinate system: abstract units, origin top-left, x to the right, y DOWN. `fontSize` and
 * `lineHeight` are in the same units; a renderer scales everything uniformly.
 */
import type { ProcessNodeType } from '../../model/types.ts';
import type { TextMeasurer } from '../text.ts';

export interface LayoutOptions {
  /** Width of `text` at `fontSize`; pass real font metrics for print. Default: CJK 1 em, ASCII 0.55 em. */
  measure?: TextMeasurer;
  /** Font size in layout units (default 14). */
  fontSize?: number;
  /** Distance between baselines (default 1.4 × fontSize). */
  lineHeight?: number;
  /**
   * Total width the layout tries to stay within (default 32 × fontSize, so text is ≥ 11 px when the
   * chart is shown 358 px wide: a 390 px phone minus page padding). Exceeded only when lanes cannot
   * get narrower without breaking inside a word; then see `ProcessLayout.minDisplayWidth`.
   */
  targetWidth?: number;
  /** Prefix of the time-limit line (default 「限时：」). */
  timeLimitPrefix?: string;
  /** Widest a node may be, in ems (default 10: a phone's width). Print passes more so that charts use the page. */
  maxNodeEms?: number;
  /** Widen the nodes so that the chart takes `targetWidth` even when its labels would fit narrower (print). */
  fill?: boolean;
}

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaneLayout extends Box {
  roleId: string;
  label: string;
  /** The label wrapped to fit the header. */
  lines: string[];
  /** Height of the header band at the top of the lane (from `y`). */
  headerHeight: number;
}

export interface NodeLayout extends Box {
  id: string;
  type: ProcessNodeType;
  /** Role id = the lane it sits in. */
  role: string;
  /** The label as written. */
  label: string;
  /** The label wrapped; line i's box is [textTop + i·lineHeight, +lineHeight], centred on x + width/2. */
  lines: string[];
  /** Time limit as written (e.g. 「2个工作日」). */
  timeLimit?: string;
  /** Prefix + time limit wrapped; drawn right below `lines`, from `timeLimitTop`. */
  timeLimitLines: string[];
  textTop: number;
  timeLimitTop: number;
  /** Row index, 0 at the top. */
  rank: number;
}

export interface EdgeLayout {
  from: string;
  to: string;
  label?: string;
  /** Orthogonal polyline; the first point is on the source's border, the last on the target's (arrow tip). */
  points: Point[];
  /** The label wrapped (≤ 5 em a line); line i's box is [labelBox.y + i·lineHeight, +lineHeight]. */
  labelLines?: string[];
  /** Centre of the label text. */
  labelAt?: Point;
  /** Box the label occupies (kept clear of nodes, other labels and edges where possible). */
  labelBox?: Box;
  /** True when the edge goes back up (a loop), false for the normal downward flow. */
  back: boolean;
}

export interface ProcessLayout {
  processId: string;
  title: string;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /**
   * Smallest on-screen width (CSS px) at which text is still ≥ 11 px. Renderers should let the chart
   * scroll horizontally below it (only exceeds 358 when there are many lanes).
   */
  minDisplayWidth: number;
  lanes: LaneLayout[];
  /** In reading order: by rank, then lane. */
  nodes: NodeLayout[];
  /** Grouped by source node in reading order, then in the order the branches were written. */
  edges: EdgeLayout[];
}

/** A side of a node's box, where an edge leaves or enters it. */
export type Side = 'top' | 'bottom' | 'left' | 'right';

/** Fails loudly on a broken invariant between phases (a missing lane, node or run). */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`process layout: missing ${what}`);
  return value;
}
