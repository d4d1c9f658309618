/**
 * A unit's norm documents: which documents it takes, each clause tree filtered
 * to the clauses written for it, then the exclusions, rewordings and additions
 * of every unit on its line replayed from the top, then its params filled in.
 *
 * Displayed numbers: inherited clauses keep the organisation's numbers, so
 * "4.1.13" means the same clause on every unit's page; a clause that is
 * excluded (or not written for this unit) leaves its number unused, and an
 * added clause continues after every number its siblings ever had, so no number
 * is shown twice in a unit or stands for two different clauses.
 */
import { appliesToUnit, writtenFor, type UnitPlace } from '../applies.ts';
import { at, type Path } from '../build/context.ts';
import { assignAppliesTo, buildClauses, refillClause, walkClauses } from '../clauses.ts';
import { Diagnostics } from '../diagnostics.ts';
import { checkRef } from '../ids.ts';
import { knownNames, reportMissingParam } from '../params.ts';
import type { Assembled } from '../assemble.ts';
import { formatPath } from '../source.ts';
import type { Clause, NormDocument } from '../types/documents.ts';
import type { ItemOrigin, ResolvedUnit, SourceRef } from '../types.ts';
import type { UnitOps } from './ops.ts';
import type { UnitStep } from './step.ts';
import { OVERRIDABLE, setFields } from './ops.ts';
import { firstReport } from './report.ts';
import type { ClauseInput } from '../schema/documents.ts';

export interface DocumentsResult {
  documents: NormDocument[];
  excluded: ResolvedUnit['excluded'];
}

interface Ctx extends UnitStep {
  /** Ids of the documents the parent takes; undefined at the top. */
  parentDocuments: string[] | undefined;
  /** Ids excluded by a unit above (their exclusions are inherited). */
  ancestorExcluded: ReadonlySet<string>;
}

/** Numbers a parent clause (or a document's top level, key '') has ever given out, for additions. */
type Reserved = Map<string, number>;

const reserve = (reserved: Reserved, parentKey: string, number: string): void => {
  const last = Number(number.split('.').pop());
  if (Number.isFinite(last)) reserved.set(parentKey, Math.max(reserved.get(parentKey) ?? 0, last));
};

function cloneTree(
  list: readonly Clause[],
  place: UnitPlace,
  reserved: Reserved,
  docId: string,
  parentKey: string,
): Clause[] {
  const out: Clause[] = [];
  for (const c of list) {
    reserve(reserved, `${docId}/${parentKey}`, c.number);
    if (!appliesToUnit(place, c.restrict)) continue;
    const forUnit = writtenFor(place, c.restrict);
    const origin: ItemOrigin =
      forUnit === undefined
        ? { kind: 'inherited', definedBy: 'organisation' }
        : { kind: forUnit === place.lineage[place.lineage.length - 1] ? 'own' : 'inherited', definedBy: forUnit };
    out.push({
      ...c,
      tags: [...c.tags],
      roles: [...c.roles],
      appliesTo: [...c.appliesTo],
      origin,
      children: cloneTree(c.children, place, reserved, docId, c.id),
    });
  }
  return out;
}

function locateClause(
  docs: readonly NormDocument[],
  id: string,
): { doc: NormDocument; list: Clause[]; index: number; clause: Clause } | undefined {
  for (const doc of docs) {
    const walk = (list: Clause[]): ReturnType<typeof locateClause> => {
      for (let i = 0; i < list.length; i++) {
        const c = list[i]!;
        if (c.id === id) return { doc, list, index: i, clause: c };
        const r = walk(c.children);
        if (r) return r;
      }
      return undefined;
    };
    const r = walk(doc.clauses);
    if (r) return r;
  }
  return undefined;
}

