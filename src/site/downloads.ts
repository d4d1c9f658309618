/**
 * The published PDFs as the site lists them: the print pipeline's own plan
 * (plannedPrintFiles, from the templates), public files only — quiz papers and
 * keys are staff material and never listed or linked — grouped by unit, then
 * the organisation's. `plannedPrintFiles` is imported from plan.ts so the page
 * bundle does not pull in pdf-lib and the fonts.
 */
import type { Model } from '../model/types.ts';
import type { PlannedFile } from '../print/plan.ts';
import { lentPrintPlan } from './site-lent.ts';
import { UI, type Locale } from './i18n/ui.ts';
import { roleName } from './lib.ts';

export type PublicFile = PlannedFile & { audience: 'public' };

const planCache = new WeakMap<Model, PublicFile[]>();
const unitCache = new WeakMap<Model, Map<string, PublicFile[]>>();

/** The order a reader looks for them in: what goes on the wall, in the pocket, then the handbooks (the whole unit's before each role's). */
const KIND_ORDER: Record<string, number> = { poster: 0, card: 1, handbook: 2, guide: 3, slip: 4, scoresheet: 5 };
const rank = (f: PlannedFile): number => (KIND_ORDER[f.kind] ?? 6) * 2 + (f.roleId === undefined ? 0 : 1);

/** The public files of `planned` in the order a reader looks for them in (the plan's order within a kind). */
function inReadingOrder(planned: readonly PlannedFile[]): PublicFile[] {
  return planned
    .filter((f): f is PublicFile => f.audience === 'public')
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

/** Every file published in <out>/print/: posters, cards, handbooks (build order within each). */
export function publicFiles(model: Model): PublicFile[] {
  let files = planCache.get(model);
  if (!files) planCache.set(model, (files = inReadingOrder(lentPrintPlan(model).all)));
  return files;
}

/**
 * A unit's public files (the organisation's with no unit), as publicFiles orders them: from the
 * unit's part of the plan, so a page that lists them reads no other unit's files.
 */
function filesOfUnit(model: Model, unitId: string | undefined): PublicFile[] {
  let byUnit = unitCache.get(model);
  if (!byUnit) unitCache.set(model, (byUnit = new Map()));
  const key = unitId ?? '';
  let files = byUnit.get(key);
  if (!files) byUnit.set(key, (files = inReadingOrder(lentPrintPlan(model).byUnit[key] ?? [])));
  return files;
}

/** The public file of a kind for a scope (a document's revision sheet), if the templates make one. */
export function publicFileOf(model: Model, kind: string, scopeId: string): PublicFile | undefined {
  return inReadingOrder(lentPrintPlan(model).byScope[scopeId] ?? []).find((f) => f.kind === kind);
}

export interface DownloadGroup {
  /** The unit, or undefined for the organisation's files (group-wide handbooks, role handbooks). */
  unitId?: string;
  files: PublicFile[];
}

/** Each unit's files (posters, card, its handbook, its roles' handbooks) in the model's unit order, then the organisation's. */
export function downloadGroups(model: Model): DownloadGroup[] {
  const files = publicFiles(model);
  const groups: DownloadGroup[] = model.units.map((u) => ({
    unitId: u.id,
    files: files.filter((f) => f.unitId === u.id),
  }));
  groups.push({ files: files.filter((f) => f.unitId === undefined) });
  return groups.filter((g) => g.files.length > 0);
}

/** A unit's own files (the organisation's, without a unit). */
export function unitFiles(model: Model, unitId: string | undefined): PublicFile[] {
  return filesOfUnit(model, unitId);
}

/** The handbook of a role (in a unit, or across the organisation), the first template's. */
export function roleHandbook(model: Model, roleId: string, unitId?: string): PublicFile | undefined {
  return filesOfUnit(model, unitId).find((f) => f.kind === 'handbook' && f.roleId === roleId);
}

/** What a file is, in the page's language: 承诺公示海报（A3）, 员工手册 · 营业受理员 … (the unit is the group's heading). */
export function fileLabel(model: Model, file: PlannedFile, locale: Locale): string {
  const s = UI[locale];
  const format = file.format === undefined ? '' : locale === 'en' ? ` (${file.format})` : `（${file.format}）`;
  if ((file.kind === 'guide' || file.kind === 'slip' || file.kind === 'scoresheet') && file.itemName === undefined)
    return `${s.downloadGuideBook}${format}`;
  // The paper size last, as in 员工手册 · 营业受理员（A5）: after a full-width bracket, " · " left a double gap.
  if (file.itemName !== undefined) return `${s.downloadKinds[file.kind] ?? file.kind} · ${file.itemName}${format}`;
  if (file.sheet !== undefined) return `${s.downloadKinds[file.kind] ?? file.kind}${s.cardSheet(file.sheet)}${format}`;
  if (file.kind !== 'handbook') return `${s.downloadKinds[file.kind] ?? file.kind}${format}`;
  if (file.roleId !== undefined) return `${s.downloadRoleHandbook(roleName(model, file.roleId))}${format}`;
  return `${file.unitId !== undefined ? s.downloadUnitHandbook : s.downloadAllHandbook}${format}`;
}
