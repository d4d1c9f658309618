/**
 * What a handbook's foreword says about the latest revision, for the scope it is printed for
 * (GB/T 1.1: a revised document's foreword names the version it replaces and lists the main
 * technical changes): per norm document of the view, the version replaced and its main changes;
 * then the main changes to the scope's commitments, phrases, processes and rules.
 */
import { mainChanges } from './describe.ts';
import { latestScopeChanges } from './revision.ts';
import type { ItemChange } from './types.ts';
import type { Model } from '../types.ts';
import type { ScopeView } from '../view.ts';

export interface Foreword {
  /** Per document: 《title》第2027.2版代替第2027.1版 and its main changes. */
  documents: { title: string; replaces: string; changes: string[] }[];
  /** The main changes outside the norm documents. */
  other: string[];
}

/** The foreword of a view (a unit's, the organisation's, or a role's within either); undefined when nothing changed for it. */
export function forewordOf(model: Model, view: ScopeView & { roleId?: string }): Foreword | undefined {
  const scope = latestScopeChanges(model, view.kind === 'unit' ? view.id : 'organisation');
  if (!scope) return undefined;
  const docs = new Set(view.documents.map((d) => d.id));
  // A role's handbook: what is in its view, and what was removed from its documents.
  const inView = (c: ItemChange): boolean =>
    c.status === 'removed' ? c.section.kind !== 'document' || docs.has(c.section.id) : view.has(c.id);
  const changes = scope.changes.filter(inView);
  const documents: Foreword['documents'] = [];
  for (const d of view.documents) {
    const mine = changes.filter((c) => c.section.kind === 'document' && c.section.id === d.id);
    const v = scope.documents.find((x) => x.id === d.id);
    const lines = mainChanges(mine, v?.version.old);
    if (lines.length === 0) continue;
    const replaces =
      v?.version.old !== undefined && v.version.old !== v.version.new
        ? `《${d.title}》第${d.version}版代替第${v.version.old}版，与之相比，除编辑性改动外，主要变化如下：`
        : `《${d.title}》第${d.version}版本次修订的主要变化如下：`;
    documents.push({ title: d.title, replaces, changes: lines });
  }
  const other = mainChanges(changes.filter((c) => c.section.kind !== 'document' && c.kind !== 'hotline'));
  if (documents.length === 0 && other.length === 0) return undefined;
  return { documents, other };
}
