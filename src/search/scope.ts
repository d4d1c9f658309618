/**
 * Which units and roles a search item belongs to (the unit and role filters), and where a
 * unit's own wording of it is shown, read from the model's views: an item is in a unit when
 * the unit's view has it; a unit whose view words it differently (its params, its rewording)
 * gets a record of its own at the unit's page (routes.ts), as, for some kinds, does a unit that
 * shows the item on a page of its own. 'all' means every unit (or role):
 * one filter value instead of a hundred.
 */
import { itemPath, ownItemPath } from '../model/routes.ts';
import type { Model } from '../model/types.ts';
import { itemOf, unitView, type ScopeView } from '../model/view.ts';
import { rolesOfItem } from '../model/item-roles.ts';

export type Scope = 'all' | string[];

export interface Versions<T> {
  /** Units that show the item as the organisation words it. */
  org: Scope;
  /** Units with a wording of their own: the item as they show it and where. */
  own: { unitId: string; item: T; path: string }[];
}

export interface ScopeResolver {
  /**
   * The organisation's item and each unit's differing wording of it (compared by `key`); with
   * `byPage`, also each unit that shows it on a page of its own (routes: ownItemPath), worded so or not.
   */
  versions<T extends object>(
    id: string,
    org: T | undefined,
    key: (item: T, view?: ScopeView) => string,
    byPage?: boolean,
  ): Versions<T>;
  /** Units whose view has the item, whatever its wording. */
  unitsHaving(id: string): Scope;
  /** Units a free page is for. */
  pageUnits(slug: string): Scope;
  /** Roles the item concerns (the model's rule), with the posts of any group named. */
  roles(id: string, view?: ScopeView): Scope;
}

export function scopeResolver(model: Model): ScopeResolver {
  const views = model.units.map((u) => unitView(model, u.id));
  const collapse = (ids: readonly string[]): Scope =>
    views.length > 0 && ids.length === views.length ? 'all' : [...ids];
  // Posts each group stands for (roles.yaml includes), through groups of groups.
  const members = (roleId: string, seen = new Set<string>()): string[] => {
    if (seen.has(roleId)) return [];
    seen.add(roleId);
    const role = model.roles.find((r) => r.id === roleId);
    return [roleId, ...(role?.includes ?? []).flatMap((m) => members(m, seen))];
  };
  return {
    versions<T extends object>(
      id: string,
      org: T | undefined,
      key: (item: T, view?: ScopeView) => string,
      byPage = false,
    ): Versions<T> {
      const orgKey = org === undefined ? undefined : key(org);
      const same: string[] = [];
      const own: Versions<T>['own'] = [];
      for (const view of views) {
        const item = itemOf(view, id) as T | undefined;
        if (item === undefined) continue;
        const asGroup = orgKey !== undefined && key(item, view) === orgKey;
        if (asGroup && !(byPage && ownItemPath(model, id, view.id))) same.push(view.id);
        else own.push({ unitId: view.id, item, path: itemPath(model, id, view.id) ?? '' });
      }
      return { org: collapse(same), own };
    },
    unitsHaving: (id) => collapse(views.filter((v) => v.has(id)).map((v) => v.id)),
    pageUnits: (slug) => collapse(views.filter((v) => v.pages.some((p) => p.slug === slug)).map((v) => v.id)),
    roles(id, view) {
      const r = rolesOfItem(model, id, view);
      return r === 'all' ? 'all' : [...new Set(r.flatMap((x) => members(x)))];
    },
  };
}
