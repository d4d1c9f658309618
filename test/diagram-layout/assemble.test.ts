/** Last phase: assembly — reading order, and the chart grown where a label sticks out at the sides. */
import { describe, expect, it } from 'vitest';
import { assemble, type AssembleRequest } from '../../src/diagram/layout/assemble.ts';
import type { Geometry } from '../../src/diagram/layout/geometry.ts';
import { metricsFor } from '../../src/diagram/layout/metrics.ts';
import { node } from './charts.ts';

const m = metricsFor({});
const sized = (id: string, lane: number, rank: number) => ({
  node: node(id, 'step', lane === 0 ? 'a' : 'b', id),
  lane,
  rank,
  width: 80,
  height: 40,
  lines: [id],
  timeLimitLines: [],
  textHeight: m.lh,
  id,
  type: 'step' as const,
});
const geometry: Geometry = {
  laneX: [0, 120],
  laneWidth: [120, 120],
  laneCentre: [60, 180],
  headerLines: [['甲'], ['乙']],
  headerHeight: 30,
  rowCentre: [70, 150],
  width: 240,
  height: 200,
  boxes: [
    { x: 140, y: 130, width: 80, height: 40 },
    { x: 20, y: 50, width: 80, height: 40 },
    { x: 140, y: 50, width: 80, height: 40 },
  ],
  corridorX: [],
  channelY: [],
};
const base: AssembleRequest = {
  processId: 'p',
  title: '流程',
  metrics: m,
  lanes: { ids: ['a', 'b'], labels: ['甲', '乙'] },
  geometry,
  // In the process's order: c (row 1, lane 1) was written first.
  nodes: [sized('c', 1, 1), sized('a', 0, 0), sized('b', 1, 0)],
  edges: [
    {
      from: 'b',
      to: 'c',
      back: false,
      points: [
        { x: 180, y: 90 },
        { x: 180, y: 130 },
      ],
    },
    {
      from: 'a',
      to: 'b',
      label: '是',
      back: false,
      points: [
        { x: 100, y: 70 },
        { x: 140, y: 70 },
      ],
    },
  ],
  labels: [undefined, { lines: ['是'], box: { x: 105, y: 50, width: 21, height: 19.6 }, at: { x: 115.5, y: 59.8 } }],
};

describe('assemble', () => {
  it('lists nodes by row then lane and edges by their source in that order', () => {
    const layout = assemble(base);
    expect(layout.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(layout.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['a>b', 'b>c']);
    expect(layout.edges[0]!.labelAt).toEqual({ x: 115.5, y: 59.8 });
    expect(layout.width).toBe(240);
    expect(layout.minDisplayWidth).toBe(Math.ceil((240 * 11) / m.fs));
  });

  it('grows the chart to the left when a label sticks out there and moves everything right by as much', () => {
    const out = {
      ...base,
      labels: [undefined, { lines: ['是'], box: { x: -18, y: 50, width: 21, height: 19.6 }, at: { x: -7.5, y: 59.8 } }],
    };
    const layout = assemble(out);
    const shift = 20; // the label's left edge (−18) less a 2-unit margin
    expect(layout.width).toBe(240 + shift);
    expect(layout.lanes[0]!.width).toBe(120 + shift);
    expect(layout.lanes[1]!.x).toBe(120 + shift);
    expect(layout.nodes.find((n) => n.id === 'a')!.x).toBe(20 + shift);
    expect(layout.edges[0]!.labelBox!.x).toBe(-18 + shift);
    expect(layout.edges[1]!.points[0]!.x).toBe(180 + shift);
    // The input is left as it was.
    expect(geometry.boxes[1]!.x).toBe(20);
    expect(out.labels[1]!.box.x).toBe(-18);
  });

  it('grows the last lane when a label sticks out on the right', () => {
    const out = {
      ...base,
      labels: [
        undefined,
        { lines: ['是'], box: { x: 230, y: 50, width: 21, height: 19.6 }, at: { x: 240.5, y: 59.8 } },
      ],
    };
    const layout = assemble(out);
    expect(layout.width).toBe(230 + 21 + 2);
    expect(layout.lanes[1]!.width).toBe(120 + 13);
    expect(layout.lanes[0]!.x).toBe(0);
  });
});
