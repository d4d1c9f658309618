/**
 * Which revision is "本次修订" for a document or a scope, and what staff are to learn again
 * because of it: the one rule the site's revision pages and marks, the study banks (the 本次修订
 * practice, flashcards made new, the weekly question's preference) and the quiz generator read.
 *
 * A document's or scope's current revision is the newest revision of the history that changed
 * it: a later revision that changed only another document leaves its marks where they were.
 */
import { sharedWeakMap } from '../lent.ts';
import type { Model } from '../types.ts';
import { learnableChanges } from './marks.ts';
import type { DocumentChanges, ItemChange, Revision, ScopeChanges } from './types.ts';

export interface DocumentRevision {
  revision: Revision;
  document: DocumentChanges;
}

export interface ScopeRevision {
  revision: Revision;
  scope: ScopeChanges;
}

const revisionsOf = (model: Model): readonly Revision[] => model.versions?.revisions ?? [];

/**
 * Every document's and scope's history, as plain data: the revisions by a key of their own, and
 * for each document and scope where in which revision it changed, newest first. `guifan build`'s
 * page cache (site/page-cache.ts) makes it once outside the pages' read traces and lends it, so a
 * page showing a document's history reads that document's entries: a new revision of another
 * document does not change what it read (scanning the history read every revision).
 */
export interface Histories {
  /** The revisions, each by its id (id~n for a repeated id, n counted from the oldest). */
  revisions: Record<string, Revision>;
  /** Document id → [revision key, index in its `documents`], newest first. */
  documents: Record<string, [string, number][]>;
  /** Scope ('organisation' or a unit id) → [revision key, index in its `scopes`], newest first. */
  scopes: Record<string, [string, number][]>;
}

/** The model's histories (what documentHistory and scopeHistory answer), sharing the model's objects. */
export function histories(model: Model): Histories {
  const out: Histories = { revisions: {}, documents: {}, scopes: {} };
  const all = revisionsOf(model);
  all.forEach((revision, i) => {
    const key = Object.hasOwn(out.revisions, revision.id) ? `${revision.id}~${all.length - 1 - i}` : revision.id;
    out.revisions[key] = revision;
    // The first of an id in a revision, as documentHistory's and scopeHistory's find.
    const docs = new Set<string>();
    revision.documents.forEach((d, j) => {
      if (!docs.has(d.id)) (out.documents[d.id] ??= []).push([key, j]);
      docs.add(d.id);
    });
    const scopes = new Set<string>();
    revision.scopes.forEach((s, j) => {
      if (!scopes.has(s.scope) && qualifies(s)) (out.scopes[s.scope] ??= []).push([key, j]);
      scopes.add(s.scope);
    });
  });
  return out;
}

/** Shared by every copy of this module (lent.ts): the page cache lends from the CLI's copy. */
const lentHistories = sharedWeakMap<Model, Histories>('histories');

/** Have documentHistory and scopeHistory answer for `model` from `lent` (histories of the same model). */
export function lendHistories(model: Model, lent: Histories): void {
  lentHistories.set(model, lent);
}

/** Every revision of the history that changed the document (its clauses, version, status or date), newest first. */
export function documentHistory(model: Model, documentId: string): DocumentRevision[] {
  const lent = lentHistories.get(model);
  if (lent) {
    const at = Object.hasOwn(lent.documents, documentId) ? lent.documents[documentId]! : [];
    return at.map(([key, j]) => {
      const revision = lent.revisions[key]!;
      return { revision, document: revision.documents[j]! };
    });
  }
  const out: DocumentRevision[] = [];
  for (const revision of revisionsOf(model)) {
    const document = revision.documents.find((d) => d.id === documentId);
    if (document) out.push({ revision, document });
  }
  return out;
}

/** Every revision that changed a scope's view ('organisation' or a unit id), newest first. */
export function scopeHistory(model: Model, scope: string): ScopeRevision[] {
  const lent = lentHistories.get(model);
  if (lent) {
    const at = Object.hasOwn(lent.scopes, scope) ? lent.scopes[scope]! : [];
    return at.map(([key, j]) => {
      const revision = lent.revisions[key]!;
      return { revision, scope: revision.scopes[j]! };
    });
  }
  const out: ScopeRevision[] = [];
  for (const revision of revisionsOf(model)) {
    const s = revision.scopes.find((x) => x.scope === scope);
    if (s && qualifies(s)) out.push({ revision, scope: s });
  }
  return out;
}

/** Whether a revision's changes of a scope count in its history: it changed something there. */
function qualifies(s: ScopeChanges): boolean {
  return s.changes.length > 0 || s.documents.length > 0 || s.status !== 'changed';
}

/** The document's current revision: the newest that changed one of its clauses. */
export function currentDocumentRevision(model: Model, documentId: string): DocumentRevision | undefined {
  return documentHistory(model, documentId).find((d) => d.document.changes.length > 0);
}

/** The scope's current revision (本次修订): the newest that changed an item of its view. */
export function currentScopeRevision(model: Model, scope: string): ScopeRevision | undefined {
  return scopeHistory(model, scope).find((s) => s.scope.changes.length > 0);
}

/**
 * The changes a norm page marks: the clauses of the document as the scope shows it (the
 * organisation's document: the document's own changes; a unit's: the unit's view's), of the
 * current revision; clauses that moved out of the document are not on the page.
 */
export function documentPageChanges(
  model: Model,
  documentId: string,
  unitId?: string,
): { revision: Revision; changes: ItemChange[] } | undefined {
  if (unitId === undefined) {
    const current = currentDocumentRevision(model, documentId);
    if (!current) return undefined;
    return {
      revision: current.revision,
      changes: current.document.changes.filter((c) => c.status !== 'removed' && c.section.id === documentId),
    };
  }
  const current = currentScopeRevision(model, unitId);
  if (!current) return undefined;
  const changes = current.scope.changes.filter(
    (c) => c.section.kind === 'document' && c.section.id === documentId && c.status !== 'removed',
  );
  return changes.length > 0 ? { revision: current.revision, changes } : undefined;
}

/**
 * What a scope's staff learn again after its current revision: the ids of the items added or
 * changed in what they say (learnableChanges), with the revision and the date it takes effect.
 * Plain data, shipped in the study files (the browser resets those flashcards and the weekly
 * question prefers them).
 */
export interface StudyRevision {
  /** The revision's id (a flashcard is made new once per revision). */
  id: string;
  /** YYYY-MM-DD: the scope's standards take effect (the weekly question prefers changed items from that week). */
  effective: string;
  /** Ids of the changed items, in reading order. */
  items: string[];
}

export function studyRevision(model: Model, scope: string): StudyRevision | undefined {
  const current = currentScopeRevision(model, scope);
  if (!current) return undefined;
  const items = learnableChanges(current.scope).map((c) => c.id);
  if (items.length === 0) return undefined;
  return { id: current.revision.id, effective: current.scope.effective.new ?? current.revision.effective, items };
}
