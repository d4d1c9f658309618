/** Phase 8, paths: each edge's waypoints resolved to points (rounded) and its polyline cleaned of needless corners. */
import type { Geometry } from './geometry.ts';
import type { Waypoint, XRef, YRef } from './routes.ts';
import { round, simplify } from './shapes.ts';
import { type Box, must, type Point, type Side } from './types.ts';

/** The middle of a box's side. */
export function portPoint(b: Box, side: Side): Point {
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
}

export function edgePoints(path: readonly Waypoint[], geo: Geometry): Point[] {
  const port = (node: number, side: Side): Point => portPoint(must(geo.boxes[node], `node ${node}`), side);
  const resolveX = (ref: XRef): number =>
    ref.kind === 'lane'
      ? must(geo.laneCentre[ref.lane], 'lane')
      : ref.kind === 'corridor'
        ? must(geo.corridorX[ref.run], 'corridor run')
        : port(ref.node, ref.side).x;
  const resolveY = (ref: YRef): number =>
    ref.kind === 'row'
      ? must(geo.rowCentre[ref.rank], 'row')
      : ref.kind === 'channel'
        ? must(geo.channelY[ref.run], 'channel run')
        : port(ref.node, ref.side).y;
  return simplify(path.map((w) => ({ x: round(resolveX(w.x)), y: round(resolveY(w.y)) })));
}
