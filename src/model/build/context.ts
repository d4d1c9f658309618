/**
 * What every builder of a content file shares: the id index, the diagnostics,
 * the organisation's scope, and how an unfilled {{name}} is handled — reported
 * where the item applies to every unit, a neutral mark where it is written for
 * some units only (each of those units supplies the value; resolve checks it).
 */
import type { Diagnostics } from '../diagnostics.ts';
import type { IdIndex } from '../ids.ts';
import { fillDeep, knownNames, reportMissingParam, restrictedAt, type Scope } from '../params.ts';
import { PER_UNIT_VALUE } from '../clauses.ts';
import { formatPath, locate, type ParsedFile } from '../source.ts';
import type { SourceRef } from '../types.ts';

export type Path = (string | number)[];

export interface BuildContext {
  ids: IdIndex;
  diags: Diagnostics;
  scope: Scope;
  /** False when organisation.yaml could not be read: its params are unknown, so none is reported missing. */
  paramsKnown: boolean;
}

export const at = (pf: ParsedFile, path: Path): SourceRef => {
  const { file, line, column } = locate(pf, path);
  return { file, line, column };
};

/** Reports an unfilled {{name}} at a field, with "did you mean" from the organisation's names. */
export function reporter(ctx: BuildContext): (source: SourceRef, path: string, name: string) => void {
  const known = knownNames(ctx.scope);
  return (source, path, name) => {
    if (ctx.paramsKnown) reportMissingParam(ctx.diags, source, path, name, known);
  };
}

/**
 * A file's data with every {{name}} filled for the organisation. Names it lacks are reported,
 * except inside items written for some units only, which get a neutral mark instead.
 */
export function fillFile<T>(pf: ParsedFile, data: T, ctx: BuildContext): T {
  const report = reporter(ctx);
  return fillDeep(data, ctx.scope, (path, name) => {
    if (restrictedAt(data, path)) return PER_UNIT_VALUE;
    report(at(pf, path), formatPath(path), name);
    return undefined;
  });
}
