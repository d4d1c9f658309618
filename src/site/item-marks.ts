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

/** The page address of an item as the unit (or the organisation, without one) shows it. */
export function itemHref(model: Model, locale: Locale, unitId: string | undefined): (id: string) => string | undefined {
  return (id) => {
    const p = itemPath(model, id, unitId);
    return p === undefined ? undefined : href(locale, p);
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
