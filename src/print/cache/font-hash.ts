/**
 * Font files' hashes for the PDF cache's entries (an entry is reused only while the fonts it
 * loaded are the same files).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

const fontHashes = new Map<string, string>();
/** The memo files already read by this thread. */
const fontMemosRead = new Set<string>();

/**
 * Hash of a font file (a collection member names its file), once per file version: per thread,
 * and, given a memo file, between threads and builds too. A CJK font is tens of MB: hashing it
 * cost every print worker of every build about 0.15 s. A version is the file's size, mtime and
 * inode, as for the thread's own memo.
 */
export function fontFileHash(path: string, memoFile?: string): string {
  const file = path.split('#', 1)[0]!;
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch {
    return 'missing';
  }
  const version = `${file}\u0000${stat.size}\u0000${stat.mtimeMs}\u0000${stat.ino}`;
  if (memoFile !== undefined && !fontMemosRead.has(memoFile)) {
    fontMemosRead.add(memoFile);
    for (const [v, h] of Object.entries(readFontMemo(memoFile))) if (!fontHashes.has(v)) fontHashes.set(v, h);
  }
  let hash = fontHashes.get(version);
  if (hash === undefined) {
    fontHashes.set(version, (hash = sha256(readFileSync(file))));
    if (memoFile !== undefined) writeFontMemo(memoFile, version, hash);
  }
  return hash;
}

function readFontMemo(memoFile: string): Record<string, string> {
  try {
    const read: unknown = JSON.parse(readFileSync(memoFile, 'utf8'));
    if (read === null || typeof read !== 'object' || Array.isArray(read)) return {};
    return Object.fromEntries(
      Object.entries(read).filter(([, h]) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h)),
    );
  } catch {
    return {};
  }
}

/** Adds one version to the memo file (read again first: another worker may have added its own). */
function writeFontMemo(memoFile: string, version: string, hash: string): void {
  try {
    mkdirSync(dirname(memoFile), { recursive: true });
    // Written whole, then renamed: a reader sees the whole memo or the one before.
    const tmp = `${memoFile}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify({ ...readFontMemo(memoFile), [version]: hash }));
    renameSync(tmp, memoFile);
  } catch {
    // A memo that cannot be written only costs the next thread a hash.
  }
}
