/** A process file → Process (nodes, edges, swim lanes) and its structural checks. */
import type { Diagnostics } from '../diagnostics.ts';
import { checkRef, closestId, type IdIndex } from '../ids.ts';
import type { ValidFile } from '../load.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import type { Process, ProcessNode } from '../types/processes.ts';
import { at, fillFile, type BuildContext, type Path } from './context.ts';

type Data = ValidFile<'processes'>['data'];

/** Builds the process from `data` (the file's, or a copy with a unit's params); registers ids only when `ids` is given. */
export function processFrom(pf: ParsedFile, d: Data, ids?: IdIndex, diags?: Diagnostics): Process {
  const nodes: ProcessNode[] = d.nodes.map((n, i) => {
    ids?.add('node', n.id, n.label, at(pf, ['nodes', i, 'id']), formatPath(['nodes', i, 'id']), d.id);
    const next =
      n.type === 'decision'
        ? n.branches.map((b) => ({ to: b.to, label: b.label }))
        : n.type === 'end'
          ? []
          : [{ to: n.next }];
    return {
      id: n.id,
      type: n.type,
      label: n.label,
      role: n.role,
      ...(n.timeLimit ? { timeLimit: n.timeLimit } : {}),
      clauses: n.clauses ?? [],
      next,
      processId: d.id,
      source: at(pf, ['nodes', i]),
    };
  });
  const starts = nodes.filter((n) => n.type === 'start');
  if (diags && starts.length !== 1) {
    diags.error(
      at(pf, starts[1] ? ['nodes', nodes.indexOf(starts[1])] : ['nodes']),
      'nodes',
      'process-start',
      `流程必须有且只有一个开始节点（type: start），现有 ${starts.length} 个 / a process needs exactly one start node, found ${starts.length}`,
    );
  }
  if (diags && !nodes.some((n) => n.type === 'end')) {
    diags.error(
      at(pf, ['nodes']),
      'nodes',
      'process-end',
      '流程至少需要一个结束节点（type: end） / a process needs at least one end node',
    );
  }
  return {
    id: d.id,
    title: d.title,
    ...(d.description ? { description: d.description } : {}),
    units: d.units,
    ...(d.industries ? { industries: d.industries } : {}),
    nodes,
    startId: starts[0]?.id ?? nodes[0]!.id,
    lanes: lanesOf(nodes),
    source: at(pf, []),
  };
}

/** Role ids in order of first appearance along the nodes: the swim lanes. */
export function lanesOf(nodes: readonly ProcessNode[]): string[] {
  const lanes: string[] = [];
  for (const n of nodes) if (!lanes.includes(n.role)) lanes.push(n.role);
  return lanes;
}

export function buildProcess(f: ValidFile<'processes'>, ctx: BuildContext): Process {
  ctx.ids.add('process', f.data.id, f.data.title, at(f.pf, ['id']), 'id');
  return processFrom(f.pf, fillFile(f.pf, f.data, ctx), ctx.ids, ctx.diags);
}

export function checkProcessRefs(f: ValidFile<'processes'>, ids: IdIndex, diags: Diagnostics): void {
  const d = f.data;
  const local = new Map(d.nodes.map((n, i) => [n.id, i] as const));
  d.nodes.forEach((n, i) => {
    checkRef(ids, diags, n.role, ['role'], at(f.pf, ['nodes', i, 'role']), formatPath(['nodes', i, 'role']));
    (n.clauses ?? []).forEach((c, j) =>
      checkRef(ids, diags, c, ['clause'], at(f.pf, ['nodes', i, 'clauses', j]), formatPath(['nodes', i, 'clauses', j])),
    );
    const targets: [string, Path][] =
      n.type === 'decision'
        ? n.branches.map((b, j) => [b.to, ['nodes', i, 'branches', j, 'to']])
        : n.type === 'end'
          ? []
          : [[n.next, ['nodes', i, 'next']]];
    for (const [to, p] of targets) {
      if (!local.has(to)) {
        const guess = closestId(to, [...local.keys()]);
        diags.error(
          at(f.pf, p),
          formatPath(p),
          'dangling-reference',
          `本流程中没有节点 "${to}"${guess ? `，是不是 "${guess}"？` : ''} / no node "${to}" in this process${guess ? `; did you mean "${guess}"?` : ''}`,
        );
      }
      if (to === n.id)
        diags.error(
          at(f.pf, p),
          formatPath(p),
          'process-self-loop',
          `节点 "${n.id}" 指向自己 / node "${n.id}" leads to itself`,
        );
    }
    if (n.type === 'decision') {
      if (n.branches.length < 2) {
        diags.error(
          at(f.pf, ['nodes', i, 'branches']),
          formatPath(['nodes', i, 'branches']),
          'decision-branches',
          `判断节点 "${n.id}" 至少需要两个分支 / decision "${n.id}" needs at least two branches`,
        );
      }
      const labels = n.branches.map((b) => b.label);
      labels.forEach((l, j) => {
        if (labels.indexOf(l) !== j)
          diags.error(
            at(f.pf, ['nodes', i, 'branches', j, 'label']),
            formatPath(['nodes', i, 'branches', j, 'label']),
            'decision-branches',
            `分支标签“${l}”重复 / duplicate branch label "${l}"`,
          );
      });
    }
  });
  checkReachability(f, local, diags);
}

/** Reachability: every node reachable from the start, and every node can reach an end. */
function checkReachability(f: ValidFile<'processes'>, local: ReadonlyMap<string, number>, diags: Diagnostics): void {
  const d = f.data;
  const start = d.nodes.find((n) => n.type === 'start');
  if (!start) return;
  // A misspelt node id is reported where it is written; the chart is then read as meant (the id it
  // is closest to), and a node whose target is no id at all as reaching the end, so the one slip
  // does not also make its nodes unreachable or dead ends.
  const meant = (to: string): string | undefined => (local.has(to) ? to : closestId(to, [...local.keys()]));
  const lost = new Set<string>();
  const edges = new Map(
    d.nodes.map((n) => {
      const tos = n.type === 'decision' ? n.branches.map((b) => b.to) : n.type === 'end' ? [] : [n.next];
      if (tos.some((to) => meant(to) === undefined)) lost.add(n.id);
      return [n.id, tos.map((to) => meant(to) ?? to)] as const;
    }),
  );
  const reached = new Set<string>([start.id]);
  const queue = [start.id];
  while (queue.length)
    for (const to of edges.get(queue.shift()!) ?? [])
      if (local.has(to) && !reached.has(to)) reached.add(to), queue.push(to);
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of edges) for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const toEnd = new Set([...d.nodes.filter((n) => n.type === 'end').map((n) => n.id), ...lost]);
  const back = [...toEnd];
  while (back.length)
    for (const from of reverse.get(back.shift()!) ?? []) if (!toEnd.has(from)) toEnd.add(from), back.push(from);
  d.nodes.forEach((n, i) => {
    if (!reached.has(n.id)) {
      diags.error(
        at(f.pf, ['nodes', i]),
        formatPath(['nodes', i]),
        'process-unreachable',
        `节点 "${n.id}" 从开始节点无法到达（流程断开） / node "${n.id}" cannot be reached from the start (the process is disconnected)`,
      );
    } else if (!toEnd.has(n.id)) {
      diags.error(
        at(f.pf, ['nodes', i]),
        formatPath(['nodes', i]),
        'process-dead-end',
        `节点 "${n.id}" 走不到任何结束节点 / node "${n.id}" never reaches an end node`,
      );
    }
  });
}
