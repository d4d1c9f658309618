import { existsSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutProcess } from '../src/diagram/layout/index.ts';
import { overlapsDiamond } from '../src/diagram/layout/shapes.ts';
import type { NodeLayout, Point, ProcessLayout } from '../src/diagram/layout/types.ts';
import { describeProcess, escapeXml, PALETTE, processToSvg } from '../src/diagram/svg.ts';
import { estimateTextWidth, NO_LINE_END, NO_LINE_START, wrapBalanced, wrapText } from '../src/diagram/text.ts';
import { loadModel } from '../src/model/index.ts';
import type { Process, ProcessNode } from '../src/model/types/processes.ts';
import type { Role } from '../src/model/types.ts';
import { launchChromium } from './support/browser.ts';

const source = { file: 'processes/test.yaml', line: 1, column: 1 };
const roles: Role[] = [
  { id: 'clerk', name: '营业受理员', source },
  { id: 'leader', name: '值班长', source },
  { id: 'office', name: '服务质量管理办公室', source },
];

function node(
  id: string,
  type: ProcessNode['type'],
  role: string,
  label: string,
  next: ProcessNode['next'],
  timeLimit?: string,
): ProcessNode {
  return {
    id,
    type,
    role,
    label,
    next,
    clauses: [],
    processId: 'synthetic',
    source,
    ...(timeLimit ? { timeLimit } : {}),
  };
}

/** 3 roles, a decision with two labelled branches, a loop back, two ends, hostile text. */
const synthetic: Process = {
  id: 'synthetic',
  title: '测试流程 <script>alert(1)</script> & 其他',
  units: 'all',
  startId: 'start',
  lanes: ['clerk', 'leader', 'office'],
  source,
  nodes: [
    node('start', 'start', 'clerk', '客户来电反映问题', [{ to: 'register' }]),
    node('register', 'step', 'clerk', '登记来电内容，记录联系电话0791-6132563', [{ to: 'solvable' }], '当场'),
    node('solvable', 'decision', 'clerk', '能否当场解决？', [
      { to: 'answer', label: '能' },
      { to: 'escalate', label: '不能' },
    ]),
    node('answer', 'step', 'clerk', '当场答复客户<script>alert("x")</script> & 致谢', [{ to: 'done-fast' }], '当场'),
    node('escalate', 'step', 'leader', '值班长协调处理（需要时请示上级）', [{ to: 'office-check' }], '2个工作日'),
    node('office-check', 'decision', 'office', '客户是否满意？', [
      { to: 'done-slow', label: '满意' },
      { to: 'escalate', label: '不满意，重新处理' },
    ]),
    node('done-fast', 'end', 'clerk', '办结', []),
    node('done-slow', 'end', 'office', '回访后归档', [], '答复后3个工作日内'),
  ],
};

// ------------------------------------------------------------ geometry helpers

function inside(p: Point, n: NodeLayout, eps = 0.01): boolean {
  return p.x > n.x + eps && p.x < n.x + n.width - eps && p.y > n.y + eps && p.y < n.y + n.height - eps;
}

/** True when the point lies on the node's outline (diamond for decisions, the box otherwise). */
function onBorder(p: Point, n: NodeLayout, eps = 0.05): boolean {
  const cx = n.x + n.width / 2;
  const cy = n.y + n.height / 2;
  if (n.type === 'decision')
    return Math.abs(Math.abs(p.x - cx) / (n.width / 2) + Math.abs(p.y - cy) / (n.height / 2) - 1) < 0.01;
  const onV =
    (Math.abs(p.x - n.x) < eps || Math.abs(p.x - n.x - n.width) < eps) &&
    p.y >= n.y - eps &&
    p.y <= n.y + n.height + eps;
  const onH =
    (Math.abs(p.y - n.y) < eps || Math.abs(p.y - n.y - n.height) < eps) &&
    p.x >= n.x - eps &&
    p.x <= n.x + n.width + eps;
  return onV || onH;
}

/** True when the axis-parallel leg a–b passes through the node's shape (a decision's diamond, not its bounding box). */
function segmentCrossesBox(a: Point, b: Point, n: NodeLayout): boolean {
  const eps = 0.5;
  if (n.type === 'decision') {
    // Along the leg's line the diamond's inside is the centre ± its half-extent at that offset.
    const [across, along, lo, hi, half, halfAlong] =
      a.x === b.x
        ? [
            a.x - n.x - n.width / 2,
            n.y + n.height / 2,
            Math.min(a.y, b.y),
            Math.max(a.y, b.y),
            n.width / 2,
            n.height / 2,
          ]
        : [
            a.y - n.y - n.height / 2,
            n.x + n.width / 2,
            Math.min(a.x, b.x),
            Math.max(a.x, b.x),
            n.height / 2,
            n.width / 2,
          ];
    const reach = halfAlong * (1 - Math.abs(across) / half);
    return reach > eps && hi > along - reach + eps && lo < along + reach - eps;
  }
  if (a.x === b.x)
    return (
      a.x > n.x + eps &&
      a.x < n.x + n.width - eps &&
      Math.max(a.y, b.y) > n.y + eps &&
      Math.min(a.y, b.y) < n.y + n.height - eps
    );
  return (
    a.y > n.y + eps &&
    a.y < n.y + n.height - eps &&
    Math.max(a.x, b.x) > n.x + eps &&
    Math.min(a.x, b.x) < n.x + n.width - eps
  );
}

function boxesOverlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Every edge label that lies on a node (a decision's diamond, not its empty corners) or on another
 * label, or that has no place at all, with the layout's own boxes.
 */
function labelClashes(layout: ProcessLayout): string[] {
  const out: string[] = [];
  const placed = layout.edges.filter((e) => e.label !== undefined);
  for (const [i, e] of placed.entries()) {
    const box = e.labelBox;
    const name = `label ${e.label} (${e.from}→${e.to}, ${e.labelLines?.length ?? 0} lines)`;
    if (!box) {
      out.push(`${name} not placed`);
      continue;
    }
    for (const n of layout.nodes)
      if (n.type === 'decision' ? overlapsDiamond(box, n, 0) : boxesOverlap(box, n))
        out.push(`${name} ${JSON.stringify(box)} on ${n.id} ${JSON.stringify([n.x, n.y, n.width, n.height])}`);
    for (const f of placed.slice(i + 1))
      if (f.labelBox && boxesOverlap(box, f.labelBox)) out.push(`${name} on label ${f.label}`);
  }
  return out;
}

/** True when the point lies strictly inside the node's shape (the diamond for decisions). */
function insideShape(p: Point, n: NodeLayout): boolean {
  if (n.type !== 'decision') return inside(p, n);
  const cx = n.x + n.width / 2;
  const cy = n.y + n.height / 2;
  return Math.abs(p.x - cx) / (n.width / 2) + Math.abs(p.y - cy) / (n.height / 2) < 0.999;
}

/**
 * The arrow reads as its own edge's: its tip is on its target's outline, its last leg comes from
 * outside and points into the target, and no leg of an edge into another node lies on the same line
 * just behind that leg (closer than two font sizes, which no node fits between). Such a leg — say a
 * stub out of the box above, stopping a track short of where this edge turns down — reads as one
 * line with the arrow, so the eye takes the arrow for that box's and follows the wrong path.
 */
function checkArrowTip(layout: ProcessLayout, e: ProcessLayout['edges'][number], to: NodeLayout): void {
  const name = `${e.from}→${e.to}${e.label ? ` (${e.label})` : ''}`;
  const tip = e.points[e.points.length - 1];
  const prev = e.points[e.points.length - 2];
  if (!tip || !prev) return;
  expect(onBorder(tip, to), `${name} ends on the outline of ${e.to}: ${JSON.stringify(tip)}`).toBe(true);
  const len = Math.hypot(tip.x - prev.x, tip.y - prev.y);
  const step = { x: (tip.x - prev.x) / len, y: (tip.y - prev.y) / len };
  expect(insideShape(prev, to) || onBorder(prev, to), `${name}'s last leg starts outside ${e.to}`).toBe(false);
  const beyond = { x: tip.x + step.x, y: tip.y + step.y };
  expect(
    insideShape(beyond, to),
    `${name}'s last leg points into ${e.to}: ${JSON.stringify([prev, tip, to.x, to.y, to.width, to.height])}`,
  ).toBe(true);
  const vertical = prev.x === tip.x;
  const line = vertical ? tip.x : tip.y;
  const start = vertical ? prev.y : prev.x;
  const dir = vertical ? Math.sign(tip.y - prev.y) : Math.sign(tip.x - prev.x);
  for (const f of layout.edges) {
    if (f.to === e.to) continue;
    for (let k = 1; k < f.points.length; k++) {
      const a = f.points[k - 1];
      const b = f.points[k];
      if (!a || !b || (vertical ? a.x !== line || b.x !== line : a.y !== line || b.y !== line)) continue;
      // Distance from the other leg's nearer end back to where this last leg starts.
      const ends = vertical ? [a.y, b.y] : [a.x, b.x];
      const gap = dir > 0 ? start - Math.max(...ends) : Math.min(...ends) - start;
      expect(
        gap >= -0.01 && gap < layout.fontSize * 2,
        `${name}'s arrow reads as the end of ${f.from}→${f.to} (on one line, ${gap.toFixed(1)} apart)`,
      ).toBe(false);
    }
  }
}

/** Every geometric promise the layout makes. */
function checkLayout(layout: ProcessLayout): void {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const n of layout.nodes) {
    const lane = layout.lanes.find((l) => l.roleId === n.role);
    expect(lane, `lane of ${n.id}`).toBeDefined();
    if (!lane) continue;
    expect(n.x, `${n.id} left`).toBeGreaterThanOrEqual(lane.x);
    expect(n.x + n.width, `${n.id} right`).toBeLessThanOrEqual(lane.x + lane.width);
    expect(n.y, `${n.id} below header`).toBeGreaterThanOrEqual(lane.y + lane.headerHeight);
    expect(n.y + n.height, `${n.id} bottom`).toBeLessThanOrEqual(lane.y + lane.height);
    for (const line of [...n.lines, ...n.timeLimitLines]) {
      // Text must fit: decisions need their text inside the diamond, checked by width here.
      expect(estimateTextWidth(line, layout.fontSize), `${n.id}: "${line}" fits`).toBeLessThanOrEqual(n.width);
    }
  }
  for (const [i, a] of layout.nodes.entries())
    for (const b of layout.nodes.slice(i + 1)) expect(boxesOverlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);

  const runs: { edge: number; to: string; a: Point; b: Point }[] = [];
  for (const [i, e] of layout.edges.entries()) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    expect(from && to, `${e.from}→${e.to} endpoints exist`).toBeTruthy();
    if (!from || !to) continue;
    const first = e.points[0];
    const last = e.points[e.points.length - 1];
    expect(e.points.length).toBeGreaterThanOrEqual(2);
    if (!first || !last) continue;
    expect(onBorder(first, from), `${e.from}→${e.to} starts on the border of ${e.from}: ${JSON.stringify(first)}`).toBe(
      true,
    );
    expect(onBorder(last, to), `${e.from}→${e.to} ends on the border of ${e.to}: ${JSON.stringify(last)}`).toBe(true);
    checkArrowTip(layout, e, to);
    for (let k = 0; k + 1 < e.points.length; k++) {
      const a = e.points[k];
      const b = e.points[k + 1];
      if (!a || !b) continue;
      expect(a.x === b.x || a.y === b.y, `${e.from}→${e.to} segment ${k} is orthogonal`).toBe(true);
      for (const n of layout.nodes)
        expect(segmentCrossesBox(a, b, n), `${e.from}→${e.to} segment ${k} crosses ${n.id}`).toBe(false);
      expect(
        insideShape(a, from) || insideShape(b, to),
        `${e.from}→${e.to} segment ${k} starts or ends inside a node`,
      ).toBe(false);
      runs.push({ edge: i, to: e.to, a, b });
    }
  }
  expect(labelClashes(layout)).toEqual([]);
  // No two edges run along the same line, except edges joining into the same target.
  for (const [i, p] of runs.entries())
    for (const q of runs.slice(i + 1)) {
      if (p.edge === q.edge || p.to === q.to) continue;
      const collinearOverlap =
        (p.a.x === p.b.x &&
          q.a.x === q.b.x &&
          p.a.x === q.a.x &&
          Math.max(p.a.y, p.b.y) > Math.min(q.a.y, q.b.y) + 0.5 &&
          Math.max(q.a.y, q.b.y) > Math.min(p.a.y, p.b.y) + 0.5) ||
        (p.a.y === p.b.y &&
          q.a.y === q.b.y &&
          p.a.y === q.a.y &&
          Math.max(p.a.x, p.b.x) > Math.min(q.a.x, q.b.x) + 0.5 &&
          Math.max(q.a.x, q.b.x) > Math.min(p.a.x, p.b.x) + 0.5);
      expect(
        collinearOverlap,
        `edges ${layout.edges[p.edge]?.from}→${p.to} and ${layout.edges[q.edge]?.from}→${q.to} overlap`,
      ).toBe(false);
    }
}

