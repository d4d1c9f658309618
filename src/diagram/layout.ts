/**
 * Process-chart layout: turns a `Process` into plain positioned boxes, polylines and text lines that
 * any renderer can draw (the site writes SVG with `processToSvg`, the print pipeline draws the same
 * data into a PDF).
 *
 * Coordinate system: abstract units, origin top-left, x to the right, y DOWN. `fontSize` and
 * `lineHeight` are in the same units; a renderer scales everything uniformly.
 *
 * Orientation. Lanes are COLUMNS (one per role, in `process.lanes` order) and the flow runs top to
 * bottom. The number of steps grows the chart downwards, the direction a phone scrolls; lane count
 * is small (2–5 in practice) and bounded by the roles, so the width stays within a budget that keeps
 * text at ≥ 11 px on a 390 px screen. Lanes as rows would grow the chart sideways with every step
 * and need horizontal scrolling for any process longer than three or four steps.
 *
 * How ELK is used. ELK's layered algorithm (bundled build, in-process) assigns every node a layer
 * (rank) — network-simplex layering with depth-first cycle breaking, so loops back to an earlier
 * step become back edges. Swim lanes then fix each node's column; ELK's own in-layer placement
 * cannot be pinned to lanes, so positions and orthogonal edge routes are computed here: edges run in
 * the horizontal channels between ranks and in vertical corridors beside the lanes, each on its own
 * track, so no two edges share a line and no edge crosses a node box.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { Process, ProcessNode, ProcessNodeType } from '../model/types/processes.ts';
import type { Role } from '../model/types.ts';
import { estimateTextWidth, type TextMeasurer, widestUnbreakable, wrapBalanced, wrapText } from './text.ts';

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

type Side = 'top' | 'bottom' | 'left' | 'right';

const MIN_READABLE_PX = 11;

let elkInstance: InstanceType<typeof ELK> | undefined;
function elk(): InstanceType<typeof ELK> {
  elkInstance ??= new ELK();
  return elkInstance;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`process layout: missing ${what}`);
  return value;
}

interface Metrics {
  fs: number;
  lh: number;
  measure: TextMeasurer;
  padX: number;
  padY: number;
  /** Spacing between parallel edge tracks. */
  track: number;
  /** Minimum free space between a node and its lane's border. */
  lanePad: number;
  minNodeWidth: number;
  maxNodeWidth: number;
}

/** Horizontal text room inside a node of the given width. */
function textWidthFor(type: ProcessNodeType, width: number, m: Metrics): number {
  switch (type) {
    case 'step':
      return width - 2 * m.padX;
    case 'start':
    case 'end':
      return width - 2 * m.padX - m.fs;
    case 'decision':
      // The text block must sit inside the diamond; a bit over half its width keeps it from getting too tall.
      return width * 0.62;
  }
}

function nodeWidthFor(type: ProcessNodeType, textWidth: number, m: Metrics): number {
  switch (type) {
    case 'step':
      return textWidth + 2 * m.padX;
    case 'start':
    case 'end':
      return textWidth + 2 * m.padX + m.fs;
    case 'decision':
      return textWidth / 0.62;
  }
}

interface SizedNode {
  node: ProcessNode;
  index: number;
  lane: number;
  width: number;
  height: number;
  lines: string[];
  timeLimitLines: string[];
  /** Height of the text block (label + time limit). */
  textHeight: number;
  rank: number;
}

/** Wraps the node's text for a given width and derives its height. */
function sizeNode(node: ProcessNode, width: number, m: Metrics, prefix: string): Pick<SizedNode, 'height' | 'lines' | 'timeLimitLines' | 'textHeight'> {
  if (node.type === 'decision') {
    // The diamond's height depends on how wide its text block is: try a few widths, keep the flattest.
    let best: ReturnType<typeof sizeText> | undefined;
    // From wide to narrow; a narrower block must save real height to win, so ties keep fewer lines.
    for (let step = 8; step >= 4; step -= 0.5) {
      const sized = sizeText(node, width, (width * step) / 10, m, prefix);
      if (!best || sized.height < best.height * 0.97) best = sized;
    }
    return must(best, 'decision size');
  }
  return sizeText(node, width, textWidthFor(node.type, width, m), m, prefix);
}

