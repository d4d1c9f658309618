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

/** What to keep of `recorded`: long strings as digests, large parts in files of their own. */
export function compactReads(recorded: ReadValue): CompactRecord {
  const parts = new Map<string, string>();
  // Each node's JSON is made once, from its children's (a record can hold every clause of a group).
  const compact = (value: ReadValue, depth: number): { kept: ReadValue; text: string } => {
    if (value.t === 'p' && typeof value.v === 'string' && isLong(value.v)) {
      const kept: ReadValue = { t: 'l', s: digest(value.v) };
      return { kept, text: JSON.stringify(kept) };
    }
    if ((value.t !== 'o' && value.t !== 'a') || value.c === undefined)
      return { kept: value, text: JSON.stringify(value) };
    const c: Record<string, ReadValue> = {};
    const texts: string[] = [];
    for (const [k, child] of Object.entries(value.c)) {
      const part = compact(child, depth + 1);
      c[k] = part.kept;
      texts.push(`${JSON.stringify(k)}:${part.text}`);
    }
    const { c: _, ...rest } = value;
    const head = JSON.stringify(rest);
    const text = `${head.slice(0, -1)},"c":{${texts.join(',')}}}`;
    const kept: ReadValue = { ...rest, c };
    if (depth === 0 || text.length <= PART_MIN) return { kept, text };
    const s = digest(text);
    parts.set(s, text);
    const ref: ReadValue = { t: 'r', s };
    return { kept: ref, text: JSON.stringify(ref) };
  };
  return { reads: compact(recorded, 0).kept, parts };
}
