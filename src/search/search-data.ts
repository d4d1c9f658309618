/**
 * The island's own data beside Pagefind's index, written at build time (<bundle>/guifan/):
 *
 * - meta.json (fetched with Pagefind's runtime, before the first query): item count and mean
 *   length for the length normalisation, the synonym groups, the words naming each post, and traditional → simplified
 *   pairs for the characters the index holds (derived from opencc-js's tables, so the browser
 *   folds 熱線 to 热线 without the 40 KB converter);
 * - pinyin.json and pinyin-N.json (fetched only when a query piece is found nowhere): each
 *   common character's toneless readings (pinyin-pro, GB 2312 plus the content's characters)
 *   and, by reading, the index's own pieces, so 唱附 finds 唱付;
 * - terms.json (fetched only when nothing is found): the index's terms for "did you mean";
 * - units/<unit>.json (fetched when a search names a unit): the unit's table of its own pages
 *   (model/unit-pages.ts), so its results link there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { Model } from '../model/types.ts';
import { pieceKeys, shardOf } from './pinyin-key.ts';
import { unitPagesFile } from './names.ts';
import { unitPages } from '../model/unit-pages.ts';
import type { SearchRecord } from './records.ts';
import { roleWords } from './role-words.ts';
import { synonymGroups } from './synonyms.ts';
import { hanPieces, hanRuns, joinListedChars, normalizeText } from './tokens.ts';

export interface SearchMeta {
  v: 1;
  /** Pagefind records (several items may share one). */
  records: number;
  items: number;
  /** Mean length of an item's title and text, in characters. */
  avgLength: number;
  /** Synonym groups: every word a query may contain, and those the content uses (searched for). */
  synonyms: { words: string[]; present: string[] }[];
  /** Words that name a post (role-words.ts): word → role ids. */
  roles: Record<string, string[]>;
  /** Names of the units (full and short): name → unit ids. Absent in indexes written before it. */
  units?: Record<string, string[]>;
  /** Traditional → simplified, as consecutive pairs of characters. */
  fold: string;
  /** How many pinyin-N.json vocabulary files there are. */
  pinyinShards: number;
}

/** Each unit's full and short name (normalised) → the units so named. */
export function unitWords(model: Pick<Model, 'units'>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const u of model.units)
    for (const name of new Set([u.name, u.shortName].map((n) => normalizeText(n).trim()).filter(Boolean)))
      out[name] = [...new Set([...(out[name] ?? []), u.id])];
  return out;
}

/** Pieces per vocabulary file: about 30 KB each. */
const VOCAB_PER_SHARD = 2500;
/** Most terms offered to "did you mean". */
const MAX_TERMS = 4000;

const itemText = (r: SearchRecord) => joinListedChars(normalizeText(`${r.title} ${r.content} ${r.extra}`));

/** Characters of GB 2312 (the common simplified set), enumerated by the platform's decoder. */
function gb2312Chars(): string[] {
  const decoder = new TextDecoder('gb2312');
  const out: string[] = [];
  for (let a = 0xb0; a <= 0xf7; a++) {
    for (let b = 0xa1; b <= 0xfe; b++) {
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (/^\p{Script=Han}$/u.test(ch)) out.push(ch);
    }
  }
  return out;
}

/** Toneless readings of one character, ü written v (what a pinyin keyboard types). */
export function readings(ch: string): string[] {
  const r = pinyin(ch, { toneType: 'none', multiple: true, type: 'array' }) as string[];
  return [...new Set(r.map((s) => s.replace(/ü/g, 'v').toLowerCase()).filter((s) => /^[a-z]+$/.test(s)))];
}

/** Traditional characters (and variants) whose simplified form is one of `chars`, as pairs. */
export function foldPairs(chars: ReadonlySet<string>): string {
  const tw = Converter({ from: 'tw', to: 'cn' });
  const hk = Converter({ from: 'hk', to: 'cn' });
  const all: string[] = [];
  for (let cp = 0x3400; cp <= 0x9fff; cp++) all.push(String.fromCodePoint(cp));
  // One call per converter: characters on separate lines, so no phrase spans two of them.
  const viaTw = tw(all.join('\n')).split('\n');
  const viaHk = hk(all.join('\n')).split('\n');
  let pairs = '';
  all.forEach((t, i) => {
    const s = [viaTw[i], viaHk[i]].find((x) => x && x !== t && [...x].length === 1 && chars.has(x));
    if (s && !chars.has(t)) pairs += t + s;
  });
  return pairs;
}

