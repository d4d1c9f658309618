/**
 * Phase 5 (routes) and phase 8 (paths): abstract routes through lanes, rows, channels and corridors,
 * and the polylines they resolve to. The charts are hand-placed on the grid; the later phases
 * (tracks, geometry) are run on them so that the routes can be checked as drawn.
 */
import { describe, expect, it } from 'vitest';
import { placeGrid } from '../../src/diagram/layout/geometry.ts';
import { gridOf } from '../../src/diagram/layout/grid.ts';
import { metricsFor } from '../../src/diagram/layout/metrics.ts';
import { edgePoints } from '../../src/diagram/layout/paths.ts';
import { choosePorts, type PortNode } from '../../src/diagram/layout/ports.ts';
import { rowKey, routeEdges, type Routes } from '../../src/diagram/layout/routes.ts';
import { assignTracks } from '../../src/diagram/layout/tracks.ts';
import type { Point } from '../../src/diagram/layout/types.ts';
import { legCrossesBox, onOutline } from './charts.ts';

const m = metricsFor({});
type Placed = PortNode & { width: number; height: number };
const n = (id: string, lane: number, rank: number, type: PortNode['type'] = 'step'): Placed => ({
  id,
  type,
  lane,
  rank,
  width: 84,
  height: type === 'decision' ? 56 : 40,
});

/** Ports, routes, tracks, geometry and points for hand-placed nodes; `edges` as "from>to" by id. */
function draw(
  nodes: Placed[],
  pairs: string[],
): { routes: Routes; points: Point[][]; boxes: { x: number; y: number; width: number; height: number }[] } {
  const at = (id: string): number => nodes.findIndex((x) => x.id === id);
  const edges = pairs.map((p) => {
    const [from, to] = p.split('>').map(at) as [number, number];
    return { from, to, back: nodes[to]!.rank <= nodes[from]!.rank };
  });
  const grid = gridOf(nodes);
  const ports = choosePorts(nodes, edges, grid);
  const laneCount = Math.max(...nodes.map((x) => x.lane)) + 1;
  const routes = routeEdges(
    nodes,
    edges.map((e, i) => ({ ...e, ...ports[i]! })),
    grid,
    laneCount,
  );
  const tracks = assignTracks(routes.channelRuns, routes.corridorRuns);
  const geometry = placeGrid({
    metrics: m,
    laneLabels: Array.from({ length: laneCount }, (_, l) => `岗位${l}`),
    nodeWidths: Array.from({ length: laneCount }, () => 84),
    nodes,
    rankCount: Math.max(...nodes.map((x) => x.rank)) + 1,
    channelRuns: routes.channelRuns,
    corridorRuns: routes.corridorRuns,
    tracks,
  });
  return { routes, points: routes.paths.map((p) => edgePoints(p, geometry)), boxes: geometry.boxes };
}

/** Every edge: orthogonal, from its source's outline to its target's, through no node. */
function expectDrawnCleanly(nodes: Placed[], pairs: string[], drawn: ReturnType<typeof draw>): void {
  pairs.forEach((p, i) => {
    const [from, to] = p.split('>').map((id) => nodes.findIndex((x) => x.id === id)) as [number, number];
    const pts = drawn.points[i]!;
    expect(pts.length).toBeGreaterThanOrEqual(2);
    expect(onOutline(pts[0]!, drawn.boxes[from]!), `${p} starts on its source`).toBe(true);
    expect(onOutline(pts[pts.length - 1]!, drawn.boxes[to]!), `${p} ends on its target`).toBe(true);
    for (let k = 0; k + 1 < pts.length; k++) {
      const a = pts[k]!;
      const b = pts[k + 1]!;
      expect(a.x === b.x || a.y === b.y, `${p} leg ${k} is orthogonal`).toBe(true);
      drawn.boxes.forEach((box, j) =>
        expect(legCrossesBox(a, b, box), `${p} leg ${k} crosses ${nodes[j]!.id}`).toBe(false),
      );
    }
  });
}

