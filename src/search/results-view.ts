/**
 * What the search island draws: a hit as a link with its kind, context and an
 * excerpt marking where the query is; and, when nothing is found, the index's
 * nearest terms and a link to browse instead. Everything from the index is
 * inserted as text, never as HTML.
 */
import type { Hit, SearchEngine } from './engine.ts';
import { excerptRange } from './excerpt.ts';
import { matchIn } from './match-in.ts';
import type { AnalyzedQuery } from './query.ts';
import { suggest } from './suggest.ts';

/** The page's words (data-strings, from the site's UI table). */
export interface Strings {
  noResults: string;
  failed: string;
  loading: string;
  results: string; // "{n}" is replaced
  didYouMean: string;
  browse: string;
  browseUnit: string; // "{unit}" is replaced
  kindNames: Record<string, string>;
}

/** A short excerpt around where the query (or its best part) is, marked, cut where the text may be cut (excerpt.ts). */
function excerpt(content: string, q: AnalyzedQuery): HTMLElement {
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  p.lang = 'zh-CN';
  const at = matchIn(content, q);
  if (!at) {
    const [, end] = excerptRange(content, 0, 0, 0, 90);
    p.textContent = end < content.length ? `${content.slice(0, end)}…` : content;
    return p;
  }
  const [pos, len] = at;
  const [start, end] = excerptRange(content, pos, len);
  p.append(start > 0 ? '…' : '', content.slice(start, pos));
  const mark = document.createElement('mark');
  mark.textContent = content.slice(pos, pos + len);
  p.append(mark, content.slice(pos + len, end), end < content.length ? '…' : '');
  return p;
}

/** One result: the link to the anchor, its kind and context, the excerpt. */
export function renderHit(h: Hit, q: AnalyzedQuery, strings: Strings): HTMLLIElement {
  const li = document.createElement('li');
  li.className = `result result-${h.kind}`;
  const a = document.createElement('a');
  a.href = h.url;
  a.className = 'result-link';
  a.lang = 'zh-CN';
  a.textContent = h.title;
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const kind = document.createElement('span');
  kind.className = 'result-kind';
  kind.textContent = strings.kindNames[h.kind] ?? h.kind;
  const ctx = document.createElement('span');
  ctx.lang = 'zh-CN';
  // A context that only repeats the kind (a post's record, 岗位 · 岗位) is not shown.
  ctx.textContent = h.context && h.context !== kind.textContent ? ` · ${h.context}` : '';
  meta.append(kind, ctx);
  li.append(a, meta, excerpt(h.content, q));
  return li;
}

/** Where to browse when nothing is found: all norms, or the unit's pages when a unit is chosen. */
export interface BrowseLinks {
  all: string;
  /** "{unit}" is replaced; empty when the site has none. */
  unit: string;
  unitNames: Record<string, string>;
}

/**
 * Nothing found: the nearest terms of the index's term list (`termsFile`;
 * each a link that searches it, through `searchFor`), and where to browse
 * instead.
 */
export async function renderHelp(
  eng: SearchEngine,
  termsFile: Promise<string[]>,
  query: string,
  unit: string,
  strings: Strings,
  browse: BrowseLinks,
  searchFor: (term: string) => void,
): Promise<Node[]> {
  const [terms, readings] = await Promise.all([termsFile, eng.charReadings()]);
  const folded = [...query].map((ch) => eng.context().fold?.get(ch) ?? ch).join('');
  const near = suggest(folded, terms, (ch) => readings.get(ch)?.[0]);
  const parts: Node[] = [];
  if (near.length) {
    const p = document.createElement('p');
    p.append(`${strings.didYouMean} `);
    near.forEach((t, i) => {
      const url = new URL(location.href);
      url.searchParams.set('q', t);
      const a = document.createElement('a');
      a.href = url.toString();
      a.lang = 'zh-CN';
      a.textContent = t;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        searchFor(t);
      });
      p.append(...(i ? ['、', a] : [a]));
    });
    parts.push(p);
  }
  const p = document.createElement('p');
  const a = document.createElement('a');
  a.href = unit && browse.unit ? browse.unit.replace('{unit}', unit) : browse.all;
  a.textContent =
    unit && browse.unitNames[unit] ? strings.browseUnit.replace('{unit}', browse.unitNames[unit]) : strings.browse;
  p.append(a);
  parts.push(p);
  return parts;
}
