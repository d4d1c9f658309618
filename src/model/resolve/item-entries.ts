/**
 * Every item of the organisation's containers (etiquette sets, processes, assessments, services,
 * question banks), flattened once per model with the chain of restrictions above each one.
 */
import type { Assembled } from '../assemble.ts';
import type { ItemKind, Restriction } from '../types.ts';

/** One item inside a container file, with the chain of restrictions above it. */
export interface Entry {
  id: string;
  kind: ItemKind;
  /** The built item as the organisation has it. */
  item: Record<string, unknown>;
  /** Restrictions of the file and every item around this one, outermost first. */
  restrictions: (Restriction | undefined)[];
  /** The container's id (set, process, assessment, bank). */
  container: string;
  /** The item it sits in (a situation for its phrases), if any. */
  parent?: string;
}

export type Section = 'etiquette' | 'process' | 'assessment' | 'service' | 'quiz';

export type Entries = Map<string, Entry & { section: Section }>;

/** Where an item sits: its container, its section, the restrictions around it and the item it is in. */
interface Place {
  container: string;
  section: Section;
  outer: (Restriction | undefined)[];
  parent?: string;
}

function entriesOf(a: Assembled): Entries {
  const out: Entries = new Map();
  // Insertion order is the order of the content (origins and omissions are listed in it).
  // An id defined twice (reported by ids.ts) stands for the one item the index holds: the other is
  // left out, so no item is listed twice nor sits in an item of its own id (a phrase named as its situation).
  const add = (x: { id: string; restrict?: Restriction }, kind: ItemKind, at: Place, own = true): void => {
    if (out.has(x.id) || a.ids.entries[x.id]?.kind !== kind || x.id === at.parent || x.id === at.container) return;
    out.set(x.id, {
      id: x.id,
      kind,
      item: x as unknown as Record<string, unknown>,
      restrictions: own ? [...at.outer, x.restrict] : at.outer,
      container: at.container,
      ...(at.parent !== undefined ? { parent: at.parent } : {}),
      section: at.section,
    });
  };
  for (const set of a.etiquette) {
    const inSet: Place = { container: set.id, section: 'etiquette', outer: [set.restrict] };
    for (const s of set.situations) {
      add(s, 'situation', inSet);
      const inSituation: Place = { ...inSet, outer: [set.restrict, s.restrict], parent: s.id };
      for (const p of s.phrases) add(p, 'phrase', inSituation);
      for (const p of s.forbidden) add(p, 'forbidden', inSituation);
      for (const r of s.conduct) add(r, 'conduct', inSituation);
    }
    for (const r of set.ruleSets) add(r, 'rule-set', inSet);
    for (const r of set.conduct) add(r, 'conduct', inSet);
  }
  for (const p of a.processes) {
    // Nodes have no restriction of their own: the process's units and industries hold for all of them.
    const inProcess: Place = { container: p.id, section: 'process', outer: [processRestriction(p)] };
    for (const n of p.nodes) add(n, 'node', inProcess, false);
  }
  for (const as of a.assessments) {
    const inAssessment: Place = { container: as.id, section: 'assessment', outer: [as.restrict] };
    for (const x of as.inspections) add(x, 'inspection', inAssessment);
    for (const x of as.thresholds) add(x, 'threshold', inAssessment);
    for (const x of as.violations) add(x, 'violation', inAssessment);
    for (const x of as.scoreItems) add(x, 'score-item', inAssessment);
    for (const x of as.awards) add(x, 'award', inAssessment);
  }
  for (const sv of a.services)
    for (const m of sv.materials) add(m, 'material', { container: sv.id, section: 'service', outer: [sv.restrict] });
  for (const q of a.quizzes)
    for (const x of q.questions) add(x, 'question', { container: q.id, section: 'quiz', outer: [q.restrict] });
  return out;
}

const entriesCache = new WeakMap<Assembled, Entries>();
/** The model's entries, built on first use. */
export function entries(a: Assembled): Entries {
  let e = entriesCache.get(a);
  if (!e) entriesCache.set(a, (e = entriesOf(a)));
  return e;
}

/** A process's or page's `units` and `industries` as a restriction (none when it is for everyone). */
export function processRestriction(p: { units: 'all' | string[]; industries?: string[] }): Restriction | undefined {
  if (p.units === 'all' && !p.industries) return undefined;
  return { ...(p.units !== 'all' ? { units: p.units } : {}), ...(p.industries ? { industries: p.industries } : {}) };
}
