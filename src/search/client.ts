/**
 * The search island (the only script on the site's content pages' search page).
 * Framework-free: reads the form, asks Pagefind for candidates using our own
 * query terms, re-ranks them (see rank.ts) and renders links to the anchors.
 * Everything from the index is inserted as text, never as HTML.
 */
import { decodeGroup, type GroupHit } from './group.ts';
import { membersToShow, rerank, type Candidate } from './rank.ts';
import { compact, normalizeText, queryTerms } from './tokens.ts';

interface Strings {
  noResults: string;
  failed: string;
  loading: string;
  results: string; // "{n}" is replaced
  kindNames: Record<string, string>;
}

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
type PagefindFilters = Record<string, string | { any: string[] }>;
interface PagefindApi {
  options(o: object): Promise<void>;
  search(term: string, o?: { filters?: PagefindFilters }): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

/**
 * How many of Pagefind's results (records, each a group of items of one page) are loaded and
 * re-ranked. Each costs a fragment file, the largest part of a first query at scale.
 */
const CANDIDATES = 24;
const SHOWN = 20;
const DEBOUNCE_MS = 200;

type Hit = Candidate & GroupHit & { data: PagefindData };

/** The form's choices as Pagefind filters: items for every unit are filed under unit 'all'. */
export function pagefindFilters(chosen: Record<string, string>): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const [name, value] of Object.entries(chosen)) if (value) filters[name] = name === 'unit' ? { any: [value, 'all'] } : value;
  return filters;
}

/** The re-ranked best items, and how many records matched in all. */
export async function searchSite(pf: PagefindApi, query: string, chosen: Record<string, string>): Promise<{ hits: Hit[]; total: number }> {
  const terms = queryTerms(query);
  if (terms.length === 0) return { hits: [], total: 0 };
  const res = await pf.search(terms.join(' '), { filters: pagefindFilters(chosen) });
  if (!res) return { hits: [], total: 0 };
  const data = await Promise.all(res.results.slice(0, CANDIDATES).map((r) => r.data()));
  const hits: Hit[] = data.flatMap((d, rank) => membersToShow(query, decodeGroup(d.url, d.meta.title ?? '', d.content).map((m) => ({ ...m, rank, data: d }))));
  return { hits: rerank(query, hits), total: res.results.length };
}

/** A short excerpt around the first occurrence of the query, with it marked. */
function excerpt(content: string, query: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  p.lang = 'zh-CN';
  const norm = normalizeText(content);
  const q = normalizeText(query.trim());
  let at = q ? norm.indexOf(q) : -1;
  if (at < 0) {
    // Fall back to the first query word found.
    for (const w of query.split(/\s+/).filter(Boolean)) {
      at = norm.indexOf(normalizeText(w));
      if (at >= 0) {
        return excerptAt(p, content, at, w.length);
      }
    }
    p.textContent = content.length > 90 ? `${content.slice(0, 90)}…` : content;
    return p;
  }
  return excerptAt(p, content, at, q.length);
}

function excerptAt(p: HTMLElement, content: string, at: number, len: number): HTMLElement {
  const start = Math.max(0, at - 30);
  const end = Math.min(content.length, at + len + 50);
  p.append(start > 0 ? '…' : '', content.slice(start, at));
  const mark = document.createElement('mark');
  mark.textContent = content.slice(at, at + len);
  p.append(mark, content.slice(at + len, end), end < content.length ? '…' : '');
  return p;
}

export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol.results')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const baseUrl = root.dataset.base ?? '/';
  let pagefind: Promise<PagefindApi> | undefined;
  const load = () => {
    pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: PagefindApi) => {
      await pf.options({ excerptLength: 30, baseUrl });
      return pf;
    });
    return pagefind;
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.name) ?? '';

  let seq = 0;
  const run = async () => {
    const mine = ++seq;
    const query = input.value.trim();
    const filters: Record<string, string> = {};
    for (const s of selects) if (s.value) filters[s.name] = s.value;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ q: query, ...filters }).toString();
    history.replaceState(null, '', url);
    if (!compact(query)) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    let found: { hits: Hit[]; total: number };
    try {
      found = await searchSite(await load(), query, filters);
    } catch (err) {
      if (mine === seq) status.textContent = `${strings.failed} (${err instanceof Error ? err.message : String(err)})`;
      return;
    }
    const { hits, total } = found;
    if (mine !== seq) return;
    list.replaceChildren(
      ...hits.slice(0, SHOWN).map((h) => {
        const li = document.createElement('li');
        li.className = `result result-${h.data.meta.kind ?? ''}`;
        const a = document.createElement('a');
        a.href = h.url;
        a.className = 'result-link';
        a.lang = 'zh-CN';
        a.textContent = h.title;
        const meta = document.createElement('p');
        meta.className = 'result-meta';
        const kind = document.createElement('span');
        kind.className = 'result-kind';
        kind.textContent = strings.kindNames[h.data.meta.kind ?? ''] ?? h.data.meta.kind ?? '';
        const ctx = document.createElement('span');
        ctx.lang = 'zh-CN';
        ctx.textContent = h.data.meta.context ? ` · ${h.data.meta.context}` : '';
        meta.append(kind, ctx);
        li.append(a, meta, excerpt(h.content, query));
        return li;
      }),
    );
    status.textContent = total ? strings.results.replace('{n}', String(total)) : strings.noResults;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => void load(), { once: true });
  for (const s of selects) s.addEventListener('change', () => void run());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });

  // Arrow keys move between the box and the results; Escape returns to the box.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links()[0]) {
      e.preventDefault();
      links()[0]!.focus();
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' && all[i + 1]) {
      e.preventDefault();
      all[i + 1]!.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      (i === 0 ? input : all[i - 1]!).focus();
    } else if (e.key === 'Escape') {
      input.focus();
    }
  });

  if (input.value) void run();
}
