/**
 * The one rule for a document's status: what a published model (and so every view, page, PDF,
 * search record and question) contains. An approved document is in; a withdrawn one is out; a
 * draft is out unless drafts are asked for (`guifan build --drafts`, for review copies), and
 * then in, marked as a draft. `guifan check` validates drafts like everything else: it reads the
 * whole content, before this rule.
 */
import { walkClauses } from './clauses.ts';
import { claimPosts } from './claim-posts.ts';
import { unitPosts } from './resolve.ts';
import type { Model } from './types.ts';

export interface StatusOptions {
  /** Keep draft documents (marked draft) instead of leaving them out. */
  drafts?: boolean;
}

/** The model readers get: without withdrawn documents, and without drafts unless asked for. */
export function applyDocumentStatus(model: Model, options: StatusOptions = {}): Model {
  const drafts = options.drafts === true;
  const out = model.documents.filter((d) => d.status === 'withdrawn' || (d.status === 'draft' && !drafts));
  const marked = drafts && model.documents.some((d) => d.status === 'draft') ? { drafts: true } : {};
  if (out.length === 0) return { ...model, ...marked };
  const gone = new Set(out.map((d) => d.id));
  // The documents' ids, their clauses', and the clauses units added to them.
  const ids = new Set(gone);
  for (const d of out) for (const c of walkClauses(d.clauses)) ids.add(c.id);
  for (const u of model.units)
    for (const d of u.documents) if (gone.has(d.id)) for (const c of walkClauses(d.clauses)) ids.add(c.id);
  const documents = model.documents.filter((d) => !gone.has(d.id));
  const units = claimPosts(
    model,
    model.units.map((u) => {
      if (!u.documents.some((d) => gone.has(d.id))) return u;
      const kept = u.documents.filter((d) => !gone.has(d.id));
      return {
        ...u,
        documents: kept,
        excluded: u.excluded.filter((e) => !gone.has(e.documentId)),
        roles: unitPosts(model, kept, u),
      };
    }),
  );
  // A question about a withheld clause is not asked; a violation of none but withheld clauses
  // drops out of the views (view.ts), as for a unit without the document.
  const quizzes = model.quizzes.map((q) => ({
    ...q,
    questions: q.questions.filter((x) => !x.cites.some((c) => ids.has(c))),
  }));
  for (const q of model.quizzes) for (const x of q.questions) if (x.cites.some((c) => ids.has(c))) ids.add(x.id);
  const index = Object.fromEntries(Object.entries(model.index).filter(([id]) => !ids.has(id)));
  const keywords = model.keywords
    ? Object.fromEntries(Object.entries(model.keywords).filter(([id]) => !ids.has(id)))
    : undefined;
  return {
    ...model,
    documents,
    units,
    quizzes,
    index,
    ...(keywords ? { keywords } : {}),
    withheld: out.map((d) => ({ id: d.id, title: d.title, version: d.version, status: d.status ?? 'approved' })),
    ...marked,
  };
}
