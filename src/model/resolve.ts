/**
 * Units: each unit's complete view of the organisation's standards, resolved
 * through its whole parent chain. A unit inherits what its parent has (its
 * documents, exclusions and rewordings), gains what is written for it alone,
 * and applies its own `documents`, `exclude`, `override`, `add` and
 * commitments; every text is filled with its params and hotlines. Every
 * renderer reads the result through view.ts; none decides what applies.
 */
import { claimPosts } from './claim-posts.ts';
import type { UnitPlace } from './applies.ts';
import type { Assembled } from './assemble.ts';
import { normaliseHotlines } from './build/organisation.ts';
import { at } from './build/context.ts';
import { walkClauses } from './clauses.ts';
import type { Diagnostics } from './diagnostics.ts';
import { checkRef } from './ids.ts';
import type { ValidFile } from './load.ts';
import { formatPath } from './source.ts';
import type { Scope } from './params.ts';
import { resolveCommitments } from './resolve/commitments.ts';
import { resolveDocuments } from './resolve/documents.ts';
import { effectiveDate } from './resolve/effective.ts';
import { resolveItems } from './resolve/items.ts';
import { opsOf, type UnitOps } from './resolve/ops.ts';
import { unitParams } from './resolve/param-overrides.ts';
import type { Hotlines, ItemPatch, ResolvedUnit } from './types.ts';
import type { NormDocument } from './types/documents.ts';

function mergeHotlines(base: Hotlines, over: Hotlines | undefined): Hotlines {
  if (!over) return base;
  return {
    ...base,
    ...(over.service ? { service: over.service } : {}),
    ...(over.supervision ? { supervision: over.supervision } : {}),
    ...(over.fault ? { fault: over.fault } : {}),
    // A unit's other numbers replace those of the same label and add the rest.
    other: [...base.other.filter((o) => !over.other.some((x) => x.label === o.label)), ...over.other],
  };
}

interface Resolved {
  unit: ResolvedUnit;
  ops: UnitOps[];
  /** Ids excluded on the line, for the sub-units. */
  excluded: Set<string>;
}

export function resolveUnits(a: Assembled, diags: Diagnostics): ResolvedUnit[] {
  const files = new Map(a.files.units.map((f) => [f.data.id, f] as const));
  const done = new Map<string, Resolved | null>();
  const visiting = new Set<string>();
  if (!a.organisation) return [];

  const resolve = (id: string, chain: string[]): Resolved | null => {
    if (done.has(id)) return done.get(id)!;
    const f = files.get(id)!;
    if (visiting.has(id)) {
      const cycle = [...chain.slice(chain.indexOf(id)), id].join(' → ');
      diags.error(
        at(f.pf, ['parent']),
        'parent',
        'circular-inheritance',
        `单位继承关系形成循环：${cycle} / circular inheritance: ${cycle}`,
      );
      done.set(id, null);
      return null;
    }
    visiting.add(id);
    let parent: Resolved | null | undefined;
    if (f.data.parent) {
      if (!files.has(f.data.parent)) {
        checkRef(a.ids, diags, f.data.parent, ['unit'], at(f.pf, ['parent']), 'parent');
        parent = null;
      } else parent = resolve(f.data.parent, [...chain, id]);
    }
    visiting.delete(id);
    const unit = parent === null ? null : resolveOne(f, parent, a, diags);
    done.set(id, unit);
    return unit;
  };

  const out: ResolvedUnit[] = [];
  for (const id of [...files.keys()].sort()) {
    const u = resolve(id, []);
    if (u) out.push(u.unit);
  }
  const claimed = claimPosts(a, out);
  for (const u of claimed) if (u.roles.length === 0) warnNoPosts(files.get(u.id)!, diags);
  return claimed;
}

/** A unit with no post gets no post handbook and no paper; its clerk should hear why, not find out. */
function warnNoPosts(f: ValidFile<'units'>, diags: Diagnostics): void {
  diags.warning(
    at(f.pf, ['id']),
    'posts',
    'unit-without-posts',
    `单位 "${f.data.id}" 没有任何岗位：它的内容没有写明适用于哪些岗位，也没有 posts: 一栏，所以不会生成岗位手册和岗位试卷。请加上 posts: [岗位id]（岗位写在 roles.yaml 里） / unit "${f.data.id}" has no post: its content names none and it has no posts: field, so it gets no post handbook or paper. Add posts: [role ids] (the posts are in roles.yaml)`,
  );
}

