/**
 * The search itself, in the browser: Pagefind as the index, asked once per query piece (it
 * would otherwise want every piece in one record), the records holding the most and rarest
 * pieces loaded, split into their items, and the items scored (rank.ts). A piece found nowhere
 * is retried as the index's pieces that sound the same (pinyin-key.ts).
 */
import { decodeGroup } from './group.ts';
import { answered, intentsOf, kindShare, type Intent } from './intent.ts';
import { addNearSynonyms } from './near-synonyms.ts';
import { asksNext, liftNextSteps } from './order.ts';
import { inPrior, POST_RECORDS, postPrior, priorGain, SPOKEN_RECORDS } from './prior.ts';
import { parseCharTable, pieceKeys, shardOf } from './pinyin-key.ts';
import { analyzeQuery, queryForm, type AnalyzedQuery, type QueryContext, type QueryPiece } from './query.ts';
import { compact, hanPieces } from './tokens.ts';
import { addCharsOfUnfound, dropCommonChars, keepRareStandIns, reduceUnfoundSplits } from './query-fallbacks.ts';
import { holdsAll, soundRetry, typoFallback } from './sound-fallback.ts';
import { addShortForms } from './short-forms.ts';
import { scoreItem, type Candidate, type IndexStats } from './rank.ts';
import { liftScoreBand } from './score-band.ts';
import { placeBelowOwners } from './placement.ts';
import type { SearchMeta } from './search-data.ts';

export interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export type PagefindFilters = Record<string, string | { any: string[] }>;
export interface PagefindApi {
  options(o: object): Promise<void>;
  search(
    term: string | null,
    o?: { filters?: PagefindFilters },
  ): Promise<{ results: PagefindResult[]; unfilteredResultCount: number } | null>;
}

export interface Hit {
  url: string;
  title: string;
  content: string;
  kind: string;
  context: string;
  score: number;
  tier: number;
  /** Query concepts the item holds. */
  matched: number;
  /** The items it sits in (its section, situation, process, page), nearest first. */
  containers: string[];
  /** The items it checks (a score item's clauses): it comes after the best of them found. */
  follows?: string[];
}

/**
 * How much more an item counts for each intent of the question it answers (intent.ts). 0.3 →
 * 0.6 (search6): the third set's paraphrase p@1 75 → 79 %, every other spent set unchanged; 1
 * gave the same figures as 0.6.
 */
const INTENT_BOOST = 0.6;
/**
 * A post's page (its name and its duties in a line) is short, so a word of its duties outweighs
 * the item that says the rule: 晚归 found the dorm keeper's page before the late-return clause,
 * 飞线 the front-line post's before the clause forbidding it. Unless the query names a post or asks
 * what a post is (哪个岗, 岗位职责: intent.ts), the page counts this much. Measured (Node loop, p@1):
 * fourth…eighteenth 1598 → 1603 of 2248 (two-char +3, paraphrase +2, role +1, typo −1) at 0.5 and
 * at 0.3 alike; the seven older sets 604 → 604 of 760 once 那个岗 / 哪个岗 asked for the post.
 */
const UNASKED_POST = 0.5;

function unaskedPost(q: AnalyzedQuery, kind: string, intents: readonly Intent[]): number {
  if (kind !== 'role' || q.roleSlots.size || intents.some((i) => i.kinds?.includes('role'))) return 1;
  return UNASKED_POST;
}
/**
 * A section whose record holds its clauses and whose own text is only its heading (6 献血以后, 8
 * 招募与联系) is where the answer is, not the answer: found by a word of its heading, a short record,
 * it outran the clause below saying the rule (熊猫血的人怎么联系 → 8 招募与联系). Unless the query
 * is in its heading (a whole-query tier: 抄表 → 6.2 抄表与数据录入), it counts this much. Measured
 * (Node loop; spent sets fourth…twenty-first of 3525 / guard sets of 760): p@1 2493 → 2493 / 607 →
 * 607, MRR 0.7784 → 0.7797 / 0.8439 → 0.8446, 57 targets up, none down; 0.3 and 0.7 alike; in every
 * tier (not only 0) 2494 / 606, two headings typed as the query lost their first place.
 */
const HEADING_ONLY = 0.5;

