/**
 * What the print pipeline will write, from the model and the templates alone: file names,
 * kinds and scope labels. Cheap and synchronous (no fonts, no PDF library), so the site's
 * downloads page lists exactly the files `buildPrint` writes without re-deriving names.
 */
import type { Model, ResolvedUnit } from '../model/types.ts';
import { posts } from '../model/item-roles.ts';
import { revisionTables } from '../model/changes/revision.ts';
import {
  defaultTemplatesDir,
  loadTemplates,
  type CardTemplate,
  type HandbookTemplate,
  type PosterTemplate,
  type QuizTemplate,
  type RevisionTemplate,
  type Template,
} from './templates.ts';
import { guideFiles } from './guide-plan.ts';
import { paperLeftOut, type PaperLeftOut } from '../quiz/index.ts';

export function posterFileName(template: PosterTemplate, unit: ResolvedUnit): string {
  return `${template.output}-${unit.id}.pdf`;
}

export function cardFileName(template: CardTemplate, unit: ResolvedUnit): string {
  return `${template.output}-${unit.id}.pdf`;
}

/** The print shop's sheet of cards (when the template has a `sheet`). */
export function cardSheetFileName(template: CardTemplate, unit: ResolvedUnit): string {
  return `${template.output}-sheet-${unit.id}.pdf`;
}

/**
 * Who a handbook or a quiz paper is for: the whole organisation, a role across it, a unit, or
 * one role in one unit. The file is <output>-<id>.pdf, where id is 'all', the role's or the
 * unit's id, or <unit>__<role> (ids never contain "_", so names cannot clash).
 */
export interface PrintScope {
  id: string;
  unitId?: string;
  roleId?: string;
  /** Printed on the cover / paper: 全体员工, the role's name, the unit's name, or both. */
  label: string;
}
export type HandbookScope = PrintScope;
export type QuizPaperScope = PrintScope;

export type ScopeKind = 'all' | 'roles' | 'units' | 'unit-roles';

/** The scopes a template asks for, in its order: 'all', each role, each unit, each unit's roles. */
export function printScopes(model: Model, kinds: readonly ScopeKind[], allLabel: string): PrintScope[] {
  const roleName = new Map(model.roles.map((r) => [r.id, r.name]));
  const scopes: PrintScope[] = [];
  if (kinds.includes('all')) scopes.push({ id: 'all', label: allLabel });
  if (kinds.includes('roles')) for (const r of posts(model)) scopes.push({ id: r.id, roleId: r.id, label: r.name });
  if (kinds.includes('units')) for (const u of model.units) scopes.push({ id: u.id, unitId: u.id, label: u.name });
  if (kinds.includes('unit-roles')) {
    for (const u of model.units)
      for (const r of u.roles)
        scopes.push({ id: `${u.id}__${r}`, unitId: u.id, roleId: r, label: `${u.name}　${roleName.get(r) ?? r}` });
  }
  return scopes;
}

export function handbookScopes(model: Model, template: HandbookTemplate): HandbookScope[] {
  return printScopes(model, template.scopes, '全体员工');
}

/** The scopes a quiz template asks for that get a paper: the quiz core's rule (`paperLeftOut`) leaves out a scope with nothing to ask. */
export function quizScopes(model: Model, template: QuizTemplate): QuizPaperScope[] {
  return printScopes(model, template.scopes, model.organisation.name).filter(
    (s) => paperLeftOut(model, quizScopeOf(s)) === undefined,
  );
}

/** The quiz core's scope of a paper: the group's paper asks what applies in every unit ('all'). */
function quizScopeOf(s: QuizPaperScope): { unitId: string; roleId?: string } {
  return { unitId: s.unitId ?? 'all', ...(s.roleId !== undefined ? { roleId: s.roleId } : {}) };
}

