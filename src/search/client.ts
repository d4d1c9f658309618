/**
 * The search island (the only script on the site's search page). Framework-free: reads the
 * form, runs the search (engine.ts) and renders links to the anchors, or, when nothing is
 * found, the index's nearest terms and a link to browse the norms. Everything from the index
 * is inserted as text, never as HTML.
 *
 * Pagefind's runtime and the island's meta data are fetched as soon as the box is focused or
 * the page is idle, so the first query waits only for its own index chunks and fragments.
 */
import { SearchEngine, SHOWN, type Hit, type PagefindApi } from './engine.ts';
import { DATA_DIR, ENTRY_TAG_ATTRIBUTE } from './names.ts';
import { matchIn } from './rank.ts';
import type { AnalyzedQuery } from './query.ts';
import type { SearchMeta } from './search-data.ts';
import { suggest } from './suggest.ts';
import { compact } from './tokens.ts';

interface Strings {
  noResults: string;
  failed: string;
  loading: string;
  results: string; // "{n}" is replaced
  didYouMean: string;
  browse: string;
  browseUnit: string; // "{unit}" is replaced
  kindNames: Record<string, string>;
}

const DEBOUNCE_MS = 150;

/** A short excerpt around where the query (or its best part) is, marked. */
function excerpt(content: string, q: AnalyzedQuery): HTMLElement {
  const p = document.createElement('p');
  p.className = 'result-excerpt';
  p.lang = 'zh-CN';
  const at = matchIn(content, q);
  if (!at) {
    p.textContent = content.length > 90 ? `${content.slice(0, 90)}…` : content;
    return p;
  }
  const [pos, len] = at;
  const start = Math.max(0, pos - 30);
  const end = Math.min(content.length, pos + len + 50);
  p.append(start > 0 ? '…' : '', content.slice(start, pos));
  const mark = document.createElement('mark');
  mark.textContent = content.slice(pos, pos + len);
  p.append(mark, content.slice(pos + len, end), end < content.length ? '…' : '');
  return p;
}

function segmenter(): ((text: string) => string[]) | undefined {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
  const s = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => [...s.segment(text)].map((x) => x.segment);
}

export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol.results')!;
  const help = root.querySelector<HTMLElement>('.search-help')!;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const baseUrl = root.dataset.base ?? '/';
  const browseAll = root.dataset.browse ?? '';
  const browseUnit = root.dataset.browseUnit ?? '';
  const unitNames = JSON.parse(root.dataset.units ?? '{}') as Record<string, string>;

  const fetchJson = async (file: string): Promise<unknown> => {
    const res = await fetch(`${bundle}${DATA_DIR}/${file}`);
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    return res.json();
  };
  let engine: Promise<SearchEngine> | undefined;
  const load = () => {
    engine ??= Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: PagefindApi & { init(): Promise<void> }) => {
        // On the main thread: a worker would be one more script to fetch before the first result.
        // The entry file's tag is the one the page preloads (preload.ts), so the preloaded response is used.
        const tag = document.querySelector<HTMLLinkElement>(`link[${ENTRY_TAG_ATTRIBUTE}]`)?.getAttribute(ENTRY_TAG_ATTRIBUTE);
        await pf.options({ baseUrl, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
        await pf.init();
        return pf;
      }),
      fetchJson('meta.json') as Promise<SearchMeta>,
    ]).then(([pf, meta]) => {
      const segment = segmenter();
      return new SearchEngine(pf, { meta, load: fetchJson, ...(segment ? { segment } : {}) });
    });
    return engine;
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.name) ?? '';

  const renderHit = (h: Hit, q: AnalyzedQuery): HTMLLIElement => {
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
    ctx.textContent = h.context ? ` · ${h.context}` : '';
    meta.append(kind, ctx);
    li.append(a, meta, excerpt(h.content, q));
    return li;
  };

  /** Nothing found: the nearest terms, and where to browse instead. */
  const renderHelp = async (eng: SearchEngine, query: string, unit: string) => {
    const [terms, readings] = await Promise.all([fetchJson('terms.json') as Promise<string[]>, eng.charReadings()]);
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
          input.value = t;
          void run();
        });
        p.append(...(i ? ['、', a] : [a]));
      });
      parts.push(p);
    }
    const browse = document.createElement('p');
    const a = document.createElement('a');
    a.href = unit && browseUnit ? browseUnit.replace('{unit}', unit) : browseAll;
    a.textContent = unit && unitNames[unit] ? strings.browseUnit.replace('{unit}', unitNames[unit]) : strings.browse;
    browse.append(a);
    parts.push(browse);
    return parts;
  };

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
      help.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const eng = await load();
      // The first records' items are listed at once; the status says searching until the list is final.
      const { hits, query: q } = await eng.search(query, filters, (first) => {
        if (mine === seq && first.hits.length) list.replaceChildren(...first.hits.slice(0, SHOWN).map((h) => renderHit(h, first.query)));
      });
      if (mine !== seq) return;
      const shown = hits.slice(0, SHOWN);
      list.replaceChildren(...shown.map((h) => renderHit(h, q)));
      help.replaceChildren(...(shown.length ? [] : await renderHelp(eng, query, filters.unit ?? '')));
      if (mine !== seq) return;
      // The count is what is listed.
      status.textContent = shown.length ? strings.results.replace('{n}', String(shown.length)) : strings.noResults;
    } catch (err) {
      if (mine === seq) status.textContent = `${strings.failed} (${err instanceof Error ? err.message : String(err)})`;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  // Fetch the runtime while the reader looks at the page, not when the first key is pressed.
  const idle = (cb: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 1000));
  idle(() => void load().catch(() => undefined));
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
