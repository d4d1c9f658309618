/**
 * Main navigation: [UI string key, locale-neutral path]. Study mode (issue 5)
 * adds its entry here, e.g. ['study', 'study/'], with its pages under
 * src/site/pages/[...lang]/study/ (they may ship quiz islands).
 */
import { paths, siteSections } from '../model/routes.ts';
import type { Model } from '../model/types.ts';
import type { UI } from './i18n/ui.ts';

export type NavKey =
  | 'units'
  | 'norms'
  | 'etiquette'
  | 'commitments'
  | 'processes'
  | 'services'
  | 'roles'
  | 'assessment'
  | 'downloads'
  | 'study';

export const NAV: [NavKey & keyof (typeof UI)['zh-CN'], string][] = [
  ['units', paths.units()],
  ['norms', paths.norms()],
  ['etiquette', paths.etiquette()],
  ['commitments', paths.commitments()],
  ['processes', paths.processes()],
  ['services', paths.services()],
  ['roles', paths.roles()],
  ['assessment', paths.assessment()],
  ['study', paths.study()],
  ['downloads', paths.downloads()],
];

/** The navigation of a site: the sections its content has something in (model/routes.ts: siteSections). */
export function navOf(model: Model): typeof NAV {
  const has: Partial<Record<NavKey, boolean>> = siteSections(model);
  return NAV.filter(([key]) => has[key] !== false);
}
