/**
 * Several search items of one page travel in one Pagefind record (the clauses of a section,
 * the steps of a process, the phrases of a situation): Pagefind's pf_meta, which every first
 * query downloads, grows with the record count. This module is the record's wire format,
 * shared by the indexer (records.ts) and the search island (engine.ts).
 *
 * - url: the page, then '#' and the members' anchors joined by ',' ('' for the page itself).
 *   Anchors are `c-<id>`, `step-<id>`… and ids are [a-z0-9-], so ',' cannot occur in one; a page
 *   section's anchor is its heading id, which has no ',' either (github-slugger drops it).
 *   The url carries them because Pagefind indexes every meta value as searchable words.
 * - content, meta title, meta `x` (words found but not shown: keywords, tags, role names) and
 *   meta `r` (the member's roles, ' '-separated, or 'all', then the post that does it, if it is
 *   a step, as '>id'): the members' values joined by MEMBER_SEPARATOR. Pagefind keeps punctuation
 *   in the stored content, so the separator survives.
 */
export const MEMBER_SEPARATOR = ' ¶ ';
const SPLIT = /\s*¶\s*/;

export interface GroupMember {
  /** Anchor on the page without '#', or '' for the page itself. */
  anchor: string;
  title: string;
  content: string;
  /** Words that find the item but are not shown. */
  extra: string;
  /** Role ids, or 'all'. */
  roles: 'all' | readonly string[];
  /** The post that does it (a process step's lane), when that is narrower than its roles. */
  doer?: string;
}

export interface GroupHit {
  /** Site-relative link with the member's anchor, as Pagefind returned the page. */
  url: string;
  title: string;
  content: string;
  extra: string;
  roles: 'all' | string[];
  /** The post that does it (a step), if named. */
  doer?: string;
}

/** '¶' inside a text would split it: shown as a space instead. */
const clean = (text: string) => text.replace(/¶/g, ' ');
const rolesText = (m: GroupMember) => (m.roles === 'all' ? 'all' : m.roles.join(' ')) + (m.doer ? ` >${m.doer}` : '');
function parseRoles(s: string | undefined): { roles: 'all' | string[]; doer?: string } {
  const words = (s ?? '').trim().split(/\s+/).filter(Boolean);
  const doer = words.find((w) => w.startsWith('>'))?.slice(1);
  const ids = words.filter((w) => !w.startsWith('>'));
  return { roles: !ids.length || ids.includes('all') ? 'all' : ids, ...(doer ? { doer } : {}) };
}

export interface WireGroup {
  url: string;
  title: string;
  content: string;
  extra: string;
  roles: string;
}

export function encodeGroup(page: string, members: readonly GroupMember[]): WireGroup {
  if (members.length === 1) {
    const m = members[0]!;
    return {
      url: m.anchor ? `${page}#${m.anchor}` : page,
      title: m.title,
      content: m.content,
      extra: m.extra,
      roles: rolesText(m),
    };
  }
  const join = (f: (m: GroupMember) => string) => members.map((m) => clean(f(m))).join(MEMBER_SEPARATOR);
  return {
    url: `${page}#${members.map((m) => m.anchor).join(',')}`,
    title: join((m) => m.title),
    content: join((m) => m.content),
    extra: join((m) => m.extra),
    roles: join(rolesText),
  };
}

/** The links of a record's members, in order. */
export function groupUrls(url: string): string[] {
  const hash = url.indexOf('#');
  if (hash < 0) return [url];
  const page = url.slice(0, hash);
  return url
    .slice(hash + 1)
    .split(',')
    .map((anchor) => (anchor ? `${page}#${anchor}` : page));
}

/** The members of a record as Pagefind hands it back (url already prefixed with the base). */
export function decodeGroup(url: string, title: string, content: string, extra = '', roles = ''): GroupHit[] {
  const urls = groupUrls(url);
  if (urls.length === 1) return [{ url, title, content, extra, ...parseRoles(roles) }];
  const titles = title.split(SPLIT);
  const contents = content.split(SPLIT);
  const extras = extra.split(SPLIT);
  const roleLists = roles.split(SPLIT);
  // A record that does not split evenly is shown whole, linked to its first member.
  if (titles.length !== urls.length || contents.length !== urls.length)
    return [{ url: urls[0]!, title: titles[0] ?? title, content, extra, roles: 'all' }];
  return urls.map((u, i) => ({
    url: u,
    title: titles[i]!,
    content: contents[i]!,
    extra: extras.length === urls.length ? extras[i]! : '',
    ...(roleLists.length === urls.length ? parseRoles(roleLists[i]) : { roles: 'all' as const }),
  }));
}
