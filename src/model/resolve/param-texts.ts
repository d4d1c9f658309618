/**
 * Every text field of the organisation's files that the model fills with params, as written:
 * clause titles, texts and notes, commitment titles and texts, and every string of the etiquette,
 * process, assessment, service and question files (those are filled whole). Each comes with the
 * item it belongs to and the field of that item an override would replace.
 */
import type { Assembled } from '../assemble.ts';
import type { Path } from '../build/context.ts';
import type { ClauseInput } from '../schema/documents.ts';
import type { ParsedFile } from '../source.ts';
import { entries } from './item-entries.ts';

export interface ParamText {
  pf: ParsedFile;
  path: Path;
  text: string;
  kind: 'clause' | 'commitment' | 'item';
  /** The innermost item with an id around the field (a clause, a commitment, a node, a question, a process). */
  owner: string;
  /** The owner's field the text is in (`timeLimit`, `options`): what an override of the owner sets. */
  field: string;
  /** For items: the container file's id (set, process, assessment, service, bank). */
  container?: string;
  /** The owner's heading (a step's label, a question's stem, a clause's or commitment's title), when it has one. */
  heading?: string;
}

/** Search words are never shown; ids and references are not prose. */
const NOT_PROSE = new Set(['id', 'keywords', 'units', 'industries', 'next', 'to', 'role', 'roles', 'clauses', 'cites']);

function* clauseTexts(pf: ParsedFile, clauses: readonly ClauseInput[], path: Path): Generator<ParamText> {
  for (const [i, c] of clauses.entries()) {
    for (const field of ['title', 'text', 'note'] as const) {
      const text = c[field];
      if (text) yield { pf, path: [...path, i, field], text, kind: 'clause', owner: c.id, field, ...headed(c.title) };
    }
    if (c.clauses) yield* clauseTexts(pf, c.clauses, [...path, i, 'clauses']);
  }
}

const headed = (heading: unknown): { heading?: string } => (typeof heading === 'string' ? { heading } : {});

/** A question's options that are not its answer: choices offered to be wrong, not statements. */
function wrongOptions(o: Record<string, unknown>): Set<number> {
  if (!Array.isArray(o.options) || o.answer === undefined) return new Set();
  const letters = ([] as unknown[]).concat(o.answer).filter((x): x is string => typeof x === 'string');
  const right = new Set(letters.map((l) => l.charCodeAt(0) - 65));
  return new Set(o.options.map((_, i) => i).filter((i) => !right.has(i)));
}

/** The strings of an item file, each with the innermost known item around it and that item's field. */
function* itemTexts(pf: ParsedFile, data: { id: string }, known: ReadonlySet<string>): Generator<ParamText> {
  const container = data.id;
  type Owner = { id: string; heading?: string };
  function* walk(v: unknown, path: Path, owner: Owner, field: string | undefined): Generator<ParamText> {
    if (typeof v === 'string') {
      if (field !== undefined)
        yield { pf, path, text: v, kind: 'item', owner: owner.id, field, container, ...headed(owner.heading) };
      return;
    }
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) yield* walk(x, [...path, i], owner, field);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const own = typeof o.id === 'string' && known.has(o.id);
    const inner: Owner = own ? { id: o.id as string, ...headed(o.label ?? o.stem ?? o.name ?? o.title) } : owner;
    for (const [k, x] of Object.entries(o)) {
      if (NOT_PROSE.has(k)) continue;
      if (k === 'options' && Array.isArray(x)) {
        const wrong = wrongOptions(o);
        for (const [i, opt] of x.entries())
          if (!wrong.has(i)) yield* walk(opt, [...path, k, i], inner, own ? k : (field ?? k));
        continue;
      }
      yield* walk(x, [...path, k], inner, own ? k : (field ?? k));
    }
  }
  yield* walk(data, [], { id: container }, undefined);
}

/** Every templated text of the organisation's files, in file order. */
export function* paramTexts(a: Assembled): Generator<ParamText> {
  for (const f of a.files.norms) yield* clauseTexts(f.pf, f.data.clauses, ['clauses']);
  for (const f of a.files.commitments)
    for (const [i, c] of f.data.commitments.entries())
      for (const field of ['title', 'text'] as const) {
        const text = c[field];
        if (text)
          yield {
            pf: f.pf,
            path: ['commitments', i, field],
            text,
            kind: 'commitment',
            owner: c.id,
            field,
            ...headed(c.title),
          };
      }
  const known = new Set(entries(a).keys());
  const files = [
    ...a.files.etiquette,
    ...a.files.processes,
    ...a.files.assessment,
    ...a.files.services,
    ...a.files.quiz,
  ];
  for (const f of files) known.add(f.data.id);
  for (const f of files) yield* itemTexts(f.pf, f.data, known);
}
