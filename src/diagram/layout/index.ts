/**
 * Process-chart layout: turns a `Process` into plain positioned boxes, polylines and text lines that
 * any renderer can draw (the site writes SVG with `processToSvg`, the print pipeline draws the same
 * data into a PDF). This file runs the phases in order; each phase is a function from plain data to
 * plain data in its own file (see README.md beside src/diagram).
 *
 * Orientation. Lanes are COLUMNS (one per role, in `process.lanes` order) and the flow runs top to
 * bottom. The number of steps grows the chart downwards, the direction a phone scrolls; lane count
 * is small (2–5 in practice) and bounded by the roles, so the width stays within a budget that keeps
 * text at ≥ 11 px on a 390 px screen. Lanes as rows would grow the chart sideways with every step
 * and need horizontal scrolling for any process longer than three or four steps.
 *
 * ELK gives the layers (layers.ts); swim lanes then fix each node's column, a lane split into
 * columns where a decision's branches both run through it (columns.ts), so that they stand side
 * by side as alternatives instead of one above the other. Positions and
 * orthogonal edge routes are computed here: edges run in the horizontal channels between rows and
 * in vertical corridors beside the lanes, each on its own track, so no two edges share a line and
 * no edge crosses a node box.
 */
import type { Process } from '../../model/types/processes.ts';
import type { Role } from '../../model/types.ts';
import { assemble } from './assemble.ts';
import { type FlowEdge, flowEdges } from './flow.ts';
import { placeGrid } from './geometry.ts';
import { gridOf } from './grid.ts';
import { labelRoom, labelRoomBelow, placeLabels } from './labels.ts';
import { type Lanes, lanesOf } from './lanes.ts';
import { elkLayers } from './layers.ts';
import { assignColumns, type Columns } from './columns.ts';
import { type Metrics, metricsFor } from './metrics.ts';
import { edgePoints } from './paths.ts';
import { choosePorts } from './ports.ts';
import { assignRanks } from './ranks.ts';
import { type Routes, routeEdges } from './routes.ts';
import { type Sizes, sizeNodes } from './sizes.ts';
import { assignTracks, type Tracks } from './tracks.ts';
import { type LayoutOptions, must, type ProcessLayout, type Side } from './types.ts';

/**
 * Lays out one process. `roles` gives the lane headers (role names); a `Model` is accepted too so
 * callers holding the whole model can pass it as is.
 */
export async function layoutProcess(
  process: Process,
  roles: readonly Role[] | { roles: readonly Role[] },
  options: LayoutOptions = {},
): Promise<ProcessLayout> {
  const roleList: readonly Role[] = Array.isArray(roles) ? roles : (roles as { roles: readonly Role[] }).roles;
  const target = options.targetWidth ?? (options.fontSize ?? 14) * 32;
  // Node widths are chosen before the routing knows how many tracks each corridor needs; when the
  // corridors push the chart past the target, narrow the nodes by the excess and lay out again.
  let budget = target;
  let headsOnly = false;
  let layout = await layoutOnce(process, roleList, options, budget, headsOnly);
  // Too wide with every branch in its own column: keep only the branches' first nodes side by side.
  if (layout.width > target + 0.5) {
    const fewer = await layoutOnce(process, roleList, options, budget, true);
    if (fewer.width < layout.width) [layout, headsOnly] = [fewer, true];
  }
  for (let attempt = 0; attempt < 3 && layout.width > target + 0.5; attempt++) {
    budget -= Math.ceil(layout.width - target) + 1;
    const narrower = await layoutOnce(process, roleList, options, budget, headsOnly);
    if (narrower.width < layout.width) layout = narrower;
  }
  return layout;
}

/**
 * Each node's column and row: ELK's layers (sized by lanes), then the columns a decision's branches
 * take (columns.ts), the nodes sized again when a lane was split, and the rows from the layers.
 */
async function placeNodes(
  process: Process,
  lanes: Lanes,
  sizeBy: (columns?: Columns) => Sizes,
  flow: readonly FlowEdge[],
  headsOnly: boolean,
) {
  const byLane = sizeBy();
  const layers = await elkLayers(
    byLane.nodes.map((s) => ({ id: s.node.id, width: s.width, height: s.height })),
    flow,
  );
  const columns = assignColumns({
    startId: process.startId,
    nodes: byLane.nodes.map((s) => ({
      id: s.node.id,
      lane: s.lane,
      next: s.node.next.map((n) => n.to),
      decision: s.node.type === 'decision',
    })),
    edges: flow,
    layers,
    laneCount: lanes.ids.length,
    headsOnly,
  });
  const split = columns.lane.length > lanes.ids.length;
  // `lane` is the node's column from here on: the phases after see a grid of columns × rows.
  const sizes = split ? sizeBy(columns) : byLane;
  const ranked = assignRanks({
    processId: process.id,
    startId: process.startId,
    nodes: sizes.nodes.map((s) => ({ id: s.node.id, lane: s.lane, next: s.node.next.map((n) => n.to) })),
    edges: flow,
    layers,
    early: columns.branches,
  });
  const nodes = sizes.nodes.map((s, i) => ({
    ...s,
    id: s.node.id,
    type: s.node.type,
    rank: must(ranked.ranks[i], 'rank'),
  }));
  return { nodes, ranked, sizes, columnLane: split ? columns.lane : lanes.ids.map((_, l) => l) };
}

