/** Phases 0–2: metrics, lanes and node sizes (text wrapped to fit, widths within the budget). */
import { describe, expect, it } from 'vitest';
import { lanesOf } from '../../src/diagram/layout/lanes.ts';
import { metricsFor, nodeWidthFor, textWidthFor } from '../../src/diagram/layout/metrics.ts';
import { chooseNodeWidths, sizeNodes } from '../../src/diagram/layout/sizes.ts';
import { estimateTextWidth, widestUnbreakable } from '../../src/diagram/text.ts';
import type { Process } from '../../src/model/types/processes.ts';
import { node, source } from './charts.ts';

const m = metricsFor({});

describe('metrics', () => {
  it('derives every spacing from the font size and the options', () => {
    const big = metricsFor({ fontSize: 20, lineHeight: 30, maxNodeEms: 40 });
    expect(big.fs).toBe(20);
    expect(big.lh).toBe(30);
    expect(big.maxNodeWidth).toBe(800);
    expect(big.track).toBeCloseTo(20 * 0.6);
    expect(m.lh).toBeCloseTo(14 * 1.4);
    expect(m.measure).toBe(estimateTextWidth);
  });

  it('node width and text width are inverse for every node type', () => {
    for (const type of ['step', 'start', 'end', 'decision'] as const) {
      expect(textWidthFor(type, nodeWidthFor(type, 100, m), m)).toBeCloseTo(100, 9);
      // The text always has less room than the node.
      expect(textWidthFor(type, 200, m)).toBeLessThan(200);
    }
  });
});

describe('lanes', () => {
  it('keeps the process order of lanes and adds a role a node names but the list forgot', () => {
    const process: Process = {
      id: 'p',
      title: 'p',
      units: 'all',
      startId: 'a',
      lanes: ['leader', 'clerk'],
      source,
      nodes: [node('a', 'start', 'clerk', '开始', [{ to: 'b' }]), node('b', 'end', 'guard', '结束')],
    };
    const lanes = lanesOf(process, [
      { id: 'clerk', name: '营业受理员', source },
      { id: 'leader', name: '值班长', source },
    ]);
    expect(lanes.ids).toEqual(['leader', 'clerk', 'guard']);
    // An unknown role shows its id rather than nothing.
    expect(lanes.labels).toEqual(['值班长', '营业受理员', 'guard']);
  });
});

describe('node sizes', () => {
  const long = '现场勘察并出具供电方案，同时告知客户办理时限和所需材料';
  const lanes = { ids: ['clerk', 'leader'], labels: ['营业受理员', '值班长'] };
  const nodes = [
    node('s', 'start', 'clerk', '客户来电', [{ to: 'd' }]),
    node('d', 'decision', 'clerk', '资料是否齐全并且符合受理条件？', [{ to: 'w' }]),
    node('w', 'step', 'leader', long, [], '2个工作日'),
  ];

  it('wraps text inside its node and makes the node tall enough for it', () => {
    const sizes = sizeNodes({ nodes, lanes, metrics: m, budget: 448, timeLimitPrefix: '限时：', fill: false });
    for (const s of sizes.nodes) {
      const text = [...s.lines, ...s.timeLimitLines];
      expect(s.lines.join('')).toBe(s.node.label);
      expect(s.textHeight).toBeGreaterThanOrEqual(text.length * m.lh);
      if (s.node.type === 'decision') {
        // The text block fits inside the diamond: w/W + h/H ≤ 1.
        const widest = Math.max(...text.map((l) => m.measure(l, m.fs)));
        expect(widest / s.width + s.textHeight / s.height).toBeLessThanOrEqual(1);
      } else {
        for (const line of text)
          expect(m.measure(line, m.fs)).toBeLessThanOrEqual(textWidthFor(s.node.type, s.width, m) + 1e-9);
        expect(s.height).toBeGreaterThanOrEqual(s.textHeight + 2 * m.padY);
      }
    }
    const w = sizes.nodes.find((s) => s.node.id === 'w');
    expect(w?.lines.length).toBeGreaterThan(1);
    expect(w?.timeLimitLines.join('')).toBe('限时：2个工作日');
  });

  it('puts each node in its lane and gives a lane one node width', () => {
    const sizes = sizeNodes({ nodes, lanes, metrics: m, budget: 448, timeLimitPrefix: '限时：', fill: false });
    expect(sizes.nodes.map((s) => s.lane)).toEqual([0, 0, 1]);
    expect(sizes.nodes.map((s) => s.width)).toEqual([sizes.nodeWidths[0], sizes.nodeWidths[0], sizes.nodeWidths[1]]);
  });

  it('shrinks lanes to the budget but never below the widest unbreakable word', () => {
    const byLane = [[nodes[0]!, nodes[1]!], [nodes[2]!]];
    const roomy = chooseNodeWidths(byLane, lanes.labels, m, 2000, '限时：', false);
    const tight = chooseNodeWidths(byLane, lanes.labels, m, 260, '限时：', false);
    const padding = 2 * m.lanePad * 2;
    expect(tight.reduce((a, b) => a + b, 0) + padding).toBeLessThanOrEqual(260);
    for (const [i, w] of tight.entries()) expect(w).toBeLessThanOrEqual(roomy[i]!);
    // The natural width is capped at maxNodeWidth (10 em) even with room to spare.
    expect(Math.max(...roomy)).toBeLessThanOrEqual(m.maxNodeWidth);
    const word = [node('x', 'step', 'a', 'Authorisation-reference-0791-6132563')];
    const floor = nodeWidthFor('step', widestUnbreakable(word[0]!.label, m.fs, m.measure), m);
    expect(chooseNodeWidths([word], ['a'], m, 10, '限时：', false)[0]).toBeGreaterThanOrEqual(Math.floor(floor));
  });

  it('fills the budget for print, but keeps diamonds from growing with their lane', () => {
    const filled = sizeNodes({ nodes, lanes, metrics: m, budget: 1200, timeLimitPrefix: '限时：', fill: true });
    const padding = 2 * m.lanePad * 2;
    const total = filled.nodeWidths.reduce((a, b) => a + b, 0) + padding;
    expect(total).toBeLessThanOrEqual(1200);
    expect(total).toBeGreaterThan(1200 - 2);
    const diamond = filled.nodes.find((s) => s.node.type === 'decision');
    expect(diamond?.width).toBeLessThanOrEqual(Math.max(Math.min(m.fs * 13, m.maxNodeWidth), m.minNodeWidth));
    expect(diamond?.width).toBeLessThan(filled.nodeWidths[0]!);
  });
});
