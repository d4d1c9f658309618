/**
 * Main navigation: [UI string key, locale-neutral path]. Study mode (issue 5)
 * adds its entry here, e.g. ['study', 'study/'], with its pages under
 * src/site/pages/[...lang]/study/ (they may ship quiz islands).
 */
import type { UI } from './i18n/ui.ts';

export type NavKey = 'units' | 'norms' | 'etiquette' | 'commitments' | 'processes' | 'services' | 'roles' | 'assessment' | 'downloads' | 'study';

export const NAV: [NavKey & keyof (typeof UI)['zh-CN'], string][] = [
  ['units', 'units/'],
  ['norms', 'norms/'],
  ['etiquette', 'etiquette/'],
  ['commitments', 'commitments/'],
  ['processes', 'processes/'],
  ['services', 'services/'],
  ['roles', 'roles/'],
  ['assessment', 'assessment/'],
  ['study', 'study/'],
  ['downloads', 'downloads/'],
];
