/** Phase 3: ELK layers and rows (ranks) — edges point down, one node per cell, loops become back edges. */
import { describe, expect, it } from 'vitest';
import type { FlowEdge } from '../../src/diagram/layout/flow.ts';
import { elkLayers } from '../../src/diagram/layout/layers.ts';
import { assignRanks, type RankNode } from '../../src/diagram/layout/ranks.ts';

/** Nodes and edges from "a>b c>d" style pairs; lanes given per node. */
function chart(lanes: Record<string, number>, pairs: string[]): { nodes: RankNode[]; edges: FlowEdge[] } {
  const edges = pairs.map((p) => {
    const [from, to] = p.split('>') as [string, string];
    return { from, to };
  });
  const nodes = Object.entries(lanes).map(([id, lane]) => ({
    id,
    lane,
    next: edges.filter((e) => e.from === id).map((e) => e.to),
  }));
  return { nodes, edges };
}

describe('ELK layers', () => {
  it('puts every forward step one layer further down and turns a loop into an upward edge', async () => {
    const { nodes, edges } = chart({ s: 0, a: 0, d: 1, e: 1 }, ['s>a', 'a>d', 'd>e', 'd>a']);
    const layers = await elkLayers(
      nodes.map((n) => ({ id: n.id, width: 70, height: 40 })),
      edges,
    );
    expect([...layers.keys()].sort()).toEqual(['a', 'd', 'e', 's']);
    expect(layers.get('s')).toBe(0);
    for (const [from, to] of [
      ['s', 'a'],
      ['a', 'd'],
      ['d', 'e'],
    ] as const)
      expect(layers.get(to)!).toBeGreaterThan(layers.get(from)!);
    // The loop d→a is the one edge that goes up.
    expect(layers.get('a')!).toBeLessThan(layers.get('d')!);
  });

  it('ignores a self-loop (ELK is not given it)', async () => {
    const layers = await elkLayers(
      [
        { id: 'x', width: 70, height: 40 },
        { id: 'y', width: 70, height: 40 },
      ],
      [
        { from: 'x', to: 'x' },
        { from: 'x', to: 'y' },
      ],
    );
    expect(layers.get('y')!).toBeGreaterThan(layers.get('x')!);
  });
});

describe('ranks', () => {
  it('respects edge direction: every forward edge goes to a lower row, a loop is a back edge', () => {
    const { nodes, edges } = chart({ s: 0, a: 0, d: 1, e: 1 }, ['s>a', 'a>d', 'd>e', 'd>a']);
    const layers = new Map([
      ['s', 0],
      ['a', 1],
      ['d', 2],
      ['e', 3],
    ]);
    const r = assignRanks({ processId: 'p', startId: 's', nodes, edges, layers });
    const rank = (id: string): number => r.ranks[nodes.findIndex((n) => n.id === id)]!;
    edges.forEach((e, i) => {
      if (r.back[i]) expect(rank(e.to)).toBeLessThanOrEqual(rank(e.from));
      else expect(rank(e.to)).toBeGreaterThan(rank(e.from));
    });
    expect(r.back).toEqual([false, false, false, true]);
  });

  it('keeps one node per lane and row: the first branch as written keeps the cell, the other moves down', () => {
    // A decision d with two targets in the same lane on the same layer.
    const { nodes, edges } = chart({ d: 0, yes: 1, no: 1 }, ['d>yes', 'd>no']);
    const layers = new Map([
      ['d', 0],
      ['yes', 1],
      ['no', 1],
    ]);
    const r = assignRanks({ processId: 'p', startId: 'd', nodes, edges, layers });
    expect(r.ranks).toEqual([0, 1, 2]);
    const cells = new Set(nodes.map((n, i) => `${n.lane}:${r.ranks[i]}`));
    expect(cells.size).toBe(nodes.length);
    // Swap the order the branches are written in: now "no" keeps the cell.
    const swapped = chart({ d: 0, yes: 1, no: 1 }, ['d>no', 'd>yes']);
    const r2 = assignRanks({ processId: 'p', startId: 'd', nodes: swapped.nodes, edges: swapped.edges, layers });
    expect(r2.ranks).toEqual([0, 2, 1]);
  });

  it('moves a node below its predecessors when they were pushed down, and drops empty rows', () => {
    // Layers with gaps (0, 2, 5) leave rows no node uses.
    const { nodes, edges } = chart({ a: 0, b: 1, c: 0 }, ['a>b', 'b>c']);
    const r = assignRanks({
      processId: 'p',
      startId: 'a',
      nodes,
      edges,
      layers: new Map([
        ['a', 0],
        ['b', 2],
        ['c', 5],
      ]),
    });
    expect(r.ranks).toEqual([0, 1, 2]);
    expect(r.rankCount).toBe(3);
    expect([...new Set(r.ranks)].sort()).toEqual([...Array(r.rankCount).keys()]);
  });

  it('marks an edge between nodes that end on one row as a back edge', () => {
    // ELK put x and y on different layers, but y is an upward edge target sharing x's row after compaction.
    const { nodes, edges } = chart({ x: 0, y: 1 }, ['x>y', 'y>x']);
    const r = assignRanks({
      processId: 'p',
      startId: 'x',
      nodes,
      edges,
      layers: new Map([
        ['x', 0],
        ['y', 1],
      ]),
    });
    expect(r.back).toEqual([false, true]);
  });

  it('refuses a node ELK gave no layer', () => {
    const { nodes, edges } = chart({ a: 0, b: 0 }, ['a>b']);
    expect(() => assignRanks({ processId: 'p', startId: 'a', nodes, edges, layers: new Map([['a', 0]]) })).toThrow(
      /layer of b/,
    );
  });
});
