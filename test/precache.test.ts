/**
 * The service worker's precache by size (src/site/precache.ts, offline.ts), with the limit
 * lowered: a file over it is not in sw.js's manifest, the runtime caching rule keeps it once a
 * page fetches it, and the build says so once in guifan's words, with no Node warning (Workbox's
 * "Configure maximumFileSizeToCacheInBytes", which the people running the build cannot act on).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RuntimeCaching } from 'workbox-build';
import type { Model } from '../src/model/types.ts';
import { serviceWorkerOptions, SW_FILE, writeOfflineFiles } from '../src/site/offline.ts';
import { notPrecachedNote, PRECACHE_LIMIT } from '../src/site/precache.ts';

const TMP = path.resolve('test/.tmp/precache');
const LIMIT = 1024;
const MODEL = { organisation: { name: '示例供电公司', shortName: '示例', language: 'zh-CN' } } as unknown as Model;

/** A built site's files: a bank over LIMIT beside small pages and banks. */
function site(name: string): string {
  const dir = path.join(TMP, name);
  fs.rmSync(dir, { recursive: true, force: true });
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>首页</title>',
    'study/index.html': '<!doctype html><title>学习</title>',
    '_astro/ui.abc123.js': 'export const x = 1;',
    'study/bank/hub-summary.json': '{"weekly":[]}',
    'study/bank/all.json': JSON.stringify({ questions: Array.from({ length: 200 }, (_, i) => ({ id: `q${i}` })) }),
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  expect(fs.statSync(path.join(dir, 'study/bank/all.json')).size).toBeGreaterThan(LIMIT);
  return dir;
}

/** The URLs in sw.js's precache manifest. */
const precached = (dir: string) =>
  [...fs.readFileSync(path.join(dir, SW_FILE), 'utf8').matchAll(/\{url:"([^"]+)",revision:"[0-9a-f]+"\}/g)].map(
    (m) => m[1]!,
  );

const warned: (string | Error)[] = [];
const onWarning = (w: Error) => warned.push(w);

afterEach(() => {
  process.off('warning', onWarning);
  warned.length = 0;
});

describe('precache by size', () => {
  it('leaves a file over the limit out of the manifest and names it once, in guifan’s words; no Node warning', async () => {
    const dir = site('over');
    process.on('warning', onWarning);
    const emit = process.emitWarning;
    const emitted: unknown[] = [];
    process.emitWarning = ((w: unknown) => void emitted.push(w)) as typeof process.emitWarning;
    let written: Awaited<ReturnType<typeof writeOfflineFiles>>;
    try {
      written = await writeOfflineFiles(MODEL, dir, '/', path.join(TMP, 'cache'), LIMIT);
    } finally {
      process.emitWarning = emit;
    }
    expect(emitted).toEqual([]);
    expect(warned).toEqual([]);
    const urls = precached(dir);
    expect(urls).not.toContain('study/bank/all.json');
    expect(urls).toEqual(expect.arrayContaining(['index.html', 'study/index.html', 'study/bank/hub-summary.json']));
    expect(written.precached).toBe(urls.length);
    expect(written.notPrecached.map((f) => f.file)).toEqual(['study/bank/all.json']);
    expect(written.notes).toHaveLength(1);
    const note = written.notes[0]!;
    // Chinese first, then English; the file, its size and when it does work offline.
    expect(note).toMatch(
      /^离线使用：study\/bank\/all\.json（\d+ KB）超过 1 KB，.*练习或考试页面后即可离线使用 \/ offline: /,
    );
    expect(note).toContain('it works offline once a practice or exam page that uses it has been opened');
    expect(note).not.toMatch(/maximumFileSizeToCacheInBytes|precache/i);
  });

  it('keeps the file left out at run time once a page fetches it (the runtime caching rule covers it)', () => {
    const notPrecached: { file: string; bytes: number }[] = [];
    const options = serviceWorkerOptions(site('rules'), { limit: LIMIT, notPrecached });
    const rules = options.runtimeCaching as RuntimeCaching[];
    const origin = 'https://standards.example.cn';
    const g = globalThis as { self?: unknown };
    const before = g.self;
    g.self = { location: { origin } };
    try {
      const url = new URL('/study/bank/all.json', origin);
      type Match = (o: { request: { mode: string }; url: URL }) => boolean;
      const matching = rules.filter((r) => (r.urlPattern as unknown as Match)({ request: { mode: 'cors' }, url }));
      expect(matching.map((r) => r.handler)).toEqual(['StaleWhileRevalidate']);
    } finally {
      if (before === undefined) delete g.self;
      else g.self = before;
    }
  });

  it('with every file within the limit, precaches them all and says nothing', async () => {
    const dir = site('within');
    const written = await writeOfflineFiles(MODEL, dir, '/', path.join(TMP, 'cache'));
    expect(written.notPrecached).toEqual([]);
    expect(written.notes).toEqual([]);
    expect(precached(dir)).toContain('study/bank/all.json');
  });

  it('names the largest files first, counts the rest, and words pages and one file as such', () => {
    const mb = 1024 * 1024;
    const many = Array.from({ length: 10 }, (_, i) => ({ file: `study/bank/role-r${i}.json`, bytes: (5 + i) * mb }));
    const line = notPrecachedNote(many)!;
    expect(line.startsWith('离线使用：study/bank/role-r9.json（14 MB）、study/bank/role-r8.json（13 MB）')).toBe(true);
    expect(line).toContain('等 10 个超过 4 MB');
    expect(line).toContain('and 2 more are over 4 MB');
    expect(line).toContain('each works offline once');
    expect(notPrecachedNote([{ file: 'units/big/index.html', bytes: 4.5 * mb }])).toContain(
      '在有网络时打开一次该页面后即可离线使用 / offline: units/big/index.html (4.5 MB) is over 4 MB',
    );
    expect(notPrecachedNote([], PRECACHE_LIMIT)).toBeUndefined();
  });
});
