/**
 * Phase 5, routes: each edge's path in abstract coordinates — lanes and rows for the nodes,
 * horizontal channels between rows and vertical corridors beside the lanes for the edges — before
 * any of them has a position. A path's stretches in a channel or a corridor are runs; the tracks
 * phase then gives every run its own line, so no two edges share one.
 *
 * Grid lines are numbered with ordering keys so that runs can be compared along a channel or a
 * corridor: across the chart lane l's centre is 2l+1 and corridor g (0 = left of lane 0, L = right
 * of the last lane) is 2g; down the chart row r's centre is 2r+1 and the channel below row c
 * (-1 = above the first row) is 2c+2.
 */
import type { ProcessNodeType } from '../../model/types/processes.ts';
import { cell, columnClear, type Grid } from './grid.ts';
import { must, type Side } from './types.ts';

export interface RouteNode {
  id: string;
  lane: number;
  rank: number;
  type: ProcessNodeType;
}

export interface RouteEdge {
  /** Index of the source / target in the node list. */
  from: number;
  to: number;
  back: boolean;
  exit: Side;
  enter: Side;
}

/** A horizontal run in the channel below row `channel`. */
export interface ChannelRun {
  channel: number;
  /** Ordering keys of its ends, `from` ≤ `to`. */
  from: number;
  to: number;
  /** Keys of the columns where the edge comes down into this run from above / leaves it downwards. */
  enters: number[];
  leaves: number[];
  /** Id of the edge's target: runs into the same node may join. */
  target: string;
  edge: number;
}

/** A vertical run in corridor `corridor`. */
export interface CorridorRun {
  corridor: number;
  /** Ordering keys of its ends, `from` ≤ `to`. */
  from: number;
  to: number;
  edge: number;
  /** In an inner corridor: the side of the border the run should keep to (its stub's node side). */
  keep?: 'left' | 'right';
}

/**
 * Where an edge comes down into a node's top off its centre (see `offCentreEntries`): a quarter of
 * the node's width towards `toward` (-1 left, 1 right), on its outline — the box's top, or the
 * diamond's upper edge for a decision.
 */
export interface Entry {
  kind: 'entry';
  node: number;
  toward: -1 | 1;
  diamond: boolean;
}
/** Where a waypoint lies across the chart: a lane's centre, a corridor run's track, a node's port or off-centre entry. */
export type XRef = { kind: 'lane'; lane: number } | { kind: 'corridor'; run: number } | PortRef | Entry;
/** Where a waypoint lies down the chart: a row's centre, a channel run's track, a node's port or off-centre entry. */
export type YRef = { kind: 'row'; rank: number } | { kind: 'channel'; run: number } | PortRef | Entry;
type PortRef = { kind: 'port'; node: number; side: Side };
export interface Waypoint {
  x: XRef;
  y: YRef;
}

export interface Routes {
  /** Per edge, its waypoints from the source's port to the target's; runs are indices into the lists below. */
  paths: Waypoint[][];
  channelRuns: ChannelRun[];
  corridorRuns: CorridorRun[];
}

export const laneKey = (lane: number): number => 2 * lane + 1;
export const corridorKey = (corridor: number): number => 2 * corridor;
export const rowKey = (rank: number): number => 2 * rank + 1;
export const channelKey = (channel: number): number => 2 * channel + 2;

export function routeEdges(
  nodes: readonly RouteNode[],
  edges: readonly RouteEdge[],
  grid: Grid,
  laneCount: number,
): Routes {
  const router = new Router(nodes, grid, laneCount);
  const paths = edges.map((e, i) => router.route(e, i));
  return {
    paths: offCentreEntries(paths, router.channelRuns, nodes),
    channelRuns: router.channelRuns,
    corridorRuns: router.corridorRuns,
  };
}

/**
 * An edge that turns down out of a channel into its target's top at the lane's centre lies on one
 * line with any other edge's leg coming down into that channel at the same column — the stub out
 * of the node just above the target, or a leg down that lane — only a track apart. The eye reads
 * the two as one line: the arrow seems to be that node's, and the edge's own branch (a decision's
 * "没找到" coming round by a corridor, say) seems to end somewhere else. Such an edge comes down a
 * quarter of the target's width off centre instead, on the side its run comes from, so its run
 * stops short of the other leg; the tracks phase already keeps the other run above it.
 */
