/** Phase 1, lanes: one column per role, in the order the process lists them, then any role a node names. */
import type { Process, Role } from '../../model/types.ts';

export interface Lanes {
  /** Role id of each lane, left to right. */
  ids: string[];
  /** Header text of each lane: the role's name, or its id when the role is unknown. */
  labels: string[];
}

export function lanesOf(process: Process, roles: readonly Role[]): Lanes {
  const ids = [...process.lanes];
  for (const node of process.nodes) if (!ids.includes(node.role)) ids.push(node.role);
  const roleNames = new Map(roles.map((r) => [r.id, r.name]));
  return { ids, labels: ids.map((id) => roleNames.get(id) ?? id) };
}
