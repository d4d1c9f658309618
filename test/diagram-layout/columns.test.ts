/** Phase 3b: columns — a decision's branches through one lane side by side, rejoining where the flow rejoins. */
import { describe, expect, it } from 'vitest';
import { type ColumnNode, assignColumns } from '../../src/diagram/layout/columns.ts';
import type { FlowEdge } from '../../src/diagram/layout/flow.ts';

/**
 * A chart from "a>b" pairs: every node in lane 0 unless given, decisions named d…, layers by the
 * longest forward path (a pair written "a<b" is an edge back up from a to b).
 */
function chart(pairs: string[], lanes: Record<string, number> = {}) {
  const edges: FlowEdge[] = [];
  const backs = new Set<number>();
  for (const p of pairs) {
    const back = p.includes('<');
    const [from, to] = p.split(/[<>]/) as [string, string];
    if (back) backs.add(edges.length);
    edges.push({ from, to });
  }
  const ids = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const layers = new Map(ids.map((id) => [id, 0]));
  for (let pass = 0; pass < ids.length; pass++)
    edges.forEach((e, i) => {
      if (!backs.has(i)) layers.set(e.to, Math.max(layers.get(e.to) ?? 0, (layers.get(e.from) ?? 0) + 1));
    });
  const nodes: ColumnNode[] = ids.map((id) => ({
    id,
    lane: lanes[id] ?? 0,
    next: edges.filter((e) => e.from === id).map((e) => e.to),
    decision: id.startsWith('d'),
  }));
  const laneCount = Math.max(0, ...nodes.map((n) => n.lane)) + 1;
  const columns = assignColumns({ startId: ids[0] ?? '', nodes, edges, layers, laneCount });
  const col = (id: string): number => columns.of[ids.indexOf(id)] ?? -1;
  return { columns, col };
}

describe('columns', () => {
  it('keeps a chart without decisions one column per lane', () => {
    const { columns, col } = chart(['s>a', 'a>b', 'b>e'], { b: 1 });
    expect(columns.lane).toEqual([0, 1]);
    expect([col('s'), col('a'), col('b'), col('e')]).toEqual([0, 0, 1, 0]);
    expect(columns.branches.size).toBe(0);
  });

  it('sets two branches of one lane side by side and rejoins them in the first one’s column', () => {
    // d: yes → y1 → end; no → n1 → n2 → end (branches of different length).
    const { columns, col } = chart(['s>d', 'd>y1', 'd>n1', 'y1>e', 'n1>n2', 'n2>e']);
    expect(columns.lane).toEqual([0, 0]);
    expect([col('d'), col('y1'), col('e')]).toEqual([0, 0, 0]);
    expect([col('n1'), col('n2')]).toEqual([1, 1]);
    expect([...columns.branches].sort()).toEqual(['n1', 'n2', 'y1']);
  });

  it('leaves branches in different lanes alone', () => {
    const { columns } = chart(['s>d', 'd>a', 'd>b', 'a>e', 'b>e'], { b: 1 });
    expect(columns.lane).toEqual([0, 1]);
  });

  it('gives a branch that ends, and one that loops back, a column of its own', () => {
    const ends = chart(['s>d', 'd>a', 'd>x', 'a>e']);
    expect(ends.col('x')).not.toBe(ends.col('a'));
    const loops = chart(['s>r', 'r>d', 'd>ok', 'd>fix', 'fix<r', 'ok>e']);
    expect(loops.col('fix')).not.toBe(loops.col('ok'));
    expect(loops.col('e')).toBe(loops.col('ok'));
  });

  it('keeps a branch that goes straight to the rejoin straight below its decision', () => {
    // d: yes → e directly; no → fix → e. The yes arrow runs down the column, fix beside it.
    const { col } = chart(['s>d', 'd>e', 'd>fix', 'fix>e']);
    expect(col('e')).toBe(col('d'));
    expect(col('fix')).not.toBe(col('d'));
  });

  it('nests: a decision inside a side branch splits it further to the right', () => {
    const { columns, col } = chart(['s>d1', 'd1>a', 'd1>d2', 'd2>b', 'd2>c', 'a>e', 'b>e', 'c>e']);
    expect(columns.lane).toEqual([0, 0, 0]);
    expect(new Set([col('a'), col('b'), col('c')]).size).toBe(3);
    expect(col('d2')).toBe(col('b'));
  });

  it('nests: a decision in the first branch puts its own second branch between the two', () => {
    const { col } = chart(['s>d1', 'd1>a', 'd1>b', 'a>d2', 'd2>a1', 'd2>a2', 'a1>j', 'a2>j', 'b>b1', 'b1>e', 'j>e']);
    expect(col('a1')).toBe(col('d2'));
    expect(col('a2')).toBeGreaterThan(col('a1'));
    expect(col('b')).toBeGreaterThan(col('a2'));
    expect(col('b1')).toBe(col('b'));
    expect(col('e')).toBe(col('d1'));
  });

  it('reuses the side column for decisions one after another', () => {
    const { columns } = chart(['s>d1', 'd1>a', 'd1>b', 'a>j', 'b>j', 'j>d2', 'd2>c', 'd2>f', 'c>e', 'f>e']);
    expect(columns.lane).toEqual([0, 0]);
  });

  it('shares a side column between branches of two decisions one above the other', () => {
    // d1's 否 (t → x) ends high up; d2 in another lane sends both branches back into lane 0 lower down.
    const { columns, col } = chart(['s>d1', 'd1>v', 'd1>t', 't>x', 'v>w', 'w>d2', 'd2>o', 'd2>r'], { d2: 1 });
    expect(columns.lane).toEqual([0, 0, 1]);
    expect(col('r')).toBe(col('t'));
    expect(col('o')).toBe(col('v'));
  });

  it('gives each branch of a three-way decision whose branches skip ahead into each other its own column', () => {
    // d: 是 → x → y → z; 否 → y; 其他 → z. z is where all rejoin and stays below d.
    const { col } = chart(['s>d', 'd>x', 'd>y', 'd>z', 'x>y', 'y>z']);
    expect(col('z')).toBe(col('d'));
    expect(new Set([col('x'), col('y'), col('z')]).size).toBe(3);
  });

  it('splits every lane two branches pass through, not only the decision’s', () => {
    // Both branches come back into lane 0 after a step in lane 1 or 2.
    const { columns, col } = chart(['s>d', 'd>a', 'd>b', 'a>a2', 'b>b2', 'a2>e', 'b2>e'], { a: 1, b: 2 });
    expect(columns.lane).toEqual([0, 0, 1, 2]);
    expect(col('a2')).not.toBe(col('b2'));
  });
});