function offCentreEntries(
  paths: readonly Waypoint[][],
  runs: readonly ChannelRun[],
  nodes: readonly RouteNode[],
): Waypoint[][] {
  return paths.map((path) => {
    const last = path[path.length - 1];
    const turn = path[path.length - 2];
    if (!last || !turn || last.y.kind !== 'port' || last.y.side !== 'top') return path;
    if (turn.x.kind !== 'lane' || turn.y.kind !== 'channel') return path;
    const run = must(runs[turn.y.run], 'channel run');
    const column = laneKey(turn.x.lane);
    const shared = runs.some((p) => p.channel === run.channel && p.target !== run.target && p.enters.includes(column));
    if (!shared) return path;
    const node = last.y.node;
    const comesFrom = run.from === column ? run.to : run.from;
    const entry: Entry = {
      kind: 'entry',
      node,
      toward: comesFrom > column ? 1 : -1,
      diamond: must(nodes[node], 'target').type === 'decision',
    };
    return [...path.slice(0, -2), { x: entry, y: turn.y }, { x: entry, y: entry }];
  });
}

const port = (node: number, side: Side): Waypoint => ({
  x: { kind: 'port', node, side },
  y: { kind: 'port', node, side },
});

/** The routing state of one chart: the runs made so far and the grid cells edges have claimed. */
class Router {
  readonly channelRuns: ChannelRun[] = [];
  readonly corridorRuns: CorridorRun[] = [];
  /** Empty cells of a row that an edge runs sideways through. */
  private readonly rowReserved = new Set<string>();
  /**
   * Empty cells a vertical leg passes through, with the edge's target: two legs share a column
   * stretch only when they join into the same node.
   */
  private readonly columnUse = new Map<string, string>();

  constructor(
    private readonly nodes: readonly RouteNode[],
    private readonly grid: Grid,
    private readonly laneCount: number,
  ) {}

  route(e: RouteEdge, index: number): Waypoint[] {
    const u = must(this.nodes[e.from], 'source');
    if (!e.back && e.exit === 'bottom') return this.downward(e, index);
    // A back edge forced out of the bottom (its sides are taken): round the right corridor.
    if (e.exit === 'bottom') return this.roundCorridor(e, index, u.lane + 1);
    const g = e.exit === 'right' ? u.lane + 1 : u.lane;
    if (!e.back) return this.sideways(e, index, g);
    // Back edge by a side: enter the target's side when the corridor touches it, else come in from above.
    if (e.enter === 'left' || e.enter === 'right') {
      const v = must(this.nodes[e.to], 'target');
      const up = this.corridor(e, index, g, rowKey(u.rank), rowKey(v.rank));
      return [
        port(e.from, e.exit),
        { x: { kind: 'corridor', run: up }, y: { kind: 'row', rank: u.rank } },
        { x: { kind: 'corridor', run: up }, y: { kind: 'row', rank: v.rank } },
        port(e.to, e.enter),
      ];
    }
    return this.corridorThenDown(e, index, g);
  }

  /** Out of the bottom: straight down, or across a channel and down the target's or the source's column, or round a corridor. */
  private downward(e: RouteEdge, index: number): Waypoint[] {
    const u = must(this.nodes[e.from], 'source');
    const v = must(this.nodes[e.to], 'target');
    const [a, b, r, t] = [u.lane, v.lane, u.rank, v.rank];
    const start = port(e.from, e.exit);
    if (a === b && this.claimColumn(a, r + 1, t - 1, v.id)) return [start, port(e.to, 'top')];
    // Across the channel below the source, then down the target's column; or down the source's column, then across.
    const channel = this.claimColumn(b, r + 1, t - 1, v.id)
      ? r
      : this.claimColumn(a, r + 1, t - 1, v.id)
        ? t - 1
        : undefined;
    if (channel === undefined) return this.roundCorridor(e, index, b < a ? a : a + 1);
    const run = this.channel(index, v.id, channel, laneKey(a), laneKey(b), [laneKey(a)], [laneKey(b)]);
    return [
      start,
      { x: { kind: 'lane', lane: a }, y: { kind: 'channel', run } },
      { x: { kind: 'lane', lane: b }, y: { kind: 'channel', run } },
      port(e.to, 'top'),
    ];
  }

  /** Out of the bottom into the channel below, along corridor `g`, then across the channel above the target and down into it. */
  private roundCorridor(e: RouteEdge, index: number, g: number): Waypoint[] {
    const u = must(this.nodes[e.from], 'source');
    const v = must(this.nodes[e.to], 'target');
    const [a, b, r, t] = [u.lane, v.lane, u.rank, v.rank];
    const first = this.channel(index, v.id, r, laneKey(a), corridorKey(g), [laneKey(a)], []);
    const along = this.corridor(e, index, g, channelKey(r), channelKey(t - 1));
    const last = this.channel(index, v.id, t - 1, corridorKey(g), laneKey(b), [], [laneKey(b)]);
    return [
      port(e.from, e.exit),
      { x: { kind: 'lane', lane: a }, y: { kind: 'channel', run: first } },
      { x: { kind: 'corridor', run: along }, y: { kind: 'channel', run: first } },
      { x: { kind: 'corridor', run: along }, y: { kind: 'channel', run: last } },
      { x: { kind: 'lane', lane: b }, y: { kind: 'channel', run: last } },
      port(e.to, 'top'),
    ];
  }

