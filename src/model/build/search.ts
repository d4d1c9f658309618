/**
 * What search reads beside the items themselves: the `keywords` written on items (by item id;
 * a unit's override adds to the item it rewords) and the organisation's synonym groups.
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { LoadedContent, ValidFile } from '../load.ts';
import { formatPath } from '../source.ts';
import type { Synonyms } from '../types/synonyms.ts';
import { at } from './context.ts';

/** Every object once (YAML aliases make the data a graph; see collectIds in assemble.ts). */
export function collectKeywords(
  content: LoadedContent,
  kinds: readonly (keyof LoadedContent)[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const seen = new Set<object>();
  const walk = (data: unknown): void => {
    if (!data || typeof data !== 'object' || seen.has(data)) return;
    seen.add(data);
    if (Array.isArray(data)) {
      data.forEach(walk);
      return;
    }
    const o = data as Record<string, unknown>;
    const id = [o.id, o.clause, o.item].find((x): x is string => typeof x === 'string');
    if (id && Array.isArray(o.keywords)) out[id] = [...new Set([...(out[id] ?? []), ...(o.keywords as string[])])];
    for (const v of Object.values(o)) walk(v);
  };
  for (const kind of kinds) for (const f of content[kind] as { data: unknown }[]) walk(f.data);
  return out;
}

/** The organisation's synonym groups; a word without letters is an error, a repeated word a warning. */
export function buildSynonyms(f: ValidFile<'synonyms'> | undefined, diags: Diagnostics): Synonyms {
  if (!f) return { defaults: true, groups: [] };
  const groups = f.data.groups.map((words, i) => {
    words.forEach((w, j) => {
      if (!/[\p{L}\p{N}]/u.test(w))
        diags.error(
          at(f.pf, ['groups', i, j]),
          formatPath(['groups', i, j]),
          'synonym-empty',
          `“${w}”没有文字或数字，搜索无法使用 / "${w}" has no letters or digits: search cannot use it`,
        );
      if (words.indexOf(w) !== j)
        diags.warning(
          at(f.pf, ['groups', i, j]),
          formatPath(['groups', i, j]),
          'synonym-duplicate',
          `“${w}”在这一组中重复 / "${w}" is repeated in this group`,
        );
    });
    return { words: [...new Set(words)], source: at(f.pf, ['groups', i]) };
  });
  return { defaults: f.data.defaults, groups };
}