/**
 * Every decision whose branches do not read as alternatives: the first boxes of two branches going
 * down stacked in one column (overlapping across), or one branch's arrow running past the other's
 * first box (within a font size of it). tingzhou-transport's complaint had its 能 arrow run down
 * beside 报公司客服部调查核实 into 当场解释, which read as one sequence of the three.
 */
function branchClashes(layout: ProcessLayout): string[] {
  const out: string[] = [];
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  const near = (points: readonly Point[], n: NodeLayout, margin: number): boolean =>
    points.slice(1).some((b, k) => {
      const a = points[k] as Point;
      const leg = {
        x: Math.min(a.x, b.x),
        y: Math.min(a.y, b.y),
        width: Math.abs(a.x - b.x),
        height: Math.abs(a.y - b.y),
      };
      return boxesOverlap(leg, {
        x: n.x - margin,
        y: n.y - margin,
        width: n.width + 2 * margin,
        height: n.height + 2 * margin,
      });
    });
  const reached = new Map<string, Set<string>>();
  const reaches = (id: string): Set<string> => {
    let set = reached.get(id);
    if (set) return set;
    set = new Set([id]);
    reached.set(id, set);
    for (const e of layout.edges) if (e.from === id && !e.back) for (const r of reaches(e.to)) set.add(r);
    return set;
  };
  for (const d of layout.nodes) {
    if (d.type !== 'decision') continue;
    const down = layout.edges.filter((e) => e.from === d.id && !e.back);
    for (const [k, e] of down.entries())
      for (const f of down.slice(k + 1)) {
        const a = byId.get(e.to);
        const b = byId.get(f.to);
        if (!a || !b || a === b) continue;
        // One branch going to where the other rejoins, from another lane: that step lies below the
        // other branch because the flow goes on there, and its arrow comes in from the side.
        const rejoin = (reaches(b.id).has(a.id) && a.role !== d.role) || (reaches(a.id).has(b.id) && b.role !== d.role);
        if (!rejoin && a.x < b.x + b.width && b.x < a.x + a.width)
          out.push(`${d.id}: ${e.label ?? ''}→${a.id} and ${f.label ?? ''}→${b.id} stacked in one column`);
        for (const [g, other] of [
          [e, b],
          [f, a],
        ] as const)
          if (near(g.points, other, layout.fontSize))
            out.push(`${d.id}: ${g.label ?? ''}→${g.to} runs past ${other.id}`);
      }
  }
  return out;
}

