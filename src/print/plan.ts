/**
 * What the print pipeline will write, from the model and the templates alone: file names,
 * kinds and scope labels. Cheap and synchronous (no fonts, no PDF library), so the site's
 * downloads page lists exactly the files `buildPrint` writes without re-deriving names.
 */
import type { Model, ResolvedUnit } from '../model/types.ts';
import { defaultTemplatesDir, loadTemplates, type CardTemplate, type HandbookTemplate, type PosterTemplate, type QuizTemplate, type Template } from './templates.ts';

export function posterFileName(template: PosterTemplate, unit: ResolvedUnit): string {
  return `${template.output}-${unit.id}.pdf`;
}

export function cardFileName(template: CardTemplate, unit: ResolvedUnit): string {
  return `${template.output}-${unit.id}.pdf`;
}

export interface HandbookScope {
  /** 'all' or a role id: the file is handbook-<id>.pdf. */
  id: string;
  /** Role id, or undefined for the complete handbook. */
  role?: string;
  /** Printed on the cover: 全体员工 or the role's name. */
  label: string;
}

export function handbookScopes(model: Model, template: HandbookTemplate): HandbookScope[] {
  const scopes: HandbookScope[] = [];
  if (template.scopes.includes('all')) scopes.push({ id: 'all', label: '全体员工' });
  if (template.scopes.includes('roles')) for (const r of model.roles) scopes.push({ id: r.id, role: r.id, label: r.name });
  return scopes;
}

export interface QuizPaperScope {
  /** 'all', a unit id or a role id: quiz-<id>-A.pdf … quiz-<id>-key.pdf. */
  id: string;
  unitId?: string;
  roleId?: string;
  /** Who sits the test: the organisation, unit or role name. */
  label: string;
}

export function quizScopes(model: Model, template: QuizTemplate): QuizPaperScope[] {
  const scopes: QuizPaperScope[] = [];
  if (template.scopes.includes('all')) scopes.push({ id: 'all', label: model.organisation.name });
  if (template.scopes.includes('units')) for (const u of model.units) scopes.push({ id: u.id, unitId: u.id, label: u.name });
  if (template.scopes.includes('roles')) for (const r of model.roles) scopes.push({ id: r.id, roleId: r.id, label: r.name });
  return scopes;
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

export interface PlannedFile {
  file: string;
  kind: Template['kind'];
  /** Chinese label of what the file is for: unit, role, organisation, version. */
  scope: string;
  /** The id --only KIND:ID selects it by ('all', a unit or a role id). */
  scopeId: string;
  /** The template's output name (--only KIND). */
  output: string;
}

/** The page size as people say it: A4, or 85.6×54 mm. */
function sizeName(t: Template): string {
  const s = t.page.size;
  return typeof s === 'string' ? s : `${s.width}×${s.height} mm`;
}

/** Files each template makes for the model, in build order. */
export function planTemplate(model: Model, template: Template, sameKind: number): PlannedFile[] {
  // Two templates of one kind (A3 and A4 posters) are told apart by their page size.
  const size = sameKind > 1 ? `（${sizeName(template)}）` : '';
  const base = { kind: template.kind, output: template.output };
  switch (template.kind) {
    case 'poster':
      return model.units.map((u) => ({ ...base, file: posterFileName(template, u), scope: `${u.name}${size}`, scopeId: u.id }));
    case 'card':
      return model.units.map((u) => ({ ...base, file: cardFileName(template, u), scope: `${u.name}${size}`, scopeId: u.id }));
    case 'handbook':
      return handbookScopes(model, template).map((s) => ({
        ...base,
        file: `${template.output}-${s.id}.pdf`,
        scope: `${s.role === undefined ? model.organisation.shortName : s.label}${size}`,
        scopeId: s.id,
      }));
    case 'quiz':
      return quizScopes(model, template).flatMap((s) => {
        const names = quizFileNames(template, s);
        const letters = versionLetters(template.versions);
        return [
          ...names.papers.map((file, i) => ({ ...base, file, scope: `${s.label} ${letters[i]}卷${size}`, scopeId: s.id })),
          { ...base, file: names.key, scope: `${s.label} 参考答案${size}`, scopeId: s.id },
        ];
      });
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
export function plannedPrintFiles(model: Model, options: { templatesDir?: string; only?: string; templates?: Template[] } = {}): PlannedFile[] {
  const templates = options.templates ?? loadTemplates(options.templatesDir ?? defaultTemplatesDir());
  const { kind, scope } = parseOnly(options.only);
  const selected = templates.filter((t) => kind === undefined || t.output === kind);
  if (kind !== undefined && selected.length === 0) {
    throw new Error(`--only ${options.only}: no print template has output "${kind}" (known: ${templates.map((t) => t.output).join(', ')})`);
  }
  const files = selected.flatMap((t) =>
    planTemplate(
      model,
      t,
      templates.filter((x) => x.kind === t.kind).length,
    ).filter((f) => scope === undefined || f.scopeId === scope),
  );
  if (scope !== undefined && files.length === 0) throw new Error(`--only ${options.only}: nothing called "${scope}" to print`);
  return files;
}