/** The scopes a quiz template asks for that get no paper, and why (for the build to say once). */
export function leftOutQuizScopes(
  model: Model,
  template: QuizTemplate,
): { scope: QuizPaperScope; reason: PaperLeftOut }[] {
  return printScopes(model, template.scopes, model.organisation.name).flatMap((scope) => {
    const reason = paperLeftOut(model, quizScopeOf(scope));
    return reason ? [{ scope, reason }] : [];
  });
}

export function handbookFileName(template: HandbookTemplate, scope: PrintScope): string {
  return `${template.output}-${scope.id}.pdf`;
}

/** revision-<document>.pdf, revision-<unit>.pdf, revision-all.pdf. */
export function revisionFileName(template: RevisionTemplate, id: string): string {
  return `${template.output}-${id}.pdf`;
}

/** A, B, C … */
export function versionLetters(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String.fromCharCode(65 + i));
}

export function quizFileNames(template: QuizTemplate, scope: QuizPaperScope): { papers: string[]; key: string } {
  return {
    papers: versionLetters(template.versions).map((v) => `${template.output}-${scope.id}-${v}.pdf`),
    key: `${template.output}-${scope.id}-key.pdf`,
  };
}

/** Folder under buildPrint's root for each audience: published PDFs, and staff material (quiz papers and keys). */
export const PRINT_FOLDER = { public: 'print', staff: 'staff' } as const;

export interface PlannedFile {
  file: string;
  kind: Template['kind'];
  /** Chinese label of what the file is for: unit, role, organisation, version. */
  scope: string;
  /** The id --only KIND:ID selects it by ('all', a unit, a role, or <unit>__<role>). */
  scopeId: string;
  /** The unit it is for, if any (downloads are grouped by unit). */
  unitId?: string;
  /** The role it is for, if any. */
  roleId?: string;
  /** The service or inspection a guide, slip or score sheet is of (its name, for lists). */
  itemName?: string;
  /**
   * 'public' files go to <out>/print/ and the downloads page; 'staff' files (quiz papers and
   * their keys) go to the staff folder only and are never listed or linked on the site.
   */
  audience: 'public' | 'staff';
  /** The template's output name (--only KIND). */
  output: string;
  /** The page size, when the kind has templates of more than one (A3 and A4 posters): how a list tells them apart. */
  format?: string;
  /** A print shop's sheet of cards (card-sheet-<unit>.pdf), beside the single card: its sheet size and cards per sheet. */
  sheet?: { size: string; cards: number };
}

/** The page size as people say it: A4, or 85.6×54 mm. */
function sizeName(t: Template): string {
  const s = t.page.size;
  return typeof s === 'string' ? s : `${s.width}×${s.height} mm`;
}

/** Each unit's card and, when the template has a sheet, its print shop's sheet of cards. */
function cardFiles<B extends object>(model: Model, template: CardTemplate, base: B, size: string) {
  return model.units.flatMap((u) => [
    { ...base, file: cardFileName(template, u), scope: `${u.name}${size}`, scopeId: u.id, unitId: u.id },
    ...(template.sheet
      ? [
          {
            ...base,
            file: cardSheetFileName(template, u),
            scope: `${u.name}（${template.sheet.size} 印刷拼版，每版 ${template.sheet.columns * template.sheet.rows} 张）${size}`,
            scopeId: u.id,
            unitId: u.id,
            sheet: { size: template.sheet.size, cards: template.sheet.columns * template.sheet.rows },
          },
        ]
      : []),
  ]);
}

