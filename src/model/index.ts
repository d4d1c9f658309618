/**
 * The content layer's entry point: one call turns a content directory into the
 * validated, resolved model, or into a list of diagnostics.
 *
 *   const { model, diagnostics } = await loadModel('content');
 *
 * `model` is present only when there are no errors (warnings are allowed), so
 * renderers never see half-valid content.
 */
import path from 'node:path';
import { assemble } from './assemble.ts';
import { Diagnostics, formatDiagnostics, sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import { loadContent } from './load.ts';
import type { ParsedCache } from './parsed-cache.ts';
import { resolveUnits } from './resolve.ts';
import { checkLiteralParams } from './resolve/literal-params.ts';
import { revisionRecordWarnings } from './changes/version-check.ts';
import { applyDocumentStatus, type StatusOptions } from './status.ts';
import type { Model } from './types.ts';

export interface LoadResult {
  model?: Model;
  /**
   * The model as far as it could be built when there are errors (never rendered): `guifan check`
   * lays out posters from it, so that every independent problem is found in one run.
   */
  partial?: Model;
  diagnostics: Diagnostic[];
}

/**
 * `drafts`: keep draft documents (marked) instead of leaving them out. Every document is
 * validated either way; which are in the model is status.ts's rule.
 */
export async function loadModel(
  contentDir: string,
  options: StatusOptions & { parsedCache?: ParsedCache } = {},
): Promise<LoadResult> {
  const dir = path.resolve(contentDir);
  const diags = new Diagnostics();
  const content = await loadContent(dir, diags, options.parsedCache);
  const assembled = assemble(content, diags);
  const units = resolveUnits(assembled, diags);
  checkLiteralParams(assembled, units, diags);
  // Revision records are checked against the documents' own versions (the content alone).
  const diagnostics = sortDiagnostics([...diags.items, ...revisionRecordWarnings({ documents: assembled.documents })]);
  if (!assembled.organisation) return { diagnostics };
  const model: Model = {
    contentDir: dir,
    organisation: assembled.organisation,
    roles: assembled.roles,
    documents: assembled.documents,
    etiquette: assembled.etiquette,
    commitmentSets: assembled.commitmentSets,
    processes: assembled.processes,
    assessments: assembled.assessments,
    services: assembled.services,
    quizzes: assembled.quizzes,
    units,
    pages: assembled.pages,
    index: assembled.ids.entries,
    keywords: assembled.keywords,
    synonyms: assembled.synonyms,
  };
  if (!diags.hasErrors) return { model: applyDocumentStatus(model, options), diagnostics };
  // The partial model is laid out as the build would lay out the whole one (drafts out unless asked for);
  // what errors left it cannot spoil the check.
  let partial = model;
  try {
    partial = applyDocumentStatus(model, options);
  } catch {
    // keep the model as loaded
  }
  return { partial, diagnostics };
}

/** Loads the model or throws one error listing every diagnostic (for renderers and build scripts). */
export async function loadModelOrThrow(contentDir: string): Promise<Model> {
  const { model, diagnostics } = await loadModel(contentDir);
  if (!model) {
    throw new ContentError(formatDiagnostics(diagnostics), diagnostics);
  }
  return model;
}

export class ContentError extends Error {
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[],
  ) {
    super(message);
    this.name = 'ContentError';
  }
}

export type { Model } from './types.ts';
export type { Diagnostic } from './diagnostics.ts';
export { formatDiagnostics };
export { diagnosticsToJson } from './diagnostics.ts';
export { walkClauses, flattenClauses } from './clauses.ts';
export { formatTarget, targetWording } from './targets.ts';
export { interpolate } from './params.ts';
export { appliesToUnit } from './applies.ts';
export {
  organisationView,
  unitView,
  roleView,
  scopeView,
  filterClauses,
  type ScopeView,
  type RoleScopeView,
} from './view.ts';
export { rolesOfItem, rolesOfItems, itemForRole, rolesCover, posts } from './item-roles.ts';
export { paths, itemPath, absoluteUrl, ANCHOR } from './routes.ts';
export { serviceGuide, serviceGuides, type ServiceGuide } from './guide.ts';
export { scoreSheets, scoreSheet } from './scoresheet.ts';
export { scoreVisit, type ScoreSheet, type Visit, type VisitResult } from './scoring.ts';
