/**
 * The search query set of issue 14: queries written the way staff type them, each with the
 * item(s) a clerk typing it is looking for. Split into a tuning part (tuning.ts) and a part kept
 * aside (held-aside.ts) that is run only to report the final figures.
 */

export const CATEGORIES = ['exact', 'paraphrase', 'role', 'number', 'typo', 'two-char'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface SearchCase {
  query: string;
  category: Category;
  /**
   * The items any of which is a right first result, by model id. `id@unit` is the unit's own
   * copy of the item only (a clause a unit added or reworded, a unit's commitment);
   * `page-slug#heading-id` is a section of an MDX page.
   */
  targets: string[];
  /** Filters chosen on the search form, as its query string names them. */
  filters?: { unit?: string; kind?: string; role?: string };
}
