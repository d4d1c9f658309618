/**
 * A unit's rewordings of the clauses it inherits: which fields may change (a unit's own mistakes
 * reported), the clause rebuilt with the scope's values, and the origin that names the rewording unit.
 */
import { at } from '../build/context.ts';
import { buildClauses } from '../clauses.ts';
import { Diagnostics } from '../diagnostics.ts';
import { checkRef } from '../ids.ts';
import { knownNames, reportMissingParam } from '../params.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import type { Clause, NormDocument } from '../types/documents.ts';
import type { ItemOrigin, SourceRef } from '../types.ts';
import { locateClause } from './clause-tree.ts';
import { reportNotInherited } from './not-inherited.ts';
import { OVERRIDABLE, type Override, type UnitOps, setFields } from './ops.ts';
import type { UnitStep } from './step.ts';

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

function reportField(
  ctx: UnitStep,
  source: SourceRef,
  path: string,
  field: string,
  kindZh: string,
  kindEn: string,
  allowed: readonly string[],
): void {
  ctx.diags.error(
    source,
    path,
    'override-field',
    `覆盖${kindZh}时不能修改 ${field}（可修改：${allowed.join('、')}） / ${field} cannot be overridden on a ${kindEn} (allowed: ${allowed.join(', ')})`,
  );
}

/** One unit's rewordings of inherited clauses, rebuilt with the scope's values (in place). */
export function applyClauseOverrides(ctx: UnitStep, ops: UnitOps, documents: NormDocument[]): void {
  const { a } = ctx;
  const mine = ops.unitId === ctx.unit.id;
  const pf = ops.file.pf;
  for (const o of ops.overrides) {
    const kind = a.ids.entries[o.target]?.kind;
    if (kind !== 'clause') continue;
    const found = locateClause(documents, o.target);
    if (!found) {
      const key = o.asClause ? 'clause' : 'item';
      if (mine) reportNotInherited(ctx, o.target, at(pf, [...o.path, key]), formatPath([...o.path, key]), 'override');
      continue;
    }
    if (mine) checkOwnOverride(ctx, o, pf);
    found.list[found.index] = rewordedClause(ctx, found.clause, o, pf, ops.unitId);
  }
}

/** A unit's own rewording: one that changes nothing, a field a clause does not let change, an unknown role. */
function checkOwnOverride(ctx: UnitStep, o: Override, pf: ParsedFile): void {
  const { a, diags } = ctx;
  const f = o.fields;
  if (setFields(f).length === 0) {
    diags.warning(
      at(pf, o.path),
      formatPath(o.path),
      'empty-override',
      `覆盖条款 "${o.target}" 时没有修改任何内容 / override of "${o.target}" changes nothing`,
    );
  }
  const allowed = OVERRIDABLE.clause!;
  for (const field of setFields(f)) {
    if (!allowed.includes(field))
      reportField(ctx, at(pf, [...o.path, field]), formatPath([...o.path, field]), field, '条款', 'clause', allowed);
  }
  (f.roles ?? []).forEach((r, j) =>
    checkRef(a.ids, diags, r, ['role'], at(pf, [...o.path, 'roles', j]), formatPath([...o.path, 'roles', j])),
  );
}

/** The clause as `unitId`'s override words it, filled with the scope's values. */
function rewordedClause(ctx: UnitStep, clause: Clause, o: Override, pf: ParsedFile, unitId: string): Clause {
  const { diags, scope } = ctx;
  const self = ctx.unit.id;
  const mine = unitId === self;
  const f = o.fields;
  const [rebuilt] = buildClauses(
    [
      {
        id: clause.id,
        number: clause.number,
        title: f.title ?? clause.templates?.title ?? clause.title,
        text: f.text ?? clause.template ?? clause.text,
        note: f.note ?? clause.templates?.note ?? clause.note,
        strength: f.strength ?? (f.text === undefined && !clause.strengthInferred ? clause.strength : undefined),
      },
    ],
    {
      pf,
      path: o.path,
      documentId: clause.documentId,
      parentNumber: '',
      depth: clause.depth,
      start: 1,
      scope,
      restricted: !mine,
      report: (source, p, name) =>
        reportMissingParam(diags, source, p, name, knownNames(scope), { id: self, name: ctx.unit.name }),
    },
    mine ? diags : new Diagnostics(), // a unit above already reported its own rewording
  );
  const origin: ItemOrigin = {
    kind: mine ? 'overridden' : 'inherited',
    definedBy: clause.origin?.definedBy ?? 'organisation',
    overriddenBy: unitId,
    ...(o.reason ? { reason: o.reason } : {}),
  };
  const next: Clause = {
    ...clause,
    strengthInferred: rebuilt!.strengthInferred,
    roles: f.roles ?? clause.roles,
    tags: f.tags ?? clause.tags,
    source: mine ? at(pf, o.path) : clause.source,
    origin,
  };
  for (const key of ['title', 'text', 'note', 'strength', 'template', 'templates'] as const) delete next[key];
  Object.assign(next, pick(rebuilt!, ['title', 'text', 'note', 'strength', 'template', 'templates']));
  return next;
}
