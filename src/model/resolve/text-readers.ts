/**
 * Which units read a text of the organisation's files as written: the item is in the unit's view
 * (written for it, not excluded on its line) and no unit on its line rewords that field of it —
 * a unit that rewords a clause reads its own text, not the organisation's.
 */
import type { Assembled } from '../assemble.ts';
import { walkClauses } from '../clauses.ts';
import type { ResolvedUnit } from '../types.ts';
import { entries } from './item-entries.ts';
import { opsOf, setFields } from './ops.ts';
import type { ParamText } from './param-texts.ts';

interface Lens {
  clauses: Set<string>;
  commitments: Set<string>;
  containers: Set<string>;
  omitted: Set<string>;
  /** `target\0field` of every override on the unit's line. */
  reworded: Set<string>;
}

/** A test of whether a unit reads a text as written; each unit's sets are made once, when first asked. */
export function textReaders(a: Assembled): (u: ResolvedUnit, t: ParamText) => boolean {
  const all = entries(a);
  const files = new Map(a.files.units.map((f) => [f.data.id, f] as const));
  const lenses = new Map<string, Lens>();
  const lensOf = (u: ResolvedUnit): Lens => {
    const reworded = new Set<string>();
    for (const id of u.lineage.slice(1)) {
      const file = files.get(id);
      if (!file) continue;
      for (const o of opsOf(file).overrides) for (const k of setFields(o.fields)) reworded.add(`${o.target}\u0000${k}`);
    }
    return {
      clauses: new Set(u.documents.flatMap((d) => [...walkClauses(d.clauses)].map((c) => c.id))),
      commitments: new Set(u.commitments.map((c) => c.id)),
      containers: new Set([...u.etiquette, ...u.processes, ...u.assessments, ...u.services, ...u.quizzes]),
      omitted: new Set(u.omitted),
      reworded,
    };
  };
  return (u, t) => {
    let l = lenses.get(u.id);
    if (!l) lenses.set(u.id, (l = lensOf(u)));
    if (l.reworded.has(`${t.owner}\u0000${t.field}`)) return false;
    if (t.kind === 'clause') return l.clauses.has(t.owner);
    if (t.kind === 'commitment') return l.commitments.has(t.owner);
    if (!l.containers.has(t.container!)) return false;
    // An item left out takes what sits in it (a situation's phrases) along.
    // At most one step per item: a chain that came back on itself (an id that slipped past the checks) ends.
    let seen: Set<string> | undefined;
    for (let id: string | undefined = t.owner; id !== undefined && id !== t.container; id = all.get(id)?.parent) {
      if (seen?.has(id)) break;
      (seen ??= new Set()).add(id);
      if (l.omitted.has(id)) return false;
    }
    return true;
  };
}
