/**
 * Scoring of one item against an analysed query, in the browser.
 *
 * First the whole query: an item whose number is the clause number typed, whose title is the
 * query, or whose title or text contains it comes first, in that order. Then, and for every
 * item that holds only part of the query, BM25 over the query's pieces: each piece counts by
 * its rarity in the index (Pagefind's count of records holding it) and by how often the item
 * holds it, with the item's length normalised, so a short item holding the pieces beats the
 * section or page around it. Per concept (slot) the best alternative counts: the typed word,
 * one of its synonyms, or a word that sounds the same.
 */
import type { AnalyzedQuery, QueryPiece } from './query.ts';
import { countSpread } from './short-forms.ts';
import { compact, joinListedChars, normalizeText } from './tokens.ts';

export interface Candidate {
  title: string;
  content: string;
  /** Words that find the item but are not shown (keywords, tags, role names). */
  extra: string;
  /** The text of the clauses under a section, when they travel in the same record. */
  below?: string;
  /** The headings above a clause (its section's title…): what it is about, from its place. */
  above?: string;
  /** What the place it sits in says of itself (a phrase's situation's description). */
  about?: string;
  /** Position of its Pagefind record in the candidate order, 0 = best. */
  rank: number;
  /** Its kind (records.ts) and the posts it concerns ('all': every post); absent when unknown. */
  kind?: string;
  roles?: 'all' | readonly string[];
  /** The unit whose own copy it is (its link is under /units/<id>/); absent for the organisation's. */
  unit?: string;
}

export interface IndexStats {
  /** Records holding a piece's term (Pagefind's count, before filters). */
  df(term: string): number;
  /** Records in the index. */
  records: number;
  /** Mean item length in characters. */
  avgLength: number;
}

const K1 = 1.2;
const B = 0.75;
/**
 * How much a piece counts in each field. `about` (a phrase's situation's description, search11):
 * 0.15 / 0.3 / 0.5 gave the same p@1 — what it adds is recall (the record is found by those words)
 * — and it is kept out of the shared characters, which order the named post's phrases (prior.ts).
 */
const FIELD = { title: 2.5, content: 1, extra: 0.6, above: 0.5, about: 0.3, below: 0.3 } as const;
/** Whole-query matches, far above any piece score. */
export const TIER = { number: 5000, title: 1000, inTitle: 400, inText: 200 } as const;

