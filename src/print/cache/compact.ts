/**
 * What a job read, kept small and checked quickly, with nothing lost. The tracer (trace.ts)
 * records every value a job read: the text of every clause, and the ids of every clause of
 * every unit where a rule looks an item up across the group (item-roles.ts). Kept as recorded,
 * the 10× organisation's cache held 1.75 GB of such records for 737 PDFs, and checking them
 * before a rebuild read and walked all of it (35 s with nothing changed). So:
 * - a long string is kept as its digest (compared exactly, by digest);
 * - each large part of a record near the model's top (one unit, one document, one etiquette
 *   set: what a job read of it) is kept once, in a file named by the digest of its text, which
 *   every entry that read the same part names; most jobs of a group read most parts alike.
 * A check of a part against a model is made once per build, however many entries name it.
 */
import { createHash } from 'node:crypto';
import type { ReadValue } from './trace.ts';

/** Strings longer than this are kept as their digest. */
const LONG_STRING = 64;
/** Parts of a record whose text is longer than this are kept in a file of their own. */
const PART_MIN = 1024;

export function digest(text: string): string {
  // 128 bits: a collision between two records is not a risk worth 43 characters.
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

/** Whether a string is kept as its digest. */
export function isLong(value: string): boolean {
  return value.length > LONG_STRING;
}

/** A record to keep: the entry's own part and the parts it names (digest → text). */
export interface CompactRecord {
  reads: ReadValue;
  parts: Map<string, string>;
}

/** What to keep of `recorded`: long strings as digests, large parts near the top in files of their own. */
export function compactReads(recorded: ReadValue): CompactRecord {
  const parts = new Map<string, string>();
  const compact = (value: ReadValue, depth: number): ReadValue => {
    if (value.t === 'p' && typeof value.v === 'string' && isLong(value.v)) return { t: 'l', s: digest(value.v) };
    if ((value.t !== 'o' && value.t !== 'a') || value.c === undefined) return value;
    const c: Record<string, ReadValue> = {};
    for (const [k, child] of Object.entries(value.c)) c[k] = compact(child, depth + 1);
    const kept: ReadValue = { ...value, c };
    if (depth === 0) return kept;
    const text = JSON.stringify(kept);
    if (text.length <= PART_MIN) return kept;
    const s = digest(text);
    parts.set(s, text);
    return { t: 'r', s };
  };
  return { reads: compact(recorded, 0), parts };
}
