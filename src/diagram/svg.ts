/**
 * SVG writer for a `ProcessLayout`: a standalone, accessible image with real text and no script.
 *
 * Sizing: the SVG has a viewBox and `width="100%"`, so it fills its container. With the default
 * layout (≤ 32 em wide) text stays ≥ 11 px down to a 358 px wide container (a 390 px phone with
 * 16 px page padding). Wider charts carry `min-width: <layout.minDisplayWidth>px`; the page should
 * wrap the SVG in a container with `overflow-x: auto` so such a chart scrolls sideways instead of
 * shrinking the text. `max-width` stops it from growing past 1.5× on wide screens.
 */
import type { EdgeLayout, LaneLayout, NodeLayout, ProcessLayout } from './layout/types.ts';

export interface SvgOptions {
  /** Accessible title; defaults to the process title. */
  title?: string;
  /** Prefix for every id in the SVG. Default '' (steps get id="n-<nodeId>", deep-linkable as #n-<nodeId>). */
  idPrefix?: string;
  /** Language of the text (default 'zh-CN'). */
  lang?: string;
}

/** Colours, all with ≥ 4.5:1 contrast for their text (checked in test/diagram.test.ts). */
export const PALETTE = {
  text: '#1a1a1a',
  background: '#ffffff',
  laneHeader: '#dde6f0',
  laneBorder: '#b4bfcc',
  laneAlt: '#f6f8fb',
  stepFill: '#e9f1fc',
  stepStroke: '#2b5797',
  decisionFill: '#fff3d6',
  decisionStroke: '#8a5a00',
  terminalFill: '#e3f3e6',
  terminalStroke: '#24713a',
  timeLimit: '#9b2a00',
  edge: '#3a3a3a',
  edgeLabel: '#1a1a1a',
  highlight: '#c2185b',
} as const;

const FONT_FAMILY = "'Noto Sans SC','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif";

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** Keeps ids valid and unambiguous: anything outside [A-Za-z0-9_-] becomes '_'. */
function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

const n = (v: number): string => String(Math.round(v * 100) / 100);

/** Plain-text reading of the chart: every step in order with its role, limit and where it leads. */
export function describeProcess(layout: ProcessLayout): string {
  const number = new Map(layout.nodes.map((node, i) => [node.id, i + 1]));
  const roleName = new Map(layout.lanes.map((l) => [l.roleId, l.label]));
  const parts = layout.nodes.map((node) => {
    const outs = layout.edges.filter((e) => e.from === node.id);
    const next = outs.map((e) => `${e.label ? `${e.label}→` : '→'}${number.get(e.to) ?? '?'}`).join('，');
    const limit = node.timeLimit ? `（限时：${node.timeLimit}）` : '';
    return `${number.get(node.id)}. ${roleName.get(node.role) ?? node.role}：${node.label}${limit}${next ? ` ${next}` : ''}`;
  });
  return parts.join('；');
}

export function processToSvg(layout: ProcessLayout, opts: SvgOptions = {}): string {
  const p = safeId(opts.idPrefix ?? '');
  // The chart's own ids carry the process id, so several charts on one page never collide even
  // with an empty prefix (node ids are unique across the model, so `n-<nodeId>` is safe as is).
  const own = `${p}pc-${safeId(layout.processId)}-`;
  const lang = opts.lang ?? 'zh-CN';
  const title = opts.title ?? layout.title;
  const fs = layout.fontSize;
  const baseline = (lineTop: number): number => lineTop + layout.lineHeight / 2 + fs * 0.36;
  const maxWidth = Math.round(layout.width * 1.5);
  const style = [
    `max-width:${maxWidth}px`,
    'height:auto',
    layout.minDisplayWidth > 358 ? `min-width:${layout.minDisplayWidth}px` : '',
  ]
    .filter(Boolean)
    .join(';');

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="gf-process" role="img" aria-labelledby="${own}title ${own}desc" lang="${escapeXml(lang)}" xml:lang="${escapeXml(lang)}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" width="100%" preserveAspectRatio="xMidYMin meet" style="${style}" font-family="${escapeXml(FONT_FAMILY)}" font-size="${n(fs)}">`,
  );
  out.push(`<title id="${own}title">${escapeXml(title)}</title>`);
  out.push(`<desc id="${own}desc">${escapeXml(describeProcess(layout))}</desc>`);
  // Scoped by the id prefix so an inline SVG cannot restyle the rest of the page.
  out.push(
    `<style>#${own}root .gf-node:target .gf-shape{stroke:${PALETTE.highlight};stroke-width:3}</style>`,
    `<defs><marker id="${own}arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${PALETTE.edge}"/></marker></defs>`,
  );
  out.push(`<g id="${own}root">`);
  out.push(`<rect x="0" y="0" width="${n(layout.width)}" height="${n(layout.height)}" fill="${PALETTE.background}"/>`);
  layout.lanes.forEach((lane, i) => out.push(laneSvg(lane, i, layout, baseline)));
  for (const edge of layout.edges) out.push(edgeLineSvg(edge, own));
  for (const node of layout.nodes) out.push(nodeSvg(node, p, layout, baseline));
  for (const edge of layout.edges) out.push(edgeLabelSvg(edge, layout));
  out.push('</g></svg>');
  return out.join('\n');
}

