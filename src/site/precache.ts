/**
 * Which of the site's files the service worker precaches, by size (offline.ts): those up to
 * PRECACHE_LIMIT. A larger file — at a group's scale the whole question bank, study/bank/all.json
 * (26.9 MB at 100×) — would be downloaded by every phone at its first visit. Workbox leaves such
 * a file out itself, but with a Node warning the people running the build cannot act on
 * ("Configure maximumFileSizeToCacheInBytes"), so guifan leaves it out first: the service
 * worker keeps it at run time once a page has used it (offline.ts runtimeCaching), and the
 * build's summary says so once, in guifan's words (notPrecachedNote).
 */
import type { ManifestEntry, ManifestTransform } from 'workbox-build';

/** The largest file precached at install. */
export const PRECACHE_LIMIT = 4 * 1024 * 1024;

/** A file the precache leaves out, by its path in the site. */
export interface NotPrecached {
  file: string;
  bytes: number;
}

/**
 * A Workbox manifest transform keeping the files up to `limit` bytes (Workbox's own rule: size ≤
 * limit); the others are added to `left`, and no warning is given.
 */
export function precacheUpTo(limit: number, left: NotPrecached[]): ManifestTransform {
  return (entries: (ManifestEntry & { size: number })[]) => {
    const manifest = entries.filter((e) => e.size <= limit);
    for (const e of entries) if (e.size > limit) left.push({ file: e.url, bytes: e.size });
    return { manifest, warnings: [] };
  };
}

/** Listed by name in the summary; more are counted. */
const NAMED = 8;

/**
 * The summary's line on the files left out of the precache (undefined when none): which, how
 * large, and when they do work offline. Largest first, then by name, so the line is the same each build.
 */
export function notPrecachedNote(left: readonly NotPrecached[], limit = PRECACHE_LIMIT): string | undefined {
  if (left.length === 0) return undefined;
  const sorted = [...left].sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
  const named = sorted.slice(0, NAMED);
  const more = sorted.length - named.length;
  const zhFiles =
    named.map((f) => `${f.file}（${size(f.bytes)}）`).join('、') + (more > 0 ? ` 等 ${sorted.length} 个` : '');
  const enFiles = named.map((f) => `${f.file} (${size(f.bytes)})`).join(', ') + (more > 0 ? ` and ${more} more` : '');
  const one = sorted.length === 1;
  const when = openedOnce(sorted.map((f) => f.file));
  return (
    `离线使用：${zhFiles}超过 ${size(limit)}，手机首次访问网站时不会预先下载；${when.zh}后即可离线使用 / ` +
    `offline: ${enFiles} ${one ? 'is' : 'are'} over ${size(limit)}, so phones do not download ${one ? 'it' : 'them'} ahead on their first visit; ${one ? 'it' : 'each'} ${when.en}`
  );
}

/** What makes the files work offline: a page that uses them, opened once with a network. */
function openedOnce(files: string[]): { zh: string; en: string } {
  if (files.every((f) => f.startsWith('study/')))
    return {
      zh: '在有网络时打开一次用到它的练习或考试页面',
      en: 'works offline once a practice or exam page that uses it has been opened with a network',
    };
  if (files.every((f) => f.endsWith('.html')))
    return { zh: '在有网络时打开一次该页面', en: 'works offline once it has been opened with a network' };
  return {
    zh: '在有网络时打开一次用到它的页面',
    en: 'works offline once a page that uses it has been opened with a network',
  };
}

/** 26.9 MB, 512 KB: as a file manager shows sizes. */
function size(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