function terms(model: Model, records: readonly SearchRecord[], synonyms: string[][]): string[] {
  const count = new Map<string, number>();
  const add = (t: string | undefined) => {
    const n = normalizeText(t ?? '').replace(/[\s　]+/g, '');
    if (
      n.length >= 2 &&
      n.length <= 12 &&
      /[\p{Script=Han}\p{L}]/u.test(n) &&
      !/[，。、；：？！,.;:?!（）()《》“”"]/.test(n)
    )
      count.set(n, (count.get(n) ?? 0) + 1);
  };
  for (const w of Object.values(model.keywords ?? {}).flat()) add(w);
  for (const r of records) {
    if (r.kind === 'clause') {
      if (!/^[\d.]+ .{0,12}$/.test(r.title) || r.title.endsWith('…')) continue;
      add(r.title.replace(/^[\d.]+ /, ''));
    } else if (
      ['situation', 'rule-set', 'process', 'award', 'role', 'document', 'page', 'inspection', 'phase'].includes(r.kind)
    )
      add(r.title);
    if (r.kind === 'rule-set') for (const item of r.content.split('、')) add(item.split('：')[0]);
  }
  for (const d of model.documents)
    for (const c of d.clauses.flatMap(function all(x): typeof d.clauses {
      return [x, ...x.children.flatMap(all)];
    }))
      for (const t of c.tags) add(t);
  for (const u of model.units) add(u.shortName);
  for (const g of synonyms) for (const w of g) add(w);
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TERMS)
    .map(([t]) => t);
}

/** Writes the files into dir; returns the meta. */
export function writeSearchData(
  model: Model,
  records: readonly SearchRecord[],
  pagefindRecords: number,
  dir: string,
): SearchMeta {
  fs.mkdirSync(dir, { recursive: true });
  const texts = records.map(itemText);
  const corpus = texts.join('\n');
  const groups = synonymGroups(model);
  const chars = new Set<string>();
  const pieces = new Set<string>();
  for (const t of texts) {
    for (const run of hanRuns(t)) {
      for (const ch of run) chars.add(ch);
      for (const p of hanPieces(run)) if ([...p].length === 2) pieces.add(p);
    }
  }

  // Character readings: the common set and everything the content uses.
  const tableChars = new Set([...gb2312Chars(), ...chars]);
  const bySyllable = new Map<string, string>();
  const readingOf = new Map<string, string[]>();
  for (const ch of tableChars) {
    const r = readings(ch);
    readingOf.set(ch, r);
    for (const s of r) bySyllable.set(s, (bySyllable.get(s) ?? '') + ch);
  }
  const table = [...bySyllable.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([s, cs]) => `${s}:${cs}`)
    .join('|');

  // The index's pieces by reading, in hash-chosen files.
  const vocab = new Map<string, string[]>();
  for (const p of [...pieces].sort()) {
    for (const key of pieceKeys(p, (ch) => readingOf.get(ch) ?? [])) vocab.set(key, [...(vocab.get(key) ?? []), p]);
  }
  const shards = Math.max(1, Math.ceil(vocab.size / VOCAB_PER_SHARD));
  const files: Record<string, string>[] = Array.from({ length: shards }, () => ({}));
  for (const [key, list] of vocab) files[shardOf(key, shards)]![key] = list.join(' ');

  const meta: SearchMeta = {
    v: 1,
    records: pagefindRecords,
    items: records.length,
    avgLength:
      Math.round(
        (records.reduce((n, r) => n + [...`${r.title}${r.content}`].length, 0) / Math.max(1, records.length)) * 10,
      ) / 10,
    synonyms: groups
      .map((words) => ({ words, present: words.filter((w) => corpus.includes(w)) }))
      .filter((g) => g.present.length > 0),
    roles: roleWords(
      model.roles,
      groups,
      (text) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((x) => x.segment),
      model.keywords,
    ),
    units: unitWords(model),
    fold: foldPairs(chars),
    pinyinShards: shards,
  };
  fs.writeFileSync(path.join(dir, 'meta.json'), JSON.stringify(meta));
  fs.writeFileSync(path.join(dir, 'pinyin.json'), JSON.stringify({ table }));
  files.forEach((f, i) => fs.writeFileSync(path.join(dir, `pinyin-${i}.json`), JSON.stringify(f)));
  fs.writeFileSync(path.join(dir, 'terms.json'), JSON.stringify(terms(model, records, groups)));
  writeUnitPages(model, dir);
  return meta;
}

/** Each unit's table of its own pages (model/unit-pages.ts), for the island's links when a reader chose the unit. */
function writeUnitPages(model: Model, dir: string): void {
  for (const [unitId, table] of unitPages(model)) {
    const file = path.join(dir, unitPagesFile(unitId));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(table));
  }
}