/** Which documents the unit takes: its list, else its parent's plus those written for it alone. */
function chooseDocuments(ctx: Ctx): string[] {
  const { a, place } = ctx;
  const own = ctx.lineageOps[ctx.lineageOps.length - 1]!;
  const d = own.file.data;
  if (d.documents !== 'all') {
    const chosen: string[] = [];
    d.documents.forEach((docId, i) => {
      const doc = a.documents.find((x) => x.id === docId);
      const path: Path = ['documents', i];
      if (!doc) {
        checkRef(a.ids, ctx.diags, docId, ['document'], at(own.file.pf, path), formatPath(path));
        return;
      }
      if (!appliesToUnit(place, doc.restrict)) {
        const forWhom = [...(doc.restrict?.units ?? []), ...(doc.restrict?.industries ?? [])].join(', ');
        ctx.diags.error(
          at(own.file.pf, path),
          formatPath(path),
          'document-not-for-unit',
          `规范 "${docId}" 只适用于 ${forWhom}，不适用于本单位；如本单位也要执行，请在该规范的 units 中加上 ${d.id} / document "${docId}" is written for ${forWhom} only; add ${d.id} to its units if this unit follows it too`,
        );
        return;
      }
      chosen.push(docId);
    });
    // In the organisation's order, as on every other page.
    return a.documents.map((x) => x.id).filter((id) => chosen.includes(id));
  }
  const applies = a.documents.filter((doc) => appliesToUnit(place, doc.restrict)).map((doc) => doc.id);
  if (ctx.parentDocuments === undefined) return applies;
  // A parent's own choice holds for its sub-units; what the parent lacks only because it was
  // written for this unit (or its industry) is added.
  const parentPlace: UnitPlace = { lineage: place.lineage.slice(0, -1), industry: parentIndustry(ctx) };
  return applies.filter(
    (id) =>
      ctx.parentDocuments!.includes(id) || !appliesToUnit(parentPlace, a.documents.find((x) => x.id === id)!.restrict),
  );
}

function parentIndustry(ctx: Ctx): string {
  const parentOps = ctx.lineageOps[ctx.lineageOps.length - 2];
  return parentOps?.file.data.industry ?? ctx.place.industry;
}

export function resolveDocuments(ctx: Ctx): DocumentsResult {
  const { a, place } = ctx;
  const ids = chooseDocuments(ctx).filter((id) => !ctx.ancestorExcluded.has(id));
  const reserved: Reserved = new Map();
  let documents: NormDocument[] = ids.map((id) => {
    const doc = a.documents.find((x) => x.id === id)!;
    return { ...doc, clauses: cloneTree(doc.clauses, place, reserved, doc.id, '') };
  });
  const excluded: ResolvedUnit['excluded'] = [];

  for (const ops of ctx.lineageOps) {
    documents = applyExclusions(ctx, ops, documents, excluded);
    applyOverrides(ctx, ops, documents);
    applyAdditions(ctx, ops, documents, reserved);
  }
  checkAfterEdits(ctx, documents);
  return { documents, excluded };
}

function* walkInputs(list: readonly ClauseInput[]): Generator<ClauseInput> {
  for (const c of list) {
    yield c;
    yield* walkInputs(c.clauses ?? []);
  }
}

function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** Diagnostics that go nowhere: a unit above already reported its own operations. */
function quiet(): Diagnostics {
  return new Diagnostics();
}

