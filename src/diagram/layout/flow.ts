/** The process's arrows as written (node by node, branch by branch), each checked to lead to a known node. */
import type { Process } from '../../model/types/processes.ts';

export interface FlowEdge {
  from: string;
  to: string;
  label?: string;
}

export function flowEdges(process: Process): FlowEdge[] {
  const known = new Set(process.nodes.map((n) => n.id));
  const edges: FlowEdge[] = [];
  for (const node of process.nodes)
    for (const next of node.next) {
      if (!known.has(next.to))
        throw new Error(`process ${process.id}: node ${node.id} leads to unknown node ${next.to}`);
      edges.push({ from: node.id, to: next.to, ...(next.label !== undefined ? { label: next.label } : {}) });
    }
  return edges;
}
