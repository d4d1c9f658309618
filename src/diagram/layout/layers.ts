/**
 * Phase 3a, layers: ELK's layered algorithm (bundled build, in-process) gives every node a layer —
 * network-simplex layering with depth-first cycle breaking, so loops back to an earlier step become
 * back edges. Only the layer index is kept: swim lanes fix the columns, so ELK's in-layer placement
 * and its routes are not used.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { FlowEdge } from './flow.ts';

export interface LayerNode {
  id: string;
  width: number;
  height: number;
}

let elkInstance: InstanceType<typeof ELK> | undefined;
function elk(): InstanceType<typeof ELK> {
  elkInstance ??= new ELK();
  return elkInstance;
}

/** Layer index (0 at the top) per node id. */
export async function elkLayers(nodes: readonly LayerNode[], edges: readonly FlowEdge[]): Promise<Map<string, number>> {
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.randomSeed': '1',
      'elk.separateConnectedComponents': 'false',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
      'elk.layered.layering.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.spacing.nodeNode': '20',
      'elk.layered.spacing.nodeNodeBetweenLayers': '20',
    },
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: edges.filter((e) => e.from !== e.to).map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  };
  const result = await elk().layout(graph);
  const placed = (result.children ?? []).map((c) => ({
    id: c.id,
    top: c.y ?? 0,
    bottom: (c.y ?? 0) + (c.height ?? 0),
    x: c.x ?? 0,
  }));
  // ELK reports coordinates, not layer indices: nodes of one layer share a horizontal band and bands
  // of different layers are separated by the layer spacing, so overlapping bands = same layer.
  placed.sort((a, b) => a.top - b.top || a.x - b.x);
  const layers = new Map<string, number>();
  let layer = -1;
  let bandBottom = -Infinity;
  for (const p of placed) {
    if (p.top >= bandBottom) {
      layer++;
      bandBottom = p.bottom;
    } else bandBottom = Math.max(bandBottom, p.bottom);
    layers.set(p.id, layer);
  }
  return layers;
}
