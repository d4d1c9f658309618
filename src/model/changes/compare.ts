/**
 * Old items against new, by id: each item that was added, removed or changed is one change,
 * with what changed about it. An item is "moved" when it sits under another parent, or when its
 * order among the siblings that are in both versions changed (it is not on their longest common
 * order: inserting a clause moves nothing, swapping two moves one); "renumbered" when its
 * displayed number differs. Both can hold for one item, which is still one change.
 */
import { ASPECTS, PLACEMENT_ASPECTS, type Aspect, type ItemChange, type ItemSnapshot } from './types.ts';
import { diffWording } from './wording-diff.ts';

/** Kinds whose order is not something a reader follows (a chart's steps, the list of numbers). */
const UNORDERED = new Set(['node', 'hotline', 'process']);

/** Indices (into `seq`) of a longest strictly increasing subsequence. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < seq[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep.add(i);
  return keep;
}

const groupKey = (s: ItemSnapshot): string => `${s.section.kind}\u241f${s.section.id}\u241f${s.parent ?? ''}`;

/** Ids of the items in both versions that moved (see the module comment). */
function movedIds(old: readonly ItemSnapshot[], now: ReadonlyMap<string, ItemSnapshot>): Set<string> {
  const moved = new Set<string>();
  const oldGroups = new Map<string, string[]>();
  for (const o of old) {
    const n = now.get(o.id);
    if (!n || UNORDERED.has(o.kind)) continue;
    if (groupKey(o) !== groupKey(n)) {
      moved.add(o.id);
      continue;
    }
    let g = oldGroups.get(groupKey(o));
    if (!g) oldGroups.set(groupKey(o), (g = []));
    g.push(o.id);
  }
  const newPosition = new Map<string, number>();
  let i = 0;
  for (const n of now.values()) newPosition.set(n.id, i++);
  for (const ids of oldGroups.values()) {
    const positions = ids.map((id) => newPosition.get(id)!);
    const keep = longestIncreasing(positions);
    ids.forEach((id, k) => {
      if (!keep.has(k)) moved.add(id);
    });
  }
  return moved;
}

/** Every change between two lists of items, in the new version's reading order (removed items where they were). */
export function compareSnapshots(old: readonly ItemSnapshot[], now: readonly ItemSnapshot[]): ItemChange[] {
  const oldById = new Map(old.map((s) => [s.id, s]));
  const newById = new Map(now.map((s) => [s.id, s]));
  const moved = movedIds(old, newById);
  const changeOf = new Map<string, ItemChange>();
  for (const n of now) {
    const o = oldById.get(n.id);
    if (!o) {
      changeOf.set(n.id, { id: n.id, kind: n.kind, section: n.section, status: 'added', aspects: [], new: n });
      continue;
    }
    const aspects: Aspect[] = ASPECTS.filter((a) => !PLACEMENT_ASPECTS.includes(a) && o.fields[a] !== n.fields[a]);
    if (moved.has(n.id)) aspects.push('moved');
    if (o.number !== undefined && n.number !== undefined && o.number !== n.number) aspects.push('renumbered');
    if (aspects.length === 0) continue;
    changeOf.set(n.id, {
      id: n.id,
      kind: n.kind,
      section: n.section,
      status: 'changed',
      aspects,
      old: o,
      new: n,
      ...(o.wording !== n.wording ? { diff: diffWording(o.wording, n.wording) } : {}),
    });
  }
  // Removed items follow the item before them that is still there (or lead, when none is).
  const after = new Map<string, ItemChange[]>();
  const leading: ItemChange[] = [];
  let previous: string | undefined;
  for (const o of old) {
    if (newById.has(o.id)) {
      previous = o.id;
      continue;
    }
    const change: ItemChange = { id: o.id, kind: o.kind, section: o.section, status: 'removed', aspects: [], old: o };
    if (previous === undefined) leading.push(change);
    else {
      let list = after.get(previous);
      if (!list) after.set(previous, (list = []));
      list.push(change);
    }
  }
  const out: ItemChange[] = [...leading];
  for (const n of now) {
    const c = changeOf.get(n.id);
    if (c) out.push(c);
    out.push(...(after.get(n.id) ?? []));
  }
  return out;
}

/** A change that only moves or renumbers an item: what it says is the same. */
export function isPlacementOnly(change: ItemChange): boolean {
  return change.status === 'changed' && change.aspects.every((a) => PLACEMENT_ASPECTS.includes(a));
}
