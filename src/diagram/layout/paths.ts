/** Phase 8, paths: each edge's waypoints resolved to points (rounded) and its polyline cleaned of needless corners. */
import type { Geometry } from './geometry.ts';
import type { Entry, Waypoint, XRef, YRef } from './routes.ts';
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

/** Where a leg coming down a quarter of the width off a node's centre meets its outline (a diamond's at a quarter of its height). */
export function entryPoint(b: Box, entry: Entry): Point {
  return { x: b.x + b.width / 2 + (entry.toward * b.width) / 4, y: entry.diamond ? b.y + b.height / 4 : b.y };
}

export function edgePoints(path: readonly Waypoint[], geo: Geometry): Point[] {
  const box = (node: number): Box => must(geo.boxes[node], `node ${node}`);
  const resolveX = (ref: XRef): number =>
    ref.kind === 'lane'
      ? must(geo.laneCentre[ref.lane], 'lane')
      : ref.kind === 'corridor'
        ? must(geo.corridorX[ref.run], 'corridor run')
        : ref.kind === 'entry'
          ? entryPoint(box(ref.node), ref).x
          : portPoint(box(ref.node), ref.side).x;
  const resolveY = (ref: YRef): number =>
    ref.kind === 'row'
      ? must(geo.rowCentre[ref.rank], 'row')
      : ref.kind === 'channel'
        ? must(geo.channelY[ref.run], 'channel run')
        : ref.kind === 'entry'
          ? entryPoint(box(ref.node), ref).y
          : portPoint(box(ref.node), ref.side).y;
  return simplify(path.map((w) => ({ x: round(resolveX(w.x)), y: round(resolveY(w.y)) })));
}