function sizeText(node: ProcessNode, width: number, textWidth: number, m: Metrics, prefix: string): Pick<SizedNode, 'height' | 'lines' | 'timeLimitLines' | 'textHeight'> {
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
function chooseNodeWidths(nodesByLane: ProcessNode[][], laneLabels: string[], m: Metrics, budget: number, prefix: string, fill: boolean): number[] {
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
  const padding = 2 * m.lanePad * nodesByLane.length;
  const available = budget - padding;
  const total = (cap: number): number => natural.reduce((sum, n, i) => sum + Math.max(floor[i] ?? 0, Math.min(n, cap)), 0);
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

/** ELK layering: layer index per node id, and the in-layer x for tie-breaking. */
async function elkLayers(sized: SizedNode[], edges: { from: string; to: string }[]): Promise<Map<string, { layer: number; x: number }>> {
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.randomSeed': '1',
      'elk.separateConnectedComponents': 'false',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
      'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.spacing.nodeNode': '20',
      'elk.layered.spacing.nodeNodeBetweenLayers': '20',
    },
    children: sized.map((s) => ({ id: s.node.id, width: s.width, height: s.height })),
    edges: edges
      .filter((e) => e.from !== e.to)
      .map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  };
  const result = await elk().layout(graph);
  const placed = (result.children ?? []).map((c) => ({ id: c.id, top: c.y ?? 0, bottom: (c.y ?? 0) + (c.height ?? 0), x: c.x ?? 0 }));
  // ELK reports coordinates, not layer indices: nodes of one layer share a horizontal band and bands
  // of different layers are separated by the layer spacing, so overlapping bands = same layer.
  placed.sort((a, b) => a.top - b.top || a.x - b.x);
  const layers = new Map<string, { layer: number; x: number }>();
  let layer = -1;
  let bandBottom = -Infinity;
  for (const p of placed) {
    if (p.top >= bandBottom) {
      layer++;
      bandBottom = p.bottom;
    } else bandBottom = Math.max(bandBottom, p.bottom);
    layers.set(p.id, { layer, x: p.x });
  }
  return layers;
}

// ------------------------------------------------------------------ routing model

/** A horizontal run in the channel below row `channel` (-1 = above the first row). */
interface ChannelRun {
  kind: 'channel';
  channel: number;
  /** Ordering keys: lane l's centre = 2l+1, corridor g = 2g. */
  from: number;
  to: number;
  /** Column keys where the edge comes down into this run from above / leaves it downwards. */
  enters: number[];
  leaves: number[];
  target: string;
  edge: number;
  track: number;
}

/** A vertical run in corridor `corridor` (0 = left of lane 0, L = right of the last lane). */
interface CorridorRun {
  kind: 'corridor';
  corridor: number;
  /** Ordering keys: row r's centre = 2r+1, channel c = 2c+2. */
  from: number;
  to: number;
  edge: number;
  /** In an inner corridor: the side of the border the run should keep to (its stub's node side). */
  keep?: 'left' | 'right';
  track: number;
}

type XRef = { kind: 'lane'; lane: number } | { kind: 'corridor'; run: CorridorRun } | { kind: 'port'; node: string; side: Side };
type YRef = { kind: 'row'; rank: number } | { kind: 'channel'; run: ChannelRun } | { kind: 'port'; node: string; side: Side };
interface Waypoint {
  x: XRef;
  y: YRef;
}

interface EdgeSpec {
  index: number;
  from: SizedNode;
  to: SizedNode;
  label?: string;
  back: boolean;
  exit?: Side;
  enter?: Side;
  route: Waypoint[];
}

const laneKey = (lane: number): number => 2 * lane + 1;
const corridorKey = (corridor: number): number => 2 * corridor;
const rowKey = (rank: number): number => 2 * rank + 1;
const channelKey = (channel: number): number => 2 * channel + 2;

/**
 * Lays out one process. `roles` gives the lane headers (role names); a `Model` is accepted too so
 * callers holding the whole model can pass it as is.
 */
export async function layoutProcess(process: Process, roles: readonly Role[] | { roles: readonly Role[] }, options: LayoutOptions = {}): Promise<ProcessLayout> {
  const roleList: readonly Role[] = Array.isArray(roles) ? roles : (roles as { roles: readonly Role[] }).roles;
  const target = options.targetWidth ?? (options.fontSize ?? 14) * 32;
  // Node widths are chosen before the routing knows how many tracks each corridor needs; when the
  // corridors push the chart past the target, narrow the nodes by the excess and lay out again.
  let budget = target;
  let layout = await layoutOnce(process, roleList, options, budget);
  for (let attempt = 0; attempt < 3 && layout.width > target + 0.5; attempt++) {
    budget -= Math.ceil(layout.width - target) + 1;
    const narrower = await layoutOnce(process, roleList, options, budget);
    if (narrower.width < layout.width) layout = narrower;
  }
  return layout;
}

