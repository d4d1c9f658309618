/**
 * Unit inheritance. A unit inherits the organisation's documents (or its parent
 * unit's resolved ones), then applies, in this order: `documents` (which apply),
 * `exclude`, `override`, `add`. Every clause in the result records its origin.
 *
 * Numbers of inherited clauses are kept as the organisation printed them, so
 * "4.1.13" means the same clause on every unit's page; an excluded clause leaves
 * a gap and an added clause continues after the last sibling.
 */
import type { Diagnostics } from './diagnostics.ts';
import {
  assignAppliesTo,
  buildClauses,
  buildCommitment,
  checkRef,
  interpolate,
  normaliseHotlines,
  walkClauses,
  type Assembled,
  type Scope,
} from './assemble.ts';
import type { ValidFile } from './load.ts';
import { formatPath, locate, type ParsedFile } from './source.ts';
import type { Clause, Commitment, Hotlines, NormDocument, ResolvedUnit, SourceRef } from './types.ts';

const at = (pf: ParsedFile, path: (string | number)[]): SourceRef => {
  const { file, line, column } = locate(pf, path);
  return { file, line, column };
};

function cloneClause(c: Clause, update: (c: Clause) => Clause): Clause {
  return update({ ...c, tags: [...c.tags], roles: [...c.roles], children: c.children.map((k) => cloneClause(k, update)) });
}

function mergeHotlines(base: Hotlines, over: Hotlines | undefined): Hotlines {
  if (!over) return base;
  return {
    ...base,
    ...(over.service ? { service: over.service } : {}),
    ...(over.supervision ? { supervision: over.supervision } : {}),
    ...(over.fault ? { fault: over.fault } : {}),
    other: over.other.length ? over.other : base.other,
  };
}

function removeClause(list: Clause[], id: string): Clause | undefined {
  const i = list.findIndex((c) => c.id === id);
  if (i >= 0) return list.splice(i, 1)[0];
  for (const c of list) {
    const r = removeClause(c.children, id);
    if (r) return r;
  }
  return undefined;
}

function findClause(list: readonly Clause[], id: string): Clause | undefined {
  for (const c of walkClauses(list)) if (c.id === id) return c;
  return undefined;
}

/** The largest last number component among siblings, so additions continue after it. */
function nextNumber(siblings: readonly Clause[], fallbackStart: number): number {
  let max = fallbackStart - 1;
  for (const s of siblings) max = Math.max(max, Number(s.number.split('.').pop()));
  return max + 1;
}

export function resolveUnits(a: Assembled, diags: Diagnostics): ResolvedUnit[] {
  const files = new Map(a.files.units.map((f) => [f.data.id, f] as const));
  const done = new Map<string, ResolvedUnit | null>();
  const visiting = new Set<string>();
  const org = a.organisation;
  if (!org) return [];

  const orgDocs: NormDocument[] = a.documents.map((d) => ({
    ...d,
    clauses: d.clauses.map((c) => cloneClause(c, (k) => ({ ...k, origin: { kind: 'inherited', definedBy: 'organisation' } }))),
  }));

  const resolve = (id: string, chain: string[]): ResolvedUnit | null => {
    if (done.has(id)) return done.get(id)!;
    const f = files.get(id)!;
    if (visiting.has(id)) {
      const cycle = [...chain.slice(chain.indexOf(id)), id].join(' → ');
      diags.error(at(f.pf, ['parent']), 'parent', 'circular-inheritance', `单位继承关系形成循环：${cycle} / circular inheritance: ${cycle}`);
      done.set(id, null);
      return null;
    }
    visiting.add(id);
    let parent: ResolvedUnit | null | undefined;
    if (f.data.parent) {
      if (!files.has(f.data.parent)) {
        checkRef(a.ids, diags, f.data.parent, ['unit'], at(f.pf, ['parent']), 'parent');
        parent = null;
      } else parent = resolve(f.data.parent, [...chain, id]);
    }
    visiting.delete(id);
    const unit = parent === null ? null : resolveOne(f, parent, orgDocs, a, diags);
    done.set(id, unit);
    return unit;
  };

  const out: ResolvedUnit[] = [];
  for (const id of [...files.keys()].sort()) {
    const u = resolve(id, []);
    if (u) out.push(u);
  }
  return out;
}

