/**
 * How the components of a page link an item and mark one a unit changed: the link goes where
 * routes show the item in the unit (or the organisation), the mark says whose wording it is
 * (model/origin.ts decides; an inherited item has none).
 */
import type { OriginNote } from '../model/origin.ts';
import { originNote } from '../model/origin.ts';
import { itemPath } from '../model/routes.ts';
import type { Model } from '../model/types.ts';
import type { ScopeView } from '../model/view.ts';
import type { Locale } from './i18n/ui.ts';
import { href, originText } from './lib.ts';

/**
 * The addresses worked out for the last few scopes (language and unit) of a model: pages are made
 * a unit at a time, and a unit's post pages link the same items (at 100×, 1,168 post pages asked
 * routes for each of their links again: 1.1 s).
 */
const KEPT_SCOPES = 4;
const hrefCache = new WeakMap<Model, Map<string, Map<string, string | undefined>>>();

/** The page address of an item as the unit (or the organisation, without one) shows it. */
export function itemHref(model: Model, locale: Locale, unitId: string | undefined): (id: string) => string | undefined {
  let scopes = hrefCache.get(model);
  if (!scopes) hrefCache.set(model, (scopes = new Map()));
  const key = `${locale}|${unitId ?? ''}`;
  let known = scopes.get(key);
  if (known) scopes.delete(key);
  else known = new Map();
  scopes.set(key, known);
  if (scopes.size > KEPT_SCOPES) scopes.delete(scopes.keys().next().value!);
  const cache = known;
  return (id) => {
    if (cache.has(id)) return cache.get(id);
    const p = itemPath(model, id, unitId);
    const address = p === undefined ? undefined : href(locale, p);
    cache.set(id, address);
    return address;
  };
}

/** In a unit's view, the mark of an item whose wording is not the group's; nothing without a view. */
export function originMark(
  model: Model,
  locale: Locale,
  view: ScopeView | undefined,
): (id: string) => { note: OriginNote; text: string } | undefined {
  return (id) => {
    if (!view) return undefined;
    const origin = view.originOf(id);
    const note = originNote(origin);
    return note.mark === 'inherited' ? undefined : { note, text: originText(model, origin, locale) };
  };
}
