/**
 * A revision: the new model against the old one, per norm document (its clauses as written,
 * for every unit) and per scope (the organisation's view and each unit's view, as their pages,
 * posters and banks show them). Only what changed is kept. The revisions of successive builds
 * form the history carried in model.json (newest first).
 */
import { createHash } from 'node:crypto';
import type { Model } from '../types.ts';
import type { NormDocument } from '../types/documents.ts';
import { organisationView, unitView, type ScopeView } from '../view.ts';
import { compareSnapshots } from './compare.ts';
import { documentSnapshots, viewSnapshots, writtenSnapshots } from './snapshot.ts';
import { sharedWeakMap } from '../lent.ts';
import type {
  DocumentChanges,
  DocumentVersion,
  ItemChange,
  Revision,
  RevisionBase,
  ScopeChanges,
  VersionHistory,
} from './types.ts';

/** Revisions kept in the history (the site lists them; older ones live in the documents' records). */
export const HISTORY_LENGTH = 20;

function versionOf(
  old: NormDocument | undefined,
  now: NormDocument | undefined,
  withdrawn: boolean,
  changes: readonly ItemChange[],
): DocumentVersion {
  const doc = (now ?? old)!;
  const status: DocumentVersion['status'] = !old
    ? 'added'
    : !now
      ? withdrawn
        ? 'withdrawn'
        : 'removed'
      : changes.length > 0 || old.version !== now.version || old.effective !== now.effective || old.title !== now.title
        ? 'changed'
        : 'same';
  return {
    id: doc.id,
    title: doc.title,
    ...(doc.code ? { code: doc.code } : {}),
    status,
    version: { ...(old ? { old: old.version } : {}), ...(now ? { new: now.version } : {}) },
    effective: { ...(old ? { old: old.effective } : {}), ...(now ? { new: now.effective } : {}) },
  };
}

/** Ids of documents in either list, in the new order, then those that are gone. */
function unionIds(old: readonly { id: string }[], now: readonly { id: string }[]): string[] {
  const ids = now.map((x) => x.id);
  for (const x of old) if (!ids.includes(x.id)) ids.push(x.id);
  return ids;
}

const withdrawnIn = (model: Model, id: string): boolean =>
  model.withheld?.some((w) => w.id === id && w.status === 'withdrawn') ?? false;

/** Each norm document as written: its version, and every clause added, removed or changed. */
export function compareDocuments(old: Model, now: Model): DocumentChanges[] {
  // All documents at once: a clause moved to another document is one change (moved), listed in
  // the document it went to and, as moved out, in the one it left.
  const all = compareSnapshots(
    old.documents.flatMap((d) => documentSnapshots(old, d)),
    now.documents.flatMap((d) => documentSnapshots(now, d)),
  );
  const out: DocumentChanges[] = [];
  for (const id of unionIds(old.documents, now.documents)) {
    const o = old.documents.find((d) => d.id === id);
    const n = now.documents.find((d) => d.id === id);
    const changes = all.filter((c) => c.section.id === id || c.old?.section.id === id);
    const version = versionOf(o, n, withdrawnIn(now, id), changes);
    if (version.status !== 'same') out.push({ ...version, changes });
  }
  return out;
}

function compareViews(
  old: Model,
  oldView: ScopeView,
  now: Model,
  newView: ScopeView,
): Omit<ScopeChanges, 'scope' | 'name' | 'status'> {
  const changes = compareSnapshots(viewSnapshots(old, oldView), viewSnapshots(now, newView));
  const documents: DocumentVersion[] = [];
  for (const id of unionIds(oldView.documents, newView.documents)) {
    const o = oldView.documents.find((d) => d.id === id);
    const n = newView.documents.find((d) => d.id === id);
    const v = versionOf(
      o,
      n,
      withdrawnIn(now, id),
      changes.filter((c) => c.section.kind === 'document' && c.section.id === id),
    );
    if (v.status !== 'same') documents.push(v);
  }
  return { effective: { old: oldView.effective, new: newView.effective }, documents, changes };
}

const hasChanges = (s: Omit<ScopeChanges, 'scope' | 'name' | 'status'>): boolean =>
  s.changes.length > 0 || s.documents.length > 0 || s.effective.old !== s.effective.new;

