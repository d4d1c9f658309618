/**
 * Each content file's parse kept between builds, so that a rebuild parses again only the files
 * that changed (at 100× parsing the YAML is about a third of the load). An entry is the file's
 * data as read, where each value is written (positions.ts) and where its lines start, under a key
 * of exactly what the parse reads: the file's text and guifan's code (the caller's code version,
 * which covers the yaml package through the lock file). The file's name is not in the key: a parse
 * does not read it, and the name is set afresh on every take.
 *
 * Only a parse that reported nothing is kept, so a file with a problem is always parsed again and
 * its diagnostics are those of a fresh parse. The checks across files (assemble.ts, resolve.ts)
 * always run over the whole model. Entries are written under a temporary name and renamed, and
 * each carries the hash of its bytes: a killed build or a damaged file is a miss, never a wrong
 * hit. A folder that cannot be written (a read-only place) only means nothing is kept.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { LineCounter } from 'yaml';
import type { PosNode } from './positions.ts';
import type { ParsedFile } from './source.ts';

/** Bumped when an entry's contents or what the key covers change. */
const FORMAT = 1;
const HASH_BYTES = 32;

interface Entry {
  format: number;
  key: string;
  data: unknown;
  positions: PosNode | null;
  lineStarts: number[];
}

const sha256 = (data: string | Uint8Array): Buffer => createHash('sha256').update(data).digest();

export class ParsedCache {
  /** Files whose parse was taken, and parsed afresh. */
  readonly stats = { taken: 0, parsed: 0 };
  private readonly used = new Set<string>();
  private folder: Promise<boolean> | undefined;
  private readonly writing: Promise<void>[] = [];

  constructor(
    readonly dir: string,
    /** guifan's code version: changed code never takes a parse made by other code. */
    readonly code: string,
  ) {}

  /** The key of a file's text. */
  keyOf(text: string): string {
    const key = createHash('sha256').update(`${FORMAT}\u0000${this.code}\u0000`).update(text).digest('hex');
    this.used.add(key);
    return key;
  }

  /** The kept parse of `text` (its key) as a file at `file`, or undefined. */
  take(key: string, text: string, file: string, absPath: string): ParsedFile | undefined {
    let entry: Entry;
    try {
      const bytes = readFileSync(join(this.dir, `${key}.bin`));
      const body = bytes.subarray(HASH_BYTES);
      if (!sha256(body).equals(bytes.subarray(0, HASH_BYTES))) return undefined;
      entry = deserialize(body) as Entry;
    } catch {
      return undefined;
    }
    if (entry.format !== FORMAT || entry.key !== key || !Array.isArray(entry.lineStarts)) return undefined;
    const lineCounter = new LineCounter();
    for (const start of entry.lineStarts) lineCounter.addNewLine(start);
    this.stats.taken++;
    return { file, absPath, text, positions: entry.positions, lineCounter, data: entry.data };
  }

  /** A fresh parse as an entry, taken before anything reads its data (undefined: it cannot be kept). */
  snapshot(key: string, pf: ParsedFile): Uint8Array | undefined {
    this.stats.parsed++;
    try {
      const entry: Entry = {
        format: FORMAT,
        key,
        data: pf.data,
        positions: pf.positions,
        lineStarts: pf.lineCounter.lineStarts,
      };
      const body = serialize(entry);
      return Buffer.concat([sha256(body), body]);
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps an entry (whole or not at all), written while the build goes on: at 100× a first build
   * writes some 1,600 entries, 0.8 s when each waited for its own. A folder that cannot be
   * written keeps nothing; a build that ends first leaves a temporary file, which prune removes.
   */
  keep(key: string, entry: Uint8Array): void {
    const file = join(this.dir, `${key}.bin`);
    const tmp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    this.folder ??= mkdir(this.dir, { recursive: true }).then(
      () => true,
      () => false,
    );
    this.writing.push(
      this.folder.then(async (made) => {
        if (!made) return;
        try {
          await writeFile(tmp, entry);
          await rename(tmp, file);
        } catch {
          await rm(tmp, { force: true }).catch(() => {});
        }
      }),
    );
  }

  /** Once every entry is written: the entries this load did not use removed. */
  async settle(): Promise<void> {
    await Promise.all(this.writing);
    this.prune();
  }

  /** Removes the entries this load did not use (other texts of the files) and what killed builds left. */
  private prune(): void {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    const hourAgo = Date.now() - 3_600_000;
    for (const name of names) {
      const file = join(this.dir, name);
      try {
        if (name.endsWith('.bin') ? this.used.has(name.slice(0, -4)) : statSync(file).mtimeMs > hourAgo) continue;
        unlinkSync(file);
      } catch {
        // gone already, or not ours to remove
      }
    }
  }
}
