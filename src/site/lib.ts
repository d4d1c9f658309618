/** Helpers shared by the pages: locale-aware links and lookups over the model. */
import { unitShortName } from '../model/unit-tree.ts';
import type { Clause, NormDocument } from '../model/types/documents.ts';
import type { EtiquetteSet } from '../model/types/etiquette.ts';
import type { Model, ResolvedUnit } from '../model/types.ts';
import { originNote } from '../model/origin.ts';
import { formatDate, phraseDisplay } from '../model/wording.ts';
import { languageOf, originLabel, type Locale } from './i18n/ui.ts';

export { phraseDisplay };

/** Astro rest param for the locale prefix: undefined = Chinese at the root, 'en' = /en/. */
export type LangParam = 'en' | undefined;

export function localeOf(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'zh-CN';
}

/** Both locales, as static-path params (merged with a page's own params). */
export const LANG_PARAMS: { lang: LangParam }[] = [{ lang: undefined }, { lang: 'en' }];

/** The site's base path ('/' or '/standards/'), set by buildSite from organisation.baseUrl. */
function base(): string {
  const b = process.env.GUIFAN_BASE ?? '/';
  return b.endsWith('/') ? b : `${b}/`;
}

/** Link to a site path ('units/x/') in the given locale, with the configured base. */
export function href(locale: Locale, sitePath: string): string {
  const p = sitePath.replace(/^\//, '');
  return `${base()}${locale === 'en' ? 'en/' : ''}${p}`;
}

/** Link to a static asset (not localised), e.g. print/poster-x.pdf. */
export function assetHref(sitePath: string): string {
  return `${base()}${sitePath.replace(/^\//, '')}`;
}

/** Every clause of a document, depth first. */
export function flattenClauses(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  const walk = (list: Clause[]) => {
    for (const c of list) {
      out.push(c);
      walk(c.children);
    }
  };
  walk(clauses);
  return out;
}

export function roleName(model: Model, id: string): string {
  return model.roles.find((r) => r.id === id)?.name ?? id;
}

export function unitName(model: Model, id: string): string {
  return unitShortName(model, id);
}

/** A unit by id; throws for an id the model lacks (a page's static paths come from the model). */
export function unitOf(model: Model, id: string): ResolvedUnit {
  const unit = model.units.find((u) => u.id === id);
  if (!unit) throw new Error(`unknown unit: ${id}`);
  return unit;
}

/** Provisions of a resolved document by how they read in the unit: the group's wording, this unit's, or a unit's above. */
export function originCounts(doc: NormDocument): { inherited: number; overridden: number; own: number; above: number } {
  const counts = { inherited: 0, overridden: 0, own: 0, above: 0 };
  for (const c of flattenClauses(doc.clauses)) {
    if (c.text === undefined) continue;
    const { mark } = originNote(c.origin);
    if (mark === 'overridden-above' || mark === 'own-above') counts.above += 1;
    else counts[mark] += 1;
  }
  return counts;
}

/** The words of an item's origin mark in a unit's pages. */
export function originText(model: Model, origin: Clause['origin'], locale: Locale): string {
  return originLabel(originNote(origin), locale, (id) => unitName(model, id));
}

/** Text of the standard phrase a forbidden phrase points to (`instead` holds its id), in the sets shown. */
export function insteadText(sets: readonly EtiquetteSet[], insteadId: string): string | undefined {
  for (const set of sets) {
    for (const sit of set.situations) {
      const p = sit.phrases.find((x) => x.id === insteadId);
      if (p) return phraseDisplay(p.text);
    }
  }
  return undefined;
}

/** A norm page's description (search engines, link previews): the document, its code and date, its scope. */
export function docDescription(
  doc: Pick<NormDocument, 'title' | 'code' | 'effective' | 'scope'>,
  unit?: string,
): string {
  const code = doc.code ? `（${doc.code}）` : '';
  return `${unit ? `${unit}执行的` : ''}《${doc.title}》${code}，${formatDate(doc.effective)}起施行。${doc.scope}`;
}

/** The lang attribute for Chinese content on a page of this locale. */
export function zhOn(locale: Locale): 'zh-CN' | undefined {
  return locale === 'en' ? 'zh-CN' : undefined;
}

/** A date as the page's language writes it: 2027年1月1日, or Jan 1, 2027 (the model's formatDate). */
export function localDate(locale: Locale, iso: string): string {
  return formatDate(iso, languageOf(locale));
}