function sectionShare(c: Candidate, tier: number): number {
  return !tier && c.below && compact(c.content) === compact(c.title) ? HEADING_ONLY : 1;
}

export interface SearchOutcome {
  query: AnalyzedQuery;
  hits: Hit[];
}

/** Records whose items are loaded and scored: each costs a fragment file on the first query. */
export const CANDIDATES = 16;
/**
 * Records whose items are listed first, while the others load: no more fragment requests than a
 * browser opens at once to one HTTP/1.1 host (6), so the first results wait for one round trip.
 */
export const FIRST_BATCH = 6;
/** Items listed at most. */
export const SHOWN = 20;
/** An item scoring under this share of the best one (on pieces alone) is not listed. */
const RELATIVE_FLOOR = 0.3;

/** The form's choices as Pagefind filters: items for every unit or role are filed under 'all'. */
export function pagefindFilters(chosen: Record<string, string>): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const [name, value] of Object.entries(chosen))
    if (value) filters[name] = name === 'unit' || name === 'role' ? { any: [value, 'all'] } : value;
  return filters;
}

export interface EngineData {
  meta: SearchMeta;
  /** Fetches one of the island's data files (pinyin.json, pinyin-N.json, terms.json). */
  load(file: string): Promise<unknown>;
  segment?: (text: string) => string[];
  /** The site's base path, as Pagefind's result addresses begin (its baseUrl); '/' when absent. */
  base?: string;
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
    return {
      fold: this.fold,
      synonyms: this.data.meta.synonyms,
      roles: this.data.meta.roles ?? {},
      units: this.data.meta.units ?? {},
      ...(this.data.segment ? { segment: this.data.segment } : {}),
    };
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

  /**
   * The index's pieces that sound like this one; with `groups`, also the pieces of the synonym groups
   * holding a word that sounds like it (泄露 → 泄漏's group: 漏气), not of its own group.
   */
  async soundAlikes(piece: string, groups = false): Promise<string[]> {
    const readings = await this.charReadings();
    const keysOf = (text: string) => pieceKeys(text, (ch) => readings.get(ch) ?? []);
    const keys = keysOf(piece);
    const lists = await Promise.all(
      keys.map(async (k) =>
        ((await this.shard(shardOf(k, this.data.meta.pinyinShards)))[k] ?? '').split(' ').filter(Boolean),
      ),
    );
    const words = groups
      ? this.data.meta.synonyms
          .filter((g) => !g.words.includes(piece))
          .filter((g) =>
            g.words.some((w) => w !== piece && [...w].length === 2 && keysOf(w).some((k) => keys.includes(k))),
          )
          .flatMap((g) => g.present.flatMap((w) => hanPieces(w).filter((x) => [...x].length === 2)))
      : [];
    return [...new Set([...lists.flat(), ...words])];
  }

  /** The best items; `onFirst` gets a first list from the best records before the others have loaded. */
  async search(
    query: string,
    chosen: Record<string, string>,
    onFirst?: (first: SearchOutcome) => void,
  ): Promise<SearchOutcome> {
    const q = analyzeQuery(query, this.context());
    if (!q.pieces.length) return { query: q, hits: [] };
    const filters = pagefindFilters(chosen);
    const found = new Map<string, { df: number; results: PagefindResult[] }>();
    const ask = async (pieces: readonly Pick<QueryPiece, 'term'>[]) => {
      const terms = [...new Set(pieces.map((p) => p.term))].filter((t) => !found.has(t));
      const answers = await Promise.all(terms.map((t) => this.pf.search(t, { filters })));
      terms.forEach((t, i) =>
        found.set(t, { df: answers[i]?.unfilteredResultCount ?? 0, results: answers[i]?.results ?? [] }),
      );
    };
    await ask(q.pieces);
    const standIns = reduceUnfoundSplits(q, (t) => found.get(t)?.df ?? 0);
    await ask(standIns);
    keepRareStandIns(q, standIns, (t) => found.get(t)?.df ?? 0, this.data.meta.records);
    await ask(addNearSynonyms(q, this.data.meta.synonyms, (t) => found.get(t)?.df ?? 0));
    dropCommonChars(q, (t) => found.get(t)?.df ?? 0, this.data.meta.records);

    await typoFallback(q, found, ask, (t) => this.soundAlikes(t));
    await addShortForms(q, found, ask);
    const chars = addCharsOfUnfound(q, (t) => found.get(t)?.df ?? 0);
    if (chars.length) {
      await ask(chars);
      dropCommonChars(q, (t) => found.get(t)?.df ?? 0, this.data.meta.records);
    }

    const outcome = await this.outcome(q, found, filters, chosen, onFirst);
    // No item holds every word of a short query: a word the index holds may be a slip for one that
    // sounds the same (sound-fallback.ts), taken when the query so read is held whole.
    if (holdsAll(q, outcome.hits)) return outcome;
    for (const again of await soundRetry(q, outcome.hits, ask, (t) => this.soundAlikes(t, true))) {
      const better = await this.outcome(again, found, filters, chosen);
      if (holdsAll(q, better.hits)) return better;
    }
    return outcome;
  }

