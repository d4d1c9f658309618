/**
 * Phase 3a, layers: ELK's layered algorithm (bundled build, in-process) gives every node a layer —
 * network-simplex layering with depth-first cycle breaking, so loops back to an earlier step become
 * back edges. Only the layer index is kept: swim lanes fix the columns, so ELK's in-layer placement
 * and its routes are not used.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { FlowEdge } from './flow.ts';

/**
 * A folder where ELK's results are kept between builds (the site build sets it to its cache):
 * ELK's answer depends only on the graph and ELK's version, and laying out the example's charts
 * afresh costs about a second of CPU in every build, loading ELK a fifth of one more.
 */
export const LAYER_CACHE_ENV = 'GUIFAN_LAYER_CACHE';

export interface LayerNode {
  id: string;
  width: number;
  height: number;
}

const require = createRequire(import.meta.url);

let elkInstance: InstanceType<typeof ELK> | undefined;
/**
 * Loaded when first needed: a build whose layers are all kept does not load ELK. Required, not
 * import()ed: the command's precompiled bundle runs as a script, where import() has no loader.
 */
function elk(): InstanceType<typeof ELK> {
  if (!elkInstance) {
    const FakeWorker = inProcessWorker();
    elkInstance = new (require('elkjs/lib/elk.bundled.js') as typeof ELK)({
      workerFactory: (url?: string) => new FakeWorker(url),
    });
  }
  return elkInstance;
}

type WorkerClass = new (url?: string) => Worker;

/**
 * ELK's stand-in for a web worker, run in this process. elk-worker.min.js exports it only where no
 * global `self` exists; where one does (a runtime, or a library's polyfills: pdf.js's legacy
 * worker defines one through core-js once it opens a document), the script takes itself for a
 * real worker, exports nothing, and ELK failed with "_Worker is not a constructor" (a test process
 * that had read a PDF with pdf.js, ci63). So the script is loaded with `self` out of sight, and
 * loaded again if a first load exported nothing.
 */
function inProcessWorker(): WorkerClass {
  const file = require.resolve('elkjs/lib/elk-worker.min.js');
  const g = globalThis as { self?: unknown };
  const before = g.self;
  const hidden = 'self' in g && Reflect.deleteProperty(g, 'self');
  try {
    let loaded = require(file) as { Worker?: WorkerClass };
    if (!loaded.Worker) {
      delete require.cache[file];
      loaded = require(file) as { Worker?: WorkerClass };
    }
    if (!loaded.Worker) throw new Error(`elkjs: ${file} exported no Worker`);
    return loaded.Worker;
  } finally {
    if (hidden) g.self = before;
  }
}

type Placed = { id: string; top: number; bottom: number; x: number };

function elkGraph(nodes: readonly LayerNode[], links: readonly (readonly [string, string])[]): ElkNode {
  return {
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
    edges: links.map(([from, to], i) => ({ id: `e${i}`, sources: [from], targets: [to] })),
  };
}

/**
 * ELK's placements by graph, made once per process: a build lays out the same charts again and
 * again (every handbook of a unit draws its processes, and a group's units often have processes
 * of one shape). Keyed by the whole graph ELK is given, so an answer kept is the answer ELK gives.
 */
const placements = new Map<string, Promise<Placed[]>>();
/** Graphs kept at most (a few hundred bytes each); beyond, the oldest goes. */
const PLACEMENTS_KEPT = 512;

function placedBy(graph: ElkNode): Promise<Placed[]> {
  const key = JSON.stringify(graph);
  let placed = placements.get(key);
  if (!placed) {
    placed = elk()
      .layout(graph)
      .then((result) =>
        (result.children ?? []).map((c) => ({
          id: c.id,
          top: c.y ?? 0,
          bottom: (c.y ?? 0) + (c.height ?? 0),
          x: c.x ?? 0,
        })),
      );
    if (placements.size >= PLACEMENTS_KEPT) placements.delete(placements.keys().next().value!);
    placements.set(key, placed);
  }
  return placed;
}

/** Layer index (0 at the top) per node id. */
export async function elkLayers(nodes: readonly LayerNode[], edges: readonly FlowEdge[]): Promise<Map<string, number>> {
  const links = edges.filter((e) => e.from !== e.to);
  const graph = elkGraph(
    nodes,
    links.map((e) => [e.from, e.to]),
  );
  const placed = await keptOr(graph, async () => {
    // ELK is given the nodes as n0, n1, … in order: the same shape under other names is one graph.
    const index = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
    const named = elkGraph(
      nodes.map((n) => ({ ...n, id: index.get(n.id)! })),
      links.map((e) => [index.get(e.from)!, index.get(e.to)!]),
    );
    return (await placedBy(named)).map((p) => ({ ...p, id: nodes[Number(p.id.slice(1))]!.id }));
  });
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

/** ELK's placement of the graph from the folder LAYER_CACHE_ENV names, or made now and kept there. */
async function keptOr(graph: ElkNode, make: () => Promise<Placed[]>): Promise<Placed[]> {
  const dir = process.env[LAYER_CACHE_ENV];
  if (!dir) return make();
  const key = createHash('sha256')
    .update(JSON.stringify([elkVersion(), graph]))
    .digest('hex');
  const file = path.join(dir, `${key.slice(0, 32)}.json`);
  try {
    const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string; placed: Placed[] };
    if (kept.key === key) return kept.placed;
  } catch {
    // Not kept yet, or unreadable: laid out below.
  }
  const placed = await make();
  try {
    fs.mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: two builds never read half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify({ key, placed }));
    fs.renameSync(tmp, file);
    prune(dir);
  } catch {
    // A cache that cannot be written only costs the next build this layout again.
  }
  return placed;
}

/** Entries kept at most; beyond, the older half goes (a layout dropped is only made again). */
const MOST_KEPT = 2000;

function prune(dir: string): void {
  const names = fs.readdirSync(dir);
  if (names.length <= MOST_KEPT) return;
  const byAge = names
    .map((name) => ({ name, mtimeMs: fs.statSync(path.join(dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => a.mtimeMs - b.mtimeMs);
  for (const { name } of byAge.slice(0, byAge.length / 2)) fs.rmSync(path.join(dir, name), { force: true });
}

let version: string | undefined;
function elkVersion(): string {
  version ??= (require('elkjs/package.json') as { version: string }).version;
  return version;
}
