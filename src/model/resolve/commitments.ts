/**
 * A unit's commitments: the organisation's sets written for it, then the own
 * commitments of every unit on its line (its parent's before its own), minus
 * what any of them excluded, reworded as they overrode, all filled with the
 * unit's params and hotlines — rebuilt from the organisation's items and the
 * line's operations, never from a parent's raw file, so a third-level unit keeps
 * its parent's own commitments and not what its grandparent excluded.
 */
import { appliesToUnit, writtenFor } from '../applies.ts';
import { buildCommitment, refillCommitment } from '../build/commitments.ts';
import { at } from '../build/context.ts';
import { Diagnostics } from '../diagnostics.ts';
import { interpolate, knownNames, reportMissingParam } from '../params.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import { reportTargetParam, resolveTarget } from '../targets.ts';
import type { Commitment } from '../types/commitments.ts';
import { PER_UNIT_VALUE } from '../clauses.ts';
import { inScopeOrder, listedOf, unitRanks } from '../scope-order.ts';
import { reportNotInherited } from './not-inherited.ts';
import { firstReport } from './report.ts';
import { OVERRIDABLE, type Override, type OverrideFields, setFields, type UnitOps } from './ops.ts';
import type { UnitStep } from './step.ts';

export function resolveCommitments(ctx: UnitStep): Commitment[] {
  const { a, diags, place, scope } = ctx;
  const self = ctx.unit.id;
  const where = { id: self, name: ctx.unit.name };
  const known = knownNames(scope);
  const list: Commitment[] = [];
  // From the group's sets to those written for this unit (scope-order.ts); each unit's own
  // commitments after the sets written for it, so its line reads top first.
  const rankOf = unitRanks(place);
  const ranks = new Map<Commitment, number>();

  for (const set of inScopeOrder(a.commitmentSets, rankOf, listedOf)) {
    const setRestrict =
      set.units === 'all' && !set.industries
        ? undefined
        : {
            ...(set.units !== 'all' ? { units: set.units } : {}),
            ...(set.industries ? { industries: set.industries } : {}),
          };
    if (!appliesToUnit(place, setRestrict)) continue;
    const file = a.files.commitments.find((f) => f.data.id === set.id)!;
    set.commitments.forEach((c, i) => {
      if (!appliesToUnit(place, c.restrict)) return;
      const { commitment, missing } = refillCommitment(c, scope);
      // Commitments for every unit read the organisation's values, checked when the set was built.
      const restricted = setRestrict !== undefined || c.restrict !== undefined;
      for (const m of restricted ? missing : []) {
        const path = ['commitments', i, ...m.field.split('.')];
        if (!firstReport(a, `${file.pf.file}:${formatPath(path)}:${m.name}`)) continue;
        // A target's param may be defined and still give no number (三, 1e21): said as such, not "not defined".
        if (m.field.startsWith('target'))
          reportTargetParam(diags, at(file.pf, path), formatPath(path), m.name, scope, known, where);
        else reportMissingParam(diags, at(file.pf, path), formatPath(path), m.name, known, where);
      }
      const forUnit = writtenFor(place, setRestrict, c.restrict);
      const made: Commitment =
        forUnit === undefined
          ? commitment
          : { ...commitment, origin: { kind: forUnit === self ? 'own' : 'inherited', definedBy: forUnit } };
      ranks.set(made, rankOf(setRestrict));
      list.push(made);
    });
  }
  for (const own of ownOfLine(ctx, where)) {
    ranks.set(own, rankOf({ units: [own.definedBy] }));
    list.push(own);
  }
  list.sort((x, y) => ranks.get(x)! - ranks.get(y)!);

  // Exclusions and rewordings on the line, top first.
  for (const ops of ctx.lineageOps) {
    const mine = ops.unitId === self;
    const pf = ops.file.pf;
    for (const { id, path } of ops.exclude) {
      const kind = a.ids.entries[id]?.kind;
      if (kind !== 'commitment' && kind !== 'commitment-set') continue;
      const before = list.length;
      for (let k = list.length - 1; k >= 0; k--) if (list[k]!.id === id || list[k]!.setId === id) list.splice(k, 1);
      if (list.length === before && mine) {
        if (kind === 'commitment' && a.ids.has(id, ['commitment'])) {
          diags.error(
            at(pf, path),
            formatPath(path),
            'not-inherited',
            `承诺 "${id}" 不适用于本单位，无需排除 / commitment "${id}" does not apply to this unit`,
          );
        } else reportNotInherited(ctx, id, at(pf, path), formatPath(path), 'exclude');
      }
    }
    applyOverrides(ctx, ops, list);
  }
  return list;
}

