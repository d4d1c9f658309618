/** Phase 9 (labels) and the plane geometry it uses: labels beside their edge, clear of nodes and of each other. */
import { describe, expect, it } from 'vitest';
import { labelCandidates, labelSize, placeLabels } from '../../src/diagram/layout/labels.ts';
import { metricsFor } from '../../src/diagram/layout/metrics.ts';
import { overlaps, overlapsDiamond, segments, simplify } from '../../src/diagram/layout/shapes.ts';
import type { Box } from '../../src/diagram/layout/types.ts';
import { boxesOverlap } from './charts.ts';

const m = metricsFor({});

describe('shapes', () => {
  const diamond: Box = { x: 0, y: 0, width: 100, height: 60 };

  it('tells a box in the corner of a diamond’s bounding box from one on the diamond', () => {
    expect(overlaps({ x: 0, y: 0, width: 10, height: 10 }, diamond, 0)).toBe(true);
    expect(overlapsDiamond({ x: 0, y: 0, width: 10, height: 10 }, diamond, 0)).toBe(false);
    expect(overlapsDiamond({ x: 45, y: 25, width: 10, height: 10 }, diamond, 0)).toBe(true);
    expect(overlapsDiamond({ x: 200, y: 0, width: 10, height: 10 }, diamond, 0)).toBe(false);
  });

  it('drops repeated points and corners that are not corners', () => {
    expect(
      simplify([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 0, y: 5 },
        { x: 0, y: 9 },
        { x: 4, y: 9 },
      ]),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 0, y: 9 },
      { x: 4, y: 9 },
    ]);
    expect(
      segments([
        { x: 0, y: 9 },
        { x: 0, y: 0 },
        { x: 4, y: 0 },
      ]),
    ).toEqual([
      { x: 0, y: 0, width: 0, height: 9 },
      { x: 0, y: 0, width: 4, height: 0 },
    ]);
  });
});

describe('labels', () => {
  // A decision (diamond) with two branches out of its sides; a step node beside the right branch.
  const decision: Box = { x: 100, y: 50, width: 100, height: 60 };
  const step: Box = { x: 260, y: 10, width: 80, height: 40 };
  const shapes = [
    { box: decision, diamond: true },
    { box: step, diamond: false },
  ];
  const edges = [
    {
      label: '是',
      points: [
        { x: 200, y: 80 },
        { x: 300, y: 80 },
        { x: 300, y: 200 },
      ],
    },
    {
      label: '否，退回补充材料',
      points: [
        { x: 100, y: 80 },
        { x: 20, y: 80 },
        { x: 20, y: 200 },
      ],
    },
    {
      points: [
        { x: 150, y: 110 },
        { x: 150, y: 200 },
      ],
    },
  ];
  const placed = placeLabels({ metrics: m, edges, shapes, top: 0, bottom: 220, width: 360 });

  it('places every label and none for an unlabelled edge', () => {
    expect(placed[0]).toBeDefined();
    expect(placed[1]).toBeDefined();
    expect(placed[2]).toBeUndefined();
    expect(placed[1]!.lines.join('')).toBe('否，退回补充材料');
    expect(placed[1]!.lines.length).toBeGreaterThan(1);
  });

  it('keeps labels off the nodes, off each other and off the edges', () => {
    const boxes = placed.flatMap((p) => (p ? [p.box] : []));
    for (const b of boxes) {
      expect(overlapsDiamond(b, decision, 0)).toBe(false);
      expect(boxesOverlap(b, step)).toBe(false);
      for (const e of edges) for (const leg of segments(e.points)) expect(overlaps(b, leg, 0)).toBe(false);
    }
    expect(boxesOverlap(boxes[0]!, boxes[1]!)).toBe(false);
  });

  it('puts a label right beside a leg of its own edge, nearest the start, with its centre in the middle', () => {
    for (const [i, p] of placed.entries()) {
      if (!p) continue;
      const first = segments(edges[i]!.points)[0]!;
      // Within a quarter em plus a unit of the first leg.
      expect(overlaps(p.box, first, m.fs * 0.25 + 1.5)).toBe(true);
      expect(p.at.x).toBeCloseTo(p.box.x + p.box.width / 2, 1);
      expect(p.at.y).toBeCloseTo(p.box.y + p.box.height / 2, 1);
    }
  });

  it('keeps labels inside the chart vertically', () => {
    const low = placeLabels({
      metrics: m,
      edges: [
        {
          label: '是',
          points: [
            { x: 0, y: 5 },
            { x: 50, y: 5 },
          ],
        },
      ],
      shapes: [],
      top: 0,
      bottom: 100,
      width: 100,
    });
    // Above the leg there is no room (it would start above 0): the label goes below.
    expect(low[0]!.box.y).toBeGreaterThan(5);
  });

  it('tries both sides of every leg, from the start of the edge onwards', () => {
    const c = labelCandidates(
      [
        { x: 0, y: 0 },
        { x: 0, y: 100 },
        { x: 100, y: 100 },
      ],
      20,
      10,
      3,
    );
    expect(c[0]!.x).toBeGreaterThan(0);
    expect(c[1]!.x + c[1]!.width).toBeLessThan(0);
    expect(c[0]!.y).toBeLessThan(c[c.length - 1]!.y);
    expect(c.some((b) => b.y < 100 && b.x > 0 && b.x < 100 && b.y + b.height < 100)).toBe(true);
  });
});

describe('label wrapping', () => {
  // At 5 em a line the label needs three lines whatever the breaks; greedy filling gave
  // 电源侧（供 / 电企业产 / 权）, two words cut, where the bracket and a word boundary read as phrases.
  it('breaks a branch label at the bracket and between words when that costs no line, on the site and in print', () => {
    for (const metrics of [m, metricsFor({ fontSize: 8 })]) {
      expect(labelSize('电源侧（供电企业产权）', metrics).lines).toEqual(['电源侧', '（供电企业', '产权）']);
      // Two lines either way (（客户产权） alone is 6 em): the break stays between two words.
      expect(labelSize('表后（客户产权）', metrics).lines).toEqual(['表后（客户', '产权）']);
      expect(labelSize('否', metrics).lines).toEqual(['否']);
    }
  });
});
