/** Small hand-made charts and checks shared by the layout phase tests (not a test file itself). */
import type { Box, Point } from '../../src/diagram/layout/types.ts';
import type { ProcessNode } from '../../src/model/types/processes.ts';

export const source = { file: 'processes/test.yaml', line: 1, column: 1 };

export function node(
  id: string,
  type: ProcessNode['type'],
  role: string,
  label: string,
  next: ProcessNode['next'] = [],
  timeLimit?: string,
): ProcessNode {
  return { id, type, role, label, next, clauses: [], processId: 'test', source, ...(timeLimit ? { timeLimit } : {}) };
}

/** True when the open interiors of two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when the axis-parallel leg a–b passes through the inside of the box (not along its border). */
export function legCrossesBox(a: Point, b: Point, box: Box, eps = 0.01): boolean {
  if (a.x === b.x)
    return (
      a.x > box.x + eps &&
      a.x < box.x + box.width - eps &&
      Math.max(a.y, b.y) > box.y + eps &&
      Math.min(a.y, b.y) < box.y + box.height - eps
    );
  return (
    a.y > box.y + eps &&
    a.y < box.y + box.height - eps &&
    Math.max(a.x, b.x) > box.x + eps &&
    Math.min(a.x, b.x) < box.x + box.width - eps
  );
}

/** True when the point lies on the box's outline. */
export function onOutline(p: Point, box: Box, eps = 0.05): boolean {
  const onV =
    (Math.abs(p.x - box.x) < eps || Math.abs(p.x - box.x - box.width) < eps) &&
    p.y >= box.y - eps &&
    p.y <= box.y + box.height + eps;
  const onH =
    (Math.abs(p.y - box.y) < eps || Math.abs(p.y - box.y - box.height) < eps) &&
    p.x >= box.x - eps &&
    p.x <= box.x + box.width + eps;
  return onV || onH;
}