/** Every edge leg that runs through a box (a decision's diamond, not its empty corners). */
function legsThroughBoxes(layout: ProcessLayout): string[] {
  return layout.edges.flatMap((e) =>
    e.points.slice(1).flatMap((b, k) => {
      const a = e.points[k] as Point;
      return layout.nodes
        .filter((n) => segmentCrossesBox(a, b, n))
        .map((n) => `${e.from}→${e.to} leg ${k} through ${n.id}`);
    }),
  );
}

/** The handbook's options: its type size, the page's width, wide nodes. */
const PRINT = { fontSize: 8, targetWidth: 460, maxNodeEms: 40, fill: true };

/** A random connected chart's shape: per node its lane, whether it decides, extra jumps, its text. */
type RandomItem = { lane: number; decision: boolean; extra: number[]; label: number };
const randomChart: fc.Arbitrary<RandomItem[]> = fc.array(
  fc.record({
    lane: fc.nat(3),
    decision: fc.boolean(),
    extra: fc.array(fc.nat(30), { maxLength: 2 }),
    label: fc.nat(9),
  }),
  { minLength: 2, maxLength: 12 },
);

/**
 * Every node reachable: node i always leads to i+1; decisions add jumps forward or back (at most
 * `most` branches in all), labelled in turn.
 */
function randomProcess(items: readonly RandomItem[], branchLabels: readonly string[], most = 3): Process {
  const labels = [
    '登记',
    '能否当场解决？',
    '值班长到场协调，提出处理意见',
    '回访客户确认已恢复供电',
    '出具一次性告知单',
  ];
  const laneIds = ['clerk', 'leader', 'office', 'crew'];
  const count = items.length;
  const nodes = items.map((it, i): ProcessNode => {
    const type: ProcessNode['type'] = i === 0 ? 'start' : i === count - 1 ? 'end' : it.decision ? 'decision' : 'step';
    const targets =
      type === 'decision'
        ? [...new Set([i + 1, ...it.extra.map((x) => x % count).filter((x) => x !== 0 && x !== i), count - 1])].slice(
            0,
            most,
          )
        : type === 'end'
          ? []
          : [i + 1];
    const next = targets.map((t, k) => ({
      to: `n${t}`,
      ...(type === 'decision' ? { label: branchLabels[k] ?? '否' } : {}),
    }));
    return node(
      `n${i}`,
      type,
      laneIds[it.lane] ?? 'clerk',
      labels[it.label % labels.length] ?? '登记',
      next,
      it.label % 3 === 0 ? '2个工作日' : undefined,
    );
  });
  const lanes = [...new Set(nodes.map((n) => n.role))];
  return { id: 'random', title: '随机流程', units: 'all', startId: 'n0', lanes, source, nodes };
}

// ------------------------------------------------------------ layout

