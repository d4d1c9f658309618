/**
 * A plain static server for a built dist/ on 127.0.0.1. Without options the byte counts are what
 * is stored; with `gzip` text files (HTML, JS, CSS, JSON, SVG) are sent gzip-compressed to a
 * client that accepts it, as a static host does (Pagefind's index files are compressed inside
 * and go as they are).
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
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
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

export async function serveDir(root: string, options: { gzip?: boolean } = {}): Promise<Served> {
  const compressed = new Map<string, Buffer>();
  // As a static host answers (e.g. Netlify's default); 'no-store' when counting what is stored.
  const cacheControl = options.gzip ? 'public, max-age=0, must-revalidate' : 'no-store';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (options.gzip && COMPRESSIBLE.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(readFileSync(file), { level: 6 }));
        const body = compressed.get(file)!;
        res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, 'cache-control': cacheControl });
        res.end(body);
        return;
      }
      const size = statSync(file).size;
      res.writeHead(200, { 'content-type': type, 'content-length': size, 'cache-control': cacheControl });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
