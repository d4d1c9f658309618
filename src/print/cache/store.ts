/**
 * The PDF cache: each job's files, kept under a key of exactly its inputs, beside the output
 * (never inside the published folder) and between builds.
 *
 *   key   = hash(the job's files and scope, its template, guifan's own code version)
 *   entry = what the job read of the model (trace.ts; kept compact, its large parts in files that
 *           entries share: compact.ts), the fonts it loaded (their files' hashes), its build
 *           messages, and the hash of each file it wrote
 *
 * An entry is reused only when the new model reads the same everywhere the job looked, the
 * fonts are the same files and every stored file still has its hash; otherwise the job runs
 * again and replaces it. Entries and files are written under a temporary name and renamed, so a
 * killed build leaves no half-written entry that a later one would take.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { type CompactRecord, digest } from './compact.ts';
import { fontFileHash } from './font-hash.ts';
import { readsTheSame, type ReadValue, type RecordParts } from './trace.ts';
import type { SameModelJob } from './same-model.ts';

/**
 * Bumped when the entry format changes: older entries are then never read (2: records kept compact,
 * compact.ts; 3: records of the model and what is derived from it, derived.ts).
 */
const FORMAT = 3;
/** The name of a record's part in the files folder. */
const partFile = (s: string): string => `${s}.reads.json`;

export interface CacheEntry {
  format: number;
  files: string[];
  audience: 'public' | 'staff';
  notes: string[];
  outputs: { sha256: string; size: number }[];
  /** The parts of `reads` kept in files of their own (compact.ts), by digest. */
  parts: string[];
  /** Font path (as templates name it) → hash of the file. */
  fonts: Record<string, string>;
  reads: ReadValue;
}

/** A job's files taken from the cache: bytes, where kept, messages, and what same-model.ts records of it. */
export interface CacheHit {
  outputs: Uint8Array[];
  stored: string[];
  notes: string[];
  known: SameModelJob;
}

/** How a build used the cache: files reused, files made, and why entries were not reused. */
export interface CacheStats {
  reused: number;
  made: number;
  /** Entries found but not reused because the content they read changed. */
  changed: number;
  /** Entries whose stored files or JSON were damaged (rebuilt). */
  corrupt: number;
  /** Jobs that wrote to the model while running: not cached. */
  uncacheable: number;
}

export function emptyStats(): CacheStats {
  return { reused: 0, made: 0, changed: 0, corrupt: 0, uncacheable: 0 };
}