function reportField(
  ctx: Ctx,
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

export function reportNotInherited(
  ctx: { a: Assembled; diags: Diagnostics },
  id: string,
  source: SourceRef,
  path: string,
  action: 'exclude' | 'override' | 'add',
): void {
  const verb = { exclude: '排除', override: '覆盖', add: '添加到' }[action];
  const entry = ctx.a.ids.entries[id];
  if (entry) {
    ctx.diags.error(
      source,
      path,
      entry.kind === 'clause' ? 'clause-not-inherited' : 'not-inherited',
      `要${verb}的条目 "${id}" 不在本单位继承的内容中（可能已被排除，或只适用于其他单位） / "${id}" is not among what this unit inherits (excluded, or written for other units)`,
    );
  } else {
    checkRef(
      ctx.a.ids,
      ctx.diags,
      id,
      action === 'add'
        ? ['clause']
        : [
            'clause',
            'document',
            'situation',
            'phrase',
            'forbidden',
            'conduct',
            'rule-set',
            'commitment',
            'process',
            'node',
            'violation',
            'inspection',
            'threshold',
            'award',
            'question',
          ],
      source,
      path,
    );
  }
}

/** One unit's exclusions of documents and clauses (other kinds are handled with their own views); returns the documents left. */
function applyExclusions(
  ctx: Ctx,
  ops: UnitOps,
  documents: NormDocument[],
  excluded: ResolvedUnit['excluded'],
): NormDocument[] {
  const { a } = ctx;
  const mine = ops.unitId === ctx.unit.id;
  const pf = ops.file.pf;
  for (const { id, path } of ops.exclude) {
    const kind = a.ids.entries[id]?.kind;
    if (kind === 'document') {
      documents = documents.filter((d) => d.id !== id);
      continue;
    }
    if (kind !== 'clause') continue;
    const found = locateClause(documents, id);
    if (!found) {
      if (mine) reportNotInherited(ctx, id, at(pf, path), formatPath(path), 'exclude');
      continue;
    }
    found.list.splice(found.index, 1);
    excluded.push({ clauseId: id, documentId: found.doc.id, by: ops.unitId });
  }
  return documents;
}

/** One unit's rewordings of inherited clauses, rebuilt with the scope's values (in place). */
function applyOverrides(ctx: Ctx, ops: UnitOps, documents: NormDocument[]): void {
  const { a, diags, scope } = ctx;
  const self = ctx.unit.id;
  const mine = ops.unitId === self;
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
    const clause = found.clause;
    const f = o.fields;
    if (mine && setFields(f).length === 0) {
      diags.warning(
        at(pf, o.path),
        formatPath(o.path),
        'empty-override',
        `覆盖条款 "${o.target}" 时没有修改任何内容 / override of "${o.target}" changes nothing`,
      );
    }
    if (mine) {
      const allowed = OVERRIDABLE.clause!;
      for (const field of setFields(f)) {
        if (!allowed.includes(field))
          reportField(
            ctx,
            at(pf, [...o.path, field]),
            formatPath([...o.path, field]),
            field,
            '条款',
            'clause',
            allowed,
          );
      }
      (f.roles ?? []).forEach((r, j) =>
        checkRef(a.ids, diags, r, ['role'], at(pf, [...o.path, 'roles', j]), formatPath([...o.path, 'roles', j])),
      );
    }
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
      mine ? diags : quiet(),
    );
    const origin: ItemOrigin = {
      kind: mine ? 'overridden' : 'inherited',
      definedBy: clause.origin?.definedBy ?? 'organisation',
      overriddenBy: ops.unitId,
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
    found.list[found.index] = next;
  }
}