interface PlaceRequest {
  metrics: Metrics;
  lanes: Lanes;
  sizes: Sizes;
  nodes: Awaited<ReturnType<typeof placeNodes>>['nodes'];
  /** Lane of each column. */
  columnLane: readonly number[];
  rankCount: number;
  routes: Routes;
  tracks: Tracks;
  flow: readonly FlowEdge[];
  /** Per flow edge: its source's index and the side it leaves by. */
  edges: readonly { from: number; exit: Side }[];
  back: readonly boolean[];
}

/**
 * Coordinates and labels, with room below each node for the labels of edges leaving it downwards.
 * A label that still finds no clear place (its edge's legs all run short beside other nodes, as in
 * a decision's sideways "L" into the next row) gets its height more room below its source, and the
 * rows are placed again: a few passes at most, and only for such charts.
 */
function placeLabelled(req: PlaceRequest) {
  const m = req.metrics;
  let room = labelRoomBelow(
    req.nodes.length,
    req.edges.map((e, i) => ({ from: e.from, exit: e.exit, label: req.flow[i]?.label })),
    m,
  );
  let placed = placeAll(req, room);
  for (let pass = 0; pass < 3; pass++) {
    const crowded = req.flow.flatMap((e, i) =>
      e.label !== undefined && placed.labels[i]?.clear !== true ? [{ i, label: e.label }] : [],
    );
    if (crowded.length === 0) break;
    room = [...room];
    for (const { i, label } of crowded) {
      const from = must(req.edges[i], 'edge').from;
      room[from] = (room[from] ?? 0) + labelRoom(label, m);
    }
    placed = placeAll(req, room);
  }
  return placed;
}

/** The routed chart given coordinates (tracks, geometry, paths) and its labels placed. */
function placeAll(req: PlaceRequest, room: readonly number[]) {
  const { metrics, lanes, sizes, nodes, routes } = req;
  const geometry = placeGrid({
    metrics,
    laneLabels: lanes.labels,
    nodeWidths: sizes.nodeWidths,
    columnLane: req.columnLane,
    nodes,
    rankCount: req.rankCount,
    channelRuns: routes.channelRuns,
    corridorRuns: routes.corridorRuns,
    tracks: req.tracks,
    labelRoom: room,
  });
  const laidEdges = req.flow.map((e, i) => ({
    ...e,
    back: must(req.back[i], 'back'),
    points: edgePoints(must(routes.paths[i], 'path'), geometry),
  }));
  const labels = placeLabels({
    metrics,
    edges: laidEdges,
    shapes: nodes.map((n, i) => ({ box: must(geometry.boxes[i], n.id), diamond: n.type === 'decision' })),
    top: geometry.headerHeight,
    bottom: geometry.height,
    width: geometry.width,
  });
  return { geometry, laidEdges, labels };
}

/** One pass through the phases with the lanes' nodes fitted to `budget`. */
async function layoutOnce(
  process: Process,
  roles: readonly Role[],
  options: LayoutOptions,
  budget: number,
  headsOnly: boolean,
): Promise<ProcessLayout> {
  const metrics = metricsFor(options);
  const lanes = lanesOf(process, roles);
  const sizeBy = (columns?: Columns): Sizes =>
    sizeNodes({
      nodes: process.nodes,
      lanes,
      metrics,
      budget,
      timeLimitPrefix: options.timeLimitPrefix ?? '限时：',
      fill: options.fill === true,
      ...(columns ? { columns } : {}),
    });
  const flow = flowEdges(process);
  const { nodes, ranked, sizes, columnLane } = await placeNodes(process, lanes, sizeBy, flow, headsOnly);
  const grid = gridOf(nodes);
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = flow.map((e, i) => ({
    from: must(indexOf.get(e.from), e.from),
    to: must(indexOf.get(e.to), e.to),
    back: must(ranked.back[i], 'back'),
  }));
  const ports = choosePorts(nodes, edges, grid);
  const ported = edges.map((e, i) => ({ ...e, ...must(ports[i], 'ports') }));
  const routes = routeEdges(nodes, ported, grid, columnLane.length);
  const { geometry, laidEdges, labels } = placeLabelled({
    metrics,
    lanes,
    sizes,
    nodes,
    columnLane,
    rankCount: ranked.rankCount,
    routes,
    tracks: assignTracks(routes.channelRuns, routes.corridorRuns),
    flow,
    edges: ported,
    back: ranked.back,
  });
  return assemble({
    processId: process.id,
    title: process.title,
    metrics,
    lanes,
    geometry,
    nodes,
    edges: laidEdges,
    labels,
  });
}