  /** A downward edge out of a side: the classic decision "L" along its row when that is free, else by corridor `g`. */
  private sideways(e: RouteEdge, index: number, g: number): Waypoint[] {
    const u = must(this.nodes[e.from], 'source');
    const v = must(this.nodes[e.to], 'target');
    const [a, b, r, t] = [u.lane, v.lane, u.rank, v.rank];
    const towards = e.exit === 'right' ? b > a : b < a;
    const lanesBetween: number[] = [];
    for (let l = Math.min(a, b); l <= Math.max(a, b); l++) if (l !== a) lanesBetween.push(l);
    const rowFree = towards && lanesBetween.every((l) => this.rowFree(l, r));
    // Claims the target's column only when the row is free (claiming is not undone).
    if (rowFree && (this.columnUse.get(cell(b, r)) ?? v.id) === v.id && this.claimColumn(b, r + 1, t - 1, v.id)) {
      this.columnUse.set(cell(b, r), v.id);
      for (const l of lanesBetween) this.rowReserved.add(cell(l, r));
      return [port(e.from, e.exit), { x: { kind: 'lane', lane: b }, y: { kind: 'row', rank: r } }, port(e.to, 'top')];
    }
    // A decision's branch goes down the corridor on the near side of the target's lane when the row
    // is free up to it, or on its far side when the target's lane is next door: down the corridor
    // beside the decision, it would run past the decision's other branch right below it.
    const [near, far] = b < a ? [b + 1, b] : [b, b + 1];
    const below = !columnClear(this.grid, a, r + 1, t - 1);
    for (const c of u.type === 'decision' && towards ? [near, far] : []) {
      const crossed = c === far ? lanesBetween : lanesBetween.filter((l) => l !== b);
      if (c === g || (c === far && !below) || !crossed.every((l) => this.rowFree(l, r))) continue;
      for (const l of crossed) this.rowReserved.add(cell(l, r));
      return this.corridorThenDown(e, index, c);
    }
    return this.corridorThenDown(e, index, g);
  }

  /** Out of a side into corridor `g`, along it to the channel above the target, across and down into it. */
  private corridorThenDown(e: RouteEdge, index: number, g: number): Waypoint[] {
    const u = must(this.nodes[e.from], 'source');
    const v = must(this.nodes[e.to], 'target');
    const along = this.corridor(e, index, g, rowKey(u.rank), channelKey(v.rank - 1));
    const last = this.channel(index, v.id, v.rank - 1, corridorKey(g), laneKey(v.lane), [], [laneKey(v.lane)]);
    return [
      port(e.from, e.exit),
      { x: { kind: 'corridor', run: along }, y: { kind: 'row', rank: u.rank } },
      { x: { kind: 'corridor', run: along }, y: { kind: 'channel', run: last } },
      { x: { kind: 'lane', lane: v.lane }, y: { kind: 'channel', run: last } },
      port(e.to, 'top'),
    ];
  }

  /** True when no node and no sideways run is in the cell of `lane` on row `rank`. */
  private rowFree(lane: number, rank: number): boolean {
    return !this.grid.has(cell(lane, rank)) && !this.rowReserved.has(cell(lane, rank));
  }

  /** Reserves the empty cells of `lane` on rows `fromRank`…`toRank` for a leg into `target`; false when a node or another target's leg is there. */
  private claimColumn(lane: number, fromRank: number, toRank: number, target: string): boolean {
    for (let r = fromRank; r <= toRank; r++) {
      const c = cell(lane, r);
      if (this.grid.has(c) || (this.columnUse.get(c) ?? target) !== target) return false;
    }
    for (let r = fromRank; r <= toRank; r++) this.columnUse.set(cell(lane, r), target);
    return true;
  }

  private channel(
    index: number,
    target: string,
    ch: number,
    fromKey: number,
    toKey: number,
    enters: number[],
    leaves: number[],
  ): number {
    this.channelRuns.push({
      channel: ch,
      from: Math.min(fromKey, toKey),
      to: Math.max(fromKey, toKey),
      enters,
      leaves,
      target,
      edge: index,
    });
    return this.channelRuns.length - 1;
  }

  private corridor(e: RouteEdge, index: number, g: number, fromKey: number, toKey: number): number {
    // A run leaving a node sideways stays on that node's side of the border, so two nodes facing
    // each other across a corridor in one row never have their stubs on the same line.
    const keep = fromKey % 2 === 1 && g > 0 && g < this.laneCount ? (e.exit === 'right' ? 'left' : 'right') : undefined;
    this.corridorRuns.push({
      corridor: g,
      from: Math.min(fromKey, toKey),
      to: Math.max(fromKey, toKey),
      edge: index,
      ...(keep ? { keep } : {}),
    });
    return this.corridorRuns.length - 1;
  }
}
