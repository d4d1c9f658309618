/**
 * Where an item goes beside the items it belongs with, once scored: after the items a section,
 * situation or page holds, and after the clause a score item checks. Pure: no DOM, no Pagefind.
 */
import type { Hit } from './engine.ts';

/**
 * An item comes before the section, situation or page holding it when it holds as much of the
 * query: the container goes just below its best such item (it does not lift its items above
 * others: a section gathers the words of all its clauses, and that is no merit of each). In place.
 */
function placeContainersBelowItems(hits: Hit[]): void {
  const byUrl = new Map(hits.map((h) => [h.url, h]));
  const items = new Map<Hit, Hit[]>();
  for (const h of hits) {
    for (const url of h.containers) {
      const c = byUrl.get(url);
      if (c && c.tier === h.tier && h.matched >= c.matched) items.set(c, [...(items.get(c) ?? []), h]);
    }
  }
  // Innermost containers first, so a section already below its clauses is compared as it now stands.
  for (const c of [...items.keys()].sort((a, b) => b.containers.length - a.containers.length)) {
    const best = Math.max(...items.get(c)!.map((h) => h.score));
    if (c.score >= best) c.score = best * (1 - 1e-3);
  }
}

/**
 * A score item says what an inspector checks of one or more clauses, in their words and shorter, or
 * several rules in one line (首问负责，一次告知，不让客户来回跑): it goes just below the best of its
 * clauses found in the same tier — the rule is the answer, the check is how it is scored (in place).
 */
export function placeChecksBelowRules(hits: Hit[]): void {
  const byUrl = new Map(hits.map((h) => [h.url, h]));
  for (const h of hits) {
    const rules = (h.follows ?? []).flatMap((u) => byUrl.get(u) ?? []).filter((r) => r.tier >= h.tier);
    if (!rules.length) continue;
    const best = Math.max(...rules.map((r) => r.score));
    if (h.score >= best) h.score = best * (1 - 1e-3);
  }
}

/** In place: containers below their items, then score items below their clauses. */
export function placeBelowOwners(hits: Hit[]): void {
  placeContainersBelowItems(hits);
  placeChecksBelowRules(hits);
}
