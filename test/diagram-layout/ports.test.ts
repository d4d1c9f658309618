/** Phase 4: ports — each edge leaves and enters by a side that faces where it goes. */
import { describe, expect, it } from 'vitest';
import { gridOf } from '../../src/diagram/layout/grid.ts';
import { choosePorts, type PortEdge, type PortNode } from '../../src/diagram/layout/ports.ts';

const n = (id: string, lane: number, rank: number, type: PortNode['type'] = 'step'): PortNode => ({
  id,
  type,
  lane,
  rank,
});

/** Every outgoing side of a node is used once (when a node has at most four edges out). */
function expectDistinctExits(nodes: PortNode[], edges: PortEdge[], exits: string[]): void {
  const seen = new Set<string>();
  edges.forEach((e, i) => {
    const key = `${nodes[e.from]!.id}:${exits[i]}`;
    expect(seen.has(key), `${key} used twice`).toBe(false);
    seen.add(key);
  });
}

describe('ports', () => {
  it('sends a same-lane edge with a clear column straight out of the bottom into the top', () => {
    const nodes = [n('a', 0, 0), n('b', 0, 1)];
    const edges = [{ from: 0, to: 1, back: false }];
    expect(choosePorts(nodes, edges, gridOf(nodes))).toEqual([{ exit: 'bottom', enter: 'top' }]);
  });

  it('lets a decision leave towards its targets: the left lane by the left side, the right lane by the right', () => {
    const nodes = [n('d', 1, 0, 'decision'), n('left', 0, 1), n('right', 2, 1)];
    const edges = [
      { from: 0, to: 1, back: false },
      { from: 0, to: 2, back: false },
    ];
    const ports = choosePorts(nodes, edges, gridOf(nodes));
    expect(ports.map((p) => p.exit)).toEqual(['left', 'right']);
    expect(ports.every((p) => p.enter === 'top')).toBe(true);
  });

  it('splits a three-way decision into left, bottom and right in the order of its targets across the lanes', () => {
    const nodes = [n('d', 1, 0, 'decision'), n('east', 2, 1), n('west', 0, 1), n('south', 1, 1)];
    const edges = [1, 2, 3].map((to) => ({ from: 0, to, back: false }));
    const ports = choosePorts(nodes, edges, gridOf(nodes));
    expect(ports.map((p) => p.exit)).toEqual(['right', 'left', 'bottom']);
    expectDistinctExits(
      nodes,
      edges,
      ports.map((p) => p.exit),
    );
  });

  it('does not send two edges out of one side: the straight one takes the bottom, the other goes sideways', () => {
    // A step with two successors in its own lane below it; the nearer one is straight below.
    const nodes = [n('a', 0, 0), n('b', 0, 1), n('c', 0, 2)];
    const edges = [
      { from: 0, to: 2, back: false },
      { from: 0, to: 1, back: false },
    ];
    const ports = choosePorts(nodes, edges, gridOf(nodes));
    expect(ports[1]!.exit).toBe('bottom');
    expect(ports[0]!.exit).not.toBe('bottom');
    expectDistinctExits(
      nodes,
      edges,
      ports.map((p) => p.exit),
    );
  });

  it('draws a loop in one lane as a bracket: out of a side and back into the same side of the target', () => {
    const nodes = [n('a', 0, 0), n('b', 0, 1), n('c', 0, 2)];
    const edges = [
      { from: 0, to: 1, back: false },
      { from: 1, to: 2, back: false },
      { from: 2, to: 0, back: true },
    ];
    const ports = choosePorts(nodes, edges, gridOf(nodes));
    expect(ports[2]).toEqual({ exit: 'right', enter: 'right' });
    // A second loop into the same target takes the other side.
    const more = [...edges, { from: 1, to: 0, back: true }];
    const ports2 = choosePorts(nodes, more, gridOf(nodes));
    expect(ports2[3]).toEqual({ exit: 'left', enter: 'left' });
  });

  it('brings a loop to a neighbouring lane in by the side facing it, and a loop across lanes in from the top', () => {
    const nodes = [n('a', 0, 0), n('b', 1, 1), n('c', 2, 2)];
    const edges = [
      { from: 0, to: 1, back: false },
      { from: 1, to: 2, back: false },
      { from: 1, to: 0, back: true },
      { from: 2, to: 0, back: true },
    ];
    const ports = choosePorts(nodes, edges, gridOf(nodes));
    expect(ports[2]).toEqual({ exit: 'left', enter: 'right' });
    expect(ports[3]!.enter).toBe('top');
    expect(ports[3]!.exit).toBe('left');
  });
});