/** The organisation's view, then each unit's (new units and units gone reported as such), where anything changed. */
export function compareScopes(old: Model, now: Model): ScopeChanges[] {
  const out: ScopeChanges[] = [];
  const org = compareViews(old, organisationView(old), now, organisationView(now));
  if (hasChanges(org)) out.push({ scope: 'organisation', name: now.organisation.name, status: 'changed', ...org });
  for (const id of unionIds(old.units, now.units)) {
    const o = old.units.find((u) => u.id === id);
    const n = now.units.find((u) => u.id === id);
    if (!o || !n) {
      const u = (n ?? o)!;
      out.push({
        scope: id,
        name: u.name,
        status: n ? 'added' : 'removed',
        effective: { ...(o ? { old: o.effective } : {}), ...(n ? { new: n.effective } : {}) },
        documents: [],
        changes: [],
      });
      continue;
    }
    const unit = compareViews(old, unitView(old, id), now, unitView(now, id));
    if (hasChanges(unit)) out.push({ scope: id, name: n.name, status: 'changed', ...unit });
  }
  return out;
}

/** What the new model changed against the old one (empty lists when nothing did). */
export function makeRevision(old: Model, now: Model, since: RevisionBase): Revision {
  const documents = compareDocuments(old, now);
  const content = compareSnapshots(writtenSnapshots(old), writtenSnapshots(now));
  const scopes = compareScopes(old, now);
  const id = createHash('sha256').update(JSON.stringify({ documents, content, scopes })).digest('hex').slice(0, 12);
  return { id, since, effective: organisationView(now).effective, documents, content, scopes };
}

export function isEmptyRevision(r: Revision): boolean {
  return r.documents.length === 0 && r.content.length === 0 && r.scopes.length === 0;
}

/**
 * The history after a build: the new revision first when it changed anything (a revision with
 * the same changes replaces its earlier copy), else the history as it was.
 */
export function nextHistory(previous: VersionHistory | undefined, revision: Revision | undefined): VersionHistory {
  const before = previous?.revisions ?? [];
  if (!revision || isEmptyRevision(revision)) return { revisions: before.slice(0, HISTORY_LENGTH) };
  return { revisions: [revision, ...before.filter((r) => r.id !== revision.id)].slice(0, HISTORY_LENGTH) };
}

/** The latest revision (本次修订), if the model has a history. */
export function latestRevision(model: Model): Revision | undefined {
  return model.versions?.revisions[0];
}

/** A scope's changes in a revision ('organisation' or a unit id). */
export function scopeChanges(revision: Revision | undefined, scope: string): ScopeChanges | undefined {
  return revision?.scopes.find((s) => s.scope === scope);
}

/** Each scope's changes in the latest revision ('organisation' and every unit; null: none), as plain data. */
export function latestChangesByScope(model: Model): Record<string, ScopeChanges | null> {
  const r = latestRevision(model);
  const out: Record<string, ScopeChanges | null> = {};
  for (const scope of ['organisation', ...model.units.map((u) => u.id)]) out[scope] = scopeChanges(r, scope) ?? null;
  return out;
}

/** Shared by every copy of this module (lent.ts): the page cache lends from the CLI's copy. */
const lentLatest = sharedWeakMap<Model, Record<string, ScopeChanges | null>>('latestChanges');

/**
 * Have `latestScopeChanges(model, …)` answer from `byScope` (latestChangesByScope of the same
 * model): a print job gets both behind its read tracer, so its record names its own scope's
 * changes, not the newest revision as a whole (which every build with an edit replaces).
 */
export function lendLatestChanges(model: Model, byScope: Record<string, ScopeChanges | null>): void {
  lentLatest.set(model, byScope);
}

/** A scope's changes in the latest revision ('organisation' or a unit id). */
export function latestScopeChanges(model: Model, scope: string): ScopeChanges | undefined {
  const lent = lentLatest.get(model);
  if (lent && Object.hasOwn(lent, scope)) return lent[scope] ?? undefined;
  return scopeChanges(latestRevision(model), scope);
}

