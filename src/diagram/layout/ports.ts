/**
 * Phase 4, ports: the side of its source an edge leaves by and the side of its target it enters by.
 * Each side of a node carries at most one outgoing edge where possible; downward edges are chosen
 * first (node by node), then the loops back up.
 */
import type { ProcessNodeType } from '../../model/types/processes.ts';
import { columnClear, type Grid } from './grid.ts';
import { must, type Side } from './types.ts';

export interface PortNode {
  id: string;
  type: ProcessNodeType;
  lane: number;
  rank: number;
}

export interface PortEdge {
  /** Index of the source / target in the node list. */
  from: number;
  to: number;
  back: boolean;
}

export interface Ports {
  exit: Side;
  enter: Side;
}

/** Sides per edge, in the edges' order. `used` (node:side) and the exits are this phase's own working state. */
export function choosePorts(nodes: readonly PortNode[], edges: readonly PortEdge[], grid: Grid): Ports[] {
  const used = new Set<string>();
  const exits: (Side | undefined)[] = edges.map(() => undefined);
  const enters: Side[] = edges.map(() => 'top');
  downwardExits(nodes, edges, grid, used, exits);
  edges.forEach((e, i) => {
    if (!e.back) return;
    const loop = loopPorts(nodes, e, used);
    exits[i] = loop.exit;
    enters[i] = loop.enter;
  });
  return edges.map((_, i) => ({ exit: must(exits[i], 'exit side'), enter: must(enters[i], 'enter side') }));
}

const portKey = (node: string, side: Side): string => `${node}:${side}`;

/**
 * Pass 1, downward edges. A same-lane edge with a clear column goes straight down (the nearest
 * target if several can); the others leave towards their target's lane.
 */
function downwardExits(
  nodes: readonly PortNode[],
  edges: readonly PortEdge[],
  grid: Grid,
  used: Set<string>,
  exits: (Side | undefined)[],
): void {
  const take = (node: string, side: Side): void => void used.add(portKey(node, side));
  const free = (node: string, side: Side): boolean => !used.has(portKey(node, side));
  const to = (i: number): PortNode => must(nodes[must(edges[i], 'edge').to], 'target');
  nodes.forEach((s, si) => {
    const outs = edges.flatMap((e, i) => (e.from === si && !e.back ? [i] : []));
    // A three-way decision whose targets sit in three lanes: left, bottom and right in the targets'
    // order across the lanes, so that no branch crosses another (each keeps its own line and label).
    const byLane = [...outs].sort((x, y) => to(x).lane - to(y).lane || to(x).rank - to(y).rank);
    if (s.type === 'decision' && outs.length === 3 && new Set(outs.map((i) => to(i).lane)).size === 3) {
      (['left', 'bottom', 'right'] as const).forEach((side, k) => {
        exits[must(byLane[k], 'branch')] = side;
        take(s.id, side);
      });
      return;
    }
    const straight = outs
      .filter((i) => to(i).lane === s.lane && columnClear(grid, s.lane, s.rank + 1, to(i).rank - 1))
      .sort((x, y) => to(x).rank - to(y).rank || x - y)[0];
    if (straight !== undefined) {
      exits[straight] = 'bottom';
      take(s.id, 'bottom');
    }
    for (const i of outs) {
      if (exits[i]) continue;
      const a = s.lane;
      const b = to(i).lane;
      let wanted: Side[] =
        b > a ? ['right', 'bottom', 'left'] : b < a ? ['left', 'bottom', 'right'] : ['right', 'left', 'bottom'];
      // Leaving downwards works when either column below is clear down to the target's row.
      const downwards =
        columnClear(grid, b, s.rank + 1, to(i).rank - 1) || columnClear(grid, a, s.rank + 1, to(i).rank - 1);
      if (s.type !== 'decision' && downwards) wanted = ['bottom', ...wanted.filter((x) => x !== 'bottom')];
      const side = wanted.find((x) => free(s.id, x)) ?? 'bottom';
      exits[i] = side;
      take(s.id, side);
    }
  });
}

/**
 * Pass 2, one loop back up: leave and enter by the same corridor when both sides are free, so the
 * loop is a plain bracket beside the lane; otherwise come down into the target from above.
 */
function loopPorts(nodes: readonly PortNode[], e: PortEdge, used: Set<string>): Ports {
  const free = (node: string, side: Side): boolean => !used.has(portKey(node, side));
  const from = must(nodes[e.from], 'source');
  const to = must(nodes[e.to], 'target');
  const u = from.id;
  const v = to.id;
  const a = from.lane;
  const b = to.lane;
  const loops: Ports[] =
    a === b
      ? [
          { exit: 'right', enter: 'right' },
          { exit: 'left', enter: 'left' },
        ]
      : b === a + 1
        ? [{ exit: 'right', enter: 'left' }]
        : b === a - 1
          ? [{ exit: 'left', enter: 'right' }]
          : [];
  const loop = u === v ? undefined : loops.find((o) => free(u, o.exit) && free(v, o.enter));
  if (loop) {
    used.add(portKey(u, loop.exit));
    used.add(portKey(v, loop.enter));
    return loop;
  }
  const fallback: Side[] = b < a ? ['left', 'right', 'bottom'] : ['right', 'left', 'bottom'];
  const exit = fallback.find((x) => free(u, x)) ?? 'bottom';
  used.add(portKey(u, exit));
  return { exit, enter: 'top' };
}