function resolveOne(f: ValidFile<'units'>, parent: ResolvedUnit | undefined, orgDocs: NormDocument[], a: Assembled, diags: Diagnostics): ResolvedUnit {
  const d = f.data;
  const org = a.organisation!;
  const hotlines = mergeHotlines(parent?.hotlines ?? org.hotlines, d.hotlines ? normaliseHotlines(d.hotlines) : undefined);
  const params = { ...(parent?.params ?? org.params), ...(d.params ?? {}) };
  const scope: Scope = { params, hotlines };
  const lineage = [...(parent?.lineage ?? ['organisation']), d.id];

  // Which documents apply is decided first, so only those are copied (100 units × a
  // group's 300 documents made 1.6 M clause copies when filtering came after cloning).
  const available = parent ? parent.documents : orgDocs;
  let chosen = available;
  if (d.documents !== 'all') {
    const wanted = d.documents;
    wanted.forEach((docId, i) => {
      if (!available.some((x) => x.id === docId)) checkRef(a.ids, diags, docId, ['document'], at(f.pf, ['documents', i]), formatPath(['documents', i]));
    });
    chosen = available.filter((x) => wanted.includes(x.id));
  }

  // Documents: a child sees its parent's resolution, where the parent's own clauses become inherited.
  const documents = parent
    ? chosen.map((doc) => ({
        ...doc,
        clauses: doc.clauses.map((c) =>
          cloneClause(c, (k) => ({
            ...k,
            origin: {
              kind: 'inherited' as const,
              definedBy: k.origin?.definedBy ?? 'organisation',
              ...(k.origin?.overriddenBy ? { overriddenBy: k.origin.overriddenBy } : {}),
              ...(k.origin?.reason ? { reason: k.origin.reason } : {}),
            },
          })),
        ),
      }))
    : chosen.map((doc) => ({ ...doc, clauses: doc.clauses.map((c) => cloneClause(c, (k) => k)) }));

  // Wording that reads params is filled in again with this unit's values.
  for (const doc of documents) {
    for (const c of walkClauses(doc.clauses)) {
      if (c.template) c.text = interpolate(c.template, scope).text;
    }
  }

  const excluded: ResolvedUnit['excluded'] = [...(parent?.excluded ?? [])];
  d.exclude.forEach((clauseId, i) => {
    const doc = documents.find((x) => findClause(x.clauses, clauseId));
    if (!doc) {
      reportMissingClause(a, diags, clauseId, at(f.pf, ['exclude', i]), formatPath(['exclude', i]), 'exclude');
      return;
    }
    removeClause(doc.clauses, clauseId);
    excluded.push({ clauseId, documentId: doc.id, by: d.id });
  });

  d.override.forEach((o, i) => {
    const doc = documents.find((x) => findClause(x.clauses, o.clause));
    const clause = doc && findClause(doc.clauses, o.clause);
    if (!clause) {
      reportMissingClause(a, diags, o.clause, at(f.pf, ['override', i, 'clause']), formatPath(['override', i, 'clause']), 'override');
      return;
    }
    if (o.title === undefined && o.text === undefined && o.strength === undefined && o.roles === undefined && o.tags === undefined) {
      diags.warning(at(f.pf, ['override', i]), formatPath(['override', i]), 'empty-override', `覆盖条款 "${o.clause}" 时没有修改任何内容 / override of "${o.clause}" changes nothing`);
    }
    (o.roles ?? []).forEach((r, j) => checkRef(a.ids, diags, r, ['role'], at(f.pf, ['override', i, 'roles', j]), formatPath(['override', i, 'roles', j])));
    const [rebuilt] = buildClauses(
      [{ id: clause.id, number: clause.number, title: o.title ?? clause.title, text: o.text ?? clause.text, strength: o.strength ?? (o.text === undefined && !clause.strengthInferred ? clause.strength : undefined) }],
      { pf: f.pf, path: ['override', i], documentId: clause.documentId, parentNumber: '', depth: clause.depth, start: 1, scope },
      diags,
    );
    Object.assign(clause, {
      title: rebuilt!.title,
      text: rebuilt!.text,
      strength: rebuilt!.strength,
      strengthInferred: rebuilt!.strengthInferred,
      roles: o.roles ?? clause.roles,
      tags: o.tags ?? clause.tags,
      source: at(f.pf, ['override', i]),
      origin: { kind: 'overridden', definedBy: clause.origin?.definedBy ?? 'organisation', overriddenBy: d.id, ...(o.reason ? { reason: o.reason } : {}) },
    });
    if (rebuilt!.title === undefined) delete clause.title;
    if (rebuilt!.text === undefined) delete clause.text;
    if (rebuilt!.strength === undefined) delete clause.strength;
  });

  d.add.forEach((addition, i) => {
    const doc = documents.find((x) => x.id === addition.document);
    if (!doc) {
      checkRef(a.ids, diags, addition.document, ['document'], at(f.pf, ['add', i, 'document']), formatPath(['add', i, 'document']));
      return;
    }
    let siblings = doc.clauses;
    let parentClause: Clause | undefined;
    if (addition.under) {
      parentClause = findClause(doc.clauses, addition.under);
      if (!parentClause) {
        reportMissingClause(a, diags, addition.under, at(f.pf, ['add', i, 'under']), formatPath(['add', i, 'under']), 'add');
        return;
      }
      siblings = parentClause.children;
    }
    const startNumber = nextNumber(siblings, 1);
    const built = buildClauses(
      addition.clauses,
      {
        pf: f.pf,
        path: ['add', i, 'clauses'],
        documentId: doc.id,
        parentNumber: parentClause?.number ?? '',
        depth: (parentClause?.depth ?? 0) + 1,
        ...(parentClause ? { parentId: parentClause.id } : {}),
        start: startNumber,
        scope,
      },
      diags,
    ).map((c) => cloneClause(c, (k) => ({ ...k, origin: { kind: 'own', definedBy: d.id } })));
    for (const c of walkClauses(built)) c.roles.forEach((r, j) => checkRef(a.ids, diags, r, ['role'], c.source, `roles[${j}]`));
    siblings.push(...built);
  });

  // Overrides and additions may change roles: recompute what applies to whom.
  for (const doc of documents) assignAppliesTo(doc.clauses, doc.roles);

  // Commitments: organisation sets that name this unit or an ancestor, then inherited own ones, then this unit's.
  const commitments: Commitment[] = [];
  for (const set of a.commitmentSets) {
    if (set.units !== 'all' && !set.units.some((u) => lineage.includes(u))) continue;
    const setFile = a.files.commitments.find((x) => x.data.id === set.id)!;
    setFile.data.commitments.forEach((c, i) =>
      commitments.push(
        buildCommitment(c, scope, { setId: set.id, definedBy: 'organisation', source: at(setFile.pf, ['commitments', i]) }, { diags, pf: setFile.pf, path: ['commitments', i] }),
      ),
    );
  }
  if (parent) {
    const parentFile = findUnitFile(a, parent.id);
    parentFile?.data.commitments.forEach((c, i) =>
      commitments.push(buildCommitment(c, scope, { definedBy: parent.id, source: at(parentFile.pf, ['commitments', i]) }, { diags, pf: parentFile.pf, path: ['commitments', i] })),
    );
    const dropped = new Set(parentFile?.data.excludeCommitments ?? []);
    for (let k = commitments.length - 1; k >= 0; k--) if (dropped.has(commitments[k]!.id)) commitments.splice(k, 1);
  }
  d.commitments.forEach((c, i) =>
    commitments.push(buildCommitment(c, scope, { definedBy: d.id, source: at(f.pf, ['commitments', i]) }, { diags, pf: f.pf, path: ['commitments', i] })),
  );
  d.excludeCommitments.forEach((cid, i) => {
    const k = commitments.findIndex((c) => c.id === cid);
    if (k < 0) checkRef(a.ids, diags, cid, ['commitment'], at(f.pf, ['excludeCommitments', i]), formatPath(['excludeCommitments', i])) && diags.error(at(f.pf, ['excludeCommitments', i]), formatPath(['excludeCommitments', i]), 'not-inherited', `承诺 "${cid}" 不适用于本单位，无需排除 / commitment "${cid}" does not apply to this unit`);
    else commitments.splice(k, 1);
  });

  const processes = a.processes.filter((p) => p.units === 'all' || p.units.some((u) => lineage.includes(u))).map((p) => p.id);

  return {
    id: d.id,
    name: d.name,
    shortName: d.shortName ?? d.name,
    industry: d.industry,
    ...(d.parent ? { parentId: d.parent } : {}),
    lineage,
    ...((d.address ?? parent?.address ?? org.address) ? { address: (d.address ?? parent?.address ?? org.address)! } : {}),
    ...((d.openingHours ?? parent?.openingHours ?? org.openingHours) ? { openingHours: (d.openingHours ?? parent?.openingHours ?? org.openingHours)! } : {}),
    hotlines,
    params,
    ...((d.effective ?? parent?.effective) ? { effective: (d.effective ?? parent?.effective)! } : {}),
    documents,
    excluded,
    commitments,
    processes,
    source: at(f.pf, []),
  };
}

function findUnitFile(a: Assembled, id: string): ValidFile<'units'> | undefined {
  return a.files.units.find((x) => x.data.id === id);
}

function reportMissingClause(a: Assembled, diags: Diagnostics, id: string, source: SourceRef, path: string, action: 'exclude' | 'override' | 'add'): void {
  const verb = { exclude: '排除', override: '覆盖', add: '添加到' }[action];
  if (a.ids.has(id, ['clause'])) {
    diags.error(source, path, 'clause-not-inherited', `要${verb}的条款 "${id}" 不在本单位继承的规范中（可能已被排除，或所在文件不适用） / clause "${id}" is not among this unit's inherited clauses (excluded, or its document does not apply)`);
  } else {
    checkRef(a.ids, diags, id, ['clause'], source, path);
  }
}
