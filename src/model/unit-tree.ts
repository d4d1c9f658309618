/** Units in the order of their tree, for lists a reader scans: each parent, then its sub-units. */

/**
 * Each unit followed by its sub-units (depth-first; siblings keep the content's order), with its
 * depth (0 at the top). Files are read in name order, so without this a station filed as
 * hosp-community came before the hall above it. A parent that is not there counts as the top.
 */
export function unitsInTreeOrder<U extends { id: string; parentId?: string }>(
  units: readonly U[],
): { unit: U; depth: number }[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | undefined, U[]>();
  for (const u of units) {
    const parent = u.parentId !== undefined && ids.has(u.parentId) ? u.parentId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: { unit: U; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (u: U, depth: number): void => {
    if (seen.has(u.id)) return;
    seen.add(u.id);
    out.push({ unit: u, depth });
    for (const c of children.get(u.id) ?? []) visit(c, depth + 1);
  };
  for (const u of children.get(undefined) ?? []) visit(u, 0);
  // A cycle (reported by check) leaves units unreached: list them at the top rather than lose them.
  for (const u of units) visit(u, 0);
  return out;
}

/** A unit's short name, or the organisation's for 'organisation' (an item's origin names either); the id when unknown. */
export function unitShortName(
  model: { organisation: { shortName: string }; units: readonly { id: string; shortName: string }[] },
  id: string,
): string {
  if (id === 'organisation') return model.organisation.shortName;
  return model.units.find((u) => u.id === id)?.shortName ?? id;
}