describe('routes', () => {
  it('joins a node to the one straight below it with a single vertical leg', () => {
    const nodes = [n('a', 0, 0), n('b', 0, 1)];
    const drawn = draw(nodes, ['a>b']);
    expect(drawn.routes.paths[0]!.map((w) => w.x.kind)).toEqual(['port', 'port']);
    expect(drawn.routes.channelRuns).toEqual([]);
    const [p, q] = drawn.points[0]!;
    expect(p!.x).toBe(q!.x);
    expect(p!.y).toBeLessThan(q!.y);
  });

  it('draws the decision "L": along the row to the target lane, then down into the target', () => {
    const nodes = [n('d', 0, 0, 'decision'), n('yes', 0, 1), n('no', 1, 1)];
    const drawn = draw(nodes, ['d>yes', 'd>no']);
    const l = drawn.routes.paths[1]!;
    expect(l.map((w) => w.y.kind)).toEqual(['port', 'row', 'port']);
    const [start, corner, end] = drawn.points[1]!;
    expect(start!.y).toBe(corner!.y);
    expect(corner!.x).toBe(end!.x);
    expectDrawnCleanly(nodes, ['d>yes', 'd>no'], drawn);
  });

  it('goes round a node in the way by a corridor instead of through it', () => {
    // a → c in one lane with b between them (and a → b straight down).
    const nodes = [n('a', 0, 0), n('b', 0, 1), n('c', 0, 2)];
    const pairs = ['a>b', 'a>c', 'b>c'];
    const drawn = draw(nodes, pairs);
    expect(drawn.routes.corridorRuns.map((r) => r.edge)).toContain(1);
    expectDrawnCleanly(nodes, pairs, drawn);
  });

  it('draws a loop back up as a bracket in the corridor beside the lane', () => {
    const nodes = [n('a', 0, 0), n('b', 0, 1), n('c', 0, 2)];
    const pairs = ['a>b', 'b>c', 'c>a'];
    const drawn = draw(nodes, pairs);
    const loop = drawn.routes.corridorRuns.find((r) => r.edge === 2);
    expect(loop).toMatchObject({ corridor: 1, from: rowKey(0), to: rowKey(2) });
    const pts = drawn.points[2]!;
    // Out to the right, up, and back in from the right: every point right of the nodes' left side.
    expect(Math.min(...pts.map((p) => p.x))).toBeGreaterThanOrEqual(drawn.boxes[0]!.x + drawn.boxes[0]!.width - 0.01);
    expectDrawnCleanly(nodes, pairs, drawn);
  });

  it('keeps runs in order along their channel or corridor (from ≤ to) and names the lanes and corridors they join', () => {
    const nodes = [n('a', 1, 0), n('x', 1, 1), n('b', 0, 2), n('c', 2, 2)];
    const pairs = ['a>x', 'a>b', 'a>c', 'x>b'];
    const drawn = draw(nodes, pairs);
    for (const r of [...drawn.routes.channelRuns, ...drawn.routes.corridorRuns])
      expect(r.from).toBeLessThanOrEqual(r.to);
    // Corridor g lies between lanes g-1 and g: 0 … 3 for three lanes.
    for (const r of drawn.routes.corridorRuns) expect(r.corridor >= 0 && r.corridor <= 3).toBe(true);
    expectDrawnCleanly(nodes, pairs, drawn);
  });

  it('crosses lanes with nodes in the way without touching them', () => {
    // A wide detour: s (lane 0) → t (lane 2) two rows down with a node in every cell between.
    const nodes = [n('s', 0, 0), n('m1', 1, 0), n('m2', 1, 1), n('m3', 2, 1), n('m4', 0, 1), n('t', 2, 2)];
    const pairs = ['s>t', 's>m4', 'm1>m2', 'm2>m3', 'm4>t'];
    const drawn = draw(nodes, pairs);
    expectDrawnCleanly(nodes, pairs, drawn);
  });

  it("comes into its target off centre when the box above's stub comes down the same column", () => {
    // The lost-property chart: "没找到" (d → none) comes round by the corridor into the channel that
    // b's edge to the end leaves by; at the lane's centre its arrow would hang from b's stub.
    const nodes = [n('d', 0, 0, 'decision'), n('a', 0, 1), n('b', 0, 2), n('none', 0, 3), n('end', 1, 4)];
    const pairs = ['d>a', 'd>none', 'a>b', 'b>end', 'none>end'];
    const drawn = draw(nodes, pairs);
    const [tip, turn] = [...drawn.points[1]!].reverse();
    const none = drawn.boxes[3]!;
    const stub = drawn.points[3]![0]!;
    expect(tip!.y).toBe(none.y);
    expect(turn!.x).toBe(tip!.x);
    // A quarter of the width towards the corridor it comes from, clear of b's stub.
    expect(tip!.x).toBeCloseTo(none.x + (none.width * 3) / 4, 1);
    expect(tip!.x - stub.x).toBeGreaterThan(m.track);
    // An arrow with no other edge's leg on its column (a → b, straight down) still ends at the centre.
    expect(drawn.points[2]!.at(-1)!.x).toBeCloseTo(drawn.boxes[2]!.x + drawn.boxes[2]!.width / 2, 1);
    expectDrawnCleanly(nodes, pairs, drawn);
  });
});
