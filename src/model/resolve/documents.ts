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
import { appliesToUnit, type UnitPlace } from '../applies.ts';
import { at, type Path } from '../build/context.ts';
import { assignAppliesTo, buildClauses, refillClause, walkClauses } from '../clauses.ts';
import { Diagnostics } from '../diagnostics.ts';
import { checkRef } from '../ids.ts';
import { knownNames, reportMissingParam } from '../params.ts';
import { formatPath } from '../source.ts';
import type { Clause, NormDocument } from '../types/documents.ts';
import type { ItemOrigin, ResolvedUnit } from '../types.ts';
import { applyClauseOverrides } from './clause-overrides.ts';
import { articleNumbersOf, labelClauses } from '../numbering.ts';
import { cloneTree, locateClause, type Reserved, reserve } from './clause-tree.ts';
import { reportNotInherited } from './not-inherited.ts';
import { inScopeOrder, listedOf, unitRanks } from '../scope-order.ts';
import type { UnitOps } from './ops.ts';
import { firstReport } from './report.ts';
import type { UnitStep } from './step.ts';
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
  // From the group's general documents to those written for this unit (scope-order.ts).
  const taken = inScopeOrder(
    ids.map((id) => a.documents.find((x) => x.id === id)!),
    unitRanks(place),
    listedOf,
  );
  let documents: NormDocument[] = taken.map((doc) => ({
    ...doc,
    clauses: cloneTree(doc.clauses, place, reserved, doc.id, ''),
  }));
  const excluded: ResolvedUnit['excluded'] = [];

  for (const ops of ctx.lineageOps) {
    documents = applyExclusions(ctx, ops, documents, excluded);
    applyClauseOverrides(ctx, ops, documents);
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

/** Diagnostics that go nowhere: a unit above already reported its own operations. */
function quiet(): Diagnostics {
  return new Diagnostics();
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
    // Inherited articles keep the organisation's numbers; the unit's additions take 第N条之一.
    if (doc.numbering === 'articles') {
      const original = a.documents.find((x) => x.id === doc.id);
      labelClauses(doc.clauses, 'articles', articleNumbersOf(original?.clauses ?? []));
    }
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
