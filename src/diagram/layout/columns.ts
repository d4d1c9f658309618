/**
 * Phase 3b, columns: a lane is one column wide unless a decision's branches both run through it.
 * Stacked in one column, two alternative branches read as one sequence (the 能 arrow running down
 * past the 不能 branch's step into its own); so within a lane, each branch of a decision gets its
 * own column, side by side, and the branches rejoin in the column the decision's flow goes on in.
 *
 * A branch's own nodes are those reached (forwards, by ELK's layers) from its target and from no
 * other branch's target; the nodes reached from several branches are where they rejoin and stay
 * put. In a lane where several branches have nodes, or where one has nodes and another goes
 * straight to the rejoin, the first such branch keeps the lane's column and each further one is
 * moved one column to the right. A branch going straight to the rejoin comes first: its arrow runs
 * down to the rejoin beside the other branch, not along it.
 */
import type { FlowEdge } from './flow.ts';
import { readingOrder } from './ranks.ts';
import { must } from './types.ts';

export interface ColumnNode {
  id: string;
  lane: number;
  /** Ids of the nodes it leads to, in the order the branches were written. */
  next: readonly string[];
  decision: boolean;
}

export interface ColumnRequest {
  startId: string;
  nodes: readonly ColumnNode[];
  edges: readonly FlowEdge[];
  /** ELK layer per node id (see layers.ts): an edge runs forwards when its target's layer is greater. */
  layers: ReadonlyMap<string, number>;
  laneCount: number;
  /**
   * Split a lane only for branches whose first node is in it (too wide otherwise, see index.ts):
   * the branches' starts stay side by side, their later nodes in another lane may stack.
   */
  headsOnly?: boolean;
}

export interface Columns {
  /** Column of each node, by its index in `nodes`; columns run left to right across all lanes. */
  of: number[];
  /** Lane of each column; a lane's columns are consecutive. */
  lane: number[];
  /**
   * Ids of the nodes of branches set side by side: they go as high as their predecessors allow (see
   * ranks.ts), so each branch starts right below its decision, not where ELK's layering put it.
   */
  branches: Set<string>;
}

export function assignColumns(req: ColumnRequest): Columns {
  const { nodes } = req;
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const layerOf = (id: string): number => must(req.layers.get(id), `layer of ${id}`);
  const forward = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of req.edges) if (layerOf(e.to) > layerOf(e.from)) forward.get(e.from)?.push(e.to);
  const reachMemo = new Map<string, Set<string>>();
  const reach = (id: string): Set<string> => {
    let set = reachMemo.get(id);
    if (set) return set;
    set = new Set([id]);
    for (const t of forward.get(id) ?? []) for (const r of reach(t)) set.add(r);
    reachMemo.set(id, set);
    return set;
  };
  // Offset of each node within its lane: 0 is the lane's own column, 1 the first one to its right…
  const offset = nodes.map(() => 0);
  const branches = new Set<string>();
  const preorder = readingOrder(nodes, req.startId);
  const decisions = nodes
    .filter((n) => n.decision)
    .sort((a, b) => must(preorder.get(a.id), 'order') - must(preorder.get(b.id), 'order'));
  for (const d of decisions) {
    const targets = [...new Set(d.next)].filter((t) => (forward.get(d.id) ?? []).includes(t));
    if (targets.length < 2) continue;
    const reached = targets.map(reach);
    const own = ownNodes(targets, reached);
    const at = (id: string): number => must(indexOf.get(id), id);
    for (let lane = 0; lane < req.laneCount; lane++) {
      const inLane = (id: string): boolean => must(nodes[at(id)], id).lane === lane;
      // A branch going straight to the rejoin first (its arrow runs down to the rejoin beside the
      // other branch, not along it), then the others as written. Only in the decision's own lane:
      // from another lane the arrow comes in from the side and runs down the lane's edge anyway, and
      // a column of its own would only halve the width of the other branch's boxes (the example's
      // complaint chart: 值班长's steps wrapped to six lines of three characters).
      const straight = targets.flatMap((t, k) => (own[k]?.length === 0 && inLane(t) && d.lane === lane ? [k] : []));
      const through = targets.flatMap((t, k) =>
        own[k]?.some(inLane) && (req.headsOnly !== true || inLane(t)) ? [k] : [],
      );
      const present = [...straight, ...through];
      if (present.length < 2) continue;
      const first = must(present[0], 'branch');
      const keep = d.lane === lane ? d.id : (own[first]?.find(inLane) ?? must(targets[first], 'target'));
      const base = must(offset[at(keep)], 'offset');
      // A column right of the base that holds another branch of an enclosing decision (nodes beside
      // this decision, neither before nor after it) alongside these branches' rows moves further
      // right, past the new ones; one holding it only above or below them (arrows out of it
      // included) is shared.
      const moved = present.slice(1).flatMap((k) => (own[k] ?? []).filter(inLane));
      const last = Math.max(...moved.map(layerOf));
      const dReach = reach(d.id);
      const beside = nodes.flatMap((n, i) =>
        n.lane === lane && (offset[i] ?? 0) > base && !dReach.has(n.id) && !reach(n.id).has(d.id) ? [i] : [],
      );
      // Its rows run from its own to just above the furthest node it leads to.
      const alongside = (n: ColumnNode): boolean =>
        Math.max(layerOf(n.id), ...(forward.get(n.id) ?? []).map((t) => layerOf(t) - 1)) > layerOf(d.id) &&
        layerOf(n.id) <= last;
      // Whole columns move, from the first such one on, so that a branch stays in one column.
      const from = Math.min(
        ...beside.filter((i) => alongside(must(nodes[i], 'node'))).map((i) => must(offset[i], 'offset')),
      );
      for (const i of beside) if ((offset[i] ?? 0) >= from) offset[i] = (offset[i] ?? 0) + present.length - 1;
      present.forEach((k, place) => {
        for (const id of own[k] ?? []) {
          branches.add(id);
          if (place > 0 && inLane(id)) offset[at(id)] = base + place;
        }
      });
    }
  }
  return { ...columnsOf(nodes, offset, req.laneCount), branches };
}

/** Only the offsets in use become columns, in order within each lane; every lane has one at least. */
function columnsOf(
  nodes: readonly ColumnNode[],
  offset: readonly number[],
  laneCount: number,
): Omit<Columns, 'branches'> {
  const lane: number[] = [];
  const columnAt = new Map<string, number>();
  for (let l = 0; l < laneCount; l++) {
    const used = [...new Set(nodes.flatMap((n, i) => (n.lane === l ? [must(offset[i], 'offset')] : [])))].sort(
      (a, b) => a - b,
    );
    if (used.length === 0) used.push(0);
    for (const o of used) {
      columnAt.set(`${l}:${o}`, lane.length);
      lane.push(l);
    }
  }
  return { of: nodes.map((n, i) => must(columnAt.get(`${n.lane}:${offset[i]}`), 'column')), lane };
}

/**
 * Each branch's own nodes: reached from its target, not from the target of any other branch that
 * does not lead into this one, and not from every target (where all branches have rejoined). A
 * branch whose target another branch leads to (it skips ahead) owns the nodes up to the next
 * target on its way; one going straight to where all rejoin owns none.
 */
function ownNodes(targets: readonly string[], reached: readonly Set<string>[]): string[][] {
  const common = (id: string): boolean => reached.every((r) => r.has(id));
  return targets.map((t, k) =>
    [...must(reached[k], 'reach')].filter(
      (id) => !common(id) && reached.every((other, j) => j === k || other.has(t) || !other.has(id)),
    ),
  );
}
