/** Process charts for the site: src/diagram's ELK layout drawn as inline SVG at build time. */
import { layoutProcess, processToSvg, type ProcessLayout } from '../diagram/index.ts';
import type { Model } from '../model/types.ts';
import type { Process } from '../model/types/processes.ts';

/**
 * One SVG per process, scope and model: the zh and en pages show the same chart, so it is laid
 * out once; a unit's copy (its own time limits) is keyed by the unit.
 */
export function processSvg(process: Process, model: Model, scopeId = ''): Promise<string> {
  let perModel = svgCache.get(model);
  if (!perModel) svgCache.set(model, (perModel = new Map()));
  const key = `${scopeId}\u0000${process.id}`;
  let svg = perModel.get(key);
  if (!svg) {
    svg = sharedLayout(process, model).then((layout) =>
      processToSvg(layout, { title: process.title, idPrefix: `pc-${process.id}-`, lang: 'zh-CN' }),
    );
    perModel.set(key, svg);
  }
  return svg;
}

const svgCache = new WeakMap<Model, Map<string, Promise<string>>>();

/**
 * A group's units often keep copies of one process (the same steps, roles,
 * labels and limits under their own ids). The layout reads nothing else, so
 * copies are laid out once, under positional ids and with the digits of
 * their time limits written 0, and each copy gets that layout with its own
 * ids and limits put back (500 ELK layouts of a 100-unit group's copies were
 * a large share of its site pages' time).
 */
function sharedLayout(process: Process, model: Model): Promise<ProcessLayout> {
  let perModel = layoutCache.get(model);
  if (!perModel) layoutCache.set(model, (perModel = new Map()));
  const cache = perModel;
  const laidOut = (key: string, what: Process): Promise<ProcessLayout> => {
    let layout = cache.get(key);
    if (!layout) {
      layout = layoutProcess(what, model.roles);
      cache.set(key, layout);
    }
    return layout;
  };
  const { key, canonical, realId } = canonicalProcess(process);
  const limits = new Map(process.nodes.map((n) => [n.id, n.timeLimit]));
  return laidOut(key, canonical).then((shape) => {
    const nodes = shape.nodes.map((n) => withLimit({ ...n, id: realId(n.id) }, limits.get(realId(n.id))));
    // A limit whose digits could not be put back (wrapped differently): lay this process out on its own.
    if (nodes.some((n) => n === undefined)) return layoutProcess(process, model.roles);
    return {
      ...shape,
      processId: process.id,
      title: process.title,
      nodes: nodes as ProcessLayout['nodes'],
      edges: shape.edges.map((e) => ({ ...e, from: realId(e.from), to: realId(e.to) })),
    };
  });
}

/**
 * The node with its own time limit: the shared layout was made with every
 * digit of the limits written 0 (digits are equally wide and break alike), so
 * each 0 of the wrapped lines is the limit's next digit. Undefined when the
 * lines do not hold exactly the limit's digits.
 */
function withLimit(
  node: ProcessLayout['nodes'][number],
  limit: string | undefined,
): ProcessLayout['nodes'][number] | undefined {
  if (limit === undefined || node.timeLimit === limit) return node;
  const digits = [...limit].filter((c) => c >= '0' && c <= '9');
  let next = 0;
  const lines = node.timeLimitLines.map((line) => line.replace(/0/g, () => digits[next++] ?? '0'));
  if (next !== digits.length || node.timeLimit !== limit.replace(/[0-9]/g, '0')) return undefined;
  return { ...node, timeLimit: limit, timeLimitLines: lines };
}

const layoutCache = new WeakMap<Model, Map<string, Promise<ProcessLayout>>>();

/** The process with node ids replaced by their position (n0, n1 …) and limits' digits by 0: what the layout depends on, and its key. */
function canonicalProcess(process: Process): { key: string; canonical: Process; realId: (id: string) => string } {
  const position = new Map(process.nodes.map((n, i) => [n.id, `n${i}`]));
  const real = new Map(process.nodes.map((n, i) => [`n${i}`, n.id]));
  const renamed = (id: string): string => position.get(id) ?? id;
  const nodes = process.nodes.map((n) => ({
    ...n,
    id: renamed(n.id),
    processId: 'p',
    // Copies often differ only in their limits' numbers (3个工作日 / 5个工作日); see withLimit.
    ...(n.timeLimit === undefined ? {} : { timeLimit: n.timeLimit.replace(/[0-9]/g, '0') }),
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
