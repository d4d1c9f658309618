/** A search box's placeholder, from the terms the content itself uses (model/search-examples.ts). */
import { lentSearchExamples } from './site-lent.ts';
import type { Model } from '../model/types.ts';
import { UI, type Locale } from './i18n/ui.ts';

/**
 * 例如：投诉、首问负责 — the narrow boxes (the header's, the home page's and the 404 page's, a phone's
 * width) two examples so that none is cut, the search page's three. None when the content has none.
 */
export function searchPlaceholder(model: Model, locale: Locale, size: 'narrow' | 'wide'): string {
  const examples = lentSearchExamples(model).slice(0, size === 'narrow' ? 2 : 3);
  const s = UI[locale];
  return examples.length ? `${s.searchExamplesLead}${examples.join(s.searchExamplesJoin)}` : '';
}
