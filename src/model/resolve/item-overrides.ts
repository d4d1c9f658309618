/**
 * The rewordings (overrides) of etiquette, process, assessment, service and quiz items on a
 * unit's line: which are allowed, the fields they set in the model's shape, and the origin they
 * give the item. Clauses and commitments are reworded in documents.ts and commitments.ts.
 */
import { at } from '../build/context.ts';
import { escalationOf } from '../build/assessment.ts';
import { lanesOf } from '../build/process.ts';
import { checkTimeLimit, normaliseServiceOverride } from '../build/services.ts';
import { PER_UNIT_VALUE } from '../clauses.ts';
import { checkRef } from '../ids.ts';
import { fillDeep, knownNames, reportMissingParam } from '../params.ts';
import { formatPath, type ParsedFile } from '../source.ts';
import type { Bearer, EscalationStep } from '../types/assessments.ts';
import type { ItemKind, ItemOrigin, ItemPatch } from '../types.ts';
import type { ProcessNode } from '../types/processes.ts';
import { phraseSlots } from '../wording.ts';
import { reportNotInherited } from './not-inherited.ts';
import { entries } from './item-entries.ts';
import { locateIn } from './item-params.ts';
import { OVERRIDABLE, setFields, type Override } from './ops.ts';
import type { UnitStep } from './step.ts';

/** Brings an override's fields into the model's shape (derived fields, sorted steps, checked references). */
function normaliseOverride(kind: ItemKind, fields: ItemPatch, o: Override, ctx: UnitStep, mine: boolean): void {
  const pf = ctx.lineageOps.find((x) => x.overrides.includes(o))!.file.pf;
  if ((kind === 'phrase' || kind === 'forbidden') && typeof fields.text === 'string')
    fields.slots = phraseSlots(fields.text);
  if (kind === 'violation' && fields.penalty !== undefined) {
    const p = fields.penalty as { fine?: number; fineMax?: number; points?: number; text?: string; bearer?: Bearer[] };
    fields.penalty = {
      ...(p.fine !== undefined ? { fine: p.fine } : {}),
      ...(p.fineMax !== undefined ? { fineMax: p.fineMax } : {}),
      ...(p.points !== undefined ? { points: p.points } : {}),
      ...(p.text ? { text: p.text } : {}),
      ...(p.bearer ? { bearer: p.bearer } : {}),
    };
  }
  if (kind === 'service') {
    if (mine && typeof fields.timeLimit === 'string')
      checkTimeLimit(o.fields.timeLimit!, pf, [...o.path, 'timeLimit'], ctx.diags);
    normaliseServiceOverride(fields);
  }
  if (kind === 'score-item' && fields.points !== undefined && fields.cap === undefined) {
    // A cap left at the item's points follows new points; a lower cap written for it stays.
    const item = entries(ctx.a).get(o.target)!.item as { points: number; cap: number };
    fields.cap = item.cap === item.points ? fields.points : Math.min(item.cap, fields.points as number);
  }
  if (
    mine &&
    kind === 'material' &&
    fields.need === 'conditional' &&
    fields.condition === undefined &&
    (entries(ctx.a).get(o.target)!.item as { condition?: string }).condition === undefined
  ) {
    ctx.diags.error(
      at(pf, [...o.path, 'need']),
      formatPath([...o.path, 'need']),
      'conditional-without-condition',
      `改为 need: conditional 时要写 condition（何种情形需要） / a material made conditional needs a condition`,
    );
  }
  if (kind === 'violation' && fields.escalation !== undefined)
    fields.escalation = escalationOf(fields.escalation as EscalationStep[]);
  if (mine && kind === 'node' && typeof fields.role === 'string')
    checkRef(ctx.a.ids, ctx.diags, fields.role, ['role'], at(pf, [...o.path, 'role']), formatPath([...o.path, 'role']));
  if (mine && kind === 'situation' && Array.isArray(fields.roles))
    (fields.roles as string[]).forEach((r, j) =>
      checkRef(ctx.a.ids, ctx.diags, r, ['role'], at(pf, [...o.path, 'roles', j]), formatPath([...o.path, 'roles', j])),
    );
}

type Allowed = NonNullable<(typeof OVERRIDABLE)[ItemKind]>;
type InScope = { processes: string[]; services: string[]; inView: (id: string) => boolean };

/**
 * The rewordings on the unit's line, top first, as patches and origins (in place); a unit's own
 * are checked and reported. Clauses and commitments are reworded in documents.ts and commitments.ts.
 */
