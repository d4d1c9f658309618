/**
 * The search itself, in the browser: Pagefind as the index, asked once per query piece (it
 * would otherwise want every piece in one record), the records holding the most and rarest
 * pieces loaded, split into their items, and the items scored (rank.ts). A piece found nowhere
 * is retried as the index's pieces that sound the same (pinyin-key.ts).
 */
import { decodeGroup } from './group.ts';
import { parseCharTable, pieceKeys, shardOf } from './pinyin-key.ts';
import { addSoundAlikes, analyzeQuery, type AnalyzedQuery, type QueryContext, type QueryPiece } from './query.ts';
import { scoreItem, type Candidate, type IndexStats } from './rank.ts';
import type { SearchMeta } from './search-data.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
export type PagefindFilters = Record<string, string | { any: string[] }>;
export interface PagefindApi {
  options(o: object): Promise<void>;
  search(term: string, o?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[]; unfilteredResultCount: number } | null>;
}

export interface Hit {
  url: string;
  title: string;
  content: string;
  kind: string;
  context: string;
  score: number;
  tier: number;
}

export interface SearchOutcome {
  query: AnalyzedQuery;
  hits: Hit[];
}

/** Records whose items are loaded and scored: each costs a fragment file on the first query. */
export const CANDIDATES = 16;
/** Items listed at most. */
export const SHOWN = 20;
/** An item scoring under this share of the best one (on pieces alone) is not listed. */
const RELATIVE_FLOOR = 0.3;

/** The form's choices as Pagefind filters: items for every unit or role are filed under 'all'. */
export function pagefindFilters(chosen: Record<string, string>): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const [name, value] of Object.entries(chosen)) if (value) filters[name] = name === 'unit' || name === 'role' ? { any: [value, 'all'] } : value;
  return filters;
}

export interface EngineData {
  meta: SearchMeta;
  /** Fetches one of the island's data files (pinyin.json, pinyin-N.json, terms.json). */
  load(file: string): Promise<unknown>;
  segment?: (text: string) => string[];
}

export class SearchEngine {
  private readonly fold: Map<string, string>;
  private readings?: Promise<Map<string, string[]>>;
  private readonly shards = new Map<number, Promise<Record<string, string>>>();

  constructor(
    private readonly pf: PagefindApi,
    private readonly data: EngineData,
  ) {
    const pairs = [...data.meta.fold];
    this.fold = new Map();
    for (let i = 0; i + 1 < pairs.length; i += 2) this.fold.set(pairs[i]!, pairs[i + 1]!);
  }

  context(): QueryContext {
    return { fold: this.fold, synonyms: this.data.meta.synonyms, ...(this.data.segment ? { segment: this.data.segment } : {}) };
  }

  /** Each character's readings (loaded once, when first needed). */
  charReadings(): Promise<Map<string, string[]>> {
    this.readings ??= this.data.load('pinyin.json').then((d) => parseCharTable((d as { table: string }).table));
    return this.readings;
  }

  private shard(n: number): Promise<Record<string, string>> {
    if (!this.shards.has(n)) this.shards.set(n, this.data.load(`pinyin-${n}.json`) as Promise<Record<string, string>>);
    return this.shards.get(n)!;
  }

  /** The index's pieces that sound like this one. */
  async soundAlikes(piece: string): Promise<string[]> {
    const readings = await this.charReadings();
    const keys = pieceKeys(piece, (ch) => readings.get(ch) ?? []);
    const lists = await Promise.all(keys.map(async (k) => ((await this.shard(shardOf(k, this.data.meta.pinyinShards)))[k] ?? '').split(' ').filter(Boolean)));
    return [...new Set(lists.flat())];
  }

  async search(query: string, chosen: Record<string, string>): Promise<SearchOutcome> {
    const q = analyzeQuery(query, this.context());
    if (!q.pieces.length) return { query: q, hits: [] };
    const filters = pagefindFilters(chosen);
    const found = new Map<string, { df: number; results: PagefindResult[] }>();
    const ask = async (pieces: readonly QueryPiece[]) => {
      const terms = [...new Set(pieces.map((p) => p.term))].filter((t) => !found.has(t));
      const answers = await Promise.all(terms.map((t) => this.pf.search(t, { filters })));
      terms.forEach((t, i) => found.set(t, { df: answers[i]?.unfilteredResultCount ?? 0, results: answers[i]?.results ?? [] }));
    };
    await ask(q.pieces);

    // Typo fallback: a typed piece found nowhere is asked again as the pieces that sound like it.
    const missing = q.pieces.filter((p) => p.kind === 'han' && p.source === 'typed' && p.weight >= 1 && [...p.text].length === 2 && found.get(p.term)!.df === 0);
    if (missing.length) {
      const added = (await Promise.all(missing.map(async (p) => addSoundAlikes(q, p, await this.soundAlikes(p.text))))).flat();
      if (added.length) await ask(added);
    }

    // Records: the best piece of each slot, by Pagefind's own score for that piece.
    const perRecord = new Map<string, { result: PagefindResult; slots: Map<number, number> }>();
    for (const p of q.pieces) {
      for (const r of found.get(p.term)!.results) {
        const entry = perRecord.get(r.id) ?? { result: r, slots: new Map<number, number>() };
        perRecord.set(r.id, entry);
        entry.slots.set(p.slot, Math.max(entry.slots.get(p.slot) ?? 0, p.weight * r.score));
      }
    }
    const ranked = [...perRecord.values()]
      .map((e) => ({ result: e.result, score: [...e.slots.values()].reduce((a, b) => a + b, 0) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, CANDIDATES);
    const data = await Promise.all(ranked.map((r) => r.result.data()));

    const stats: IndexStats = { df: (t) => found.get(t)?.df ?? 0, records: Math.max(1, this.data.meta.records), avgLength: this.data.meta.avgLength };
    const hits: Hit[] = [];
    data.forEach((d, rank) => {
      const members = decodeGroup(d.url, d.meta.title ?? '', d.content, d.meta.x ?? '', d.meta.r ?? '');
      const numbers = members.map((m) => /^(\d+(?:\.\d+)*) /.exec(m.title)?.[1]);
      members.forEach((m, i) => {
        if (chosen.role && m.roles !== 'all' && !m.roles.includes(chosen.role)) return;
        // A section is also found by the clauses under it, weakly (they travel in its record).
        const n = numbers[i];
        const below = n ? members.filter((_, j) => numbers[j]?.startsWith(`${n}.`)).map((x) => x.content).join(' ') : '';
        const c: Candidate = { title: m.title, content: m.content, extra: m.extra, below, rank };
        const s = scoreItem(q, c, stats);
        if (s.score > 0) hits.push({ url: m.url, title: m.title, content: m.content, kind: d.meta.kind ?? '', context: d.meta.context ?? '', score: s.score, tier: s.tier });
      });
    });
    hits.sort((a, b) => b.score - a.score);
    const best = hits.find((h) => h.tier === 0)?.score ?? 0;
    const shown = hits.filter((h) => h.tier > 0 || h.score >= RELATIVE_FLOOR * best).slice(0, SHOWN);
    return { query: q, hits: shown };
  }
}
