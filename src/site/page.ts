/**
 * What every page starts from: its locale (from the `[...lang]` param), the UI
 * strings, the lang attribute for Chinese content on an English page, and the
 * model of the build. One call instead of the same four lines in every page.
 */
import type { Model } from '../model/types.ts';
import { getModel } from './data.ts';
import { UI, type Locale } from './i18n/ui.ts';
import { localeOf, zhOn } from './lib.ts';

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