/** One unit's own clauses added to a document it takes, numbered after the numbers given out (in place). */
function applyAdditions(ctx: Ctx, ops: UnitOps, documents: NormDocument[], reserved: Reserved): void {
  const { a, diags, scope } = ctx;
  const self = ctx.unit.id;
  const mine = ops.unitId === self;
  const pf = ops.file.pf;
  ops.file.data.add.forEach((addition, i) => {
    const doc = documents.find((x) => x.id === addition.document);
    const path: Path = ['add', i];
    if (!doc) {
      if (mine) {
        if (a.documents.some((x) => x.id === addition.document)) {
          diags.error(
            at(pf, [...path, 'document']),
            formatPath([...path, 'document']),
            'document-not-taken',
            `本单位不执行规范 "${addition.document}"，不能向其中添加条款（请先在 documents 中加上它） / this unit does not take document "${addition.document}"; list it under documents first`,
          );
        } else
          checkRef(
            a.ids,
            diags,
            addition.document,
            ['document'],
            at(pf, [...path, 'document']),
            formatPath([...path, 'document']),
          );
      }
      return;
    }
    let siblings = doc.clauses;
    let parentClause: Clause | undefined;
    if (addition.under) {
      parentClause = locateClause([doc], addition.under)?.clause;
      if (!parentClause) {
        if (mine)
          reportNotInherited(ctx, addition.under, at(pf, [...path, 'under']), formatPath([...path, 'under']), 'add');
        return;
      }
      siblings = parentClause.children;
    }
    const key = `${doc.id}/${parentClause?.id ?? ''}`;
    for (const s of siblings) reserve(reserved, key, s.number);
    const start = (reserved.get(key) ?? 0) + 1;
    const built = buildClauses(
      addition.clauses,
      {
        pf,
        path: [...path, 'clauses'],
        documentId: doc.id,
        parentNumber: parentClause?.number ?? '',
        depth: (parentClause?.depth ?? 0) + 1,
        ...(parentClause ? { parentId: parentClause.id } : {}),
        start,
        scope,
        restricted: !mine,
        report: (source, p, name) =>
          reportMissingParam(diags, source, p, name, knownNames(scope), { id: self, name: ctx.unit.name }),
      },
      mine ? diags : quiet(),
    );
    const origin: ItemOrigin = mine ? { kind: 'own', definedBy: self } : { kind: 'inherited', definedBy: ops.unitId };
    for (const c of walkClauses(built)) {
      c.origin = origin;
      if (mine) c.roles.forEach((r, j) => checkRef(a.ids, diags, r, ['role'], c.source, `roles[${j}]`));
    }
    for (const c of built) reserve(reserved, key, c.number);
    siblings.push(...built);
  });
}

/** After every unit's edits: wording refilled with this unit's values, roles reassigned, clause numbers checked. */
function checkAfterEdits(ctx: Ctx, documents: readonly NormDocument[]): void {
  const { a, diags, scope } = ctx;
  const self = ctx.unit.id;
  // Wording that reads params is filled in again with this unit's values. A name the unit lacks
  // is reported only in clauses written for some units: the others read the organisation's
  // values (checked when the document was built), and additions were checked as they were built.
  const known = knownNames(scope);
  const refill = (list: readonly Clause[], restricted: boolean): void => {
    for (const c of list) {
      const here = restricted || c.restrict !== undefined;
      if (c.template || c.templates) {
        const missing = refillClause(c, scope);
        const report = here && !addedOnLine(c);
        for (const name of report ? new Set(missing) : []) {
          if (firstReport(a, `${c.source.file}:${c.id}:${name}`))
            reportMissingParam(diags, c.source, `clauses(${c.id})`, name, known, { id: self, name: ctx.unit.name });
        }
      }
      refill(c.children, here);
    }
  };
  const addedIds = new Set<string>();
  for (const ops of ctx.lineageOps)
    for (const add of ops.file.data.add) for (const c of walkInputs(add.clauses)) addedIds.add(c.id);
  const addedOnLine = (c: Clause): boolean => addedIds.has(c.id);
  for (const doc of documents) {
    refill(doc.clauses, doc.restrict !== undefined);
    // Overrides and additions may change roles: recompute what applies to whom.
    assignAppliesTo(doc.clauses, doc.roles);
    // An explicit number in an addition may still land on a number in use.
    const seen = new Map<string, Clause>();
    for (const c of walkClauses(doc.clauses)) {
      const prior = seen.get(c.number);
      if (prior && (c.origin?.definedBy === self || prior.origin?.definedBy === self)) {
        const mineOne = c.origin?.definedBy === self ? c : prior;
        const other = mineOne === c ? prior : c;
        diags.error(
          mineOne.source,
          `clauses(${mineOne.id}).number`,
          'duplicate-number',
          `条款编号 ${c.number} 在本单位重复：已用于 "${other.id}" / clause number ${c.number} is used twice in this unit (also "${other.id}")`,
        );
      } else if (!prior) seen.set(c.number, c);
    }
  }
}
