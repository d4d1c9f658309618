/** Process charts for the site: src/diagram's ELK layout drawn as inline SVG at build time. */
import { layoutProcess, processToSvg, type ProcessLayout } from '../diagram/index.ts';
import type { Model, Process } from '../model/types.ts';

/** One SVG per process and model: the zh and en pages show the same chart, so it is laid out once. */
export function processSvg(process: Process, model: Model): Promise<string> {
  let perModel = svgCache.get(model);
  if (!perModel) svgCache.set(model, (perModel = new Map()));
  let svg = perModel.get(process.id);
  if (!svg) {
    svg = sharedLayout(process, model).then((layout) =>
      processToSvg(layout, { title: process.title, idPrefix: `pc-${process.id}-`, lang: 'zh-CN' }),
    );
    perModel.set(process.id, svg);
  }
  return svg;
}

const svgCache = new WeakMap<Model, Map<string, Promise<string>>>();

/**
 * A group's units often keep copies of one process (the same steps, roles,
 * labels and limits under their own ids). The layout reads nothing else, so
 * copies are laid out once, under positional ids, and each copy gets that
 * layout with its own ids put back (500 ELK layouts of a 100-unit group's
 * copies were half of its site pages' time).
 */
function sharedLayout(process: Process, model: Model): Promise<ProcessLayout> {
  let perModel = layoutCache.get(model);
  if (!perModel) layoutCache.set(model, (perModel = new Map()));
  const { key, canonical, realId } = canonicalProcess(process);
  let layout = perModel.get(key);
  if (!layout) {
    layout = layoutProcess(canonical, model.roles);
    perModel.set(key, layout);
  }
  return layout.then((shape) => ({
    ...shape,
    processId: process.id,
    title: process.title,
    nodes: shape.nodes.map((n) => ({ ...n, id: realId(n.id) })),
    edges: shape.edges.map((e) => ({ ...e, from: realId(e.from), to: realId(e.to) })),
  }));
}

const layoutCache = new WeakMap<Model, Map<string, Promise<ProcessLayout>>>();

/** The process with node ids replaced by their position (n0, n1 …): what the layout depends on, and its key. */
function canonicalProcess(process: Process): { key: string; canonical: Process; realId: (id: string) => string } {
  const position = new Map(process.nodes.map((n, i) => [n.id, `n${i}`]));
  const real = new Map(process.nodes.map((n, i) => [`n${i}`, n.id]));
  const renamed = (id: string): string => position.get(id) ?? id;
  const nodes = process.nodes.map((n) => ({
    ...n,
    id: renamed(n.id),
    processId: 'p',
    next: n.next.map((e) => ({ ...e, to: renamed(e.to) })),
  }));
  const canonical: Process = { ...process, id: 'p', title: '', nodes, startId: renamed(process.startId) };
  const key = JSON.stringify([
    canonical.lanes,
    canonical.startId,
    nodes.map((n) => [n.id, n.type, n.role, n.label, n.timeLimit ?? null, n.next.map((e) => [e.to, e.label ?? null])]),
  ]);
  return { key, canonical, realId: (id) => real.get(id) ?? id };
}
