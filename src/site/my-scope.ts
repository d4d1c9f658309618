/**
 * "我的单位 + 我的岗位", build side: for each unit (and for no unit, the
 * organisation), what the study hub shows once a reader has chosen it — the
 * posts to choose from and, per post, its role page, its practice and its
 * handbook; the scope's practice, bank (for the question of the week), search,
 * board and public PDFs. Every address comes from routes and the print plan,
 * so the browser looks up and never builds a link. Written as
 * study/scope/<unit|organisation>.json, one small file per scope.
 */
import type { Model } from '../model/types.ts';
import { myScopePath, paths, practiceKey, practicePath, rolePath } from '../model/routes.ts';
import { posts } from '../model/item-roles.ts';
import type { QuizScope } from '../quiz/index.ts';
import { fileLabel, type PublicFile, roleHandbook, unitFiles } from './downloads.ts';
import { LOCALES, type Locale } from './i18n/ui.ts';
import { roleName } from './lib.ts';
import { revisionScope, scopeQuestions, studyScopes } from './study.ts';
import { scopeHistory } from '../model/changes/current.ts';
import { inScope } from '../quiz/index.ts';

/** The file name for no unit chosen. */
export const ORGANISATION_SCOPE = 'organisation';

export interface MyFile {
  /** Site path of the PDF (not localised). */
  path: string;
  kind: string;
  label: Record<Locale, string>;
}

export interface MyRole {
  id: string;
  name: string;
  /** Locale-neutral site paths. */
  page: string;
  practice: string;
  /** What the role's questions are in the scope's bank (the practice's own filter). */
  quizScope: QuizScope;
  handbook?: MyFile;
}

export interface MyScopeFile {
  version: 1;
  /** A unit id, or 'organisation'. */
  scope: string;
  name: string;
  unit?: { page: string; board: string };
  roles: MyRole[];
  /** The scope's whole practice and its question file (the weekly question is drawn from it). */
  practice: string;
  bank: string;
  /** What the bank's questions are without a role (a filter for the organisation's whole bank: none). */
  quizScope: QuizScope;
  /** The search page filtered to the unit. */
  search: string;
  /** The scope's own published PDFs, its roles' handbooks left to each role. */
  files: MyFile[];
  /** The hub's address for choosing this scope. */
  choose: string;
  /**
   * After a revision: the scope's 修订说明 page and its 本次修订 practice (per role: the role's
   * `practice` with the revision's, `revisionPractice`), for the hub to offer.
   */
  revision?: { page: string; practice: string; roles: Record<string, string> };
}

function myFile(model: Model, file: PublicFile): MyFile {
  return {
    path: paths.print(file.file),
    kind: file.kind,
    label: Object.fromEntries(LOCALES.map((l) => [l, fileLabel(model, file, l)])) as Record<Locale, string>,
  };
}

/** The scopes a reader can choose: every unit, then none ('organisation'). */
export function myScopeIds(model: Model): string[] {
  return [...model.units.map((u) => u.id), ORGANISATION_SCOPE];
}

export function myScopeFile(model: Model, scopeId: string): MyScopeFile {
  const unit = scopeId === ORGANISATION_SCOPE ? undefined : model.units.find((u) => u.id === scopeId);
  if (!unit && scopeId !== ORGANISATION_SCOPE) throw new Error(`unknown scope: ${scopeId}`);
  const roleScope = (roleId: string): QuizScope =>
    unit ? { roleId } : studyScopes(model).find((x) => x.kind === 'role' && x.id === roleId)!.scope;
  const roleIds = unit ? unit.roles : posts(model).map((r) => r.id);
  const roles: MyRole[] = roleIds.map((id) => {
    const handbook = roleHandbook(model, id, unit?.id);
    return {
      id,
      name: roleName(model, id),
      page: rolePath(model, id, unit?.id),
      practice: practicePath({ ...(unit ? { unitId: unit.id } : {}), roleId: id }),
      quizScope: roleScope(id),
      ...(handbook ? { handbook: myFile(model, handbook) } : {}),
    };
  });
  const key = practiceKey(unit ? { unitId: unit.id } : {});
  const changed = revisionScope(model, unit?.id);
  const changedQuestions = changed ? scopeQuestions(model, changed) : [];
  const revision =
    changed && changedQuestions.length > 0
      ? {
          page: unit && scopeHistory(model, unit.id).length > 0 ? paths.unitRevisions(unit.id) : paths.revisions(),
          practice: practicePath({ revision: true, ...(unit ? { unitId: unit.id } : {}) }),
          roles: Object.fromEntries(
            roleIds
              .filter((id) => changedQuestions.some((q) => inScope(q, { roleId: id })))
              .map((id) => [id, practicePath({ revision: true, ...(unit ? { unitId: unit.id } : {}), roleId: id })]),
          ),
        }
      : undefined;
  const files = unitFiles(model, unit?.id).filter((f) => f.roleId === undefined);
  return {
    version: 1,
    scope: scopeId,
    name: unit ? unit.name : model.organisation.name,
    ...(unit ? { unit: { page: paths.unit(unit.id), board: paths.board(unit.id) } } : {}),
    roles,
    practice: practicePath(unit ? { unitId: unit.id } : {}),
    bank: paths.studyBank(key),
    quizScope: {},
    search: unit ? `${paths.search()}?${new URLSearchParams({ unit: unit.id })}` : paths.search(),
    files: files.map((f) => myFile(model, f)),
    choose: myScopePath(unit ? { unitId: unit.id } : {}),
    ...(revision ? { revision } : {}),
  };
}
