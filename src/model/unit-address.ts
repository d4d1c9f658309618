/**
 * A unit's table of its own pages (unit-pages.ts makes it from the model) as the search island
 * reads it: an address of the organisation's pages → the reader's unit's address of the same item.
 * Browser-safe: no model runtime, only the table.
 */

/** One unit's table. Paths are relative to the site's base, without a locale ('norms/x/'). */
export interface UnitPages {
  /** A page of the organisation's → the unit's page holding each of its items the unit has (same anchors). */
  pages: Record<string, string>;
  /** Items that go elsewhere than their page's entry says: the group's address → the unit's. */
  items: Record<string, string>;
}

export const pageOf = (address: string): string => address.split('#')[0]!;
export const anchorOf = (address: string): string => address.split('#')[1] ?? '';

/** The unit's address for an address of the organisation's pages (itself when the unit reads it there). */
export function follow(table: UnitPages, address: string): string {
  const exact = table.items[address];
  if (exact !== undefined) return exact;
  const page = table.pages[pageOf(address)];
  if (page === undefined) return address;
  const anchor = anchorOf(address);
  return anchor ? `${page}#${anchor}` : page;
}