  /** The candidate records of an analysed query (its pieces asked), their items ranked. */
  private async outcome(
    q: AnalyzedQuery,
    found: ReadonlyMap<string, { df: number; results: PagefindResult[] }>,
    filters: PagefindFilters,
    chosen: Record<string, string>,
    onFirst?: (first: SearchOutcome) => void,
  ): Promise<SearchOutcome> {
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
    const prior = postPrior(q);
    if (prior) {
      // The named post's items of the kind asked, as candidates even when they share no word.
      const own = await this.pf.search(null, {
        filters: {
          ...filters,
          kind: { any: [...prior.kinds] },
          ...(filters.role || !prior.posts ? {} : { role: { any: prior.posts } }),
        },
      });
      const have = new Set(ranked.map((r) => r.result.id));
      for (const r of (own?.results ?? []).slice(0, prior.posts ? POST_RECORDS : SPOKEN_RECORDS))
        if (!have.has(r.id)) ranked.push({ result: r, score: 0 });
    }
    const stats: IndexStats = {
      df: (t) => found.get(t)?.df ?? 0,
      records: Math.max(1, this.data.meta.records),
      avgLength: this.data.meta.avgLength,
    };
    // The first records' items are listed as soon as they arrive; the rest, asked for only then so
    // that the first ones are not queued behind them, refine the list.
    if (onFirst && ranked.length > FIRST_BATCH) {
      const first = await Promise.all(ranked.slice(0, FIRST_BATCH).map((r) => r.result.data()));
      onFirst({ query: q, hits: this.rank(q, first, stats, chosen) });
      const rest = await Promise.all(ranked.slice(FIRST_BATCH).map((r) => r.result.data()));
      return { query: q, hits: this.rank(q, [...first, ...rest], stats, chosen) };
    }
    return { query: q, hits: this.rank(q, await Promise.all(ranked.map((r) => r.result.data())), stats, chosen) };
  }

