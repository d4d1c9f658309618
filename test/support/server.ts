/**
 * A static server on 127.0.0.1 for built sites, used by the browser tests and the bench.
 * Serves one folder (or several, the first that has the file wins) at the site's base path,
 * answers a missing file with the site's 404.html and the 404 status as static hosts do, and
 * with `gzip` sends text files compressed to a client that accepts it (Pagefind's index files
 * are compressed inside and go as they are).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

export interface StaticServer {
  /** Origin and base path without its last slash: `${url}/units/` is a page. */
  url: string;
  /** Scheme, host and port only. */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The site's base path, e.g. '/standards/'; requests outside it get 404. */
  base?: string;
  /** Send text files gzip-compressed when the client accepts it (bench: what a static host sends). */
  gzip?: boolean;
}

/** The file a site path names in the first root that has it (a folder's index.html), or undefined. */
function resolveFile(roots: readonly string[], sitePath: string): string | undefined {
  for (const root of roots) {
    let file = path.join(root, sitePath);
    if (!file.startsWith(root)) return undefined;
    try {
      if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // Not in this root.
    }
  }
  return undefined;
}

/** Serves `root` (or the roots, in order) at options.base. */
export async function serveStatic(
  root: string | readonly string[],
  options: ServeOptions | string = {},
): Promise<StaticServer> {
  const { base = '/', gzip = false } = typeof options === 'string' ? { base: options } : options;
  const roots = (typeof root === 'string' ? [root] : root).map((r) => path.resolve(r));
  const compressed = new Map<string, Buffer>();
  // As a static host answers (e.g. Netlify's default); 'no-store' when counting what is stored.
  const cacheControl = gzip ? 'public, max-age=0, must-revalidate' : 'no-store';
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the base path');
      return;
    }
    const file = resolveFile(roots, `/${pathname.slice(base.length)}`);
    if (!file) {
      const notFound = resolveFile(roots, '/404.html');
      if (notFound) res.writeHead(404, { 'content-type': TYPES['.html']! }).end(fs.readFileSync(notFound));
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const ext = path.extname(file);
    const type = TYPES[ext] ?? 'application/octet-stream';
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!compressed.has(file)) compressed.set(file, gzipSync(fs.readFileSync(file), { level: 6 }));
      const body = compressed.get(file)!;
      res.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.length,
        'cache-control': cacheControl,
      });
      res.end(body);
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': cacheControl });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${base.replace(/\/$/, '')}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