function count(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

export function idf(df: number, records: number): number {
  return Math.log(1 + (records - df + 0.5) / (df + 0.5));
}

interface Fields {
  title: string;
  content: string;
  extra: string;
  below: string;
  above: string;
  about: string;
  titleCompact: string;
  textCompact: string;
  /** Every field, compact: where a synonym must be found whole. */
  allCompact: string;
  /** Whether the title is a heading or name rather than the start of the text. */
  heading: boolean;
  length: number;
}

function fieldsOf(c: Candidate): Fields {
  // 吃、拿、卡、要 holds 吃拿 as the index does (tokens.ts).
  const title = joinListedChars(normalizeText(c.title));
  const content = joinListedChars(normalizeText(c.content));
  const extra = joinListedChars(normalizeText(c.extra));
  const below = normalizeText(c.below ?? '');
  const above = normalizeText(c.above ?? '');
  const about = normalizeText(c.about ?? '');
  // A clause's number is not part of its title's words.
  const titleCompact = compact(title.replace(/^\d+(?:\.\d+)* /, ''));
  const length = [...compact(`${title}${content}`)].length;
  const lead = compact(title.replace(/^\d+(?:\.\d+)* /, '').replace(/…$/, ''));
  const heading = !(lead && compact(content).startsWith(lead));
  return {
    title,
    content,
    extra,
    below,
    above,
    about,
    titleCompact,
    textCompact: compact(`${content} ${extra}`),
    allCompact: compact(`${title} ${content} ${extra} ${above} ${below}`),
    length,
    heading,
  };
}

/**
 * Occurrences of a short number as a number of its own (10 is not in 100 or 2010), twice where
 * its unit follows it as typed (10分钟 holds 10 and 分); a long one may be the end of a longer
 * run (5598 in 95598, a phone number typed without its prefix).
 */
function countNumber(hay: string, p: QueryPiece): number {
  if (p.text.length > 3 || p.joined) return count(compact(hay), p.text);
  let n = 0;
  for (const m of hay.matchAll(new RegExp(`(?<!\\d)${p.text}(?!\\d)(\\s*\\p{Script=Han})?`, 'gu')))
    n += p.unit && m[1]?.trim() === p.unit ? 2 : 1;
  return n;
}

/** How many times an item holds a piece, weighted by field; and whether it holds it itself (not only below it). */
function termFrequency(f: Fields, p: QueryPiece): { tf: number; own: boolean } {
  if (p.kind === 'number') return { tf: 0, own: false };
  const text = p.kind === 'alnum' ? compact(p.text) : p.text;
  const digits = p.kind === 'alnum' && /^\d+$/.test(p.text);
  const inField = (s: string) =>
    p.spread ? countSpread(s, text) : digits ? countNumber(s, p) : count(p.kind === 'alnum' ? compact(s) : s, text);
  const own = FIELD.title * inField(f.title) + FIELD.content * inField(f.content) + FIELD.extra * inField(f.extra);
  return {
    tf: own + FIELD.above * inField(f.above) + FIELD.about * inField(f.about) + FIELD.below * inField(f.below),
    own: own > 0,
  };
}

export interface Scored {
  score: number;
  /** The whole-query tier reached (0: pieces only). */
  tier: number;
  /** Slots the item matched by its own words (not only by the headings above or clauses below it). */
  matched: number;
  /** The share of the query's characters it holds (sharedChars). */
  shared: number;
}

/**
 * How much an item concerns the posts a query names: fully when they are among its posts, half
 * when it is for every post; undefined when its posts are not known (then its words decide).
 */
function roleFrequency(c: Candidate, ids: readonly string[]): number | undefined {
  if (c.roles === undefined) return undefined;
  if (c.roles === 'all') return 0.5 * FIELD.content;
  return c.roles.some((r) => ids.includes(r)) ? FIELD.content : 0;
}

/**
 * How much an item concerns the units a query names: fully when it is one's own (its copy under
 * /units/<id>/, its page), not at all otherwise. Its text naming the unit does not count (您好，
 * 禾川电力 is a greeting, not what 禾川电力营业员 … asks about), and neither does the organisation's
 * copy: the query asked for that unit's. Measured (search9, Node loop, every spent set): the
 * organisation's copy at 0 / 0.25 / 0.5 of an own copy: p@1 +5 / +1 / 0 over the eight sets.
 */
function unitFrequency(c: Candidate, ids: readonly string[]): number {
  return c.unit !== undefined && ids.includes(c.unit) ? FIELD.content : 0;
}

/** `detail`, when given, gets each concept's (slot's) share of the score before coordination. */
export function scoreItem(q: AnalyzedQuery, c: Candidate, stats: IndexStats, detail?: Map<number, number>): Scored {
  const f = fieldsOf(c);
  const tier = wholeQueryTier(q, c, f);
  const norm = K1 * (1 - B + (B * f.length) / Math.max(1, stats.avgLength));
  const { slots, ownSlots } = slotContributions(q, c, f, stats, norm);
  // Positions of the slot's typed alternative: a synonym with more pieces does not count more.
  const typedPositions = new Map<number, number>();
  for (const p of q.pieces)
    if (p.source === 'typed' || p.source === 'sound')
      typedPositions.set(p.slot, Math.max(typedPositions.get(p.slot) ?? 0, p.pos + 1));
  const positions = new Map<string, Set<number>>();
  for (const p of q.pieces) {
    const key = `${p.slot}\u0000${p.alt}`;
    if (!positions.has(key)) positions.set(key, new Set());
    positions.get(key)!.add(p.pos);
  }
  // Coordination: an item holding more of the query's concepts (by weight) is worth more.
  const slotWeight = new Map<number, number>();
  for (const p of q.pieces) slotWeight.set(p.slot, Math.max(slotWeight.get(p.slot) ?? 0, p.weight));
  const totalWeight = [...slotWeight.values()].reduce((a, b) => a + b, 0);
  const heldWeight = [...slots.keys()].reduce((a, slot) => a + (slotWeight.get(slot) ?? 0), 0);
  let score = 0;
  for (const [slot, alts] of slots) {
    let best = 0;
    for (const [alt, pos] of alts) {
      const sum = [...pos.values()].reduce((a, b) => a + b, 0);
      const size = positions.get(`${slot}\u0000${alt}`)?.size ?? 1;
      best = Math.max(best, (sum / size) * (besideMatter(q, slot) ? ROLE_SLOT : (typedPositions.get(slot) ?? size)));
    }
    score += best;
    detail?.set(slot, best);
  }
  const coord = totalWeight > 0 ? heldWeight / totalWeight : 1;
  const shared = sharedChars(q, f, new Set(slots.keys()));
  return {
    score: score * coord * roleFirst(q, c) * (1 + charShare(q) * shared) * (ownSlots.size ? 1 : HELD_AROUND) + tier,
    tier,
    matched: ownSlots.size,
    shared,
  };
}

/**
 * An item holding none of the query's words itself, only in the headings above it or the clauses
 * below it (a section such as 6 廉洁与保密, found by its clauses' words), is where the answer is, not
 * the answer: it counts this much. Measured (Node loop; fourth…sixteenth / the seven older sets):
 * p@1 unchanged at 0.5 and 0.2 (1234 / 601), targets moved up 28 / 4 and down 2 / 0 at 0.5, up 37 / 9
 * and down 2 / 0 at 0.2 (MRR 0.7765 → 0.7777).
 */
const HELD_AROUND = 0.2;

/**
 * Shared characters: of two items holding the same words, the one holding more of the query's
 * other characters (words the index lacks, said in other words) comes first. Only reorders items
 * already found (search6: asking the index for characters cost 5 queries of the fifth set). Node
 * loop, p@1 (search22; spent fourth…twenty-first of 3525 / guard sets of 760): 0.3 2493 / 607; 0.5
 * 2503 / 606; 0.7 2506 / 608; 1 2503 / 606 — at 0.7 number 252 → 247, each a phone number beside a
 * word (2839922 手机落车上), which names the item giving it, often a unit's card lacking the query's
 * words: there 0.3 as before (0.7: 2511 / 608; 0.6 2508 / 606; 0.85 2508 / 607).
 */
const CHAR_SHARE = 0.7;
const CHAR_SHARE_PHONE = 0.3;

function charShare(q: AnalyzedQuery): number {
  return q.pieces.some((p) => p.kind === 'alnum' && /^\d{7,}$/.test(p.text)) ? CHAR_SHARE_PHONE : CHAR_SHARE;
}

/** A word held by a synonym (客户 for 顾客) counts its characters: the same thing in the rule's words (2511 / 608 still). */
function sharedChars(q: AnalyzedQuery, f: Fields, held: ReadonlySet<number>): number {
  if (!q.chars.length) return 0;
  const said = q.pieces
    .filter((p) => p.source === 'typed' && held.has(p.slot))
    .map((p) => p.alt)
    .join('');
  return q.chars.filter((ch) => f.allCompact.includes(ch) || said.includes(ch)).length / q.chars.length;
}

/**
 * A post named beside a situation (大厅值班长 抱娃的妈妈排在后面) says whose item is wanted, not
 * what it is about: its slot counts as one concept at half a piece (the mean of its pieces), not
 * as the sum of its pieces — a name of four pieces (大厅|厅值|值班|班长) outweighed the situation's
 * words, so the post's items holding none of them came first. Measured (Node loop, the eight sets
 * fourth…fourteenth, p@1 of 1298): sum 881; mean 885; mean × 0.5 887 (the seven sets before them,
 * of 760: 587 → 589); × 0.25 887; × 0 884 (an item holding only the post is then no match).
 */
const ROLE_SLOT = 0.5;

function besideMatter(q: AnalyzedQuery, slot: number): boolean {
  return q.roleSlots.has(slot) && !q.onlyRoles;
}

/**
 * In such a query the post's own page (its duties in a line, its name as title) is where the post
 * is described, not the answer: it counts this much. And a process concerns every post of its
 * lanes, so it is not lifted as the post's own: its steps say which post does what. With the
 * slot above, the eight sets' p@1 887 → 891 (page 0.5 / 0.3 alike), the seven before 589 → 590.
 */
const ROLE_PAGE = 0.5;

/**
 * A query naming a post and asking about something (收费员 救护车来了) asks what that post does:
 * an item concerning the post itself (not every post, not the post's page) counts this much more.
 * Measured on the spent sets: 0.3 → role p@1 35 % (third set), 0.6 → 43 %, 1 → 48 %, 1.5 → 48 %;
 * the tuning set's role queries stay at 92 % throughout.
 */
const ROLE_FIRST = 1;

function roleFirst(q: AnalyzedQuery, c: Candidate): number {
  if (!q.roleSlots.size || q.onlyRoles) return 1;
  if (c.kind === 'role') return ROLE_PAGE;
  if (c.kind === 'process' || !Array.isArray(c.roles)) return 1;
  const named = new Set([...q.roleSlots.values()].flat());
  return c.roles.some((r) => named.has(r)) ? 1 + ROLE_FIRST : 1;
}

/** The whole-query tier an item reaches: its post's page, its clause number, the query in its title or text (0: none). */
function wholeQueryTier(q: AnalyzedQuery, c: Candidate, f: Fields): number {
  let tier = 0;
  // A query that only names a post (勘查员干什么) is answered by the post's own page.
  if (q.onlyRoles && c.kind === 'role' && Array.isArray(c.roles) && c.roles.some((r) => q.onlyRoles!.includes(r)))
    tier = TIER.title;
  if (q.clauseNumber) {
    // 9.7 is a clause number, not 97 in "97%".
    if (f.title === q.clauseNumber || f.title.startsWith(`${q.clauseNumber} `)) tier = TIER.number;
  } else {
    // The query as typed, or corrected by sound (唱收唱附 → 唱收唱付), a little below.
    for (const [form, factor] of [[q.compact, 1], ...q.corrected.map((c) => [c, 0.9] as const)] as const) {
      if (!form) continue;
      // A title that is only the start of the item's text (a clause without a heading, a phrase) counts as text.
      // A long title is a sentence or a list, not a heading (HEADING_CHARS).
      const named = f.heading && [...f.titleCompact].length <= HEADING_CHARS;
      const inTitle = f.titleCompact.includes(form) ? (named ? TIER.inTitle : TIER.inText) : 0;
      const t = f.titleCompact === form ? TIER.title : inTitle || (f.textCompact.includes(form) ? TIER.inText : 0);
      tier = Math.max(tier, t * factor);
    }
  }
  // A local phone number typed alone asks what the number is for: an item that gives it in a
  // sentence (监督电话… in a commitment) says so, a unit's contact card (its page: name, address,
  // numbers) only lists it. The card still comes next, and first where no item gives the number.
  if (tier && c.kind === 'unit' && PHONE_QUERY.test(q.compact)) tier *= CONTACT_CARD;
  if (c.kind === 'page') tier *= PAGE_TIER;
  return tier;
}

/**
 * Seven digits or more: a local line (86621300, 0791-86621300). A five-digit service number
 * (95598) is on every card and in many items, and the card answers it best (the tuning set's).
 */
const PHONE_QUERY = /^\d{7,}$/;
const CONTACT_CARD = 0.5;
/**
 * A page's section (a notice or plan written as a page, split at its headings) names what the
 * standard's own item says: 绿色通道 as a heading of the intake notice, the clause saying who may
 * use it. Its whole-query tier counts this much: a section headed by the query itself still comes
 * first, one whose heading only holds the query ranks with the items holding it in their text.
 * Measured (Node loop, p@1): fourth…eighteenth 1606 → 1608 of 2248 (exact +1, two-char +1, none lost),
 * the seven older sets 604 → 604 of 760; 0.35: 1609, but a heading typed whole (学习动员阶段) fell to 3rd.
 */
const PAGE_TIER = 0.5;
/**
 * A title longer than this is a sentence or a list, not a heading: 拒载 in 神秘乘客（督导员扬招乘车，记录
 * 拒载、绕路、计价和发票） is one word of a list, and the clause saying 不得拒载 answers it better. Measured
 * (Node loop, p@1; fourth…sixteenth of 1739 / the seven older sets of 760): any length 1219 / 601;
 * 12: 1222 / 600; 16: 1222 / 601; 20: 1221 / 601. Scaling by the query's share of the title instead
 * (at least half of it: 1224 / 598; a third: 1222) moved short headings too (每单有发票, 鲜活农产品绿色通道查验流程).
 */
const HEADING_CHARS = 16;

/**
 * Each piece's rarity (document frequency) as scored. Alternatives of one concept share its
 * rarity (the commonest one's), so a rare synonym does not outweigh the word typed. An
 * alternative of several pieces is as common as its rarest piece (no more records hold 老年客户
 * than hold 年客), not as its commonest (客户).
 */
function sharedRarity(q: AnalyzedQuery, stats: IndexStats): (p: QueryPiece) => number {
  const slotDf = new Map<string, number>();
  const altsOf = new Map<number, Set<string>>();
  for (const p of q.pieces) altsOf.set(p.slot, (altsOf.get(p.slot) ?? new Set()).add(p.alt));
  const altDf = new Map<string, number>();
  for (const p of q.pieces) {
    if (p.source === 'sound') continue;
    const key = `${p.slot}\u0000${p.alt}`;
    altDf.set(key, Math.min(altDf.get(key) ?? Infinity, stats.df(p.term)));
  }
  for (const p of q.pieces) {
    const multi = (altsOf.get(p.slot)?.size ?? 1) > 1;
    const key = multi ? `${p.slot}` : `${p.slot}\u0000${p.pos}`;
    const df = multi && p.source !== 'sound' ? altDf.get(`${p.slot}\u0000${p.alt}`)! : stats.df(p.term);
    slotDf.set(key, Math.max(slotDf.get(key) ?? 0, df));
  }
  return (p) =>
    slotDf.get((altsOf.get(p.slot)?.size ?? 1) > 1 ? `${p.slot}` : `${p.slot}\u0000${p.pos}`) ?? stats.df(p.term);
}

/**
 * What each piece the item holds contributes (BM25 with the shared rarity): slot → alternative →
 * position → best contribution there; and the slots the item holds by its own words.
 */
function slotContributions(
  q: AnalyzedQuery,
  c: Candidate,
  f: Fields,
  stats: IndexStats,
  norm: number,
): { slots: Map<number, Map<string, Map<number, number>>>; ownSlots: Set<number> } {
  const dfOf = sharedRarity(q, stats);
  const slots = new Map<number, Map<string, Map<number, number>>>();
  const ownSlots = new Set<number>();
  for (const p of q.pieces) {
    // A synonym counts only where the item holds it whole: 客户 alone is not 老年客户.
    if (p.source === 'synonym' && [...p.alt].length > 2 && !f.allCompact.includes(compact(p.alt))) continue;
    // A post is held by an item concerning it, or naming it in its text (a step of another post's lane may still name it).
    const roleIds = q.roleSlots.get(p.slot);
    const unitIds = q.unitSlots.get(p.slot);
    const byRole = unitIds ? unitFrequency(c, unitIds) : roleIds ? roleFrequency(c, roleIds) : undefined;
    const byText = unitIds ? { tf: 0, own: false } : termFrequency(f, p);
    const { tf, own } = byRole === undefined || byText.tf > byRole ? byText : { tf: byRole, own: byRole > 0 };
    if (tf === 0) continue;
    if (own) ownSlots.add(p.slot);
    const contribution = p.weight * idf(dfOf(p), stats.records) * ((tf * (K1 + 1)) / (tf + norm));
    const alts = slots.get(p.slot) ?? new Map<string, Map<number, number>>();
    slots.set(p.slot, alts);
    const pos = alts.get(p.alt) ?? new Map<number, number>();
    alts.set(p.alt, pos);
    pos.set(p.pos, Math.max(pos.get(p.pos) ?? 0, contribution));
  }
  return { slots, ownSlots };
}
