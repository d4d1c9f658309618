/**
 * Clause trees: displayed numbers from position (GB/T 1.1: 4, 4.1, 4.1.13),
 * strength from wording, params filled for a scope, roles each clause applies to.
 */
import type { Diagnostics } from './diagnostics.ts';
import { interpolate, type Scope } from './params.ts';
import type { ClauseInput } from './schema/documents.ts';
import type { Strength } from './schema/common.ts';
import { formatPath, locate, type ParsedFile } from './source.ts';
import { inferStrength, strengthConflicts, STRENGTH_LABEL_ZH } from './strength.ts';
import type { Clause } from './types/documents.ts';
import type { Restriction, SourceRef } from './types.ts';
import { restrictionOf } from './applies.ts';

type Path = (string | number)[];

const at = (pf: ParsedFile, path: Path): SourceRef => {
  const { file, line, column } = locate(pf, path);
  return { file, line, column };
};

/** Where the clauses are built and what their text is filled with. */
export interface ClauseContext {
  pf: ParsedFile;
  path: Path;
  documentId: string;
  parentNumber: string;
  depth: number;
  parentId?: string;
  start: number;
  scope: Scope;
  /**
   * Written for some units only (the document or a clause above): a {{name}} the scope cannot
   * fill becomes a neutral mark, since each unit supplies its value (checked per unit in resolve).
   */
  restricted: boolean;
  /** Reports a {{name}} the scope cannot fill in an unrestricted clause. */
  report: (source: SourceRef, path: string, name: string) => void;
}

/** Text shown where a value differs per unit and the organisation defines none. */
export const PER_UNIT_VALUE = '〔按单位规定〕';

/** Fills a field, returning the filled text and the template when it had placeholders. */
function fillField(raw: string | undefined, ctx: ClauseContext, path: Path): { text?: string; template?: string } {
  if (raw === undefined) return {};
  if (!raw.includes('{{')) return { text: raw };
  const filled = interpolate(raw, ctx.scope, ctx.restricted ? () => PER_UNIT_VALUE : undefined);
  if (!ctx.restricted) for (const name of filled.missing) ctx.report(at(ctx.pf, path), formatPath(path), name);
  return { text: filled.text, template: raw };
}

/** The clause's displayed number (written, or the next after its sibling) and the counter for the next sibling. */
function clauseNumber(
  written: string | undefined,
  counter: number,
  ctx: ClauseContext,
  path: Path,
  diags: Diagnostics,
): { number: string; next: number } {
  if (written === undefined) {
    return { number: ctx.parentNumber ? `${ctx.parentNumber}.${counter}` : String(counter), next: counter + 1 };
  }
  const last = Number(written.split('.').pop());
  const expectedPrefix = ctx.parentNumber ? `${ctx.parentNumber}.` : '';
  if (expectedPrefix && !written.startsWith(expectedPrefix)) {
    diags.warning(
      at(ctx.pf, [...path, 'number']),
      formatPath([...path, 'number']),
      'number-outside-parent',
      `编号 ${written} 不在上级条款 ${ctx.parentNumber} 之下 / number ${written} is not under its parent ${ctx.parentNumber}`,
    );
  }
  return { number: written, next: last + 1 };
}

/** The clause's strength: as marked, else inferred from its wording; a mark the wording contradicts is warned about. */
function clauseStrength(
  marked: Strength | undefined,
  text: string | undefined,
  number: string,
  ctx: ClauseContext,
  path: Path,
  diags: Diagnostics,
): { strength: Strength | undefined; strengthInferred: boolean } {
  if (!text) return { strength: marked, strengthInferred: false };
  const inferred = marked === undefined ? inferStrength(text) : strengthConflicts(marked, text);
  if (marked === undefined && inferred !== undefined) return { strength: inferred, strengthInferred: true };
  if (marked !== undefined && inferred !== undefined) {
    diags.warning(
      at(ctx.pf, [...path, 'strength']),
      formatPath([...path, 'strength']),
      'strength-mismatch',
      `条款 ${number} 的措辞是“${STRENGTH_LABEL_ZH[inferred]}”，但标注为“${STRENGTH_LABEL_ZH[marked]}”（${marked}），请核对 / clause ${number} is worded as ${inferred} but marked ${marked}`,
    );
  }
  return { strength: marked, strengthInferred: false };
}