/** Files each template makes for the model, in build order. */
export function planTemplate(model: Model, template: Template, sameKind: number): PlannedFile[] {
  // Two templates of one kind (A3 and A4 posters) are told apart by their page size.
  const size = sameKind > 1 ? `（${sizeName(template)}）` : '';
  const base = {
    kind: template.kind,
    output: template.output,
    audience: 'public' as const,
    ...(sameKind > 1 ? { format: sizeName(template) } : {}),
  };
  const of = (s: PrintScope) => ({
    scopeId: s.id,
    ...(s.unitId ? { unitId: s.unitId } : {}),
    ...(s.roleId ? { roleId: s.roleId } : {}),
  });
  switch (template.kind) {
    case 'poster':
      return model.units.map((u) => ({
        ...base,
        file: posterFileName(template, u),
        scope: `${u.name}${size}`,
        scopeId: u.id,
        unitId: u.id,
      }));
    case 'card':
      return cardFiles(model, template, base, size);
    case 'handbook':
      return handbookScopes(model, template).map((s) => ({
        ...base,
        ...of(s),
        file: handbookFileName(template, s),
        scope: `${s.id === 'all' ? model.organisation.shortName : s.label}${size}`,
      }));
    case 'revision':
      // Only when the latest revision changed the scope: the tables come and go with revisions.
      return revisionTables(model, template.scopes).map((t) => ({
        ...base,
        file: revisionFileName(template, t.id),
        scope: `${t.title}${size}`,
        scopeId: t.id,
        ...(t.unitId ? { unitId: t.unitId } : {}),
      }));
    case 'quiz':
      return quizScopes(model, template).flatMap((s) => {
        const names = quizFileNames(template, s);
        const letters = versionLetters(template.versions);
        return [
          ...names.papers.map((file, i) => ({
            ...base,
            ...of(s),
            audience: 'staff' as const,
            file,
            scope: `${s.label} ${letters[i]}卷${size}`,
          })),
          { ...base, ...of(s), audience: 'staff' as const, file: names.key, scope: `${s.label} 参考答案${size}` },
        ];
      });
    case 'guide':
    case 'slip':
    case 'scoresheet':
      return guideFiles(model, template).map((f) => ({
        ...base,
        file: f.file,
        scope: `${f.label}${size}`,
        scopeId: f.itemId ? `${f.unit.id}__${f.itemId}` : f.unit.id,
        unitId: f.unit.id,
        ...(f.itemName ? { itemName: f.itemName } : {}),
      }));
  }
}

/** Split `--only KIND[:ID]`. */
export function parseOnly(only: string | undefined): { kind?: string; scope?: string } {
  if (only === undefined) return {};
  const [kind, scope] = only.split(':', 2) as [string, string | undefined];
  return scope === undefined ? { kind } : { kind, scope };
}

/**
 * The files `buildPrint(model, out, options)` writes into out/print/, without writing or
 * typesetting anything. Throws like `buildPrint` for an unknown --only kind.
 */
export function plannedPrintFiles(
  model: Model,
  options: { templatesDir?: string; only?: string; templates?: Template[] } = {},
): PlannedFile[] {
  const templates = options.templates ?? loadTemplates(options.templatesDir ?? defaultTemplatesDir());
  const { kind, scope } = parseOnly(options.only);
  const selected = templates.filter((t) => kind === undefined || t.output === kind);
  if (kind !== undefined && selected.length === 0) {
    throw new Error(
      `--only ${options.only}: no print template has output "${kind}" (known: ${templates.map((t) => t.output).join(', ')})`,
    );
  }
  const files = selected.flatMap((t) =>
    planTemplate(model, t, templates.filter((x) => x.kind === t.kind).length).filter(
      (f) => scope === undefined || f.scopeId === scope,
    ),
  );
  if (scope !== undefined && files.length === 0) {
    // A paper the quiz core leaves out: say why, not that there is no such scope.
    const leftOut = selected.flatMap((t) =>
      t.kind === 'quiz' ? leftOutQuizScopes(model, t).filter((x) => x.scope.id === scope) : [],
    )[0];
    if (leftOut)
      throw new Error(
        `--only ${options.only}：不出这份试卷，${leftOut.reason.zh} / no such paper is made: ${leftOut.reason.en}`,
      );
    throw new Error(`--only ${options.only}: nothing called "${scope}" to print`);
  }
  return files;
}