function resolveOne(
  f: ValidFile<'units'>,
  parentResolved: Resolved | undefined,
  a: Assembled,
  diags: Diagnostics,
): Resolved {
  const d = f.data;
  const org = a.organisation!;
  const parent = parentResolved?.unit;
  const hotlines = mergeHotlines(
    parent?.hotlines ?? org.hotlines,
    d.hotlines ? normaliseHotlines(d.hotlines) : undefined,
  );
  const params = unitParams(f, parent?.params ?? org.params, diags);
  const scope: Scope = { params, hotlines };
  const lineage = [...(parent?.lineage ?? ['organisation']), d.id];
  const place: UnitPlace = { lineage, industry: d.industry };
  const lineageOps = [...(parentResolved?.ops ?? []), opsOf(f)];
  const ctx = { a, diags, unit: { id: d.id, name: d.name }, place, scope, lineageOps };

  const { documents, excluded } = resolveDocuments({
    ...ctx,
    parentDocuments: parent?.documents.map((x) => x.id),
    ancestorExcluded: parentResolved?.excluded ?? new Set(),
  });
  const commitments = resolveCommitments(ctx);
  const items = resolveItems(ctx, documents);

  const posts = declaredPosts(f, parent, a, diags);
  const roles = unitPosts(a, documents, { ...items, posts });

  warnStaleQuestions(a, diags, lineageOps[lineageOps.length - 1]!, items);

  const excludedIds = new Set(parentResolved?.excluded ?? []);
  for (const e of lineageOps[lineageOps.length - 1]!.exclude) excludedIds.add(e.id);

  const unit: ResolvedUnit = {
    id: d.id,
    name: d.name,
    shortName: d.shortName ?? d.name,
    ...inheritedIdentity(f, parent, org),
    industry: d.industry,
    ...(d.parent ? { parentId: d.parent } : {}),
    lineage,
    hotlines,
    params,
    effective: effectiveDate({
      own: d.effective,
      parent: parent?.effective,
      commitments,
      commitmentSets: a.commitmentSets,
      documents,
      all: a,
    }),
    documents,
    // resolveDocuments replays every exclusion on the line: the list is already complete.
    excluded,
    commitments,
    processes: items.processes,
    services: items.services,
    etiquette: items.etiquette,
    assessments: items.assessments,
    quizzes: items.quizzes,
    pages: items.pages,
    omitted: items.omitted,
    patches: items.patches,
    origins: items.origins,
    roles,
    posts,
    differs: items.differs,
    source: at(f.pf, []),
  };
  return { unit, ops: lineageOps, excluded: excludedIds };
}

/**
 * Who signs a unit's outputs, where it is and when it opens: its own, else its parent unit's,
 * else the organisation's.
 */
function inheritedIdentity(
  f: ValidFile<'units'>,
  parent: ResolvedUnit | undefined,
  org: NonNullable<Assembled['organisation']>,
): Pick<ResolvedUnit, 'issuer' | 'issuerSource' | 'address' | 'openingHours'> {
  const d = f.data;
  const address = d.address ?? parent?.address ?? org.address;
  const openingHours = d.openingHours ?? parent?.openingHours ?? org.openingHours;
  return {
    ...(d.issuer !== undefined
      ? { issuer: d.issuer, issuerSource: at(f.pf, ['issuer']) }
      : parent
        ? { issuer: parent.issuer, issuerSource: parent.issuerSource }
        : { issuer: org.name, issuerSource: org.source }),
    ...(address ? { address } : {}),
    ...(openingHours ? { openingHours } : {}),
  };
}

/**
 * The posts a unit declares (`posts:`) with those of the units above it: each must be a post of
 * roles.yaml, not a group of posts (`includes:`), which is named as an error at its line.
 */