async function layoutOnce(process: Process, roleList: readonly Role[], options: LayoutOptions, budget: number): Promise<ProcessLayout> {
  const fs = options.fontSize ?? 14;
  const m: Metrics = {
    fs,
    lh: options.lineHeight ?? fs * 1.4,
    measure: options.measure ?? estimateTextWidth,
    padX: fs * 0.5,
    padY: fs * 0.5,
    track: fs * 0.6,
    lanePad: fs * 1.0,
    minNodeWidth: fs * 5,
    maxNodeWidth: fs * (options.maxNodeEms ?? 10),
  };
  const prefix = options.timeLimitPrefix ?? '限时：';

  // ---- lanes
  const laneIds = [...process.lanes];
  for (const node of process.nodes) if (!laneIds.includes(node.role)) laneIds.push(node.role);
  const roleNames = new Map(roleList.map((r) => [r.id, r.name]));
  const laneLabels = laneIds.map((id) => roleNames.get(id) ?? id);
  const laneCount = laneIds.length;
  const laneIndex = new Map(laneIds.map((id, i) => [id, i]));

  // ---- node sizes
  const nodesByLane: ProcessNode[][] = laneIds.map((id) => process.nodes.filter((n) => n.role === id));
  const nodeWidths = chooseNodeWidths(nodesByLane, laneLabels, m, budget, prefix, options.fill === true);
  const sized: SizedNode[] = process.nodes.map((node, index) => {
    const lane = must(laneIndex.get(node.role), `lane of ${node.id}`);
    // A widened lane (fill) does not widen its diamonds: a diamond's height grows with its width.
    const width = Math.min(must(nodeWidths[lane], `width of lane ${lane}`), options.fill && node.type === 'decision' ? Math.max(Math.min(fs * 13, m.maxNodeWidth), m.minNodeWidth) : Infinity);
    return { node, index, lane, width, ...sizeNode(node, width, m, prefix), rank: 0 };
  });
  const byId = new Map(sized.map((s) => [s.node.id, s]));

  const rawEdges: { from: string; to: string; label?: string }[] = [];
  for (const node of process.nodes)
    for (const next of node.next) {
      if (!byId.has(next.to)) throw new Error(`process ${process.id}: node ${node.id} leads to unknown node ${next.to}`);
      rawEdges.push({ from: node.id, to: next.to, ...(next.label !== undefined ? { label: next.label } : {}) });
    }

  // ---- ranks: ELK layers, then one node per lane and rank (a lane is one column wide)
  const layers = await elkLayers(sized, rawEdges);
  const layerOf = (id: string): number => must(layers.get(id), `layer of ${id}`).layer;
  const isBack = (e: { from: string; to: string }): boolean => layerOf(e.to) <= layerOf(e.from);
  const forwardPreds = new Map<string, string[]>(sized.map((s) => [s.node.id, []]));
  const forwardSuccs = new Map<string, string[]>(sized.map((s) => [s.node.id, []]));
  for (const e of rawEdges)
    if (!isBack(e)) {
      forwardPreds.get(e.to)?.push(e.from);
      forwardSuccs.get(e.from)?.push(e.to);
    }
  // Reading order: depth-first from the start following branches as written, so when two nodes
  // compete for one cell of a lane the first branch (usually 是) stays straight below.
  const preorder = new Map<string, number>();
  const visit = (id: string): void => {
    if (preorder.has(id)) return;
    preorder.set(id, preorder.size);
    for (const next of byId.get(id)?.node.next ?? []) visit(next.to);
  };
  visit(process.startId);
  for (const s of sized) visit(s.node.id);
  const order = (a: SizedNode, b: SizedNode): number =>
    layerOf(a.node.id) - layerOf(b.node.id) || must(preorder.get(a.node.id), 'order') - must(preorder.get(b.node.id), 'order');
  const pending = new Map(sized.map((s) => [s.node.id, forwardPreds.get(s.node.id)?.length ?? 0]));
  const ready = sized.filter((s) => pending.get(s.node.id) === 0);
  const occupied = new Set<string>();
  const cell = (lane: number, rank: number): string => `${lane}:${rank}`;
  const placedOrder: SizedNode[] = [];
  while (ready.length > 0) {
    ready.sort(order);
    const s = must(ready.shift(), 'ready node');
    let rank = layerOf(s.node.id);
    for (const p of forwardPreds.get(s.node.id) ?? []) rank = Math.max(rank, must(byId.get(p), p).rank + 1);
    while (occupied.has(cell(s.lane, rank))) rank++;
    s.rank = rank;
    occupied.add(cell(s.lane, rank));
    placedOrder.push(s);
    for (const t of forwardSuccs.get(s.node.id) ?? []) {
      const left = (pending.get(t) ?? 0) - 1;
      pending.set(t, left);
      if (left === 0) ready.push(must(byId.get(t), t));
    }
  }
  if (placedOrder.length !== sized.length) throw new Error(`process ${process.id}: could not order the nodes`);
  // Drop empty rows.
  const usedRanks = [...new Set(sized.map((s) => s.rank))].sort((a, b) => a - b);
  const compact = new Map(usedRanks.map((r, i) => [r, i]));
  for (const s of sized) s.rank = must(compact.get(s.rank), 'rank');
  const rankCount = usedRanks.length;
  const nodeAt = new Map(sized.map((s) => [cell(s.lane, s.rank), s]));
  const columnClear = (lane: number, fromRank: number, toRank: number): boolean => {
    for (let r = fromRank; r <= toRank; r++) if (nodeAt.has(cell(lane, r))) return false;
    return true;
  };

  // ---- ports: which side each edge leaves and enters by
  const edges: EdgeSpec[] = rawEdges.map((e, index) => ({
    index,
    from: must(byId.get(e.from), e.from),
    to: must(byId.get(e.to), e.to),
    ...(e.label !== undefined ? { label: e.label } : {}),
    back: isBack(e) || must(byId.get(e.to), e.to).rank <= must(byId.get(e.from), e.from).rank,
    route: [],
  }));
  const usedPorts = new Set<string>();
  const portKey = (node: string, side: Side): string => `${node}:${side}`;
  const take = (node: string, side: Side): void => void usedPorts.add(portKey(node, side));
  const free = (node: string, side: Side): boolean => !usedPorts.has(portKey(node, side));

  const outgoing = new Map<string, EdgeSpec[]>();
  for (const e of edges) outgoing.set(e.from.node.id, [...(outgoing.get(e.from.node.id) ?? []), e]);
  // Pass 1, downward edges. A same-lane edge with a clear column goes straight down (the nearest
  // target if several can); the others leave towards their target's lane.
  for (const s of sized) {
    const outs = (outgoing.get(s.node.id) ?? []).filter((e) => !e.back);
    // A three-way decision whose targets sit in three lanes: left, bottom and right in the targets'
    // order across the lanes, so that no branch crosses another (each keeps its own line and label).
    const byLane = [...outs].sort((x, y) => x.to.lane - y.to.lane || x.to.rank - y.to.rank);
    if (s.node.type === 'decision' && outs.length === 3 && new Set(outs.map((e) => e.to.lane)).size === 3) {
      (['left', 'bottom', 'right'] as const).forEach((side, i) => {
        const e = must(byLane[i], 'branch');
        e.exit = side;
        take(s.node.id, side);
      });
      continue;
    }
    const straight = outs
      .filter((e) => e.to.lane === s.lane && columnClear(s.lane, s.rank + 1, e.to.rank - 1))
      .sort((x, y) => x.to.rank - y.to.rank || x.index - y.index)[0];
    if (straight) {
      straight.exit = 'bottom';
      take(s.node.id, 'bottom');
    }
    for (const e of outs) {
      if (e.exit) continue;
      const a = s.lane;
      const b = e.to.lane;
      let wanted: Side[] = b > a ? ['right', 'bottom', 'left'] : b < a ? ['left', 'bottom', 'right'] : ['right', 'left', 'bottom'];
      // Leaving downwards works when either column below is clear down to the target's row.
      const downwards = columnClear(b, s.rank + 1, e.to.rank - 1) || columnClear(a, s.rank + 1, e.to.rank - 1);
      if (s.node.type !== 'decision' && downwards) wanted = ['bottom', ...wanted.filter((x) => x !== 'bottom')];
      const side = wanted.find((x) => free(s.node.id, x)) ?? 'bottom';
      e.exit = side;
      take(s.node.id, side);
    }
  }
  // Pass 2, loops back up: leave and enter by the same corridor when both sides are free, so the
  // loop is a plain bracket beside the lane; otherwise come down into the target from above.
  for (const e of edges) {
    if (!e.back) continue;
    const u = e.from.node.id;
    const v = e.to.node.id;
    const a = e.from.lane;
    const b = e.to.lane;
    const loops: { exit: Side; enter: Side }[] =
      a === b ? [{ exit: 'right', enter: 'right' }, { exit: 'left', enter: 'left' }] : b === a + 1 ? [{ exit: 'right', enter: 'left' }] : b === a - 1 ? [{ exit: 'left', enter: 'right' }] : [];
    const loop = u === v ? undefined : loops.find((o) => free(u, o.exit) && free(v, o.enter));
    if (loop) {
      e.exit = loop.exit;
      e.enter = loop.enter;
      take(u, loop.exit);
      take(v, loop.enter);
      continue;
    }
    const fallback: Side[] = b < a ? ['left', 'right', 'bottom'] : ['right', 'left', 'bottom'];
    e.exit = fallback.find((x) => free(u, x)) ?? 'bottom';
    e.enter = 'top';
    take(u, e.exit);
  }

  // ---- routes in abstract coordinates (lanes, corridors, rows, channels)
  const channelRuns: ChannelRun[] = [];
  const corridorRuns: CorridorRun[] = [];
  const rowReserved = new Set<string>();
  // Empty cells a vertical leg passes through, with the edge's target: two legs share a column
  // stretch only when they join into the same node.
  const columnUse = new Map<string, string>();
  const claimColumn = (lane: number, fromRank: number, toRank: number, target: string): boolean => {
    for (let r = fromRank; r <= toRank; r++) {
      const c = cell(lane, r);
      if (nodeAt.has(c) || (columnUse.get(c) ?? target) !== target) return false;
    }
    for (let r = fromRank; r <= toRank; r++) columnUse.set(cell(lane, r), target);
    return true;
  };
  const channel = (e: EdgeSpec, ch: number, fromKey: number, toKey: number, enters: number[], leaves: number[]): ChannelRun => {
    const run: ChannelRun = { kind: 'channel', channel: ch, from: Math.min(fromKey, toKey), to: Math.max(fromKey, toKey), enters, leaves, target: e.to.node.id, edge: e.index, track: 0 };
    channelRuns.push(run);
    return run;
  };
  const corridor = (e: EdgeSpec, g: number, fromKey: number, toKey: number): CorridorRun => {
    // A run leaving a node sideways stays on that node's side of the border, so two nodes facing
    // each other across a corridor in one row never have their stubs on the same line.
    const keep = fromKey % 2 === 1 && g > 0 && g < laneCount ? (e.exit === 'right' ? 'left' : 'right') : undefined;
    const run: CorridorRun = { kind: 'corridor', corridor: g, from: Math.min(fromKey, toKey), to: Math.max(fromKey, toKey), edge: e.index, ...(keep ? { keep } : {}), track: 0 };
    corridorRuns.push(run);
    return run;
  };
  const port = (s: SizedNode, side: Side): Waypoint => ({ x: { kind: 'port', node: s.node.id, side }, y: { kind: 'port', node: s.node.id, side } });

  for (const e of edges) {
    const u = e.from;
    const v = e.to;
    const a = u.lane;
    const b = v.lane;
    const r = u.rank;
    const t = v.rank;
    const exit = must(e.exit, 'exit side');
    const start = port(u, exit);
    if (!e.back) e.enter = 'top';
    if (!e.back && exit === 'bottom') {
      if (a === b && claimColumn(a, r + 1, t - 1, v.node.id)) {
        e.route = [start, port(v, 'top')];
      } else if (claimColumn(b, r + 1, t - 1, v.node.id)) {
        const run = channel(e, r, laneKey(a), laneKey(b), [laneKey(a)], [laneKey(b)]);
        e.route = [start, { x: { kind: 'lane', lane: a }, y: { kind: 'channel', run } }, { x: { kind: 'lane', lane: b }, y: { kind: 'channel', run } }, port(v, 'top')];
      } else if (claimColumn(a, r + 1, t - 1, v.node.id)) {
        const run = channel(e, t - 1, laneKey(a), laneKey(b), [laneKey(a)], [laneKey(b)]);
        e.route = [start, { x: { kind: 'lane', lane: a }, y: { kind: 'channel', run } }, { x: { kind: 'lane', lane: b }, y: { kind: 'channel', run } }, port(v, 'top')];
      } else {
        const g = b < a ? a : a + 1;
        const first = channel(e, r, laneKey(a), corridorKey(g), [laneKey(a)], []);
        const down = corridor(e, g, channelKey(r), channelKey(t - 1));
        const last = channel(e, t - 1, corridorKey(g), laneKey(b), [], [laneKey(b)]);
        e.route = [
          start,
          { x: { kind: 'lane', lane: a }, y: { kind: 'channel', run: first } },
          { x: { kind: 'corridor', run: down }, y: { kind: 'channel', run: first } },
          { x: { kind: 'corridor', run: down }, y: { kind: 'channel', run: last } },
          { x: { kind: 'lane', lane: b }, y: { kind: 'channel', run: last } },
          port(v, 'top'),
        ];
      }
      continue;
    }
    if (exit === 'bottom') {
      // A back edge forced out of the bottom (its sides are taken): round the right corridor.
      const g = a + 1;
      const first = channel(e, r, laneKey(a), corridorKey(g), [laneKey(a)], []);
      const up = corridor(e, g, channelKey(r), channelKey(t - 1));
      const last = channel(e, t - 1, corridorKey(g), laneKey(b), [], [laneKey(b)]);
      e.route = [
        start,
        { x: { kind: 'lane', lane: a }, y: { kind: 'channel', run: first } },
        { x: { kind: 'corridor', run: up }, y: { kind: 'channel', run: first } },
        { x: { kind: 'corridor', run: up }, y: { kind: 'channel', run: last } },
        { x: { kind: 'lane', lane: b }, y: { kind: 'channel', run: last } },
        port(v, 'top'),
      ];
      continue;
    }
    // Leaving by a side.
    const g = exit === 'right' ? a + 1 : a;
    if (!e.back) {
      const towards = exit === 'right' ? b > a : b < a;
      const lanesBetween: number[] = [];
      for (let l = Math.min(a, b); l <= Math.max(a, b); l++) if (l !== a) lanesBetween.push(l);
      const rowFree = towards && lanesBetween.every((l) => !nodeAt.has(cell(l, r)) && !rowReserved.has(cell(l, r)));
      const dropFree = (): boolean => (columnUse.get(cell(b, r)) ?? v.node.id) === v.node.id && claimColumn(b, r + 1, t - 1, v.node.id);
      if (rowFree && dropFree()) {
        columnUse.set(cell(b, r), v.node.id);
        // The classic decision "L": sideways along the row, then down into the target.
        for (const l of lanesBetween) rowReserved.add(cell(l, r));
        e.route = [start, { x: { kind: 'lane', lane: b }, y: { kind: 'row', rank: r } }, port(v, 'top')];
        continue;
      }
      const down = corridor(e, g, rowKey(r), channelKey(t - 1));
      const last = channel(e, t - 1, corridorKey(g), laneKey(b), [], [laneKey(b)]);
      e.route = [
        start,
        { x: { kind: 'corridor', run: down }, y: { kind: 'row', rank: r } },
        { x: { kind: 'corridor', run: down }, y: { kind: 'channel', run: last } },
        { x: { kind: 'lane', lane: b }, y: { kind: 'channel', run: last } },
        port(v, 'top'),
      ];
      continue;
    }
    // Back edge by a side: enter the target's side when the corridor touches it, else come in from above.
    const targetSide = e.enter;
    if (targetSide === 'left' || targetSide === 'right') {
      const up = corridor(e, g, rowKey(r), rowKey(t));
      e.route = [start, { x: { kind: 'corridor', run: up }, y: { kind: 'row', rank: r } }, { x: { kind: 'corridor', run: up }, y: { kind: 'row', rank: t } }, port(v, targetSide)];
      continue;
    }
    const up = corridor(e, g, rowKey(r), channelKey(t - 1));
    const last = channel(e, t - 1, corridorKey(g), laneKey(b), [], [laneKey(b)]);
    e.route = [
      start,
      { x: { kind: 'corridor', run: up }, y: { kind: 'row', rank: r } },
      { x: { kind: 'corridor', run: up }, y: { kind: 'channel', run: last } },
      { x: { kind: 'lane', lane: b }, y: { kind: 'channel', run: last } },
      port(v, 'top'),
    ];
  }

  // ---- tracks
  assignChannelTracks(channelRuns);
  assignCorridorTracks(corridorRuns);
  const channelTracks = new Map<number, number>();
  for (const run of channelRuns) channelTracks.set(run.channel, Math.max(channelTracks.get(run.channel) ?? 0, run.track + 1));
  const corridorTracks = new Map<number, number>();
  for (const run of corridorRuns) corridorTracks.set(run.corridor, Math.max(corridorTracks.get(run.corridor) ?? 0, run.track + 1));

  // ---- horizontal geometry
  const clearance = m.track * 0.9;
  // Corridor tracks are spread evenly between the lane border and the nodes, never on the border
  // itself; in an inner corridor even tracks sit on the left of the border, odd ones on the right.
  const tracksPerSide = (g: number): number => {
    const k = corridorTracks.get(g) ?? 0;
    return g === 0 || g === laneCount ? k : Math.ceil(k / 2);
  };
  const halfCorridor = (g: number): number => Math.max(m.lanePad, tracksPerSide(g) * m.track + clearance);
  const laneX: number[] = [];
  const laneWidth: number[] = [];
  const nodeLeft: number[] = [];
  let x = 0;
  for (let l = 0; l < laneCount; l++) {
    const left = halfCorridor(l);
    const right = halfCorridor(l + 1);
    const w = must(nodeWidths[l], 'node width');
    laneX.push(x);
    laneWidth.push(left + w + right);
    nodeLeft.push(x + left);
    x += left + w + right;
  }
  let width = x;
  const laneCentre = (l: number): number => must(nodeLeft[l], 'lane') + must(nodeWidths[l], 'lane') / 2;
  const corridorX = (run: CorridorRun): number => {
    const g = run.corridor;
    const half = halfCorridor(g);
    const perSide = tracksPerSide(g);
    if (g === 0) return must(nodeLeft[0], 'lane 0') - (half * (run.track + 1)) / (perSide + 1);
    if (g === laneCount) return must(nodeLeft[laneCount - 1], 'last lane') + must(nodeWidths[laneCount - 1], 'w') + (half * (run.track + 1)) / (perSide + 1);
    const boundary = must(laneX[g], 'lane x');
    const sign = run.track % 2 === 0 ? -1 : 1;
    return boundary + (sign * (half * (Math.floor(run.track / 2) + 1))) / (perSide + 1);
  };

  // ---- lane headers and vertical geometry
  const headerLines = laneLabels.map((label, l) => wrapBalanced(label, must(laneWidth[l], 'lane width') - m.padX, m.fs, m.measure));
  const headerHeight = Math.max(...headerLines.map((ls) => ls.length)) * m.lh + 2 * m.padY;
  const rowHeight: number[] = Array.from({ length: rankCount }, () => 0);
  for (const s of sized) rowHeight[s.rank] = Math.max(rowHeight[s.rank] ?? 0, s.height);
  const channelHeight = (ch: number): number => {
    const k = channelTracks.get(ch) ?? 0;
    const base = ch === -1 ? m.fs * 0.9 : ch === rankCount - 1 ? m.fs : m.fs * 2.2;
    return Math.max(base, (k + 1) * m.track);
  };
  const channelTop = new Map<number, number>();
  const rowTop: number[] = [];
  let y = headerHeight;
  channelTop.set(-1, y);
  y += channelHeight(-1);
  for (let r = 0; r < rankCount; r++) {
    rowTop.push(y);
    y += must(rowHeight[r], 'row height');
    channelTop.set(r, y);
    y += channelHeight(r);
  }
  const height = y;
  const rowCentre = (r: number): number => must(rowTop[r], 'row top') + must(rowHeight[r], 'row height') / 2;
  const trackY = (run: ChannelRun): number => {
    const k = channelTracks.get(run.channel) ?? 1;
    const top = must(channelTop.get(run.channel), 'channel top');
    return top + (channelHeight(run.channel) - (k - 1) * m.track) / 2 + run.track * m.track;
  };

  // ---- node boxes
  const boxes = new Map<string, Box>();
  for (const s of sized) {
    const bx = laneCentre(s.lane) - s.width / 2;
    const by = rowCentre(s.rank) - s.height / 2;
    boxes.set(s.node.id, { x: bx, y: by, width: s.width, height: s.height });
  }
  const portPoint = (node: string, side: Side): Point => {
    const b = must(boxes.get(node), node);
    switch (side) {
      case 'top':
        return { x: b.x + b.width / 2, y: b.y };
      case 'bottom':
        return { x: b.x + b.width / 2, y: b.y + b.height };
      case 'left':
        return { x: b.x, y: b.y + b.height / 2 };
      case 'right':
        return { x: b.x + b.width, y: b.y + b.height / 2 };
    }
  };
  const resolveX = (ref: XRef): number =>
    ref.kind === 'lane' ? laneCentre(ref.lane) : ref.kind === 'corridor' ? corridorX(ref.run) : portPoint(ref.node, ref.side).x;
  const resolveY = (ref: YRef): number =>
    ref.kind === 'row' ? rowCentre(ref.rank) : ref.kind === 'channel' ? trackY(ref.run) : portPoint(ref.node, ref.side).y;

  const round = (n: number): number => Math.round(n * 100) / 100;
  const edgeLayouts: EdgeLayout[] = edges.map((e) => ({
    from: e.from.node.id,
    to: e.to.node.id,
    ...(e.label !== undefined ? { label: e.label } : {}),
    points: simplify(e.route.map((w) => ({ x: round(resolveX(w.x)), y: round(resolveY(w.y)) }))),
    back: e.back,
  }));

  // ---- labels beside the first legs of each labelled edge, clear of everything else where possible
  const nodeShapes = sized.map((s) => ({ box: must(boxes.get(s.node.id), s.node.id), diamond: s.node.type === 'decision' }));
  const placedLabels: Box[] = [];
  const allSegments = edgeLayouts.map((el) => segments(el.points));
  for (const el of edgeLayouts) {
    if (el.label === undefined) continue;
    const lines = wrapText(el.label, m.fs * 5, m.fs, m.measure);
    const w = Math.max(...lines.map((l) => m.measure(l, m.fs))) + m.fs * 0.5;
    const h = lines.length * m.lh;
    // Sideways a label may stick out of the chart (the chart then grows); vertically it may not.
    const inBounds = (box: Box): boolean => box.y >= headerHeight && box.y + box.height <= height;
    const outside = (box: Box): number => (box.x < 0 || box.x + box.width > width ? 0.5 : 0);
    const cost = (box: Box): number =>
      outside(box) +
      10 * nodeShapes.filter((ns) => (ns.diamond ? overlapsDiamond(box, ns.box, 1) : overlaps(box, ns.box, 1))).length +
      5 * placedLabels.filter((lb) => overlaps(box, lb, 1)).length +
      allSegments.reduce((sum, segs) => sum + segs.filter((sg) => overlaps(box, sg, 1)).length, 0);
    let best: Box | undefined;
    let bestCost = Infinity;
    for (const c of labelCandidates(el.points, w, h, m.fs * 0.25)) {
      if (!inBounds(c)) continue;
      const k = cost(c);
      if (k < bestCost) {
        best = c;
        bestCost = k;
        if (k === 0) break;
      }
    }
    if (!best) continue;
    const box = { x: round(best.x), y: round(best.y), width: round(best.width), height: round(best.height) };
    placedLabels.push(box);
    el.labelLines = lines;
    el.labelBox = box;
    el.labelAt = { x: round(box.x + box.width / 2), y: round(box.y + box.height / 2) };
  }

  // Grow the chart where a label sticks out at the sides: the first and last lanes get wider.
  const labelLeft = Math.min(0, ...placedLabels.map((b) => b.x - 2));
  const labelRight = Math.max(width, ...placedLabels.map((b) => b.x + b.width + 2));
  const shift = round(-labelLeft);
  const extra = round(labelRight - width);
  if (shift > 0 || extra > 0) {
    for (const b of boxes.values()) b.x += shift;
    for (const el of edgeLayouts) {
      el.points = el.points.map((pt) => ({ x: round(pt.x + shift), y: pt.y }));
      if (el.labelBox) el.labelBox = { ...el.labelBox, x: round(el.labelBox.x + shift) };
      if (el.labelAt) el.labelAt = { x: round(el.labelAt.x + shift), y: el.labelAt.y };
    }
    for (let l = 1; l < laneCount; l++) laneX[l] = must(laneX[l], 'lane x') + shift;
    laneWidth[0] = must(laneWidth[0], 'lane width') + shift;
    laneWidth[laneCount - 1] = must(laneWidth[laneCount - 1], 'lane width') + extra;
    width += shift + extra;
  }

  // ---- output
  const lanes: LaneLayout[] = laneIds.map((roleId, l) => ({
    roleId,
    label: must(laneLabels[l], 'lane label'),
    lines: must(headerLines[l], 'lane lines'),
    x: round(must(laneX[l], 'lane x')),
    y: 0,
    width: round(must(laneWidth[l], 'lane width')),
    height: round(height),
    headerHeight: round(headerHeight),
  }));
  const nodes: NodeLayout[] = [...sized]
    .sort((p, q) => p.rank - q.rank || p.lane - q.lane)
    .map((s) => {
      const b = must(boxes.get(s.node.id), s.node.id);
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
  const nodeOrder = new Map(nodes.map((n, i) => [n.id, i]));
  const edgesOut = edgeLayouts
    .map((e, i) => ({ e, i }))
    .sort((p, q) => must(nodeOrder.get(p.e.from), 'order') - must(nodeOrder.get(q.e.from), 'order') || p.i - q.i)
    .map((p) => p.e);
  return {
    processId: process.id,
    title: process.title,
    width: round(width),
    height: round(height),
    fontSize: m.fs,
    lineHeight: m.lh,
    minDisplayWidth: Math.ceil((width * MIN_READABLE_PX) / m.fs),
    lanes,
    nodes,
    edges: edgesOut,
  };
}

/**
 * Channel tracks: a run that comes down into a column must lie above a run that leaves downwards at
 * the same column, or the two vertical legs would overlap. Then the first free track (left-edge
 * greedy over overlapping intervals). Runs into the same target may share the point where they join.
 */
function assignChannelTracks(runs: ChannelRun[]): void {
  const byChannel = new Map<number, ChannelRun[]>();
  for (const run of runs) byChannel.set(run.channel, [...(byChannel.get(run.channel) ?? []), run]);
  for (const group of byChannel.values()) {
    const above = new Map<ChannelRun, ChannelRun[]>(group.map((r) => [r, []]));
    for (const p of group)
      for (const q of group)
        if (p !== q && p.target !== q.target && p.enters.some((k) => q.leaves.includes(k))) above.get(q)?.push(p);
    const done = new Set<ChannelRun>();
    const remaining = [...group].sort((p, q) => p.from - q.from || p.to - q.to || p.edge - q.edge);
    while (remaining.length > 0) {
      // Next run whose "must be above me" runs are all placed; on a cycle, just take the first.
      const idx = Math.max(0, remaining.findIndex((r) => (above.get(r) ?? []).every((p) => done.has(p))));
      const run = must(remaining.splice(idx, 1)[0], 'run');
      const minTrack = Math.max(0, ...(above.get(run) ?? []).filter((p) => done.has(p)).map((p) => p.track + 1));
      let track = minTrack;
      const clash = (other: ChannelRun): boolean =>
        other.track === track &&
        (other.target === run.target ? other.from < run.to && run.from < other.to && !(other.to === run.to || other.from === run.from) : other.from <= run.to && run.from <= other.to);
      while ([...done].some(clash)) track++;
      run.track = track;
      done.add(run);
    }
  }
}

function assignCorridorTracks(runs: CorridorRun[]): void {
  const byCorridor = new Map<number, CorridorRun[]>();
  for (const run of runs) byCorridor.set(run.corridor, [...(byCorridor.get(run.corridor) ?? []), run]);
  for (const group of byCorridor.values()) {
    const done: CorridorRun[] = [];
    for (const run of [...group].sort((p, q) => p.from - q.from || p.to - q.to || p.edge - q.edge)) {
      // Even tracks lie left of the border, odd ones right of it.
      let track = run.keep === 'right' ? 1 : 0;
      const step = run.keep ? 2 : 1;
      while (done.some((o) => o.track === track && o.from <= run.to && run.from <= o.to)) track += step;
      run.track = track;
      done.push(run);
    }
  }
}

/** Removes repeated points and points in the middle of a straight run. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    out.push(p);
  }
  for (let i = out.length - 2; i >= 1; i--) {
    const a = out[i - 1];
    const b = out[i];
    const c = out[i + 1];
    if (a && b && c && ((a.x === b.x && b.x === c.x) || (a.y === b.y && b.y === c.y))) out.splice(i, 1);
  }
  return out;
}

function segments(points: Point[]): Box[] {
  const out: Box[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a && b) out.push({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) });
  }
  return out;
}

function overlaps(a: Box, b: Box, margin: number): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

/** Box against the diamond inscribed in `d` (separating-axis test on the diamond's edge normals). */
export function overlapsDiamond(box: Box, d: Box, margin: number): boolean {
  if (!overlaps(box, d, margin)) return false;
  const cx = d.x + d.width / 2;
  const cy = d.y + d.height / 2;
  const corners = [
    [box.x - margin, box.y - margin],
    [box.x + box.width + margin, box.y - margin],
    [box.x - margin, box.y + box.height + margin],
    [box.x + box.width + margin, box.y + box.height + margin],
  ] as const;
  // The diamond is |x−cx|/(W/2) + |y−cy|/(H/2) ≤ 1; along each normal (±1/(W/2), ±1/(H/2)) its extent is [-1, 1].
  for (const [sx, sy] of [[1, 1], [1, -1], [-1, 1], [-1, -1]] as const) {
    const proj = corners.map(([x, y]) => (sx * (x - cx)) / (d.width / 2) + (sy * (y - cy)) / (d.height / 2));
    if (Math.min(...proj) >= 1) return false;
  }
  return true;
}

/** Places to try for an edge label: beside each leg, either side, nearest the edge's start first. */
function labelCandidates(points: Point[], w: number, h: number, gap: number): Box[] {
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
        out.push({ x: a.x + gap + 1, y: top, width: w, height: h }, { x: a.x - gap - 1 - w, y: top, width: w, height: h });
      } else {
        const left = b.x > a.x ? a.x + along : a.x - along - w;
        out.push({ x: left, y: a.y - gap - 1 - h, width: w, height: h }, { x: left, y: a.y + gap + 1, width: w, height: h });
      }
    }
  }
  return out;
}
