/**
 * Phase 7, geometry: turns the grid into coordinates. Each corridor is as wide as its tracks need,
 * so it fixes the lanes' x and widths; each channel is as tall as its tracks and the labels hanging
 * into it need, and each row as tall as its tallest node, so they fix the rows' y. Nodes sit centred in their cell; every run gets
 * the x (corridor) or y (channel) of its track.
 */
import { wrapBalanced } from '../text.ts';
import type { Metrics } from './metrics.ts';
import type { ChannelRun, CorridorRun } from './routes.ts';
import type { Tracks } from './tracks.ts';
import { type Box, must } from './types.ts';

export interface GeometryRequest {
  metrics: Metrics;
  laneLabels: readonly string[];
  /** Node width of each column (a lane is one column unless a decision's branches split it, see columns.ts). */
  nodeWidths: readonly number[];
  /** Lane of each column; absent, each lane is one column. */
  columnLane?: readonly number[];
  /** `lane` is the node's column. */
  nodes: readonly { lane: number; rank: number; width: number; height: number }[];
  rankCount: number;
  channelRuns: readonly ChannelRun[];
  corridorRuns: readonly CorridorRun[];
  tracks: Tracks;
  /** Per node, the free height its outgoing edges' labels need below it (see labels.ts); none when absent. */
  labelRoom?: readonly number[];
}

export interface Geometry {
  laneX: number[];
  laneWidth: number[];
  /** Centre x of each column's nodes. */
  laneCentre: number[];
  /** Each lane's header text wrapped to its width. */
  headerLines: string[][];
  headerHeight: number;
  /** Centre y of each row. */
  rowCentre: number[];
  width: number;
  height: number;
  /** Box of each node, by its index in `nodes`. */
  boxes: Box[];
  /** x of each corridor run's track / y of each channel run's track, by run index. */
  corridorX: number[];
  channelY: number[];
}

export function placeGrid(req: GeometryRequest): Geometry {
  const columns = placeColumns(req);
  // A lane spans its columns; the corridors between them are the lane's own.
  const columnLane = req.columnLane ?? req.laneLabels.map((_, l) => l);
  const laneX = req.laneLabels.map((_, l) => must(columns.laneX[columnLane.indexOf(l)], 'lane column'));
  const laneWidth = req.laneLabels.map((_, l) =>
    columns.laneWidth.reduce((sum, w, c) => sum + (columnLane[c] === l ? w : 0), 0),
  );
  const across = { ...columns, laneX, laneWidth };
  const down = placeRows(req, across.laneWidth);
  const boxes = req.nodes.map((s) => ({
    x: must(across.laneCentre[s.lane], 'lane') - s.width / 2,
    y: must(down.rowCentre[s.rank], 'row') - s.height / 2,
    width: s.width,
    height: s.height,
  }));
  return { ...across, ...down, boxes };
}

/**
 * Across the chart: columns, each a node column with half a corridor either side, and the corridor
 * tracks (`laneX` and `laneWidth` here are the columns').
 */
