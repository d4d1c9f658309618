/** Plane geometry on points and boxes: overlap tests (boxes and diamonds), polyline legs, and rounding for output. */
import type { Box, Point } from './types.ts';

/** Coordinates are given to hundredths of a unit. */
export const round = (n: number): number => Math.round(n * 100) / 100;

/** Removes repeated points and points in the middle of a straight run. */
export function simplify(points: Point[]): Point[] {
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

/** The legs of a polyline as (zero-width or zero-height) boxes. */
export function segments(points: readonly Point[]): Box[] {
  const out: Box[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a && b)
      out.push({
        x: Math.min(a.x, b.x),
        y: Math.min(a.y, b.y),
        width: Math.abs(a.x - b.x),
        height: Math.abs(a.y - b.y),
      });
  }
  return out;
}

/** Boxes closer than `margin` count as overlapping. */
export function overlaps(a: Box, b: Box, margin: number): boolean {
  return (
    a.x < b.x + b.width + margin &&
    b.x < a.x + a.width + margin &&
    a.y < b.y + b.height + margin &&
    b.y < a.y + a.height + margin
  );
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
  for (const [sx, sy] of [
    [1, 1],
    [1, -1],
    [-1, 1],
    [-1, -1],
  ] as const) {
    const proj = corners.map(([x, y]) => (sx * (x - cx)) / (d.width / 2) + (sy * (y - cy)) / (d.height / 2));
    if (Math.min(...proj) >= 1) return false;
  }
  return true;
}