function declaredPosts(
  f: ValidFile<'units'>,
  parent: ResolvedUnit | undefined,
  a: Assembled,
  diags: Diagnostics,
): string[] {
  const posts = new Set(parent?.posts ?? []);
  (f.data.posts ?? []).forEach((id, i) => {
    const source = at(f.pf, ['posts', i]);
    if (!checkRef(a.ids, diags, id, ['role'], source, `posts[${i}]`)) return;
    const role = a.roles.find((r) => r.id === id);
    if (role?.includes) {
      diags.error(
        source,
        `posts[${i}]`,
        'post-group',
        `"${id}"（${role.name}）是岗位组（includes），不是一个岗位；请列出它包含的岗位：${role.includes.join(', ')} / "${id}" (${role.name}) is a group of posts (includes), not a post; list its posts instead: ${role.includes.join(', ')}`,
      );
      return;
    }
    posts.add(id);
  });
  return [...posts];
}

/**
 * A unit's posts: every role its view names (its documents and clauses, its situations, its
 * processes' lanes), in roles.yaml order; groups of posts (roles.yaml includes) are not posts.
 * Also used when documents are withheld from a model (status.ts).
 */
export function unitPosts(
  a: Pick<Assembled, 'roles' | 'etiquette' | 'processes'>,
  documents: readonly NormDocument[],
  items: {
    etiquette: readonly string[];
    processes: readonly string[];
    omitted: readonly string[];
    patches: Record<string, ItemPatch>;
    /** Posts the unit declares (`posts:`), named or not. */
    posts?: readonly string[];
  },
): string[] {
  const named = new Set<string>(items.posts ?? []);
  for (const doc of documents) {
    doc.roles.forEach((r) => named.add(r));
    for (const c of walkClauses(doc.clauses)) c.roles.forEach((r) => named.add(r));
  }
  const omitted = new Set(items.omitted);
  for (const set of a.etiquette) {
    if (!items.etiquette.includes(set.id)) continue;
    for (const s of set.situations) {
      if (omitted.has(s.id)) continue;
      const roles = (items.patches[s.id]?.roles as string[] | undefined) ?? s.roles;
      roles.forEach((r) => named.add(r));
    }
  }
  for (const p of a.processes) {
    if (!items.processes.includes(p.id)) continue;
    const lanes = (items.patches[p.id]?.lanes as string[] | undefined) ?? p.lanes;
    lanes.forEach((r) => named.add(r));
  }
  return a.roles
    .filter((r) => !r.includes)
    .map((r) => r.id)
    .filter((r) => named.has(r));
}

/**
 * A unit that rewords a clause may leave a question about the group's wording wrong for it:
 * warn where such a question reaches the unit unchanged (not refilled with its params, not
 * reworded by it).
 */
function warnStaleQuestions(
  a: Assembled,
  diags: Diagnostics,
  own: UnitOps,
  items: { omitted: string[]; patches: Record<string, unknown> },
): void {
  const omitted = new Set(items.omitted);
  for (const o of own.overrides) {
    if (o.fields.text === undefined && o.fields.strength === undefined) continue;
    if (a.ids.entries[o.target]?.kind !== 'clause') continue;
    const asking = (questionsCiting(a).get(o.target) ?? []).filter(
      (q) => !omitted.has(q) && items.patches[q] === undefined,
    );
    if (asking.length === 0) continue;
    diags.warning(
      at(own.file.pf, o.path),
      formatPath(o.path),
      'override-cited',
      `本单位修订了条款 "${o.target}"，题目 ${asking.join('、')} 考的是它：请核对这些题目对本单位是否仍然正确（可用 override 的 item: 改写题干） / this unit rewords clause "${o.target}", which questions ${asking.join(', ')} test: check they still hold here (reword a stem with an item: override)`,
    );
  }
}

const citingCache = new WeakMap<Assembled, Map<string, string[]>>();
/** The questions citing each item, in bank and question order: asked per reworded clause of every unit. */
function questionsCiting(a: Assembled): Map<string, string[]> {
  let m = citingCache.get(a);
  if (!m) {
    m = new Map();
    // Each question once per item it cites, however often it names it.
    for (const bank of a.quizzes)
      for (const q of bank.questions)
        for (const c of new Set(q.cites)) {
          const list = m.get(c);
          if (list) list.push(q.id);
          else m.set(c, [q.id]);
        }
    citingCache.set(a, m);
  }
  return m;
}
