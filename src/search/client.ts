/**
 * The search island (the only script on the site's search page). Framework-free: reads the
 * form, runs the search (engine.ts) and renders links to the anchors, or, when nothing is
 * found, the index's nearest terms and a link to browse the norms (results-view.ts).
 *
 * Pagefind's runtime and the island's meta data are fetched as soon as the box is focused or
 * the page is idle, so the first query waits only for its own index chunks and fragments.
 */
import { SearchEngine, SHOWN, type PagefindApi } from './engine.ts';
import { DATA_DIR, ENTRY_TAG_ATTRIBUTE } from './names.ts';
import type { SearchMeta } from './search-data.ts';
import { renderHelp, renderHit, type BrowseLinks, type Strings } from './results-view.ts';
import { compact } from './tokens.ts';
import { unitLinkers, type Linker } from './unit-links.ts';

const DEBOUNCE_MS = 150;

/** The search page's parts and settings (data-* of the island's root). */
interface SearchPage {
  form: HTMLFormElement;
  input: HTMLInputElement;
  selects: HTMLSelectElement[];
  status: HTMLElement;
  list: HTMLOListElement;
  help: HTMLElement;
  strings: Strings;
  browse: BrowseLinks;
  /** Fetches a file of the island's data folder in the Pagefind bundle. */
  fetchJson: (file: string) => Promise<unknown>;
  /** The engine, loaded once (the runtime and the meta data). */
  load: () => Promise<SearchEngine>;
  /** Links for the chosen unit (unit-links.ts). */
  linker: (unit: string | undefined) => Promise<Linker>;
}

function segmenter(): ((text: string) => string[]) | undefined {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return undefined;
  const s = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => [...s.segment(text)].map((x) => x.segment);
}

export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const fetchJson = async (file: string): Promise<unknown> => {
    const res = await fetch(`${bundle}${DATA_DIR}/${file}`);
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    return res.json();
  };
  const page: SearchPage = {
    form,
    input: form.querySelector<HTMLInputElement>('input[name="q"]')!,
    selects: [...form.querySelectorAll<HTMLSelectElement>('select')],
    status: root.querySelector<HTMLElement>('[role="status"]')!,
    list: root.querySelector<HTMLOListElement>('ol.results')!,
    help: root.querySelector<HTMLElement>('.search-help')!,
    strings: JSON.parse(root.dataset.strings ?? '{}') as Strings,
    browse: {
      all: root.dataset.browse ?? '',
      unit: root.dataset.browseUnit ?? '',
      unitNames: JSON.parse(root.dataset.units ?? '{}') as Record<string, string>,
    },
    fetchJson,
    load: engineLoader(bundle, root.dataset.base ?? '/', fetchJson),
    linker: unitLinkers(root.dataset.base ?? '/', fetchJson),
  };
  const { input, selects } = page;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.name) ?? '';
  const run = searcher(page);
  wireForm(page, run);
  wireKeys(page);
  if (input.value) void run();
}

/** Loads Pagefind's runtime and the island's meta data once, as the engine. */
function engineLoader(
  bundle: string,
  baseUrl: string,
  fetchJson: (file: string) => Promise<unknown>,
): () => Promise<SearchEngine> {
  let engine: Promise<SearchEngine> | undefined;
  return () => {
    engine ??= Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: PagefindApi & { init(): Promise<void> }) => {
        // On the main thread: a worker would be one more script to fetch before the first result.
        // The entry file's tag is the one the page preloads (preload.ts), so the preloaded response is used.
        const tag = document
          .querySelector<HTMLLinkElement>(`link[${ENTRY_TAG_ATTRIBUTE}]`)
          ?.getAttribute(ENTRY_TAG_ATTRIBUTE);
        await pf.options({ baseUrl, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
        await pf.init();
        return pf;
      }),
      fetchJson('meta.json') as Promise<SearchMeta>,
    ]).then(([pf, meta]) => {
      const segment = segmenter();
      return new SearchEngine(pf, { meta, load: fetchJson, base: baseUrl, ...(segment ? { segment } : {}) });
    });
    return engine;
  };
}

/**
 * The search run for what the form holds: the address follows the form, the
 * results (the first records' at once), the help when nothing is found, the
 * count in the status. A run overtaken by a newer one draws nothing more.
 */
function searcher(page: SearchPage): () => Promise<void> {
  const { input, selects, status, list, help, strings } = page;
  let seq = 0;
  const run = async (): Promise<void> => {
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
      // The chosen unit's table comes while the engine loads and searches.
      const linking = page.linker(filters.unit);
      const eng = await page.load();
      const link = await linking;
      // The first records' items are listed at once; the status says searching until the list is final.
      const { hits, query: q } = await eng.search(query, filters, (first) => {
        if (mine === seq && first.hits.length)
          relist(
            list,
            link(first.hits.slice(0, SHOWN)).map((h) => renderHit(h, first.query, strings)),
          );
      });
      if (mine !== seq) return;
      const shown = link(hits.slice(0, SHOWN));
      relist(
        list,
        shown.map((h) => renderHit(h, q, strings)),
      );
      const searchFor = (term: string): void => {
        input.value = term;
        void run();
      };
      help.replaceChildren(
        ...(shown.length
          ? []
          : await renderHelp(
              eng,
              page.fetchJson('terms.json') as Promise<string[]>,
              query,
              filters.unit ?? '',
              strings,
              page.browse,
              searchFor,
            )),
      );
      if (mine !== seq) return;
      // The count is what is listed.
      status.textContent = shown.length ? strings.results.replace('{n}', String(shown.length)) : strings.noResults;
    } catch (err) {
      if (mine === seq) status.textContent = `${strings.failed} (${err instanceof Error ? err.message : String(err)})`;
    }
  };
  return run;
}

/**
 * The list drawn again (the first records' items, then the final list): a reader who has already
 * moved into the results with the arrow keys or Tab keeps their place — the same result if it is
 * still listed, else the first — instead of the focus falling back to the page when the list is
 * replaced under it (seen on a busy machine: ArrowDown on the first list, then nothing focused).
 */
function relist(list: HTMLElement, items: HTMLElement[]): void {
  const active = document.activeElement;
  const was = active instanceof HTMLAnchorElement && list.contains(active) ? active.getAttribute('href') : null;
  list.replaceChildren(...items);
  if (was === null) return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  (links.find((a) => a.getAttribute('href') === was) ?? links[0])?.focus();
}

/** Typing searches after a pause, a filter or Enter at once; the engine loads on focus or when the page is idle. */
function wireForm({ form, input, selects, load }: SearchPage, run: () => Promise<void>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  // Fetch the runtime while the reader looks at the page, not when the first key is pressed.
  const idle = (cb: () => void) =>
    'requestIdleCallback' in window ? window.requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 1000);
  idle(() => void load().catch(() => undefined));
  for (const s of selects) s.addEventListener('change', () => void run());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void run();
  });
}

/** Arrow keys move between the box and the results; Escape returns to the box. */
function wireKeys({ input, list }: SearchPage): void {
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
}
