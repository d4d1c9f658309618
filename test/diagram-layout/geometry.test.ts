/** Phase 7: geometry — lanes side by side, rows top to bottom, tracks inside their corridor or channel. */
import { describe, expect, it } from 'vitest';
import { placeGrid, type GeometryRequest } from '../../src/diagram/layout/geometry.ts';
import { metricsFor } from '../../src/diagram/layout/metrics.ts';
import type { ChannelRun, CorridorRun } from '../../src/diagram/layout/routes.ts';
import { assignTracks } from '../../src/diagram/layout/tracks.ts';
import { boxesOverlap } from './charts.ts';

const m = metricsFor({});
const nodes = [
  { lane: 0, rank: 0, width: 80, height: 40 },
  { lane: 1, rank: 0, width: 100, height: 60 },
  { lane: 0, rank: 1, width: 80, height: 40 },
  { lane: 1, rank: 2, width: 60, height: 60 },
];

function request(channelRuns: ChannelRun[], corridorRuns: CorridorRun[]): GeometryRequest {
  return {
    metrics: m,
    laneLabels: ['营业受理员', '值班长'],
    nodeWidths: [80, 100],
    nodes,
    rankCount: 3,
    channelRuns,
    corridorRuns,
    tracks: assignTracks(channelRuns, corridorRuns),
  };
}

const corridorRuns: CorridorRun[] = [
  { corridor: 1, from: 1, to: 4, edge: 0, keep: 'left' },
  { corridor: 1, from: 1, to: 4, edge: 1, keep: 'right' },
  { corridor: 1, from: 1, to: 6, edge: 2, keep: 'left' },
  { corridor: 2, from: 1, to: 6, edge: 3 },
];
const channelRuns: ChannelRun[] = [
  { channel: 0, from: 1, to: 3, enters: [1], leaves: [3], target: 'x', edge: 0 },
  { channel: 0, from: 1, to: 3, enters: [1], leaves: [3], target: 'y', edge: 1 },
];

describe('geometry', () => {
  const geo = placeGrid(request(channelRuns, corridorRuns));

  it('sets the lanes side by side from 0 to the chart width', () => {
    expect(geo.laneX[0]).toBe(0);
    expect(geo.laneX[1]).toBeCloseTo(geo.laneX[0]! + geo.laneWidth[0]!, 9);
    expect(geo.width).toBeCloseTo(geo.laneX[1]! + geo.laneWidth[1]!, 9);
  });

  it('puts every node inside its lane, below the header, centred in its cell, and no two nodes overlap', () => {
    nodes.forEach((n, i) => {
      const b = geo.boxes[i]!;
      expect(b.x).toBeGreaterThanOrEqual(geo.laneX[n.lane]! + m.lanePad - 1e-9);
      expect(b.x + b.width).toBeLessThanOrEqual(geo.laneX[n.lane]! + geo.laneWidth[n.lane]! - m.lanePad + 1e-9);
      expect(b.y).toBeGreaterThan(geo.headerHeight);
      expect(b.y + b.height).toBeLessThan(geo.height);
      expect(b.x + b.width / 2).toBeCloseTo(geo.laneCentre[n.lane]!, 9);
      expect(b.y + b.height / 2).toBeCloseTo(geo.rowCentre[n.rank]!, 9);
    });
    for (const [i, a] of geo.boxes.entries())
      for (const b of geo.boxes.slice(i + 1)) expect(boxesOverlap(a, b)).toBe(false);
  });

  it('keeps rows in order and as tall as their tallest node', () => {
    expect(geo.rowCentre[1]!).toBeGreaterThan(geo.rowCentre[0]! + 30);
    expect(geo.rowCentre[2]!).toBeGreaterThan(geo.rowCentre[1]!);
  });

  it('gives every corridor track its own x between the nodes either side, never on the lane border', () => {
    const xs = geo.corridorX;
    expect(new Set(xs.slice(0, 3)).size).toBe(3);
    const leftNodesRight = geo.laneCentre[0]! + 80 / 2;
    const rightNodesLeft = geo.laneCentre[1]! - 100 / 2;
    const border = geo.laneX[1]!;
    for (const x of xs.slice(0, 3)) {
      expect(x).toBeGreaterThan(leftNodesRight);
      expect(x).toBeLessThan(rightNodesLeft);
      expect(x).not.toBeCloseTo(border, 6);
    }
    // keep: 'left' runs lie left of the border, the 'right' run right of it.
    expect(xs[0]!).toBeLessThan(border);
    expect(xs[2]!).toBeLessThan(border);
    expect(xs[1]!).toBeGreaterThan(border);
    // The outer corridor on the right lies right of the right lane's nodes, inside the chart.
    expect(xs[3]!).toBeGreaterThan(rightNodesLeft + 100);
    expect(xs[3]!).toBeLessThan(geo.width);
  });

  it('puts channel tracks between the rows above and below, apart from each other', () => {
    const [y0, y1] = geo.channelY;
    expect(y0).not.toBe(y1);
    const rowBottom = Math.max(geo.boxes[0]!.y + geo.boxes[0]!.height, geo.boxes[1]!.y + geo.boxes[1]!.height);
    const nextTop = geo.boxes[2]!.y;
    for (const y of [y0!, y1!]) {
      expect(y).toBeGreaterThan(rowBottom);
      expect(y).toBeLessThan(nextTop);
    }
  });

  it('widens a corridor and the chart when it needs more tracks', () => {
    const fewer = placeGrid(request([], []));
    expect(geo.width).toBeGreaterThan(fewer.width);
    expect(geo.laneWidth[0]!).toBeGreaterThan(fewer.laneWidth[0]!);
  });

  it('makes the gap below a node as tall as the label room it asks for, counting the row space under it', () => {
    const plain = placeGrid(request([], []));
    // Node 0 (40 high) shares row 0 with node 1 (60 high): 10 of its 100 are already free below it.
    const roomy = placeGrid({ ...request([], []), labelRoom: [100, 0, 0, 0] });
    expect(roomy.boxes[2]!.y - (roomy.boxes[0]!.y + roomy.boxes[0]!.height)).toBeCloseTo(100);
    expect(roomy.boxes[0]).toEqual(plain.boxes[0]);
    // Room smaller than the gap already there changes nothing.
    expect(placeGrid({ ...request([], []), labelRoom: [10, 0, 0, 0] })).toEqual(plain);
  });

  it('wraps a lane header that does not fit its lane and makes the header band tall enough', () => {
    const long = placeGrid({ ...request([], []), laneLabels: ['服务质量管理办公室质量监督检查组', '值班长'] });
    expect(long.headerLines[0]!.length).toBeGreaterThan(1);
    expect(long.headerHeight).toBeGreaterThanOrEqual(long.headerLines[0]!.length * m.lh);
  });
});