/** Builds clause trees with displayed numbers; warns where strength and wording disagree. */
export function buildClauses(inputs: readonly ClauseInput[], ctx: ClauseContext, diags: Diagnostics): Clause[] {
  const out: Clause[] = [];
  let counter = ctx.start;
  inputs.forEach((input, i) => {
    const path = [...ctx.path, i];
    const source = at(ctx.pf, path);
    const numbered = clauseNumber(input.number, counter, ctx, path, diags);
    const number = numbered.number;
    counter = numbered.next;
    const restrict: Restriction | undefined = restrictionOf(input);
    const own = restrict && !ctx.restricted ? { ...ctx, restricted: true } : ctx;
    const text = fillField(input.text, own, [...path, 'text']);
    const title = fillField(input.title, own, [...path, 'title']);
    const note = fillField(input.note, own, [...path, 'note']);
    const { strength, strengthInferred } = clauseStrength(input.strength, text.text, number, ctx, path, diags);
    const templates = {
      ...(title.template ? { title: title.template } : {}),
      ...(note.template ? { note: note.template } : {}),
    };
    const clause: Clause = {
      id: input.id,
      number,
      // The document's numbering sets the shown label once the whole tree is built (numbering.ts).
      label: number,
      ...(title.text ? { title: title.text } : {}),
      ...(text.text ? { text: text.text } : {}),
      ...(text.template ? { template: text.template } : {}),
      ...(strength ? { strength } : {}),
      strengthInferred,
      tags: input.tags ?? [],
      roles: input.roles ?? [],
      appliesTo: [],
      ...(note.text ? { note: note.text } : {}),
      depth: ctx.depth,
      documentId: ctx.documentId,
      ...(ctx.parentId ? { parentId: ctx.parentId } : {}),
      children: [],
      ...(restrict ? { restrict } : {}),
      ...(Object.keys(templates).length ? { templates } : {}),
      source,
    };
    clause.children = buildClauses(
      input.clauses ?? [],
      {
        ...ctx,
        path: [...path, 'clauses'],
        parentNumber: number,
        depth: ctx.depth + 1,
        parentId: input.id,
        start: 1,
        restricted: own.restricted,
      },
      diags,
    );
    out.push(clause);
  });
  return out;
}

/** Fills a built clause's wording again for another scope (a unit's params), in place; returns the names it lacked. */
export function refillClause(c: Clause, scope: Scope): string[] {
  const missing: string[] = [];
  const fill = (t: string): string => {
    const r = interpolate(t, scope, () => PER_UNIT_VALUE);
    missing.push(...r.missing);
    return r.text;
  };
  if (c.template) c.text = fill(c.template);
  if (c.templates?.title) c.title = fill(c.templates.title);
  if (c.templates?.note) c.note = fill(c.templates.note);
  return missing;
}

export function* walkClauses(clauses: readonly Clause[]): Generator<Clause> {
  for (const c of clauses) {
    yield c;
    yield* walkClauses(c.children);
  }
}

/** Every clause of a tree, depth first. */
export function flattenClauses(clauses: readonly Clause[]): Clause[] {
  return [...walkClauses(clauses)];
}

/** Sets each clause's `appliesTo`: own roles, else the parent's, else the document's. */
export function assignAppliesTo(clauses: readonly Clause[], inherited: readonly string[]): void {
  for (const c of clauses) {
    c.appliesTo = c.roles.length > 0 ? [...c.roles] : [...inherited];
    assignAppliesTo(c.children, c.appliesTo);
  }
}

/**
 * A clause as a link's words: its number and title (or text), at most 80 characters, without the
 * sentence's closing mark — links are listed with 、 and put in brackets, where 。、 and 。） are wrong.
 */
export function clauseLabel(c: Clause): string {
  return `${c.label} ${c.title ?? c.text ?? ''}`.slice(0, 80).replace(/[。；，、：\s]+$/u, '');
}
