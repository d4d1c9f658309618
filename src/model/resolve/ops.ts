/**
 * A unit file's own operations on what it inherits — exclude, override — read
 * once, each with its position. A unit's view replays the operations of every
 * unit on its line, from the top down, so a sub-unit inherits exactly what its
 * parent has (its exclusions, its wording) and then applies its own.
 */
import type { ValidFile } from '../load.ts';
import type { ItemKind } from '../types.ts';
import type { Path } from '../build/context.ts';

export type OverrideEntry = ValidFile<'units'>['data']['override'][number];

/** The fields of an override entry that change something (not the target's id nor the reason). */
export type OverrideFields = Omit<OverrideEntry, 'clause' | 'item' | 'reason'>;

export interface Override {
  target: string;
  /** Written as `clause:` (which must then name a clause) rather than `item:`. */
  asClause: boolean;
  fields: OverrideFields;
  reason?: string;
  path: Path;
}

export interface UnitOps {
  unitId: string;
  file: ValidFile<'units'>;
  /** Ids excluded (exclude and the older excludeCommitments), with the path each was written at. */
  exclude: { id: string; path: Path }[];
  overrides: Override[];
}

export function opsOf(file: ValidFile<'units'>): UnitOps {
  const d = file.data;
  const exclude = [
    ...d.exclude.map((id, i) => ({ id, path: ['exclude', i] as Path })),
    ...d.excludeCommitments.map((id, i) => ({ id, path: ['excludeCommitments', i] as Path })),
  ];
  const overrides = d.override.map((o, i): Override => {
    const { clause, item, reason, ...fields } = o;
    return {
      target: (clause ?? item)!,
      asClause: clause !== undefined,
      fields,
      ...(reason ? { reason } : {}),
      path: ['override', i],
    };
  });
  return { unitId: d.id, file, exclude, overrides };
}

/** Which fields an override may change, per kind of item. */
export const OVERRIDABLE: Partial<Record<ItemKind, readonly (keyof OverrideFields)[]>> = {
  clause: ['title', 'text', 'strength', 'roles', 'tags', 'note'],
  situation: ['title', 'description', 'roles'],
  phrase: ['text', 'note'],
  forbidden: ['text', 'note'],
  conduct: ['text', 'strength'],
  'rule-set': ['title', 'items'],
  commitment: ['title', 'text', 'target', 'public'],
  process: ['title', 'description'],
  node: ['label', 'timeLimit', 'role'],
  violation: ['text', 'penalty', 'escalation'],
  threshold: ['below', 'consequence'],
  inspection: ['title', 'frequency'],
  'score-item': ['text', 'points', 'deduct', 'cap', 'evidence'],
  award: ['title', 'criteria', 'amount'],
  service: ['name', 'conditions', 'steps', 'timeLimit', 'timeLimitNote', 'fees', 'place', 'hours', 'phones', 'visits'],
  material: ['name', 'form', 'copies', 'issuer', 'note', 'need', 'condition'],
  question: ['stem', 'explanation'],
};

/** Names of the fields an override sets. */
export function setFields(fields: OverrideFields): (keyof OverrideFields)[] {
  // `keywords` on an override only add search words (model.keywords); they change nothing in the view.
  return (Object.keys(fields) as (keyof OverrideFields)[]).filter(
    (k) => fields[k] !== undefined && k !== ('keywords' as keyof OverrideFields),
  );
}
