/**
 * Drops our tokens (meta `k`) from Pagefind's fragment files once the index is written.
 *
 * Pagefind indexes a record's meta values but also stores them in the record's fragment, which
 * the browser downloads for every result it shows. The tokens are derived from the record's own
 * text (records.ts), so the island never needs them back, and they were ~40 % of every fragment.
 * A fragment file is gzip of "pagefind_dcd" followed by JSON: one record, or (when Pagefind
 * bundles fragments, maxFragments) an object of records by hash. Checked against Pagefind 1.6.0
 * (pinned); a file in any other form is left as it is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';
export const TOKEN_META = 'k';

interface Fragment {
  meta?: Record<string, string>;
}

function strip(f: Fragment): boolean {
  if (!f.meta || !(TOKEN_META in f.meta)) return false;
  delete f.meta[TOKEN_META];
  return true;
}

/** Rewrites the fragments of a bundle directory; returns [files rewritten, bytes before, bytes after]. */
export function trimFragments(bundleDir: string): [number, number, number] {
  const dir = path.join(bundleDir, 'fragment');
  if (!fs.existsSync(dir)) return [0, 0, 0];
  let files = 0;
  let before = 0;
  let after = 0;
  for (const name of fs.readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const file = path.join(dir, name);
    const raw = fs.readFileSync(file);
    const text = gunzipSync(raw).toString('utf8');
    if (!text.startsWith(SIGNATURE)) continue;
    const data = JSON.parse(text.slice(SIGNATURE.length)) as Fragment | Record<string, Fragment>;
    const records: Fragment[] = 'url' in data ? [data as Fragment] : Object.values(data as Record<string, Fragment>);
    if (!records.map(strip).some(Boolean)) continue;
    const out = gzipSync(Buffer.from(SIGNATURE + JSON.stringify(data), 'utf8'), { level: 9 });
    fs.writeFileSync(file, out);
    files++;
    before += raw.length;
    after += out.length;
  }
  return [files, before, after];
}
