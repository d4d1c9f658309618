/**
 * Which unit a post belongs to when content every unit shares names it. A group's general norms
 * often name the counter posts of each of its trades at once (物业客服管家 and 保险柜面专员 in
 * one clause about counters); read naively, the property company would get an insurance clerk,
 * with a handbook and a paper of clauses that are not its own. So a post named for every unit
 * alike — by a document, etiquette set or process that every unit takes, unchanged — is a unit's
 * only when its own content names it too (what it takes that not every unit does, what it or a
 * unit above it added or reworded, its declared `posts:`), or when no other unit's own content
 * claims it. An organisation of one trade keeps every post its shared content names.
 */
import { walkClauses } from './clauses.ts';
import type { ItemPatch } from './types.ts';

interface UnitPosts {
  id: string;
  documents: readonly { id: string; roles: readonly string[]; clauses: Parameters<typeof walkClauses>[0] }[];
  etiquette: readonly string[];
  processes: readonly string[];
  omitted: readonly string[];
  patches: Record<string, ItemPatch>;
  posts: readonly string[];
  roles: string[];
}

interface Sources {
  etiquette: readonly { id: string; situations: readonly { id: string; roles: readonly string[] }[] }[];
  processes: readonly { id: string; lanes: readonly string[] }[];
}

/** The units with each one's posts narrowed to those it claims (see above); other fields unchanged. */
export function claimPosts<U extends UnitPosts>(a: Sources, units: readonly U[]): U[] {
  if (units.length < 2) return [...units];
  const takenByAll = (ids: (u: U) => readonly string[]): Set<string> =>
    new Set(ids(units[0]!).filter((id) => units.every((u) => ids(u).includes(id))));
  const shared = {
    documents: takenByAll((u) => u.documents.map((d) => d.id)),
    etiquette: takenByAll((u) => u.etiquette),
    processes: takenByAll((u) => u.processes),
  };
  const own = new Map(units.map((u) => [u.id, ownPosts(a, u, shared)] as const));
  return units.map((u) => {
    const roles = u.roles.filter(
      (r) => own.get(u.id)!.has(r) || !units.some((o) => o.id !== u.id && own.get(o.id)!.has(r)),
    );
    return roles.length === u.roles.length ? u : { ...u, roles };
  });
}

/** The posts a unit's own content names: what not every unit takes, what its line changed, its declared posts. */
function ownPosts(
  a: Sources,
  u: UnitPosts,
  shared: { documents: Set<string>; etiquette: Set<string>; processes: Set<string> },
): Set<string> {
  const named = new Set(u.posts);
  for (const doc of u.documents) {
    const everyones = shared.documents.has(doc.id);
    if (!everyones) doc.roles.forEach((r) => named.add(r));
    for (const c of walkClauses(doc.clauses))
      if (!everyones || (c.origin && c.origin.definedBy !== 'organisation') || c.origin?.overriddenBy)
        c.roles.forEach((r) => named.add(r));
  }
  const omitted = new Set(u.omitted);
  for (const set of a.etiquette) {
    if (!u.etiquette.includes(set.id)) continue;
    for (const s of set.situations) {
      if (omitted.has(s.id)) continue;
      const patched = u.patches[s.id]?.roles as string[] | undefined;
      if (!shared.etiquette.has(set.id) || patched) (patched ?? s.roles).forEach((r) => named.add(r));
    }
  }
  for (const p of a.processes) {
    if (!u.processes.includes(p.id)) continue;
    const patched = u.patches[p.id]?.lanes as string[] | undefined;
    if (!shared.processes.has(p.id) || patched) (patched ?? p.lanes).forEach((r) => named.add(r));
  }
  return named;
}
