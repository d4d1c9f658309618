/**
 * Which part of an organisation one build makes, so that a large group builds on several
 * machines (a CI matrix) and `guifan merge` assembles the parts. A slice is a set of whole
 * units plus, for one slice only, the group's own outputs: a unit's pages and PDFs are never
 * split between slices, and every output belongs to exactly one slice.
 *
 * The rule of ownership is one: an output made for a unit (a page under units/<unit>/, a PDF
 * planned for the unit or for one of its roles) belongs to that unit's slice; every other
 * output (home, norms, commitments, study hub and practice pages, search page and index,
 * organisation and role PDFs) belongs to the group's slice, which `--shard 1/n` carries.
 */
import type { Model, ResolvedUnit } from './types.ts';
import { closestWithin } from './suggest.ts';

export interface Slice {
  /** The units this slice builds, in the model's order. */
  units: string[];
  /** Whether it builds the group's own outputs. */
  group: boolean;
  /** How it was asked for: 'shard 2/4' or 'units a,b'. */
  label: string;
}

export interface ShardNumber {
  index: number;
  count: number;
}

/** A slice request that cannot be met: the message is bilingual and says what to give instead. */
export class SliceError extends Error {}

/** `--shard i/n`: 1 ≤ i ≤ n. */
export function parseShard(text: string): ShardNumber {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new SliceError(
      `--shard ${text}：应为 i/n，1 ≤ i ≤ n，例如 --shard 2/4 / --shard ${text}: expected i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`,
    );
  }
  return { index, count };
}

/**
 * What a unit costs to build, in pages and PDFs: its own pages (overview, board, services,
 * inspections, norms, processes, roles) and about as many PDFs. An estimate for balancing only.
 */
export function unitWeight(unit: ResolvedUnit): number {
  return 6 + unit.documents.length + unit.processes.length + 2 * unit.roles.length + 3 * unit.services.length;
}

/** The group's own outputs weigh like the organisation-wide pages they make. */
export function groupWeight(model: Model): number {
  return 10 + model.documents.length + model.processes.length + 2 * model.roles.length + 2 * model.units.length;
}

/**
 * The units of shard i/n. Balanced by weight: largest first, each to the lightest shard so
 * far, shard 1 starting with the group's weight (ties go to the lower shard, so the result
 * depends on the model alone). Shards may be empty of units when n exceeds the units.
 */
export function shardUnits(model: Model, shard: ShardNumber): string[] {
  const load = Array.from({ length: shard.count }, (_, i) => (i === 0 ? groupWeight(model) : 0));
  const owner = new Map<string, number>();
  const order = model.units.map((u, i) => ({ id: u.id, weight: unitWeight(u), i }));
  order.sort((a, b) => b.weight - a.weight || a.i - b.i);
  for (const u of order) {
    let best = 0;
    for (let s = 1; s < load.length; s++) if (load[s]! < load[best]!) best = s;
    load[best]! += u.weight;
    owner.set(u.id, best);
  }
  return model.units.filter((u) => owner.get(u.id) === shard.index - 1).map((u) => u.id);
}

/** `--shard i/n`. */
export function shardSlice(model: Model, shard: ShardNumber): Slice {
  return { units: shardUnits(model, shard), group: shard.index === 1, label: `shard ${shard.index}/${shard.count}` };
}

/** `--units a,b` (with `group`, the group's outputs too). Unknown ids are refused with the nearest known one. */
export function unitsSlice(model: Model, ids: readonly string[], group: boolean): Slice {
  const known = new Set(model.units.map((u) => u.id));
  for (const id of ids) {
    if (known.has(id)) continue;
    const near = closestWithin(id, known);
    const some = [...known].slice(0, 8);
    const more = known.size > some.length ? '…' : '';
    const hint = near
      ? `是否想写 ${near}？ / did you mean ${near}?`
      : `已有单位 / known units: ${some.join(', ')}${more}`;
    throw new SliceError(`--units：没有单位 "${id}" / --units: no unit "${id}"；${hint}`);
  }
  const wanted = new Set(ids);
  return {
    units: model.units.filter((u) => wanted.has(u.id)).map((u) => u.id),
    group,
    label: `units ${ids.join(',')}${group ? ' +group' : ''}`,
  };
}

/** Whether an output for this unit (undefined: a group output) is this slice's to make. */
export function inSlice(slice: Slice | undefined, unitId: string | undefined): boolean {
  if (!slice) return true;
  return unitId === undefined ? slice.group : slice.units.includes(unitId);
}
