/**
 * What a file the schema refused still says. A misspelt optional field (reasn: for reason:), a
 * value out of range (comparator: lte) or a date that does not exist is reported once, at its
 * line; the file is then read without that one value, so the rest of it is checked as meant — a
 * misspelt id in its references is found in the same run, not after the first slip is mended.
 *
 * Only what stands alone is left out: an unknown field, or a scalar value (a word, a number, a
 * date, one id of a list). A refused mapping or list (a clause without text, a malformed target)
 * is not: leaving it out would hide what it holds. Nor is a param or a hotline: texts name them,
 * and each use would be reported again. A required value cannot be left out either; such a file
 * stays refused, as before.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** A salvaged file needs at most this many rounds (a value left out may uncover a default's issue). */
const ROUNDS = 3;

/** Marks a value to leave out; removed once every issue of a round is marked (list indexes stay put). */
const DROP = Symbol('drop');

/** Fields whose entries other files name ({{param}}, {{hotline.service}}): not left out. */
const NAMED_ELSEWHERE = new Set(['params', 'hotlines']);

type Node = Record<PropertyKey, unknown> | unknown[];

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null;
const isScalar = (v: unknown): boolean =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date;

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isNode(node)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** Marks what the issue is about to leave out; false when it cannot be left out alone. */
function mark(root: unknown, issue: Issue): boolean {
  if (NAMED_ELSEWHERE.has(String(issue.path[0]))) return false;
  if (issue.code === 'unrecognized_keys') {
    const node = at(root, issue.path);
    if (!isNode(node) || Array.isArray(node)) return false;
    for (const key of issue.keys) node[key] = DROP;
    return true;
  }
  if (issue.path.length === 0) return false;
  const parent = at(root, issue.path.slice(0, -1));
  const key = issue.path[issue.path.length - 1]!;
  if (!isNode(parent)) return false;
  const value = (parent as Record<PropertyKey, unknown>)[key];
  if (value === DROP) return true;
  if (value === undefined || !isScalar(value)) return false;
  (parent as Record<PropertyKey, unknown>)[key] = DROP;
  return true;
}

function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((v) => v !== DROP).map(sweep);
  if (!isNode(node) || node instanceof Date) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (v !== DROP) out[k] = sweep(v);
  return out;
}

/**
 * The file's data without the values its issues are about, parsed by the schema; undefined when
 * an issue is about something that cannot be left out alone.
 */
export function salvage<T>(schema: z.ZodType<T>, data: unknown, issues: readonly Issue[]): T | undefined {
  let current: unknown = data;
  let open = issues;
  for (let round = 0; round < ROUNDS; round++) {
    const copy = structuredClone(current);
    if (!open.every((issue) => mark(copy, issue))) return undefined;
    current = sweep(copy);
    const again = schema.safeParse(current);
    if (again.success) return again.data;
    open = again.error.issues;
  }
  return undefined;
}