  /** The items of loaded records, scored, ordered and cut. */
  private rank(
    q: AnalyzedQuery,
    data: readonly PagefindData[],
    stats: IndexStats,
    chosen: Record<string, string>,
  ): Hit[] {
    const hits: Hit[] = [];
    const intents = intentsOf(q.folded, q.compact);
    const prior = postPrior(q);
    const ofPost = new Map<Hit, { shared: number; first: boolean; last: boolean }>();
    data.forEach((d, rank) => {
      // Pagefind stores the content with a zero-width space between the words it segmented.
      const members = decodeGroup(
        d.url,
        d.meta.title ?? '',
        d.content.replace(/\u200b/g, ''),
        d.meta.x ?? '',
        d.meta.r ?? '',
      );
      const numbers = members.map((m) => /^(\d+(?:\.\d+)*) /.exec(m.title)?.[1]);
      const parent = d.meta.p ?? '';
      members.forEach((m, i) => {
        if (chosen.role && m.roles !== 'all' && !m.roles.includes(chosen.role)) return;
        // A section is also found by the clauses under it, weakly (they travel in its record), and a clause by its sections' titles.
        const n = numbers[i];
        const below = n
          ? members
              .filter((_, j) => numbers[j]?.startsWith(`${n}.`))
              .map((x) => x.content)
              .join(' ')
          : '';
        const ancestors = n ? members.filter((_, j) => numbers[j] && n.startsWith(`${numbers[j]}.`)).reverse() : [];
        // What holds it says what it is about: a clause's sections; a phrase's situation, a step's process, a commitment's board.
        const above = n ? ancestors.map((a) => a.title).join(' ') : (d.meta.context ?? '');
        const c: Candidate = {
          title: m.title,
          content: m.content,
          extra: m.extra,
          below,
          above,
          ...(d.meta.a ? { about: d.meta.a } : {}),
          rank,
          kind: d.meta.kind ?? '',
          roles: m.doer ? [m.doer] : m.roles,
          ...unitOf(m.url, this.data.base),
        };
        const s = scoreItem(q, c, stats);
        const kind = d.meta.kind ?? '';
        // The prior's items count by their characters even when they hold none of the query's words.
        const ofPrior = inPrior(prior, kind, c.roles ?? 'all');
        if (s.score <= 0 && !(ofPrior && s.shared > 0)) return;
        const asked = answered(intents, { kind, content: m.content, first: i === 0, last: i === members.length - 1 });
        const damp = kindShare(kind, intents, ...queryForm(q)) * unaskedPost(q, kind, intents);
        const score = s.tier + (s.score - s.tier) * (1 + INTENT_BOOST * asked) * damp * sectionShare(c, s.tier);
        const hit: Hit = {
          url: m.url,
          title: m.title,
          content: m.content,
          kind,
          context: d.meta.context ?? '',
          score,
          tier: s.tier,
          matched: s.matched,
          containers: [...ancestors.map((a) => a.url), ...(parent && parent !== m.url ? [parent] : [])],
          ...(d.meta.ck ? { follows: d.meta.ck.split(' ') } : {}),
        };
        hits.push(hit);
        if (ofPrior) ofPost.set(hit, { shared: s.shared, first: i === 0, last: i === members.length - 1 });
      });
    });
    const top = Math.max(0, ...hits.filter((h) => h.tier === 0).map((h) => h.score));
    for (const [h, p] of ofPost) h.score += priorGain(top, p.shared, intents, p);
    if (asksNext(q.folded)) liftNextSteps(hits, data);
    liftScoreBand(q.folded, hits);
    placeBelowOwners(hits);
    hits.sort((a, b) => b.score - a.score);
    const unique = onePerItem(hits, this.data.base);
    const best = unique.find((h) => h.tier === 0)?.score ?? 0;
    return unique.filter((h) => h.tier > 0 || h.score >= RELATIVE_FLOOR * best).slice(0, SHOWN);
  }
}

/** The unit whose own copy or page a link is (<base>units/<id>/…; a site may be served below a path). */
export function unitOf(url: string, base = '/'): { unit?: string } {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  const id = /^units\/([^/#]+)\//.exec(path)?.[1];
  return id ? { unit: decodeURIComponent(id) } : {};
}

/** The item a hit is a copy of: its anchor, or for a page without one (a process, a norm document) its own name. */
function itemKey(h: Hit): string {
  // A unit's copy at /units/<unit>/… is the same page.
  return `${h.kind}:${h.url.split('#')[1] ?? h.url.split('/').filter(Boolean).at(-1) ?? h.url}`;
}

/**
 * Each item once, in score order: a unit's copy (its own number in the text) only when it matches
 * better than the group's — holds more of the query or ranks in a higher tier. A copy that only
 * scores higher by being a character shorter (8小时 against 24小时) does not stand for the item,
 * so a search across all units lands on the group's page, which lists every unit's value.
 */
export function onePerItem(hits: readonly Hit[], base = '/'): Hit[] {
  const copies = new Map<string, Hit[]>();
  for (const h of hits) copies.set(itemKey(h), [...(copies.get(itemKey(h)) ?? []), h]);
  const out: Hit[] = [];
  for (const h of hits) {
    const all = copies.get(itemKey(h));
    if (!all || all[0] !== h) continue;
    const group = all.find((c) => !unitOf(c.url, base).unit && c.tier === h.tier && c.matched >= h.matched);
    out.push(group && group !== h ? { ...group, score: h.score } : h);
  }
  return out;
}