function laneSvg(lane: LaneLayout, index: number, layout: ProcessLayout, baseline: (top: number) => number): string {
  const cx = lane.x + lane.width / 2;
  const textTop = lane.y + (lane.headerHeight - lane.lines.length * layout.lineHeight) / 2;
  const parts = [
    `<g class="gf-lane">`,
    index % 2 === 1
      ? `<rect x="${n(lane.x)}" y="${n(lane.y)}" width="${n(lane.width)}" height="${n(lane.height)}" fill="${PALETTE.laneAlt}"/>`
      : '',
    `<rect x="${n(lane.x)}" y="${n(lane.y)}" width="${n(lane.width)}" height="${n(lane.headerHeight)}" fill="${PALETTE.laneHeader}"/>`,
    index > 0
      ? `<line x1="${n(lane.x)}" y1="${n(lane.y)}" x2="${n(lane.x)}" y2="${n(lane.y + lane.height)}" stroke="${PALETTE.laneBorder}" stroke-width="1"/>`
      : '',
    `<text text-anchor="middle" font-weight="bold" fill="${PALETTE.text}">${lane.lines
      .map(
        (line, i) =>
          `<tspan x="${n(cx)}" y="${n(baseline(textTop + i * layout.lineHeight))}">${escapeXml(line)}</tspan>`,
      )
      .join('')}</text>`,
    `</g>`,
  ];
  return parts.filter(Boolean).join('');
}

function shapeSvg(node: NodeLayout): string {
  const { x, y, width: w, height: h } = node;
  switch (node.type) {
    case 'decision':
      return `<polygon class="gf-shape" points="${n(x + w / 2)},${n(y)} ${n(x + w)},${n(y + h / 2)} ${n(x + w / 2)},${n(y + h)} ${n(x)},${n(y + h / 2)}" fill="${PALETTE.decisionFill}" stroke="${PALETTE.decisionStroke}" stroke-width="1.5"/>`;
    case 'start':
    case 'end': {
      const r = Math.min(h / 2, 16);
      return `<rect class="gf-shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(r)}" fill="${PALETTE.terminalFill}" stroke="${PALETTE.terminalStroke}" stroke-width="1.5"/>`;
    }
    case 'step':
      return `<rect class="gf-shape" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="2" fill="${PALETTE.stepFill}" stroke="${PALETTE.stepStroke}" stroke-width="1.5"/>`;
  }
}

function nodeSvg(node: NodeLayout, p: string, layout: ProcessLayout, baseline: (top: number) => number): string {
  const cx = node.x + node.width / 2;
  const tspans = (lines: string[], top: number): string =>
    lines
      .map(
        (line, i) => `<tspan x="${n(cx)}" y="${n(baseline(top + i * layout.lineHeight))}">${escapeXml(line)}</tspan>`,
      )
      .join('');
  const label = `<text text-anchor="middle" fill="${PALETTE.text}">${tspans(node.lines, node.textTop)}</text>`;
  const limit =
    node.timeLimitLines.length > 0
      ? `<text class="gf-limit" text-anchor="middle" font-weight="bold" fill="${PALETTE.timeLimit}">${tspans(node.timeLimitLines, node.timeLimitTop)}</text>`
      : '';
  return `<g id="${p}n-${safeId(node.id)}" class="gf-node gf-${node.type}">${shapeSvg(node)}${label}${limit}</g>`;
}

function edgeLineSvg(edge: EdgeLayout, p: string): string {
  const d = edge.points.map((pt, i) => `${i === 0 ? 'M' : 'L'}${n(pt.x)},${n(pt.y)}`).join(' ');
  return `<path class="gf-edge" d="${d}" fill="none" stroke="${PALETTE.edge}" stroke-width="1.5" marker-end="url(#${p}arrow)"/>`;
}

function edgeLabelSvg(edge: EdgeLayout, layout: ProcessLayout): string {
  if (edge.label === undefined || !edge.labelBox || !edge.labelAt) return '';
  const b = edge.labelBox;
  const lines = edge.labelLines ?? [edge.label];
  const top = b.y + (b.height - lines.length * layout.lineHeight) / 2;
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="${n(edge.labelAt?.x ?? 0)}" y="${n(top + i * layout.lineHeight + layout.lineHeight / 2 + layout.fontSize * 0.36)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  return `<g class="gf-edge-label"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="3" fill="${PALETTE.background}" fill-opacity="0.92"/><text text-anchor="middle" font-weight="bold" fill="${PALETTE.edgeLabel}">${tspans}</text></g>`;
}
