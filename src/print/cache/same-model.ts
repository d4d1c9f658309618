/**
 * What the last build's jobs gave for its model, by the bytes of the model file: a rebuild whose
 * model file is byte for byte the last one's (nothing in the content changed) takes each job's
 * files from it without checking the job's record of reads against the model. At 100× that check
 * (deriving every unit's views, banks and papers, reading ~300 MB of record parts) was a third of
 * a rebuild with nothing changed.
 *
 * Exact because each job's entry here is what that build itself made, or took from the cache after
 * the full check, for that very model: same model bytes, same job key (its files, template, inputs
 * and guifan's code: store.ts), same fonts (their files' hashes, checked again) → same files. The
 * files are the cache's own (named by their hash, read and hashed again as a lookup does), and a
 * job missing here or whose file is gone is looked up as always. A job that wrote to the model
 * (uncacheable) is never entered. Written whole under a temporary name, so a killed build leaves
 * the last record or none.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Bumped when the record's format changes. */
const FORMAT = 1;

/** One job as that build had it: its files' hashes and sizes, its messages, the fonts it loaded. */
export interface SameModelJob {
  outputs: { sha256: string; size: number }[];
  notes: string[];
  /** Font path (as templates name it) → hash of the file. */
  fonts: Record<string, string>;
}

interface Record_ {
  format: number;
  /** sha256 of the model file's bytes and guifan's code version. */
  model: string;
  code: string;
  /** Job key (store.ts PrintCache.key) → what it gave. */
  jobs: Record<string, SameModelJob>;
}

const recordFile = (dir: string): string => join(dir, 'same-model.json');

/** The last build's jobs when its model file had the digest `model` and the code was `code` (else undefined). */
export function readSameModel(dir: string, model: string, code: string): Map<string, SameModelJob> | undefined {
  try {
    const record = JSON.parse(readFileSync(recordFile(dir), 'utf8')) as Record_;
    if (record.format !== FORMAT || record.model !== model || record.code !== code) return undefined;
    return new Map(Object.entries(record.jobs));
  } catch {
    return undefined;
  }
}

/** Records this build's jobs for its model; a cache that cannot be written is left as it is. */
export function writeSameModel(
  dir: string,
  model: string,
  code: string,
  jobs: ReadonlyMap<string, SameModelJob>,
): void {
  const record: Record_ = { format: FORMAT, model, code, jobs: Object.fromEntries(jobs) };
  const file = recordFile(dir);
  const tmp = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(record));
    renameSync(tmp, file);
  } catch {
    // Read-only or full: the next build checks every job's record, as without this one.
  }
}