/** The own commitments of every unit on the line (its parent's before its own), with the unit's values. */
function ownOfLine(ctx: UnitStep, where: { id: string; name: string }): Commitment[] {
  const self = ctx.unit.id;
  return ctx.lineageOps.flatMap((ops) => {
    const mine = ops.unitId === self;
    return ops.file.data.commitments.map((c, i): Commitment => {
      const source = at(ops.file.pf, ['commitments', i]);
      const built = buildCommitment(
        c,
        ctx.scope,
        { definedBy: ops.unitId, source },
        mine ? { diags: ctx.diags, pf: ops.file.pf, path: ['commitments', i], unit: where } : undefined,
      );
      return {
        ...built,
        origin: mine ? { kind: 'own', definedBy: self } : { kind: 'inherited', definedBy: ops.unitId },
      };
    });
  });
}

/** One unit's rewordings of the commitments in the list (in place); a unit's own are checked and reported. */
function applyOverrides(ctx: UnitStep, ops: UnitOps, list: Commitment[]): void {
  const { a, diags } = ctx;
  const mine = ops.unitId === ctx.unit.id;
  const pf = ops.file.pf;
  for (const o of ops.overrides) {
    if (a.ids.entries[o.target]?.kind !== 'commitment') continue;
    const key = o.asClause ? 'clause' : 'item';
    const k = list.findIndex((c) => c.id === o.target);
    if (k < 0) {
      if (mine) reportNotInherited(ctx, o.target, at(pf, [...o.path, key]), formatPath([...o.path, key]), 'override');
      continue;
    }
    if (mine && o.asClause) {
      diags.error(
        at(pf, [...o.path, 'clause']),
        formatPath([...o.path, 'clause']),
        'wrong-reference-kind',
        `"${o.target}" 是承诺，不是条款，请改写为 item: ${o.target} / "${o.target}" is a commitment, not a clause; write item: ${o.target}`,
      );
      continue;
    }
    const report = mine ? diags : new Diagnostics();
    const next: Commitment = { ...list[k]! };
    for (const field of setFields(o.fields)) rewordField(ctx, next, o, field, pf, report);
    next.origin = {
      kind: mine ? 'overridden' : 'inherited',
      definedBy: list[k]!.origin?.definedBy ?? list[k]!.definedBy,
      overriddenBy: ops.unitId,
      ...(o.reason ? { reason: o.reason } : {}),
    };
    if (mine) next.source = at(pf, o.path);
    list[k] = next;
  }
}

/** Sets one field of an override on the commitment `next`, filled with the unit's values; errors go to `report`. */
function rewordField(
  ctx: UnitStep,
  next: Commitment,
  o: Override,
  field: keyof OverrideFields,
  pf: ParsedFile,
  report: Diagnostics,
): void {
  const { scope } = ctx;
  const where = { id: ctx.unit.id, name: ctx.unit.name };
  const known = knownNames(scope);
  const allowed = OVERRIDABLE.commitment!;
  const path = [...o.path, field];
  if (!allowed.includes(field)) {
    report.error(
      at(pf, path),
      formatPath(path),
      'override-field',
      `覆盖承诺时不能修改 ${field}（可修改：${allowed.join('、')}） / ${field} cannot be overridden on a commitment (allowed: ${allowed.join(', ')})`,
    );
    return;
  }
  const fill = (t: string): string => {
    const r = interpolate(t, scope, () => PER_UNIT_VALUE);
    for (const name of r.missing) reportMissingParam(report, at(pf, path), formatPath(path), name, known, where);
    return r.text;
  };
  if (field === 'text' && o.fields.text !== undefined) {
    next.text = fill(o.fields.text);
    next.template = o.fields.text;
  } else if (field === 'title' && o.fields.title !== undefined) {
    next.title = fill(o.fields.title);
    if (o.fields.title.includes('{{')) next.titleTemplate = o.fields.title;
    else delete next.titleTemplate;
  } else if (field === 'public' && o.fields.public !== undefined) next.public = o.fields.public;
  else if (field === 'target' && o.fields.target !== undefined) {
    const t = resolveTarget(o.fields.target, scope);
    if ('error' in t)
      reportTargetParam(
        report,
        at(pf, [...path, 'value']),
        formatPath([...path, 'value']),
        t.error,
        scope,
        known,
        where,
      );
    else {
      next.target = t;
      if (typeof o.fields.target.value === 'string')
        next.targetTemplate = {
          value: o.fields.target.value,
          unit: o.fields.target.unit,
          comparator: o.fields.target.comparator,
        };
      else delete next.targetTemplate;
    }
  }
}