/**
 * What a change does, without the text around it: the pieces removed and added, the fields
 * changed, the numbers. A group's change seen in a unit that fills in its own hotline or params
 * elsewhere in the same sentence does the same thing.
 */
function signature(c: ItemChange): string {
  if (c.status !== 'changed') return `${c.status}|${c.id}`;
  const o = c.old!;
  const n = c.new!;
  const pieces = (c.diff ?? []).filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`);
  const fields = c.aspects.filter((a) => a !== 'wording').map((a) => `${a}:${o.fields[a] ?? ''}>${n.fields[a] ?? ''}`);
  // Numbers only when the change is about them: a commitment's place on a unit's board is not the group's.
  const placed = c.aspects.includes('renumbered') || c.aspects.includes('moved');
  return [
    c.aspects.join(),
    placed ? (o.number ?? '') : '',
    placed ? (n.number ?? '') : '',
    o.target?.wording ?? '',
    n.target?.wording ?? '',
    ...pieces,
    ...fields,
  ].join('|');
}

/**
 * A scope's changes that no document, content file or wider scope already reports the same
 * way: a unit's own (its rewordings, its params, its additions, its numbers). Listing the
 * documents, the other content as written, then these, names every change once.
 */
export function ownChanges(revision: Revision, scope: string, ancestors: readonly string[] = []): ItemChange[] {
  const changes = scopeChanges(revision, scope)?.changes ?? [];
  const wider = new Map<string, ItemChange[]>();
  const add = (c: ItemChange): void => {
    const list = wider.get(c.id);
    if (list) list.push(c);
    else wider.set(c.id, [c]);
  };
  for (const d of revision.documents) d.changes.forEach(add);
  revision.content.forEach(add);
  // A unit's parent units (ResolvedUnit.lineage without the organisation and the unit).
  if (scope !== 'organisation')
    for (const s of ['organisation', ...ancestors]) (scopeChanges(revision, s)?.changes ?? []).forEach(add);
  return changes.filter((c) => !(wider.get(c.id) ?? []).some((w) => signature(w) === signature(c)));
}

/** A 修订对照表 the latest revision calls for: a changed document, a unit whose view changed, or the group's view. */
export interface RevisionTableScope {
  /** The document's or unit's id, or 'all' for the organisation's view. */
  id: string;
  kind: 'document' | 'unit' | 'all';
  /** 《窗口服务通用规范》, a unit's name, or the organisation's. */
  title: string;
  unitId?: string;
  documentId?: string;
  /** Versions of the documents concerned, old → new. */
  versions: DocumentVersion[];
  effective: { old?: string; new?: string };
  changes: ItemChange[];
}

/**
 * The tables of the latest revision: each norm document whose clauses changed (a new document
 * or one withdrawn whole has nothing to set side by side), each unit whose view changed, and
 * the organisation's view when it changed.
 */
export function revisionTables(
  model: Model,
  kinds: readonly ('documents' | 'units' | 'all')[] = ['documents', 'units', 'all'],
): RevisionTableScope[] {
  const r = latestRevision(model);
  if (!r) return [];
  const out: RevisionTableScope[] = [];
  if (kinds.includes('documents')) {
    for (const d of r.documents) {
      if (d.status !== 'changed' || d.changes.length === 0 || !model.documents.some((x) => x.id === d.id)) continue;
      const { changes, ...version } = d;
      out.push({
        id: d.id,
        kind: 'document',
        title: `《${d.title}》`,
        documentId: d.id,
        versions: [version],
        effective: d.effective,
        changes,
      });
    }
  }
  for (const s of r.scopes) {
    if (s.status !== 'changed' || s.changes.length === 0) continue;
    if (s.scope === 'organisation') {
      if (kinds.includes('all'))
        out.push({
          id: 'all',
          kind: 'all',
          title: model.organisation.name,
          versions: s.documents,
          effective: s.effective,
          changes: s.changes,
        });
    } else if (kinds.includes('units') && model.units.some((u) => u.id === s.scope)) {
      out.push({
        id: s.scope,
        kind: 'unit',
        title: s.name,
        unitId: s.scope,
        versions: s.documents,
        effective: s.effective,
        changes: s.changes,
      });
    }
  }
  return out;
}
