/** Commitment files → CommitmentSets; one commitment built or filled again for a scope. */
import { restrictionOf } from '../applies.ts';
import { PER_UNIT_VALUE } from '../clauses.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { ValidFile } from '../load.ts';
import { interpolate, knownNames, reportMissingParam, type Scope } from '../params.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import { formatNumber, reportTargetParam, resolveTarget } from '../targets.ts';
import type { Commitment, CommitmentSet, Comparator, Target } from '../types/commitments.ts';
import type { SourceRef } from '../types.ts';
import { at, type BuildContext, type Path } from './context.ts';

export interface CommitmentInput {
  id: string;
  title?: string | undefined;
  text: string;
  target?: { value: number | string; unit: string; comparator: Comparator } | undefined;
  public: boolean;
  card?: boolean | undefined;
  units?: 'all' | string[] | undefined;
  industries?: string[] | undefined;
}

/** Where to report a {{name}} the scope lacks; without it, such names get a neutral mark. */
export interface CommitmentReport {
  diags: Diagnostics;
  pf: ParsedFile;
  path: Path;
  /** The unit whose scope is used, named in the message when it is not the organisation. */
  unit?: { id: string; name: string };
}

/** Builds one commitment with params filled from scope. */
export function buildCommitment(
  c: CommitmentInput,
  scope: Scope,
  meta: { setId?: string; definedBy: string; source: SourceRef },
  report?: CommitmentReport,
): Commitment {
  const fallback = report ? undefined : () => PER_UNIT_VALUE;
  const text = interpolate(c.text, scope, fallback);
  const title = c.title === undefined ? undefined : interpolate(c.title, scope, fallback);
  let target: Target | undefined;
  const known = report ? knownNames(scope) : [];
  if (c.target) {
    const t = resolveTarget(c.target, scope);
    if ('error' in t) {
      if (report) {
        const p = [...report.path, 'target', 'value'];
        reportTargetParam(report.diags, at(report.pf, p), formatPath(p), t.error, scope, known, report.unit);
      }
    } else target = t;
  }
  if (report && target && !targetInText(target.value, text.text)) {
    const p = [...report.path, 'target', 'value'];
    report.diags.warning(
      at(report.pf, p),
      formatPath(p),
      'target-not-in-text',
      `承诺的目标值 ${formatNumber(target.value)} 在承诺文字中没有出现（文字里写的是另一个数字），请核对两处是否一致 / the target ${formatNumber(target.value)} does not appear in the commitment's text, which gives another number: check that both agree`,
    );
  }
  if (report) {
    for (const [field, r] of [
      ['text', text],
      ['title', title],
    ] as const) {
      for (const name of r?.missing ?? [])
        reportMissingParam(
          report.diags,
          at(report.pf, [...report.path, field]),
          formatPath([...report.path, field]),
          name,
          known,
          report.unit,
        );
    }
  }
  const restrict = restrictionOf(c);
  return {
    id: c.id,
    ...(title ? { title: title.text } : {}),
    text: text.text,
    template: c.text,
    ...(target ? { target } : {}),
    public: c.public,
    ...(c.card !== undefined ? { card: c.card } : {}),
    ...(meta.setId ? { setId: meta.setId } : {}),
    definedBy: meta.definedBy,
    ...(c.title?.includes('{{') ? { titleTemplate: c.title } : {}),
    ...(c.target && typeof c.target.value === 'string'
      ? { targetTemplate: { value: c.target.value, unit: c.target.unit, comparator: c.target.comparator } }
      : {}),
    ...(restrict ? { restrict } : {}),
    source: meta.source,
  };
}

/**
 * Whether a text that states numbers states the target's: a reworded target with the old number
 * left in the text is a slip. A text without any digit (二十四小时) is not judged.
 */
export function targetInText(value: number, text: string): boolean {
  const numbers = text.match(/\d+(?:\.\d+)?/g);
  if (!numbers) return true;
  return numbers.some((n) => Number(n) === value);
}

/** The same commitment filled for another scope (a unit's params and hotlines); missing names are returned. */
export function refillCommitment(
  c: Commitment,
  scope: Scope,
): { commitment: Commitment; missing: { field: string; name: string }[] } {
  const missing: { field: string; name: string }[] = [];
  const fill = (t: string, field: string): string => {
    const r = interpolate(t, scope, () => PER_UNIT_VALUE);
    for (const name of r.missing) missing.push({ field, name });
    return r.text;
  };
  const out: Commitment = { ...c, text: fill(c.template, 'text') };
  if (c.titleTemplate) out.title = fill(c.titleTemplate, 'title');
  if (c.targetTemplate) {
    const t = resolveTarget(c.targetTemplate, scope);
    if ('error' in t) {
      missing.push({ field: 'target.value', name: t.error });
      delete out.target;
    } else out.target = t;
  }
  return { commitment: out, missing };
}

export function buildCommitmentSet(f: ValidFile<'commitments'>, ctx: BuildContext): CommitmentSet {
  const d = f.data;
  ctx.ids.add('commitment-set', d.id, d.title, at(f.pf, ['id']), 'id');
  const setRestrict = restrictionOf(d);
  const commitments = d.commitments.map((c, i) => {
    ctx.ids.add(
      'commitment',
      c.id,
      c.title ?? c.text.slice(0, 40),
      at(f.pf, ['commitments', i, 'id']),
      formatPath(['commitments', i, 'id']),
      d.id,
    );
    const restricted = setRestrict !== undefined || restrictionOf(c) !== undefined;
    const meta = { setId: d.id, definedBy: 'organisation', source: at(f.pf, ['commitments', i]) };
    // Commitments for every unit must read the organisation's params; those for some units only
    // are checked per unit in resolve, where each unit's values are known.
    return buildCommitment(
      c,
      ctx.scope,
      meta,
      restricted || !ctx.paramsKnown ? undefined : { diags: ctx.diags, pf: f.pf, path: ['commitments', i] },
    );
  });
  return {
    id: d.id,
    title: d.title,
    units: d.units,
    ...(d.industries ? { industries: d.industries } : {}),
    ...(d.effective ? { effective: d.effective } : {}),
    commitments,
    source: at(f.pf, []),
  };
}
