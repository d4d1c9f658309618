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
import { fillDeep, knownNames, lookupParam, reportMissingParam, restrictedAt, usesPlaceholders } from '../params.ts';
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

/** A file that uses {{names}}: where it uses them, and its patches per set of values filled in. */
interface Templated {
  section: Section;
  file: ReturnType<typeof filesOf>[number]['file'];
  /** Every {{name}} with the path of its text, in the order fillDeep meets them. */
  uses: { path: (string | number)[]; name: string }[];
  /** The names used, each once. */
  names: string[];
  /** By the values of `names` (JSON), the patches of the file filled with them. */
  patches: Map<string, [string, ItemPatch][]>;
}

const templatedCache = new WeakMap<Assembled, Templated[]>();
function templatedFiles(a: Assembled): Templated[] {
  let t = templatedCache.get(a);
  if (!t) {
    t = [];
    for (const f of filesOf(a)) {
      if (!usesPlaceholders(f.file.data)) continue;
      const uses: Templated['uses'] = [];
      // Filled with nothing, every {{name}} is missing: fillDeep names each, with its path, in its order.
      fillDeep(f.file.data as unknown, { params: Object.create(null), hotlines: { other: [] } }, (path, name) => {
        uses.push({ path, name });
        return undefined;
      });
      t.push({ ...f, uses, names: [...new Set(uses.map((u) => u.name))], patches: new Map() });
    }
    templatedCache.set(a, t);
  }
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
  const known = knownNames(scope);
  for (const t of templatedFiles(a)) {
    const { file } = t;
    if (!containers.has(file.data.id)) continue;
    // The names this unit lacks, reported in the order fillDeep meets them (as it would report them).
    for (const { path, name } of t.uses) {
      if (lookupParam(name, scope) !== undefined) continue;
      // Items for every unit read the organisation's values, already checked when the file was built.
      if (!restrictedAt(file.data, path)) continue;
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
    }
    // The patches depend on nothing but the values filled in: units with the same values share one rebuild.
    const key = JSON.stringify(
      t.names.map((n) => {
        const v = lookupParam(n, scope);
        return v === undefined ? null : String(v);
      }),
    );
    let patches = t.patches.get(key);
    if (!patches) t.patches.set(key, (patches = filledPatches(a, t, scope)));
    // Copies: each unit's patches are its own, as when every unit rebuilt the file.
    for (const [id, fields] of patches) patch(id, structuredClone(fields));
  }
}

/** The patches of a templated file filled with a scope's values: each item's fields that differ from the organisation's. */
function filledPatches(a: Assembled, t: Templated, scope: UnitStep['scope']): [string, ItemPatch][] {
  const { section, file } = t;
  const out: [string, ItemPatch][] = [];
  const data = fillDeep(file.data as unknown, scope, () => PER_UNIT_VALUE);
  if (data === file.data) return out;
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
    if (Object.keys(changed).length > 0) out.push([id, changed]);
  };
  const orgContainer = [...a.etiquette, ...a.processes, ...a.assessments, ...a.services, ...a.quizzes].find(
    (c) => c.id === file.data.id,
  ) as unknown as Record<string, unknown> | undefined;
  compare(file.data.id, rebuilt as unknown as Record<string, unknown>, orgContainer);
  const all = entries(a);
  for (const item of flatItems(rebuilt as unknown as Record<string, unknown>))
    compare(item.id as string, item, all.get(item.id as string)?.item);
  return out;
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
