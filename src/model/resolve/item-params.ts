/**
 * A unit's own values in templated files: files that use {{names}} are built again with the
 * unit's params, and the fields that differ from the organisation's become patches.
 */
import type { Assembled } from '../assemble.ts';
import { assessmentFrom } from '../build/assessment.ts';
import type { at, Path } from '../build/context.ts';
import { etiquetteFrom } from '../build/etiquette.ts';
import { processFrom } from '../build/process.ts';
import { quizFrom } from '../build/quiz.ts';
import { serviceFrom } from '../build/services.ts';
import { PER_UNIT_VALUE } from '../clauses.ts';
import type { ValidFile } from '../load.ts';
import { fillDeep, knownNames, reportMissingParam, restrictedAt, usesPlaceholders } from '../params.ts';
import { formatPath, locate, type ParsedFile } from '../source.ts';
import type { ItemPatch } from '../types.ts';
import { entries, type Section } from './item-entries.ts';
import { firstReport } from './report.ts';
import type { UnitStep } from './step.ts';

/** Fields of a built item that hold its child items (never patched; the view rebuilds them). */
const CHILD_FIELDS = new Set([
  'phrases',
  'forbidden',
  'conduct',
  'situations',
  'ruleSets',
  'nodes',
  'questions',
  'inspections',
  'thresholds',
  'violations',
  'scoreItems',
  'awards',
  'phases',
  'materials',
  'source',
  'id',
]);

export function locateIn(pf: ParsedFile, path: Path): ReturnType<typeof at> {
  const { file, line, column } = locate(pf, path);
  return { file, line, column };
}

/** Files of each section, for rebuilding with a unit's params. */
function filesOf(a: Assembled): {
  section: Section;
  file:
    | ValidFile<'etiquette'>
    | ValidFile<'processes'>
    | ValidFile<'assessment'>
    | ValidFile<'services'>
    | ValidFile<'quiz'>;
}[] {
  return [
    ...a.files.etiquette.map((file) => ({ section: 'etiquette' as const, file })),
    ...a.files.processes.map((file) => ({ section: 'process' as const, file })),
    ...a.files.assessment.map((file) => ({ section: 'assessment' as const, file })),
    ...a.files.services.map((file) => ({ section: 'service' as const, file })),
    ...a.files.quiz.map((file) => ({ section: 'quiz' as const, file })),
  ];
}

const templatedCache = new WeakMap<Assembled, ReturnType<typeof filesOf>>();
function templatedFiles(a: Assembled): ReturnType<typeof filesOf> {
  let t = templatedCache.get(a);
  if (!t) templatedCache.set(a, (t = filesOf(a).filter((f) => usesPlaceholders(f.file.data))));
  return t;
}

/** Builds each templated file in view again with the unit's params and patches the fields that differ. */
export function refillParams(
  ctx: UnitStep,
  containers: ReadonlySet<string>,
  inView: (id: string) => boolean,
  patch: (id: string, f: ItemPatch) => void,
): void {
  const { a, scope } = ctx;
  const all = entries(a);
  const known = knownNames(scope);
  for (const { section, file } of templatedFiles(a)) {
    if (!containers.has(file.data.id)) continue;
    const data = fillDeep(file.data as unknown, scope, (path, name) => {
      // Items for every unit read the organisation's values, already checked when the file was built.
      if (!restrictedAt(file.data, path)) return PER_UNIT_VALUE;
      const owner = ownerId(file.data, path);
      if (
        (owner === undefined || owner === file.data.id || inView(owner)) &&
        firstReport(a, `${file.pf.file}:${formatPath(path)}:${name}`)
      ) {
        reportMissingParam(ctx.diags, locateIn(file.pf, path), formatPath(path), name, known, {
          id: ctx.unit.id,
          name: ctx.unit.name,
        });
      }
      return PER_UNIT_VALUE;
    });
    if (data === file.data) continue;
    const rebuilt =
      section === 'etiquette'
        ? etiquetteFrom(file.pf, data as ValidFile<'etiquette'>['data'])
        : section === 'process'
          ? processFrom(file.pf, data as ValidFile<'processes'>['data'])
          : section === 'assessment'
            ? assessmentFrom(file.pf, data as ValidFile<'assessment'>['data'])
            : section === 'service'
              ? serviceFrom(file.pf, data as ValidFile<'services'>['data'])
              : quizFrom(file.pf, data as ValidFile<'quiz'>['data']);
    const compare = (id: string, mine: Record<string, unknown>, org: Record<string, unknown> | undefined): void => {
      if (!org) return;
      const changed: ItemPatch = {};
      for (const [k, v] of Object.entries(mine)) {
        if (CHILD_FIELDS.has(k)) continue;
        if (JSON.stringify(v) !== JSON.stringify(org[k])) changed[k] = v;
      }
      if (Object.keys(changed).length > 0) patch(id, changed);
    };
    const orgContainer = [...a.etiquette, ...a.processes, ...a.assessments, ...a.services, ...a.quizzes].find(
      (c) => c.id === file.data.id,
    ) as unknown as Record<string, unknown> | undefined;
    compare(file.data.id, rebuilt as unknown as Record<string, unknown>, orgContainer);
    for (const item of flatItems(rebuilt as unknown as Record<string, unknown>))
      compare(item.id as string, item, all.get(item.id as string)?.item);
  }
}

/** Every item object inside a built container (situations, phrases, nodes, questions, …). */
function flatItems(container: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (o: Record<string, unknown>): void => {
    for (const key of [
      'situations',
      'phrases',
      'forbidden',
      'conduct',
      'ruleSets',
      'nodes',
      'inspections',
      'thresholds',
      'violations',
      'scoreItems',
      'awards',
      'materials',
      'questions',
    ]) {
      const list = o[key];
      if (!Array.isArray(list)) continue;
      for (const x of list as Record<string, unknown>[]) {
        out.push(x);
        walk(x);
      }
    }
  };
  walk(container);
  return out;
}

/** The id of the innermost item around a field path in a file's data. */
function ownerId(data: unknown, path: readonly (string | number)[]): string | undefined {
  let node: unknown = data;
  let owner: string | undefined;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    const id = (node as Record<string, unknown>).id;
    if (typeof id === 'string') owner = id;
    node = (node as Record<string | number, unknown>)[key];
  }
  return owner;
}
