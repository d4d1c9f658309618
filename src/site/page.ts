/**
 * What every page starts from: its locale (from the `[...lang]` param), the UI
 * strings, the lang attribute for Chinese content on an English page, and the
 * model of the build. One call instead of the same four lines in every page;
 * a unit's pages get their unit and their static paths here too.
 */
import type { ServiceGuide } from '../model/guide.ts';
import { contactsOf } from '../model/contacts.ts';
import type { Hotlines, Model, ResolvedUnit } from '../model/types.ts';
import { getModel } from './data.ts';
import { guidePages } from './guides.ts';
import { UI, type Locale } from './i18n/ui.ts';
import { LANG_PARAMS, localeOf, zhOn, type LangParam } from './lib.ts';

export interface PageContext {
  locale: Locale;
  /** The UI strings of the page's locale. */
  s: (typeof UI)[Locale];
  /** lang="zh-CN" for Chinese content on an English page, else undefined. */
  zh: 'zh-CN' | undefined;
  model: Model;
}

export async function pageContext(lang: string | undefined): Promise<PageContext> {
  const locale = localeOf(lang);
  return { locale, s: UI[locale], zh: zhOn(locale), model: await getModel() };
}

/** A unit's page: the page context and the unit (from the page's static-path props). */
export async function unitPageContext(
  lang: string | undefined,
  unitId: string,
): Promise<PageContext & { unit: ResolvedUnit }> {
  const context = await pageContext(lang);
  const unit = context.model.units.find((u) => u.id === unitId);
  // getStaticPaths gave the id from the same model: a miss is a bug in the page, not in the content.
  if (unit === undefined) throw new Error(`unit ${unitId} is not in the model`);
  return { ...context, unit };
}

/** The static paths of a page every unit has, in both languages; the page reads Astro.props.unitId. */
export async function everyUnitPaths(): Promise<
  { params: { lang: LangParam; unit: string }; props: { unitId: string } }[]
> {
  const model = await getModel();
  return LANG_PARAMS.flatMap(({ lang }) =>
    model.units.map((u) => ({ params: { lang, unit: u.id }, props: { unitId: u.id } })),
  );
}

/** The static paths of a unit's service guide pages (the guide and its slip), in both languages. */
export async function guidePagePaths(): Promise<
  { params: { lang: LangParam; unit: string; service: string }; props: { unitId: string; guide: ServiceGuide } }[]
> {
  const model = await getModel();
  return LANG_PARAMS.flatMap(({ lang }) =>
    guidePages(model).map(({ unit, guide }) => ({
      params: { lang, unit: unit.id, service: guide.id },
      props: { unitId: unit.id, guide },
    })),
  );
}

/**
 * The footer of a unit's page: the unit's name and numbers, never the organisation's (a service
 * guide giving the unit's 监督电话 above a footer with the group's would leave the reader with two).
 * `shown`: numbers the page gives itself; when they include all the unit's, the footer leaves them out.
 */
export function unitFooter(
  unit: ResolvedUnit,
  shown: { number: string }[] = [],
): { name: string; hotlines: Hotlines | null } {
  const all = contactsOf(unit.hotlines).every((c) => shown.some((s) => s.number === c.number));
  return { name: unit.name, hotlines: shown.length > 0 && all ? null : unit.hotlines };
}