function placeColumns(
  req: GeometryRequest,
): Pick<Geometry, 'laneX' | 'laneWidth' | 'laneCentre' | 'width' | 'corridorX'> {
  const m = req.metrics;
  const laneCount = req.nodeWidths.length;
  const clearance = m.track * 0.9;
  // Corridor tracks are spread evenly between the lane border and the nodes, never on the border
  // itself; in an inner corridor even tracks sit on the left of the border, odd ones on the right.
  const tracksPerSide = (g: number): number => {
    const k = req.tracks.corridorCount.get(g) ?? 0;
    return g === 0 || g === laneCount ? k : Math.ceil(k / 2);
  };
  const columnLane = req.columnLane;
  const inner = (g: number): boolean => columnLane !== undefined && g > 0 && columnLane[g - 1] === columnLane[g];
  const halfCorridor = (g: number): number =>
    Math.max(inner(g) ? m.columnPad : m.lanePad, tracksPerSide(g) * m.track + clearance);
  const laneX: number[] = [];
  const laneWidth: number[] = [];
  const nodeLeft: number[] = [];
  let x = 0;
  for (let l = 0; l < laneCount; l++) {
    const left = halfCorridor(l);
    const right = halfCorridor(l + 1);
    const w = must(req.nodeWidths[l], 'node width');
    laneX.push(x);
    laneWidth.push(left + w + right);
    nodeLeft.push(x + left);
    x += left + w + right;
  }
  const laneCentre = nodeLeft.map((left, l) => left + must(req.nodeWidths[l], 'lane') / 2);
  const corridorX = req.corridorRuns.map((run, i): number => {
    const track = must(req.tracks.corridor[i], 'corridor track');
    const g = run.corridor;
    const half = halfCorridor(g);
    const perSide = tracksPerSide(g);
    if (g === 0) return must(nodeLeft[0], 'lane 0') - (half * (track + 1)) / (perSide + 1);
    if (g === laneCount)
      return (
        must(nodeLeft[laneCount - 1], 'last lane') +
        must(req.nodeWidths[laneCount - 1], 'w') +
        (half * (track + 1)) / (perSide + 1)
      );
    const boundary = must(laneX[g], 'lane x');
    const sign = track % 2 === 0 ? -1 : 1;
    return boundary + (sign * (half * (Math.floor(track / 2) + 1))) / (perSide + 1);
  });
  return { laneX, laneWidth, laneCentre, width: x, corridorX };
}

/** Down the chart: the lane headers, then the channel above the first row, each row and the channel below it. */
function placeRows(
  req: GeometryRequest,
  laneWidth: readonly number[],
): Pick<Geometry, 'headerLines' | 'headerHeight' | 'rowCentre' | 'height' | 'channelY'> {
  const m = req.metrics;
  const headerLines = req.laneLabels.map((label, l) =>
    wrapBalanced(label, must(laneWidth[l], 'lane width') - m.padX, m.fs, m.measure),
  );
  const headerHeight = Math.max(...headerLines.map((ls) => ls.length)) * m.lh + 2 * m.padY;
  const rowHeight: number[] = Array.from({ length: req.rankCount }, () => 0);
  for (const s of req.nodes) rowHeight[s.rank] = Math.max(rowHeight[s.rank] ?? 0, s.height);
  // A node shorter than its row is centred in it, so half the difference is already free below it.
  const labelNeed: number[] = Array.from({ length: req.rankCount }, () => 0);
  req.nodes.forEach((s, i) => {
    const below = (req.labelRoom?.[i] ?? 0) - (must(rowHeight[s.rank], 'row height') - s.height) / 2;
    labelNeed[s.rank] = Math.max(labelNeed[s.rank] ?? 0, below);
  });
  const channelHeight = (ch: number): number => {
    const k = req.tracks.channelCount.get(ch) ?? 0;
    const base = ch === -1 ? m.fs * 0.9 : ch === req.rankCount - 1 ? m.fs : m.fs * 2.2;
    return Math.max(base, (k + 1) * m.track, labelNeed[ch] ?? 0);
  };
  const channelTop = new Map<number, number>();
  const rowTop: number[] = [];
  let y = headerHeight;
  channelTop.set(-1, y);
  y += channelHeight(-1);
  for (let r = 0; r < req.rankCount; r++) {
    rowTop.push(y);
    y += must(rowHeight[r], 'row height');
    channelTop.set(r, y);
    y += channelHeight(r);
  }
  const rowCentre = rowTop.map((top, r) => top + must(rowHeight[r], 'row height') / 2);
  // A channel's tracks are centred in it.
  const channelY = req.channelRuns.map((run, i) => {
    const k = req.tracks.channelCount.get(run.channel) ?? 1;
    const top = must(channelTop.get(run.channel), 'channel top');
    return (
      top +
      (channelHeight(run.channel) - (k - 1) * m.track) / 2 +
      must(req.tracks.channel[i], 'channel track') * m.track
    );
  });
  return { headerLines, headerHeight, rowCentre, height: y, channelY };
}
