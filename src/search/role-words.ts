/**
 * The words staff use for a post (role), for search: its name as written in roles.yaml, the
 * shorter names it goes by (营业受理员 → 受理员, 收费班长 → 班长: the name without its
 * leading qualifier, where that still names a post and no other role), and the words of any
 * synonym group holding one of those, and the `keywords` the content gives the role (roles.yaml):
 * the words its staff go by there (站长, 收银, 夜班保安). A query naming a post is then read as
 * "what concerns that post" (query.ts, rank.ts) rather than as words to find in the text. Build
 * time only.
 */
import type { Role } from '../model/types.ts';
import { normalizeText } from './tokens.ts';

/**
 * How a post's name ends (员 clerk, 长 head, 师, 士, 工 worker, 手; 经理 manager, 管家 steward:
 * 物业项目经理 goes by 项目经理, 物业客服管家 by 客服管家).
 */
const POST_END = /(?:[员长师士工手]|经理|管家)$/u;
/** Words ending like a post but meaning anyone: never taken as a short name. */
const GENERIC = new Set([
  '人员',
  '员工',
  '职工',
  '职员',
  '成员',
  '服务员',
  '工作人员',
  '服务人员',
  '一线人员',
  '专员',
  '队员',
]);

/**
 * Shorter names of a post: its proper suffixes that start where the segmenter starts a word and
 * end like a post, of three characters or more, or of two that are a word of their own (收费|班长 → 班长).
 */
export function shortNames(name: string, segment: (text: string) => string[]): string[] {
  const chars = [...name];
  const out: string[] = [];
  const starts = new Set<number>();
  let at = 0;
  for (const w of segment(name)) {
    starts.add(at);
    at += [...w].length;
  }
  for (let i = 1; i < chars.length - 1; i++) {
    const suffix = chars.slice(i).join('');
    const len = chars.length - i;
    if (!POST_END.test(suffix) || GENERIC.has(suffix) || /人员$/u.test(suffix)) continue;
    if (starts.has(i) && (len >= 3 || segment(suffix).length === 1)) out.push(suffix);
  }
  return out;
}

/** Word → the roles it names; a short name or keyword shared by two posts names neither. */
export function roleWords(
  roles: readonly Role[],
  groups: readonly string[][],
  segment: (text: string) => string[],
  keywords: Readonly<Record<string, readonly string[]>> = {},
): Record<string, string[]> {
  const names = new Map<string, Set<string>>();
  const short = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, word: string, id: string) => {
    const w = normalizeText(word).trim();
    if ([...w].length < 2) return;
    map.set(w, (map.get(w) ?? new Set()).add(id));
  };
  for (const r of roles) {
    add(names, r.name, r.id);
    for (const s of shortNames(normalizeText(r.name), segment)) add(short, s, r.id);
    for (const k of keywords[r.id] ?? []) add(short, k, r.id);
  }
  for (const [w, ids] of short) if (ids.size === 1 && !names.has(w)) names.set(w, ids);
  // A synonym group holding a post's name names that post with all its words.
  for (const g of groups) {
    const ids = new Set(g.flatMap((w) => [...(names.get(w) ?? [])]));
    if (ids.size) for (const w of g) for (const id of ids) add(names, w, id);
  }
  return Object.fromEntries(
    [...names].map(([w, ids]) => [w, [...ids].sort()]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );
}
