/**
 * Reading the built pages in tests without a browser: elements by their opening
 * tag (balanced to their closing tag), text, links and ids. Enough for the
 * site's own markup; not a general HTML parser.
 */
import fs from 'node:fs';
import path from 'node:path';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#34': '"',
  '#38': '&',
};

export function unescapeHtml(text: string): string {
  return text.replace(
    /&(#?\w+);/g,
    (m, name: string) => ENTITIES[name] ?? (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : m),
  );
}

/** The text of some HTML, tags removed, whitespace collapsed. */
export function textOf(html: string): string {
  return unescapeHtml(html.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Element {
  tag: string;
  /** The opening tag's attributes, unescaped. */
  attrs: Record<string, string>;
  /** Everything between the opening and the closing tag. */
  inner: string;
  /** The whole element. */
  outer: string;
}

function attrsOf(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[m[1]!] = unescapeHtml(m[2] ?? '');
  return attrs;
}

/** Every element whose opening tag has these attribute values ('' for present, a function to test), in document order. */
export function elements(
  html: string,
  match: { tag?: string; attrs?: Record<string, string | ((value: string) => boolean)> },
): Element[] {
  const out: Element[] = [];
  const open = /<([a-zA-Z][\w-]*)((?:\s[^>]*)?)>/g;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = m[1]!.toLowerCase();
    if (match.tag && tag !== match.tag) continue;
    const attrs = attrsOf(m[2] ?? '');
    const ok = Object.entries(match.attrs ?? {}).every(
      ([k, want]) => k in attrs && (typeof want === 'function' ? want(attrs[k]!) : want === '' || attrs[k] === want),
    );
    if (!ok) continue;
    const start = m.index + m[0].length;
    if (/^(br|img|input|meta|link|hr)$/.test(tag) || m[0].endsWith('/>')) {
      out.push({ tag, attrs, inner: '', outer: m[0] });
      continue;
    }
    const scan = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
    scan.lastIndex = start;
    let depth = 1;
    let end = html.length;
    let close = html.length;
    for (let t = scan.exec(html); t; t = scan.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index;
        close = t.index + t[0].length;
        break;
      }
    }
    out.push({ tag, attrs, inner: html.slice(start, end), outer: html.slice(m.index, close) });
  }
  return out;
}

/** The one element matching, or a thrown error naming what was looked for. */
export function one(html: string, match: Parameters<typeof elements>[1], where = ''): Element {
  const found = elements(html, match);
  if (found.length !== 1) throw new Error(`${where}: expected one ${JSON.stringify(match)}, found ${found.length}`);
  return found[0]!;
}

/** The href of every link. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => unescapeHtml(m[1]!));
}

/** Every id attribute. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => unescapeHtml(m[1]!)));
}

/** The <main> of a page. */
export function mainOf(html: string): string {
  return one(html, { tag: 'main' }).inner;
}

/** A built page by its site path ('units/x/'). */
export function page(out: string, sitePath: string): string {
  return fs.readFileSync(path.join(out, sitePath, 'index.html'), 'utf8');
}

/** Every HTML file of a built site, as site paths of their folders ('' for the home page). */
export function allPages(out: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name === 'index.html') pages.push(path.relative(out, dir).split(path.sep).join('/'));
    }
  };
  walk(out);
  return pages.map((p) => (p === '' ? '' : `${p}/`));
}

/** Phone numbers written on a page (0791-86621300, 95598, 400-…): what a reader might call. */
export function phoneNumbers(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/(?<![\d.])(?:\d{3,4}-\d{7,8}|9\d{4}|400-?\d{3}-?\d{4}|1\d{10})(?![\d.])/g)].map((m) => m[0]),
  );
}