export function addStats(a: CacheStats, b: CacheStats): CacheStats {
  return {
    reused: a.reused + b.reused,
    made: a.made + b.made,
    changed: a.changed + b.changed,
    corrupt: a.corrupt + b.corrupt,
    uncacheable: a.uncacheable + b.uncacheable,
  };
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The cache folder of an out folder: `<parent>/.guifan-cache/<name>/print`. Beside the output,
 * not in it (the published folder holds only what is published; staff PDFs are cached too),
 * and hidden like the other .guifan-* folders (git-ignored in the project).
 */
/** The folder beside the out folder that holds the caches of every out folder in it (git-ignored by `.guifan-*`). */
export const CACHE_FOLDER = '.guifan-cache';

export function cacheDirFor(outDir: string): string {
  const out = resolve(outDir);
  return join(dirname(out), CACHE_FOLDER, basename(out), 'print');
}

/** Write `data` to `file` so that a reader sees the whole of it or nothing. */
function writeWhole(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

export class PrintCache {
  readonly stats = emptyStats();
  private readonly entries: string;
  private readonly blobs: string;

  constructor(
    readonly dir: string,
    /** guifan's own version (code.ts): part of every key, so changed code never reuses a PDF. */
    readonly codeVersion: string,
    /** The parts known to be in the folder (a print worker's jobs share one set: most parts recur). */
    private readonly partsWritten = new Set<string>(),
  ) {
    this.entries = join(dir, 'entries');
    this.blobs = join(dir, 'files');
  }

  /** A font file's hash, kept in the cache between threads and builds (fontFileHash). */
  fontHash(path: string): string {
    return fontFileHash(path, join(this.dir, 'font-hashes.json'));
  }

  /** The key of a job: everything it depends on except the model, which its entry's reads cover. */
  key(job: { files: readonly string[]; audience: string; inputs: unknown }, template: unknown): string {
    return sha256(
      JSON.stringify({
        format: FORMAT,
        code: this.codeVersion,
        files: job.files,
        audience: job.audience,
        inputs: job.inputs ?? null,
        template,
      }),
    );
  }

  /** The stored files and messages of `key` when they still hold for `model`, else undefined. */
  lookup(key: string, model: unknown): CacheHit | undefined {
    const file = join(this.entries, `${key}.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    let entry: CacheEntry;
    try {
      entry = JSON.parse(text) as CacheEntry;
      if (entry.format !== FORMAT || !Array.isArray(entry.outputs) || entry.reads === undefined)
        throw new Error('format');
    } catch {
      this.stats.corrupt++;
      return undefined;
    }
    for (const [path, hash] of Object.entries(entry.fonts)) {
      if (this.fontHash(path) !== hash) {
        this.stats.changed++;
        return undefined;
      }
    }
    this.parts.damaged = false;
    if (!readsTheSame(entry.reads, model, this.parts)) {
      if (this.parts.damaged) this.stats.corrupt++;
      else this.stats.changed++;
      return undefined;
    }
    return this.take(key, { outputs: entry.outputs, notes: entry.notes, fonts: entry.fonts });
  }

  /** The files of `key` as the last build's record of this very model names them (same-model.ts), if they and its fonts hold; else undefined (not counted). */
  takeKnown(key: string, known: SameModelJob): CacheHit | undefined {
    for (const [path, hash] of Object.entries(known.fonts)) if (this.fontHash(path) !== hash) return undefined;
    return this.take(key, known, false);
  }

  /** The stored files of an entry that holds; `counted`: a damaged file counts as a corrupt entry. */
  private take(key: string, known: SameModelJob, counted = true): CacheHit | undefined {
    const outputs: Uint8Array[] = [];
    const stored: string[] = [];
    for (const o of known.outputs) {
      let bytes: Uint8Array;
      stored.push(join(this.blobs, `${o.sha256}.pdf`));
      try {
        bytes = readFileSync(stored.at(-1)!);
      } catch {
        if (counted) this.stats.corrupt++;
        return undefined;
      }
      if (bytes.length !== o.size || sha256(bytes) !== o.sha256) {
        if (counted) this.stats.corrupt++;
        return undefined;
      }
      outputs.push(bytes);
    }
    // Recently used entries are kept longest (prune).
    try {
      const now = new Date();
      utimesSync(join(this.entries, `${key}.json`), now, now);
    } catch {} // a cache another build is pruning, or an entry gone: the files are read, named by their hash
    this.stats.reused += outputs.length;
    return { outputs, stored, notes: known.notes, known };
  }

  /**
   * Keep a job's result: the files first, then the entry that names them. A cache that cannot be
   * written (a read-only or full disk beside the out folder) never fails the build: the PDFs are
   * made anyway, and the cache is left alone for the rest of the build.
   */
  store(
    key: string,
    job: { files: readonly string[]; audience: 'public' | 'staff' },
    record: CompactRecord,
    fonts: Record<string, string>,
    outputs: readonly Uint8Array[],
    notes: readonly string[],
  ): SameModelJob | undefined {
    if (this.unwritable) return undefined;
    try {
      mkdirSync(this.entries, { recursive: true });
      mkdirSync(this.blobs, { recursive: true });
      // Parts and files first: an entry never names what is not there yet.
      for (const [s, text] of record.parts) {
        const file = join(this.blobs, partFile(s));
        if (!this.partsWritten.has(s) && !exists(file)) writeWhole(file, text);
        this.partsWritten.add(s);
      }
      const stored = outputs.map((bytes) => ({ sha256: sha256(bytes), size: bytes.length }));
      stored.forEach((o, i) => writeWhole(join(this.blobs, `${o.sha256}.pdf`), outputs[i]!));
      const entry: CacheEntry = {
        format: FORMAT,
        files: [...job.files],
        audience: job.audience,
        notes: [...notes],
        outputs: stored,
        parts: [...record.parts.keys()],
        fonts,
        reads: record.reads,
      };
      writeWhole(join(this.entries, `${key}.json`), JSON.stringify(entry));
      return { outputs: stored, notes: [...notes], fonts };
    } catch {
      this.unwritable = true;
      return undefined;
    }
  }

  private unwritable = false;
  private readonly parts = new PartReader(() => this.blobs);
}

function exists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The parts of records this build checks: each read and parsed once, each checked once per
 * model object (the same tree serves every lookup of a build), so a part that hundreds of
 * entries name costs one check.
 */
class PartReader implements RecordParts {
  /** Set when a part named was missing or damaged (the entry is then counted as corrupt). */
  damaged = false;
  /** Parts parsed, the last PARTS_KEPT (a part is checked again only against another object). */
  private readonly read = new Map<string, ReadValue | null>();
  private readonly checked = new WeakMap<object, Map<string, boolean>>();

  constructor(private readonly folder: () => string) {}

  matches(s: string, value: unknown): boolean {
    // Checked against this object already: not read again (at 10×, 1.4 s of a rebuild's 8 s of takes).
    const object = value !== null && typeof value === 'object' ? value : undefined;
    const known = object && this.checked.get(object);
    if (known?.has(s)) return known.get(s)!;
    const part = this.part(s);
    if (part === null) {
      this.damaged = true;
      return false;
    }
    const now = readsTheSame(part, value, this);
    if (object) this.checked.set(object, (known ?? new Map()).set(s, now));
    return now;
  }

  private part(s: string): ReadValue | null {
    let part = this.read.get(s);
    if (part !== undefined) {
      this.read.delete(s);
      this.read.set(s, part);
      return part;
    }
    try {
      const text = readFileSync(join(this.folder(), partFile(s)), 'utf8');
      part = digest(text) === s ? (JSON.parse(text) as ReadValue) : null;
    } catch {
      part = null;
    }
    this.read.set(s, part);
    if (this.read.size > PARTS_KEPT) this.read.delete(this.read.keys().next().value!);
    return part;
  }
}

/**
 * Parts kept parsed at once: all of them held the site's process near its heap's ceiling at 100×
 * (the page cache's records named 49,007 parts, 324 MB of text), and a part's check against an
 * object is kept whatever happens to the part.
 */
const PARTS_KEPT = 512;

/**
 * The files an entry names, without parsing what it read (most of its text): an entry is written
 * with `outputs` and `parts` before `fonts` and `reads`, and `,"fonts":` cannot occur inside a
 * JSON string (every quote in one is escaped), so the text up to it is the entry's head. An entry
 * written in another order is parsed whole.
 */
function storedHead(text: string): Pick<CacheEntry, 'outputs' | 'parts'> {
  const cut = text.indexOf(',"fonts":');
  let head = (cut > 0 ? JSON.parse(`${text.slice(0, cut)}}`) : JSON.parse(text)) as Partial<CacheEntry>;
  if (!Array.isArray(head.outputs)) head = JSON.parse(text) as CacheEntry;
  return { outputs: head.outputs ?? [], parts: Array.isArray(head.parts) ? head.parts : [] };
}

/**
 * Bound the cache: keep the `keep` most recently used entries (a build touches every entry it
 * uses), drop the files no kept entry names, and temporary files a killed build left.
 */
export function pruneCache(dir: string, keep: number): { entries: number; files: number } {
  const entriesDir = join(dir, 'entries');
  const blobsDir = join(dir, 'files');
  const list = (d: string): string[] => {
    try {
      return readdirSync(d);
    } catch {
      return [];
    }
  };
  const remove = (file: string): boolean => {
    try {
      unlinkSync(file);
      return true;
    } catch {
      return false;
    }
  };
  const hourAgo = Date.now() - 3600_000;
  const mtime = (file: string): number => {
    try {
      return statSync(file).mtimeMs;
    } catch {
      return 0;
    }
  };
  let removedEntries = 0;
  let removedFiles = 0;
  const entries: { file: string; at: number }[] = [];
  for (const name of list(entriesDir)) {
    const file = join(entriesDir, name);
    if (name.endsWith('.tmp')) {
      if (mtime(file) < hourAgo && remove(file)) removedEntries++;
    } else if (name.endsWith('.json')) entries.push({ file, at: mtime(file) });
  }
  entries.sort((a, b) => b.at - a.at);
  const referenced = new Set<string>();
  for (const [i, e] of entries.entries()) {
    if (i >= keep) {
      if (remove(e.file)) removedEntries++;
      continue;
    }
    try {
      const head = storedHead(readFileSync(e.file, 'utf8'));
      for (const o of head.outputs) referenced.add(`${o.sha256}.pdf`);
      for (const part of head.parts) referenced.add(partFile(part));
    } catch {
      if (remove(e.file)) removedEntries++;
    }
  }
  for (const name of list(blobsDir)) {
    const file = join(blobsDir, name);
    // A file written in the last hour may belong to an entry another build is about to write.
    if (!referenced.has(name) && mtime(file) < (name.endsWith('.tmp') ? hourAgo : Date.now() - 60_000) && remove(file))
      removedFiles++;
  }
  return { entries: removedEntries, files: removedFiles };
}
