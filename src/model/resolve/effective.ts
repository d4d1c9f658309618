/**
 * The one rule for the date a unit's standards take effect (printed on its
 * poster, card and handbook, shown on its board): the unit's own `effective`,
 * else its parent's, else the latest date of the commitment sets it makes,
 * else the latest of its documents, else the latest date in the content.
 */
import type { Assembled } from '../assemble.ts';
import type { Commitment, CommitmentSet } from '../types/commitments.ts';
import type { NormDocument } from '../types/documents.ts';

export function effectiveDate(input: {
  own?: string | undefined;
  parent?: string | undefined;
  commitments: readonly Commitment[];
  commitmentSets: readonly CommitmentSet[];
  documents: readonly NormDocument[];
  all: Assembled;
}): string {
  if (input.own) return input.own;
  if (input.parent) return input.parent;
  const sets = new Set(input.commitments.flatMap((c) => (c.setId ? [c.setId] : [])));
  const fromSets = latest(input.commitmentSets.filter((s) => sets.has(s.id)).map((s) => s.effective));
  if (fromSets) return fromSets;
  const fromDocs = latest(input.documents.map((d) => d.effective));
  if (fromDocs) return fromDocs;
  return contentDateOf(input.all);
}

function latest(dates: (string | undefined)[]): string | undefined {
  const sorted = dates.filter((d): d is string => d !== undefined).sort();
  return sorted[sorted.length - 1];
}

/** The latest effective date anywhere in the content: the date a group-wide output carries. */
export function contentDateOf(
  content: { documents: readonly NormDocument[]; commitmentSets: readonly CommitmentSet[] },
  unitDates: readonly string[] = [],
): string {
  return (
    latest([
      ...content.documents.map((d) => d.effective),
      ...content.commitmentSets.map((s) => s.effective),
      ...unitDates,
    ]) ?? '2000-01-01'
  );
}
