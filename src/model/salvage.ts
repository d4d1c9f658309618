/**
 * What a file the schema refused still says. A misspelt optional field (reasn: for reason:), a
 * value out of range (comparator: lte) or a date that does not exist is reported once, at its
 * line; the file is then read without that one value, so the rest of it is checked as meant — a
 * misspelt id in its references is found in the same run, not after the first slip is mended.
 *
 * Only what stands alone is left out: an unknown field, or a scalar value (a word, a number, a
 * date, one id of a list). A refused mapping or list (a clause without text, a malformed target)
 * is not left out alone. Nor is a param or a hotline: texts name them, and each use would be
 * reported again. A required value (a question's type) or a malformed mapping in an entry of a list
 * of items (a clause, a question, a commitment, …: ENTRY_LISTS) leaves that entry out whole: its
 * issues were all reported, its ids still count, and the file's positions leave it out too
 * (load.ts), so the entries after it are reported at their own lines. A required value of the
 * file itself (its id, an effective date), or of a process step, still keeps the file out.
 */
import type { z } from 'zod';
import { HOTLINE_KEYS } from './params.ts';
import { closest } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** A salvaged file needs at most this many rounds (a value left out may uncover a default's issue). */
const ROUNDS = 3;

/** Marks a value to leave out; removed once every issue of a round is marked (list indexes stay put). */
const DROP = Symbol('drop');

/** Fields whose entries other files name ({{param}}, {{hotline.service}}): not left out. */
const NAMED_ELSEWHERE = new Set(['params', 'hotlines']);

/**
 * Lists whose entries stand alone: an entry refused for what it cannot go without (a required
 * value missing or wrong, a malformed mapping in it) is left out whole — its issues were reported
 * with it, and its ids still count as written (assemble.ts's shadow), so what names it elsewhere is
 * not reported again. Not a process's `nodes` nor a decision's `branches`: the other steps link to
 * them, and leaving one out would make their links errors of their own.
 */
const ENTRY_LISTS = new Set([
  'clauses',
  'questions',
  'commitments',
  'situations',
  'phrases',
  'forbidden',
  'conduct',
  'ruleSets',
  'violations',
  'thresholds',
  'inspections',
  'awards',
  'scoreItems',
  'materials',
  'override',
  'add',
]);

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
function mark(root: unknown, issue: Issue, round: Set<string>): boolean {
  if (NAMED_ELSEWHERE.has(String(issue.path[0]))) return readAsMeant(root, issue);
  return markValue(root, issue, round) || markEntry(root, issue.path);
}

/**
 * A hotline under a misspelt name (supervison:) is read under the name it is near, once that name is
 * not written too: texts name it as {{hotline.supervision}}, and a refused organisation file hid
 * every unit's own slips until this one was mended. The name is still reported, once, with its hint.
 */
function readAsMeant(root: unknown, issue: Issue): boolean {
  if (issue.code !== 'unrecognized_keys' || issue.path.length !== 1 || issue.path[0] !== 'hotlines') return false;
  const node = at(root, issue.path);
  if (!isNode(node) || Array.isArray(node)) return false;
  for (const key of issue.keys) {
    const meant = closest(key, HOTLINE_KEYS);
    if (meant === undefined || node[meant] !== undefined || !isScalar(node[key])) return false;
    node[meant] = node[key];
    node[key] = DROP;
  }
  return true;
}

/** Marks the innermost entry of an ENTRY_LISTS list that holds the issue's path; false when there is none. */
function markEntry(root: unknown, path: readonly PropertyKey[]): boolean {
  for (let i = path.length - 1; i >= 1; i--) {
    const index = path[i];
    if (typeof index !== 'number' || !ENTRY_LISTS.has(String(path[i - 1]))) continue;
    const list = at(root, path.slice(0, i));
    if (!Array.isArray(list)) return false;
    if (list[index] === DROP) return true;
    if (!isNode(list[index]) || Array.isArray(list[index])) continue;
    list[index] = DROP;
    return true;
  }
  return false;
}

/** Marks the value itself (an unknown field, a scalar); false when it cannot be left out alone. */
function markValue(root: unknown, issue: Issue, round: Set<string>): boolean {
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
  const id = JSON.stringify(issue.path.map(String));
  // Left out in this round already (two issues about one value); left out in an earlier round and
  // still refused: the value was required, so it cannot be left out alone.
  if (value === DROP) return round.has(id);
  if (value === undefined || !isScalar(value)) return false;
  (parent as Record<PropertyKey, unknown>)[key] = DROP;
  round.add(id);
  return true;
}

function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((v) => v !== DROP).map(sweep);
  if (!isNode(node) || node instanceof Date) return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) if (v !== DROP) out[k] = sweep(v);
  return out;
}

/** A path into the swept data as a path into the marked data it came from (list entries left out skipped). */
function unswept(marked: unknown, path: readonly PropertyKey[]): PropertyKey[] {
  const out: PropertyKey[] = [];
  let node = marked;
  for (const seg of path) {
    let key = seg;
    if (Array.isArray(node) && typeof seg === 'number') {
      let seen = -1;
      key = node.findIndex((v) => v !== DROP && ++seen === seg);
      if (key === -1) key = node.length + seg;
    }
    out.push(key);
    node = isNode(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return out;
}

/** The paths (into the file as written) of the list entries a marked copy leaves out. */
function droppedEntries(node: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  if (Array.isArray(node))
    node.forEach((v, i) => (v === DROP ? out.push([...path, i]) : droppedEntries(v, [...path, i], out)));
  else if (isNode(node) && !(node instanceof Date))
    for (const [k, v] of Object.entries(node)) if (v !== DROP) droppedEntries(v, [...path, k], out);
  return out;
}

export interface Salvaged<T> {
  data: T;
  /**
   * The list entries left out, as paths into the file as written: the file's positions must
   * leave them out too, or what follows them in a list would be reported at its neighbour's line.
   */
  dropped: PropertyKey[][];
}

/**
 * The file's data without the values its issues are about, parsed by the schema; undefined when
 * an issue is about something that cannot be left out alone.
 */
export function salvage<T>(schema: z.ZodType<T>, data: unknown, issues: readonly Issue[]): Salvaged<T> | undefined {
  // Marks accumulate on one copy of the file as written; each round parses it swept.
  const marked = structuredClone(data);
  let open: readonly Issue[] = issues;
  let swept: unknown = data;
  for (let round = 0; round < ROUNDS; round++) {
    const marks = new Set<string>();
    if (!open.every((issue) => mark(marked, { ...issue, path: unswept(marked, issue.path) } as Issue, marks)))
      return undefined;
    swept = sweep(marked);
    const again = schema.safeParse(swept);
    if (again.success) return { data: again.data, dropped: droppedEntries(marked) };
    open = again.error.issues;
  }
  return undefined;
}