export function applyOverrides(
  ctx: UnitStep,
  inScope: InScope,
  patches: Record<string, ItemPatch>,
  origins: Record<string, ItemOrigin>,
): void {
  const { a } = ctx;
  const self = ctx.unit.id;
  const patch = (id: string, fields: ItemPatch): void => void (patches[id] = { ...patches[id], ...fields });
  for (const ops of ctx.lineageOps) {
    const mine = ops.unitId === self;
    for (const o of ops.overrides) {
      const found = overrideTarget(ctx, o, ops.file.pf, mine, inScope);
      if (!found) continue;
      const { kind, target, allowed } = found;
      const fields = overrideFields(ctx, o, ops.file.pf, mine, kind, allowed);
      normaliseOverride(kind, fields, o, ctx, mine);
      const processOfNode =
        kind === 'node' ? a.processes.find((p) => p.nodes.some((n) => n.id === o.target)) : undefined;
      if (kind === 'node' && fields.role !== undefined && processOfNode) {
        // A node given another role moves to that role's lane: the process's lanes are worked out again.
        const nodes = processOfNode.nodes.map((n) =>
          n.id === o.target
            ? { ...n, role: fields.role as string }
            : { ...n, ...(patches[n.id]?.role ? { role: patches[n.id]!.role as string } : {}) },
        );
        patch(processOfNode.id, { lanes: lanesOf(nodes as ProcessNode[]) });
      }
      patch(target, fields);
      const prior = origins[target];
      origins[target] = {
        kind: mine ? 'overridden' : 'inherited',
        definedBy: prior?.definedBy ?? 'organisation',
        overriddenBy: ops.unitId,
        ...(o.reason ? { reason: o.reason } : {}),
      };
    }
  }
}

/**
 * The item an override rewords, when it is one this file handles, may be overridden and is in the
 * unit's view; otherwise undefined (a unit's own mistakes are reported).
 */
function overrideTarget(
  ctx: UnitStep,
  o: Override,
  pf: ParsedFile,
  mine: boolean,
  inScope: InScope,
): { kind: ItemKind; target: string; allowed: Allowed } | undefined {
  const { a, diags } = ctx;
  const { processes, services, inView } = inScope;
  const kind = a.ids.entries[o.target]?.kind;
  const key = o.asClause ? 'clause' : 'item';
  if (kind === undefined) {
    if (mine) reportNotInherited(ctx, o.target, at(pf, [...o.path, key]), formatPath([...o.path, key]), 'override');
    return undefined;
  }
  if (kind === 'clause' || kind === 'commitment') return undefined; // documents.ts, commitments.ts
  if (o.asClause) {
    if (mine)
      diags.error(
        at(pf, [...o.path, 'clause']),
        formatPath([...o.path, 'clause']),
        'wrong-reference-kind',
        `"${o.target}" 不是条款，请改写为 item: ${o.target} / "${o.target}" is not a clause; write item: ${o.target}`,
      );
    return undefined;
  }
  const allowed = OVERRIDABLE[kind];
  if (!allowed) {
    if (mine)
      diags.error(
        at(pf, [...o.path, 'item']),
        formatPath([...o.path, 'item']),
        'override-kind',
        `不能覆盖这一类条目（${kind}）；可以排除它，或在单位文件中另写 / items of kind ${kind} cannot be overridden; exclude it or write the unit's own instead`,
      );
    return undefined;
  }
  const processOfNode = kind === 'node' ? a.processes.find((p) => p.nodes.some((n) => n.id === o.target)) : undefined;
  const visible =
    kind === 'process'
      ? processes.includes(o.target)
      : kind === 'service'
        ? services.includes(o.target)
        : kind === 'node'
          ? processOfNode !== undefined && processes.includes(processOfNode.id)
          : inView(o.target);
  if (!visible) {
    if (mine)
      reportNotInherited(ctx, o.target, at(pf, [...o.path, 'item']), formatPath([...o.path, 'item']), 'override');
    return undefined;
  }
  return { kind, target: o.target, allowed };
}

/** The fields an override sets, with the unit's params filled in; fields the kind does not allow are reported. */
function overrideFields(
  ctx: UnitStep,
  o: Override,
  pf: ParsedFile,
  mine: boolean,
  kind: ItemKind,
  allowed: Allowed,
): ItemPatch {
  const { diags, scope } = ctx;
  const self = ctx.unit.id;
  const known = knownNames(scope);
  const set = setFields(o.fields);
  if (mine && set.length === 0)
    diags.warning(
      at(pf, o.path),
      formatPath(o.path),
      'empty-override',
      `覆盖 "${o.target}" 时没有修改任何内容 / override of "${o.target}" changes nothing`,
    );
  const fields: ItemPatch = {};
  for (const field of set) {
    if (!allowed.includes(field)) {
      if (mine)
        diags.error(
          at(pf, [...o.path, field]),
          formatPath([...o.path, field]),
          'override-field',
          `覆盖这一条目（${kind}）时不能修改 ${field}（可修改：${allowed.join('、')}） / ${field} cannot be overridden on a ${kind} (allowed: ${allowed.join(', ')})`,
        );
      continue;
    }
    fields[field] = fillDeep(o.fields[field], scope, (p, name) => {
      if (mine)
        reportMissingParam(
          diags,
          locateIn(pf, [...o.path, field, ...p]),
          formatPath([...o.path, field, ...p]),
          name,
          known,
          { id: self, name: ctx.unit.name },
        );
      return PER_UNIT_VALUE;
    });
  }
  return fields;
}