describe('layoutProcess', () => {
  it('puts every node in its lane, without overlaps, with edges from border to border', async () => {
    const layout = await layoutProcess(synthetic, roles);
    expect(layout.lanes.map((l) => l.label)).toEqual(['营业受理员', '值班长', '服务质量管理办公室']);
    expect(layout.nodes).toHaveLength(8);
    expect(layout.edges).toHaveLength(8);
    checkLayout(layout);
  });

  it('flows downwards, keeps the loop as a back edge and labels both branches', async () => {
    const layout = await layoutProcess(synthetic, roles);
    const rank = new Map(layout.nodes.map((n) => [n.id, n.rank]));
    for (const e of layout.edges) {
      if (e.back) expect(rank.get(e.to)).toBeLessThanOrEqual(rank.get(e.from) ?? -1);
      else expect(rank.get(e.to)).toBeGreaterThan(rank.get(e.from) ?? Infinity);
    }
    expect(layout.edges.filter((e) => e.back).map((e) => `${e.from}→${e.to}`)).toEqual(['office-check→escalate']);
    const branches = layout.edges.filter((e) => e.from === 'solvable');
    expect(branches.map((e) => e.label)).toEqual(['能', '不能']);
    for (const e of branches) expect(e.labelAt).toBeDefined();
    const ends = layout.nodes.filter((n) => n.type === 'end').map((n) => n.id);
    expect(ends.sort()).toEqual(['done-fast', 'done-slow']);
  });

  it('shows time limits as their own lines', async () => {
    const layout = await layoutProcess(synthetic, roles);
    const escalate = layout.nodes.find((n) => n.id === 'escalate');
    expect(escalate?.timeLimit).toBe('2个工作日');
    expect(escalate?.timeLimitLines.join('')).toBe('限时：2个工作日');
    expect(escalate?.timeLimitTop).toBeGreaterThan(escalate?.textTop ?? Infinity);
  });

  it('is deterministic', async () => {
    const a = await layoutProcess(synthetic, roles);
    const b = await layoutProcess(synthetic, roles);
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('keeps the default chart narrow enough for 11 px text on a phone', async () => {
    const layout = await layoutProcess(synthetic, roles);
    expect(layout.width).toBeLessThanOrEqual(layout.fontSize * 32 + 1);
    expect(layout.minDisplayWidth).toBeLessThanOrEqual(358);
  });

  it('lets a chart with many lanes scroll rather than shrink its text', async () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const nodes = many.map((lane, i) =>
      node(
        `m${i}`,
        i === 0 ? 'start' : i === many.length - 1 ? 'end' : 'step',
        lane,
        '把工单转交下一个岗位处理',
        i === many.length - 1 ? [] : [{ to: `m${i + 1}` }],
      ),
    );
    const process: Process = {
      id: 'many',
      title: '多岗位流程',
      units: 'all',
      startId: 'm0',
      lanes: many,
      source,
      nodes,
    };
    const layout = await layoutProcess(
      process,
      many.map((id) => ({ id, name: `岗位${id}`, source })),
    );
    checkLayout(layout);
    expect(layout.minDisplayWidth).toBeGreaterThan(358);
    expect(layout.minDisplayWidth).toBe(Math.ceil((layout.width * 11) / layout.fontSize));
    expect(processToSvg(layout)).toContain(`min-width:${layout.minDisplayWidth}px`);
  });

  it('uses the measurer it is given', async () => {
    const wide = await layoutProcess(synthetic, roles, { measure: (t, fs) => [...t].length * fs * 1.2 });
    const normal = await layoutProcess(synthetic, roles);
    const lines = (l: ProcessLayout): number => l.nodes.reduce((s, n) => s + n.lines.length, 0);
    expect(lines(wide)).toBeGreaterThan(lines(normal));
    checkLayout(wide);
  });

  it('keeps its geometric promises for any connected process (property)', async () => {
    await fc.assert(
      fc.asyncProperty(randomChart, async (items) => {
        checkLayout(await layoutProcess(randomProcess(items, ['是', '否', '其他情况']), roles));
      }),
      { numRuns: 60, seed: 3 },
    );
  });

  // Yes/no decisions: with three branches that skip ahead into each other the ports' three-way rule
  // (left, bottom, right) can still lead one branch along another's first box.
  it('sets the branches of every yes/no decision side by side for any connected process (property)', async () => {
    await fc.assert(
      fc.asyncProperty(randomChart, async (items) => {
        const process = randomProcess(items, ['是', '否'], 2);
        for (const options of [{}, PRINT])
          expect(branchClashes(await layoutProcess(process, roles, options))).toEqual([]);
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  // Branch labels of two to three lines: a leg beside which one fits is longer than the gap between
  // two rows, whether the branch leaves by the bottom or sideways into the next row (an "L").
  it('keeps long branch labels off the nodes and each other, on the site and in print (property)', async () => {
    const long = ['电源侧（供电企业产权）', '表后（客户产权）', '否，退回补充材料重新提交审核'];
    await fc.assert(
      fc.asyncProperty(randomChart, fc.nat(2), async (items, shift) => {
        const process = randomProcess(items, [...long.slice(shift), ...long.slice(0, shift)]);
        for (const options of [{}, PRINT]) {
          const layout = await layoutProcess(process, roles, options);
          expect(labelClashes(layout), JSON.stringify(options)).toEqual([]);
        }
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('routes a three-way decision without crossings, each label by its own branch', async () => {
    const three: Process = {
      id: 'three',
      title: '咨询分流流程',
      units: 'all',
      startId: 't-start',
      lanes: ['clerk', 'leader', 'office'],
      source,
      nodes: [
        node('t-start', 'start', 'clerk', '客户来电或来人咨询', [{ to: 't-kind' }]),
        node('t-kind', 'decision', 'clerk', '属于哪一类诉求？', [
          { to: 't-answer', label: '一般咨询' },
          { to: 't-order', label: '业务办理' },
          { to: 't-complaint', label: '投诉' },
        ]),
        node('t-answer', 'step', 'clerk', '当场解答，必要时一次性告知', [{ to: 't-end' }], '当场'),
        node('t-order', 'step', 'leader', '登记工单，转承办部门办理', [{ to: 't-end' }], '当天'),
        node('t-complaint', 'step', 'office', '报告值班长，按投诉流程处理', [{ to: 't-end' }], '2个工作日'),
        node('t-end', 'end', 'clerk', '办结归档', []),
      ],
    };
    for (const options of [{}, { fontSize: 8, targetWidth: 460, maxNodeEms: 40, fill: true }]) {
      const layout = await layoutProcess(three, roles, options);
      checkLayout(layout);
      const segs = layout.edges.flatMap((e, i) =>
        e.points.slice(1).map((b, k) => ({ edge: i, to: e.to, a: e.points[k]!, b })),
      );
      // A horizontal and a vertical segment of two edges (not joining into one node) crossing inside both.
      const crossing = (p: (typeof segs)[number], q: (typeof segs)[number]): boolean => {
        const [h, v] = p.a.y === p.b.y ? [p, q] : [q, p];
        if (h.a.y !== h.b.y || v.a.x !== v.b.x) return false;
        const x = v.a.x;
        const y = h.a.y;
        return (
          x > Math.min(h.a.x, h.b.x) + 0.5 &&
          x < Math.max(h.a.x, h.b.x) - 0.5 &&
          y > Math.min(v.a.y, v.b.y) + 0.5 &&
          y < Math.max(v.a.y, v.b.y) - 0.5
        );
      };
      for (const [i, p] of segs.entries())
        for (const q of segs.slice(i + 1))
          if (p.edge !== q.edge && p.to !== q.to)
            expect(
              crossing(p, q),
              `${layout.edges[p.edge]!.label ?? p.to} crosses ${layout.edges[q.edge]!.label ?? q.to}`,
            ).toBe(false);
      // Each label touches its own branch and no other.
      const branches = layout.edges.filter((e) => e.from === 't-kind');
      for (const e of branches) {
        const box = e.labelBox!;
        const near = (edge: (typeof branches)[number], margin: number): boolean =>
          edge.points.slice(1).some((b, k) => {
            const a = edge.points[k]!;
            return boxesOverlap(
              { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
              {
                x: Math.min(a.x, b.x),
                y: Math.min(a.y, b.y),
                width: Math.abs(a.x - b.x) + 0.01,
                height: Math.abs(a.y - b.y) + 0.01,
              },
            );
          });
        expect(near(e, layout.fontSize * 0.6), `${e.label} by its branch`).toBe(true);
        for (const other of layout.edges.filter((x) => x !== e))
          expect(near(other, 0.5), `${e.label} on ${other.label ?? `${other.from}→${other.to}`}`).toBe(false);
      }
    }
  });

  it('lays out every example process cleanly', async () => {
    const { model, diagnostics } = await loadModel('content');
    expect(model, JSON.stringify(diagnostics.slice(0, 3))).toBeDefined();
    if (!model) return;
    expect(model.processes.length).toBeGreaterThan(0);
    for (const process of model.processes) {
      const layout = await layoutProcess(process, model.roles);
      checkLayout(layout);
      expect(layout.minDisplayWidth, process.id).toBeLessThanOrEqual(358);
    }
  });

  // Each organisation's charts as the site and the handbook lay them out (print: its type size, the page's width, wide nodes):
  // every arrow ends on its own target and reads as its own edge's.
  const organisations = [
    'content',
    ...readdirSync('test/fixtures/orgs')
      .map((name) => `test/fixtures/orgs/${name}`)
      .filter((dir) => existsSync(`${dir}/processes`)),
  ];
  it.each(organisations)('points every arrow of %s at its own target, on the site and in print', async (dir) => {
    const { model, diagnostics } = await loadModel(dir);
    expect(model, JSON.stringify(diagnostics.slice(0, 3))).toBeDefined();
    if (!model) return;
    for (const process of model.processes)
      for (const options of [{}, { fontSize: 8, targetWidth: 460, maxNodeEms: 40, fill: true }]) {
        const layout = await layoutProcess(process, model.roles, options);
        try {
          const byId = new Map(layout.nodes.map((n) => [n.id, n]));
          for (const e of layout.edges) checkArrowTip(layout, e, byId.get(e.to) as NodeLayout);
        } catch (error) {
          throw new Error(`${dir} ${process.id} ${JSON.stringify(options)}: ${(error as Error).message}`);
        }
      }
  });

  // Every organisation's charts, on the site and in print: no branch label on a node or on another
  // label. three-level-power's fault repair had 电源侧（供电企业产权） on three lines in the two-line
  // gap under its decision, over the step below.
  const everyOrganisation = [
    'content',
    ...['test/fixtures/orgs', 'test/fixtures/search-orgs'].flatMap((root) =>
      readdirSync(root)
        .map((name) => `${root}/${name}`)
        .filter((dir) => existsSync(`${dir}/processes`)),
    ),
  ];
  it.each(everyOrganisation)('keeps every branch label of %s off the nodes and the other labels', async (dir) => {
    const { model, diagnostics } = await loadModel(dir);
    expect(model, JSON.stringify(diagnostics.slice(0, 3))).toBeDefined();
    if (!model) return;
    const clashes: string[] = [];
    for (const process of model.processes)
      for (const options of [{}, PRINT]) {
        const layout = await layoutProcess(process, model.roles, options);
        clashes.push(...labelClashes(layout).map((c) => `${process.id} ${JSON.stringify(options)}: ${c}`));
      }
    expect(clashes).toEqual([]);
  });

  // Every organisation's charts, on the site and in print: each decision's branches side by side,
  // and no arrow through a box.
  it.each(everyOrganisation)('sets the branches of %s side by side, no arrow through a box', async (dir) => {
    const { model, diagnostics } = await loadModel(dir);
    expect(model, JSON.stringify(diagnostics.slice(0, 3))).toBeDefined();
    if (!model) return;
    const clashes: string[] = [];
    for (const process of model.processes)
      for (const options of [{}, PRINT]) {
        const layout = await layoutProcess(process, model.roles, options);
        const found = [...branchClashes(layout), ...legsThroughBoxes(layout)];
        clashes.push(...found.map((c) => `${process.id} ${JSON.stringify(options)}: ${c}`));
      }
    expect(clashes).toEqual([]);
  });
});

// ------------------------------------------------------------ wrapping

describe('wrapText', () => {
  const fs = 10;
  it('never starts a line with closing or ends one with opening punctuation', () => {
    const lines = wrapText('请您稍候，我马上为您查询（大约需要五分钟）。「唱收唱付」《服务规范》：是！', 4 * fs, fs);
    expect(lines.length).toBeGreaterThan(3);
    for (const [i, line] of lines.entries()) {
      if (i > 0) expect(NO_LINE_START).not.toContain(line[0]);
      if (i < lines.length - 1) expect(NO_LINE_END).not.toContain(line[line.length - 1]);
    }
  });

  it('never splits a number or an ASCII word', () => {
    const lines = wrapText('请拨打0791-6132563或95598，24小时内到达现场 service hotline', 3 * fs, fs);
    expect(lines.some((l) => l.includes('0791-6132563'))).toBe(true);
    expect(lines.some((l) => l.includes('95598'))).toBe(true);
    expect(lines.some((l) => l.startsWith('24'))).toBe(true);
    expect(lines.some((l) => l.includes('service'))).toBe(true);
  });

  it('breaks where the lines read as phrases, never at the cost of a line', () => {
    // Greedy filling: 收到客户投诉 / （来人、来 / 电、来信或网 / 络）, a word cut at two breaks.
    expect(wrapText('收到客户投诉（来人、来电、来信或网络）', 6 * fs, fs)).toEqual([
      '收到客户投诉',
      '（来人、',
      '来电、',
      '来信或网络）',
    ]);
    // Greedy: 请拨打集 / 团监督电 / 话, two words cut and a lonely last character.
    expect(wrapText('请拨打集团监督电话', 4 * fs, fs)).toEqual(['请拨打', '集团监督', '电话']);
    // Balanced as narrow as the breaks allow: not 电话回访客户，记 / 录满意度后归档.
    expect(wrapBalanced('电话回访客户，记录满意度后归档', 8 * fs, fs)).toEqual(['电话回访客户，', '记录满意度后归档']);
    // A word wider than the line is still cut.
    expect(wrapText('电话', fs, fs)).toEqual(['电', '话']);
  });

  it('keeps the punctuation rules and the text for any input (property)', () => {
    const alphabet = [...'投诉受理回访限时工作日', ...NO_LINE_START, ...NO_LINE_END, ...'0123456789', ...'abcXYZ', '-'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (chars, ems) => {
          const text = chars.join('');
          const lines = wrapText(text, ems * fs, fs);
          expect(lines.join('')).toBe(text);
          for (let i = 0; i + 1 < lines.length; i++) {
            const end = lines[i] ?? '';
            const next = lines[i + 1] ?? '';
            expect(
              NO_LINE_END.includes(end[end.length - 1] ?? ''),
              `line ends with opening: ${JSON.stringify(lines)}`,
            ).toBe(false);
            expect(NO_LINE_START.includes(next[0] ?? ''), `line starts with closing: ${JSON.stringify(lines)}`).toBe(
              false,
            );
            expect(
              /[0-9A-Za-z]$/.test(end) && /^[0-9A-Za-z]/.test(next),
              `split inside a word: ${JSON.stringify(lines)}`,
            ).toBe(false);
          }
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });
});

// ------------------------------------------------------------ SVG

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('processToSvg', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('escapes all text', () => {
    expect(escapeXml(`<script>&"'`)).toBe('&lt;script&gt;&amp;&quot;&#39;');
  });

  it('uses colours with at least 4.5:1 contrast for text', () => {
    const pairs: [string, string][] = [
      [PALETTE.text, PALETTE.background],
      [PALETTE.text, PALETTE.laneHeader],
      [PALETTE.text, PALETTE.stepFill],
      [PALETTE.text, PALETTE.decisionFill],
      [PALETTE.text, PALETTE.terminalFill],
      [PALETTE.timeLimit, PALETTE.stepFill],
      [PALETTE.timeLimit, PALETTE.decisionFill],
      [PALETTE.timeLimit, PALETTE.terminalFill],
      [PALETTE.edgeLabel, PALETTE.background],
    ];
    for (const [fg, bg] of pairs) expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('describes the steps in order', async () => {
    const layout = await layoutProcess(synthetic, roles);
    const desc = describeProcess(layout);
    expect(desc.indexOf('客户来电反映问题')).toBeLessThan(desc.indexOf('登记来电内容'));
    expect(desc.indexOf('登记来电内容')).toBeLessThan(desc.indexOf('能否当场解决'));
    expect(desc).toContain('限时：2个工作日');
  });

  it('is well-formed, accessible SVG with real, escaped text that stays readable at 390 px', async () => {
    const layout = await layoutProcess(synthetic, roles);
    const svg = processToSvg(layout, { idPrefix: 'x-' });
    expect(svg).not.toMatch(/<script/);
    const page = await browser.newPage({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
    try {
      // Well-formed as XML (the strict parser, not the forgiving HTML one).
      const parseError = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return doc.getElementsByTagName('parsererror').length > 0 ? (doc.documentElement.textContent ?? 'error') : null;
      }, svg);
      expect(parseError).toBeNull();
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><body style="margin:0;padding:16px"><div style="overflow-x:auto">${svg}</div></body></html>`,
      );
      const facts = await page.evaluate(() => {
        const root = document.querySelector('svg');
        const texts = [...document.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
        const viewBoxWidth = root?.viewBox.baseVal.width ?? 0;
        return {
          role: root?.getAttribute('role'),
          title: document.querySelector('svg > title')?.textContent,
          desc: document.querySelector('svg > desc')?.textContent ?? '',
          texts,
          scripts: document.querySelectorAll('script').length,
          renderedWidth: root?.getBoundingClientRect().width ?? 0,
          viewBoxWidth,
          fontSize: Number(root?.getAttribute('font-size')),
          nodeIds: [...document.querySelectorAll('svg g.gf-node')].map((g) => g.id),
          markers: document.querySelectorAll('svg marker').length,
          arrows: [...document.querySelectorAll('svg path.gf-edge')].filter((p) => p.getAttribute('marker-end')).length,
        };
      });
      expect(facts.role).toBe('img');
      expect(facts.title).toBe(synthetic.title);
      expect(facts.desc).toContain('当场答复客户<script>');
      expect(facts.scripts).toBe(0);
      expect(facts.texts.join('')).toContain('<script>alert("x")</script>');
      expect(facts.texts.join('')).toContain('&');
      expect(facts.texts.some((t) => t.includes('营业受理员'))).toBe(true);
      expect(facts.texts.some((t) => t.includes('不能'))).toBe(true);
      expect(facts.nodeIds).toContain('x-n-escalate');
      expect(facts.nodeIds).toHaveLength(8);
      expect(facts.markers).toBe(1);
      expect(facts.arrows).toBe(8);
      const pxPerUnit = facts.renderedWidth / facts.viewBoxWidth;
      expect(facts.fontSize * pxPerUnit).toBeGreaterThanOrEqual(11);
      // Two charts on one page do not share ids, even with the default (empty) prefix.
      const twice = processToSvg(layout) + processToSvg({ ...layout, processId: 'other' });
      const ids = [...twice.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]).filter((id) => !id?.startsWith('n-'));
      expect(new Set(ids).size).toBe(ids.length);
      expect(processToSvg(layout)).toContain('id="n-escalate"');
      // Deep link: the step is addressable.
      const box = await page.locator('#x-n-escalate').boundingBox();
      expect(box?.width).toBeGreaterThan(0);
      await page.evaluate(() => {
        location.hash = 'x-n-escalate';
      });
      const stroke = await page.evaluate(
        () => getComputedStyle(document.querySelector('#x-n-escalate .gf-shape') as Element).stroke,
      );
      expect(stroke).toBe('rgb(194, 24, 91)');
    } finally {
      await page.close();
    }
  });
});
