/**
 * A unit's etiquette, processes, assessment rules, service guides, question banks and pages:
 * which of the organisation's files and items are in its view (written for it,
 * not excluded on its line), and per item the fields that differ — its params
 * filled with the unit's values, and the rewordings of the units on its line.
 * Stored compactly (ids left out, fields changed); view.ts puts the view together.
 */
import { appliesToUnit, writtenFor } from '../applies.ts';
import type { Assembled } from '../assemble.ts';
import { assessmentFrom, escalationOf } from '../build/assessment.ts';
import { at, type Path } from '../build/context.ts';
import { etiquetteFrom } from '../build/etiquette.ts';
import { lanesOf, processFrom } from '../build/process.ts';
import { quizFrom } from '../build/quiz.ts';
import { checkTimeLimit, normaliseServiceOverride, serviceFrom } from '../build/services.ts';
import { PER_UNIT_VALUE } from '../clauses.ts';
import { checkRef } from '../ids.ts';
import type { ValidFile } from '../load.ts';
import { fillDeep, knownNames, reportMissingParam, restrictedAt, usesPlaceholders } from '../params.ts';
import { firstReport } from './report.ts';
import { formatPath, locate, type ParsedFile } from '../source.ts';
import type { Bearer, EscalationStep } from '../types/assessments.ts';
import type { ItemKind, ItemOrigin, ItemPatch, Restriction } from '../types.ts';
import type { ProcessNode } from '../types/processes.ts';
import { phraseSlots } from '../wording.ts';
import { reportNotInherited } from './documents.ts';
import { OVERRIDABLE, setFields, type Override } from './ops.ts';
import type { UnitStep } from './step.ts';

export interface ItemsResult {
  etiquette: string[];
  processes: string[];
  assessments: string[];
  services: string[];
  quizzes: string[];
  pages: string[];
  omitted: string[];
  patches: Record<string, ItemPatch>;
  origins: Record<string, ItemOrigin>;
  differs: { etiquette: boolean; assessment: boolean; processes: string[] };
}

/** One item inside a container file, with the chain of restrictions above it. */
interface Entry {
  id: string;
  kind: ItemKind;
  /** The built item as the organisation has it. */
  item: Record<string, unknown>;
  /** Restrictions of the file and every item around this one, outermost first. */
  restrictions: (Restriction | undefined)[];
  /** The container's id (set, process, assessment, bank). */
  container: string;
  /** The item it sits in (a situation for its phrases), if any. */
  parent?: string;
}

type Section = 'etiquette' | 'process' | 'assessment' | 'service' | 'quiz';

/** Every item of the organisation's containers, flattened once per model. */
function entriesOf(a: Assembled): Map<string, Entry & { section: Section }> {
  const out = new Map<string, Entry & { section: Section }>();
  const add = (e: Entry, section: Section): void => void out.set(e.id, { ...e, section });
  for (const set of a.etiquette) {
    for (const s of set.situations) {
      add(
        {
          id: s.id,
          kind: 'situation',
          item: s as unknown as Record<string, unknown>,
          restrictions: [set.restrict, s.restrict],
          container: set.id,
        },
        'etiquette',
      );
      for (const p of s.phrases)
        add(
          {
            id: p.id,
            kind: 'phrase',
            item: p as unknown as Record<string, unknown>,
            restrictions: [set.restrict, s.restrict, p.restrict],
            container: set.id,
            parent: s.id,
          },
          'etiquette',
        );
      for (const p of s.forbidden)
        add(
          {
            id: p.id,
            kind: 'forbidden',
            item: p as unknown as Record<string, unknown>,
            restrictions: [set.restrict, s.restrict, p.restrict],
            container: set.id,
            parent: s.id,
          },
          'etiquette',
        );
      for (const r of s.conduct)
        add(
          {
            id: r.id,
            kind: 'conduct',
            item: r as unknown as Record<string, unknown>,
            restrictions: [set.restrict, s.restrict, r.restrict],
            container: set.id,
            parent: s.id,
          },
          'etiquette',
        );
    }
    for (const r of set.ruleSets)
      add(
        {
          id: r.id,
          kind: 'rule-set',
          item: r as unknown as Record<string, unknown>,
          restrictions: [set.restrict, r.restrict],
          container: set.id,
        },
        'etiquette',
      );
    for (const r of set.conduct)
      add(
        {
          id: r.id,
          kind: 'conduct',
          item: r as unknown as Record<string, unknown>,
          restrictions: [set.restrict, r.restrict],
          container: set.id,
        },
        'etiquette',
      );
  }
  for (const p of a.processes) {
    const restrict = processRestriction(p);
    for (const n of p.nodes)
      add(
        {
          id: n.id,
          kind: 'node',
          item: n as unknown as Record<string, unknown>,
          restrictions: [restrict],
          container: p.id,
        },
        'process',
      );
  }
  for (const as of a.assessments) {
    for (const [kind, list] of [
      ['inspection', as.inspections],
      ['threshold', as.thresholds],
      ['violation', as.violations],
      ['score-item', as.scoreItems],
      ['award', as.awards],
    ] as const) {
      for (const x of list)
        add(
          {
            id: x.id,
            kind,
            item: x as unknown as Record<string, unknown>,
            restrictions: [as.restrict, x.restrict],
            container: as.id,
          },
          'assessment',
        );
    }
  }
  for (const sv of a.services)
    for (const m of sv.materials)
      add(
        {
          id: m.id,
          kind: 'material',
          item: m as unknown as Record<string, unknown>,
          restrictions: [sv.restrict, m.restrict],
          container: sv.id,
        },
        'service',
      );
  for (const q of a.quizzes)
    for (const x of q.questions)
      add(
        {
          id: x.id,
          kind: 'question',
          item: x as unknown as Record<string, unknown>,
          restrictions: [q.restrict, x.restrict],
          container: q.id,
        },
        'quiz',
      );
  return out;
}

const entriesCache = new WeakMap<Assembled, ReturnType<typeof entriesOf>>();
function entries(a: Assembled): ReturnType<typeof entriesOf> {
  let e = entriesCache.get(a);
  if (!e) entriesCache.set(a, (e = entriesOf(a)));
  return e;
}

function processRestriction(p: { units: 'all' | string[]; industries?: string[] }): Restriction | undefined {
  if (p.units === 'all' && !p.industries) return undefined;
  return { ...(p.units !== 'all' ? { units: p.units } : {}), ...(p.industries ? { industries: p.industries } : {}) };
}

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

export function resolveItems(ctx: UnitStep): ItemsResult {
  const { a, place } = ctx;
  const self = ctx.unit.id;
  const all = entries(a);
  const patches: Record<string, ItemPatch> = {};
  const origins: Record<string, ItemOrigin> = {};
  const omitted = new Set<string>();
  const patch = (id: string, fields: ItemPatch): void => void (patches[id] = { ...patches[id], ...fields });

  const excluded = lineageExclusions(ctx, all);

  const inView = (id: string): boolean => {
    const e = all.get(id);
    if (!e) return false;
    return (
      !excluded.has(id) &&
      !excluded.has(e.container) &&
      !(e.parent !== undefined && !inView(e.parent)) &&
      appliesToUnit(place, ...e.restrictions)
    );
  };

  const etiquette = a.etiquette.filter((s) => appliesToUnit(place, s.restrict) && !excluded.has(s.id)).map((s) => s.id);
  const processes = a.processes
    .filter((p) => appliesToUnit(place, processRestriction(p)) && !excluded.has(p.id))
    .map((p) => p.id);
  const assessments = a.assessments
    .filter((s) => appliesToUnit(place, s.restrict) && !excluded.has(s.id))
    .map((s) => s.id);
  const quizzes = a.quizzes.filter((s) => appliesToUnit(place, s.restrict) && !excluded.has(s.id)).map((s) => s.id);
  const services = a.services.filter((s) => appliesToUnit(place, s.restrict) && !excluded.has(s.id)).map((s) => s.id);
  const pages = a.pages.filter((p) => appliesToUnit(place, processRestriction(p))).map((p) => p.slug);
  const containers = new Set([...etiquette, ...processes, ...assessments, ...services, ...quizzes]);
  for (const id of services) {
    const forUnit = writtenFor(place, a.services.find((x) => x.id === id)!.restrict);
    if (forUnit !== undefined) origins[id] = { kind: forUnit === self ? 'own' : 'inherited', definedBy: forUnit };
  }

  for (const e of all.values()) {
    if (!containers.has(e.container)) continue;
    if (e.parent !== undefined && !inView(e.parent)) continue; // left out with its situation
    if (!inView(e.id)) {
      omitted.add(e.id);
      continue;
    }
    const forUnit = writtenFor(place, ...e.restrictions);
    if (forUnit !== undefined) origins[e.id] = { kind: forUnit === self ? 'own' : 'inherited', definedBy: forUnit };
  }

  // Params: files that use {{names}} are built again with the unit's values; fields that differ become patches.
  refillParams(ctx, containers, inView, patch);

  applyOverrides(ctx, { processes, services, inView }, patches, origins);

  const etiquetteItems = [...all.values()].filter((e) => e.section === 'etiquette').map((e) => e.id);
  const assessmentItems = [...all.values()].filter((e) => e.section === 'assessment').map((e) => e.id);
  const touched = (ids: string[]): boolean => ids.some((id) => omitted.has(id) || patches[id] !== undefined);
  const differs = {
    etiquette: etiquette.length !== a.etiquette.length || touched(etiquetteItems),
    assessment: assessments.length !== a.assessments.length || touched(assessmentItems),
    processes: processes.filter(
      (p) =>
        patches[p] !== undefined || a.processes.find((x) => x.id === p)!.nodes.some((n) => patches[n.id] !== undefined),
    ),
  };
  return {
    etiquette,
    processes,
    assessments,
    services,
    quizzes,
    pages,
    omitted: [...omitted],
    patches,
    origins,
    differs,
  };
}

function locateIn(pf: ParsedFile, path: Path): ReturnType<typeof at> {
  const { file, line, column } = locate(pf, path);
  return { file, line, column };
}

/** Brings an override's fields into the model's shape (derived fields, sorted steps, checked references). */
function normaliseOverride(kind: ItemKind, fields: ItemPatch, o: Override, ctx: UnitStep, mine: boolean): void {
  const pf = ctx.lineageOps.find((x) => x.overrides.includes(o))!.file.pf;
  if ((kind === 'phrase' || kind === 'forbidden') && typeof fields.text === 'string')
    fields.slots = phraseSlots(fields.text);
  if (kind === 'violation' && fields.penalty !== undefined) {
    const p = fields.penalty as { fine?: number; fineMax?: number; points?: number; text?: string; bearer?: Bearer[] };
    fields.penalty = {
      ...(p.fine !== undefined ? { fine: p.fine } : {}),
      ...(p.fineMax !== undefined ? { fineMax: p.fineMax } : {}),
      ...(p.points !== undefined ? { points: p.points } : {}),
      ...(p.text ? { text: p.text } : {}),
      ...(p.bearer ? { bearer: p.bearer } : {}),
    };
  }
  if (kind === 'service') {
    if (mine && typeof fields.timeLimit === 'string')
      checkTimeLimit(o.fields.timeLimit!, pf, [...o.path, 'timeLimit'], ctx.diags);
    normaliseServiceOverride(fields);
  }
  if (kind === 'score-item' && fields.points !== undefined && fields.cap === undefined) {
    // A cap left at the item's points follows new points; a lower cap written for it stays.
    const item = entries(ctx.a).get(o.target)!.item as { points: number; cap: number };
    fields.cap = item.cap === item.points ? fields.points : Math.min(item.cap, fields.points as number);
  }
  if (
    mine &&
    kind === 'material' &&
    fields.need === 'conditional' &&
    fields.condition === undefined &&
    (entries(ctx.a).get(o.target)!.item as { condition?: string }).condition === undefined
  ) {
    ctx.diags.error(
      at(pf, [...o.path, 'need']),
      formatPath([...o.path, 'need']),
      'conditional-without-condition',
      `改为 need: conditional 时要写 condition（何种情形需要） / a material made conditional needs a condition`,
    );
  }
  if (kind === 'violation' && fields.escalation !== undefined)
    fields.escalation = escalationOf(fields.escalation as EscalationStep[]);
  if (mine && kind === 'node' && typeof fields.role === 'string')
    checkRef(ctx.a.ids, ctx.diags, fields.role, ['role'], at(pf, [...o.path, 'role']), formatPath([...o.path, 'role']));
  if (mine && kind === 'situation' && Array.isArray(fields.roles))
    (fields.roles as string[]).forEach((r, j) =>
      checkRef(ctx.a.ids, ctx.diags, r, ['role'], at(pf, [...o.path, 'roles', j]), formatPath([...o.path, 'roles', j])),
    );
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

function refillParams(
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

/** The ids excluded on the unit's line, top first (containers by id); a unit's own exclusion of what it does not have is reported. */
function lineageExclusions(ctx: UnitStep, all: ReturnType<typeof entries>): Set<string> {
  const { a, place } = ctx;
  const self = ctx.unit.id;
  const excluded = new Set<string>();
  for (const ops of ctx.lineageOps) {
    const mine = ops.unitId === self;
    for (const { id, path } of ops.exclude) {
      const kind = a.ids.entries[id]?.kind;
      if (kind === 'clause' || kind === 'document' || kind === 'commitment' || kind === 'commitment-set') continue; // documents.ts, commitments.ts
      const entry = all.get(id);
      const container =
        kind === 'etiquette'
          ? a.etiquette.find((x) => x.id === id)
          : kind === 'process'
            ? a.processes.find((x) => x.id === id)
            : kind === 'assessment'
              ? a.assessments.find((x) => x.id === id)
              : kind === 'quiz'
                ? a.quizzes.find((x) => x.id === id)
                : kind === 'service'
                  ? a.services.find((x) => x.id === id)
                  : undefined;
      const applies = entry
        ? appliesToUnit(place, ...entry.restrictions) &&
          !excluded.has(entry.container) &&
          !(entry.parent && excluded.has(entry.parent))
        : container
          ? appliesToUnit(
              place,
              'restrict' in container
                ? container.restrict
                : processRestriction(container as { units: 'all' | string[] }),
            )
          : false;
      if (!applies || excluded.has(id)) {
        if (mine) reportNotInherited(ctx, id, at(ops.file.pf, path), formatPath(path), 'exclude');
        continue;
      }
      excluded.add(id);
    }
  }
  return excluded;
}

/**
 * The rewordings on the unit's line, top first, as patches and origins (in place); a unit's own
 * are checked and reported. Clauses and commitments are reworded in documents.ts and commitments.ts.
 */
function applyOverrides(
  ctx: UnitStep,
  inScope: { processes: string[]; services: string[]; inView: (id: string) => boolean },
  patches: Record<string, ItemPatch>,
  origins: Record<string, ItemOrigin>,
): void {
  const { a, diags, scope } = ctx;
  const self = ctx.unit.id;
  const { processes, services, inView } = inScope;
  const patch = (id: string, fields: ItemPatch): void => void (patches[id] = { ...patches[id], ...fields });
  const known = knownNames(scope);
  for (const ops of ctx.lineageOps) {
    const mine = ops.unitId === self;
    for (const o of ops.overrides) {
      const kind = a.ids.entries[o.target]?.kind;
      const key = o.asClause ? 'clause' : 'item';
      const pf = ops.file.pf;
      if (kind === undefined) {
        if (mine) reportNotInherited(ctx, o.target, at(pf, [...o.path, key]), formatPath([...o.path, key]), 'override');
        continue;
      }
      if (kind === 'clause' || kind === 'commitment') continue; // documents.ts, commitments.ts
      if (o.asClause) {
        if (mine)
          diags.error(
            at(pf, [...o.path, 'clause']),
            formatPath([...o.path, 'clause']),
            'wrong-reference-kind',
            `"${o.target}" 不是条款，请改写为 item: ${o.target} / "${o.target}" is not a clause; write item: ${o.target}`,
          );
        continue;
      }
      const allowed = OVERRIDABLE[kind];
      if (!allowed) {
        if (mine)
          diags.error(
            at(pf, [...o.path, 'item']),
            formatPath([...o.path, 'item']),
            'override-kind',
            `不能覆盖这一类条目（${kind}）；可以排除它，或在单位文件中另写 / items of kind ${kind} cannot be overridden; exclude it or write the unit's own instead`,
          );
        continue;
      }
      const processOfNode =
        kind === 'node' ? a.processes.find((p) => p.nodes.some((n) => n.id === o.target)) : undefined;
      const target =
        kind === 'process'
          ? processes.includes(o.target)
            ? o.target
            : undefined
          : kind === 'service'
            ? services.includes(o.target)
              ? o.target
              : undefined
            : kind === 'node'
              ? processOfNode && processes.includes(processOfNode.id)
                ? o.target
                : undefined
              : inView(o.target)
                ? o.target
                : undefined;
      if (target === undefined) {
        if (mine)
          reportNotInherited(ctx, o.target, at(pf, [...o.path, 'item']), formatPath([...o.path, 'item']), 'override');
        continue;
      }
      const set = setFields(o.fields);
      if (mine && set.length === 0)
        diags.warning(
          at(pf, o.path),
          formatPath(o.path),
          'empty-override',
          `覆盖 "${o.target}" 时没有修改任何内容 / override of "${o.target}" changes nothing`,
        );
      const fields: ItemPatch = {};
      for (const field of set) {
        if (!allowed.includes(field)) {
          if (mine)
            diags.error(
              at(pf, [...o.path, field]),
              formatPath([...o.path, field]),
              'override-field',
              `覆盖这一条目（${kind}）时不能修改 ${field}（可修改：${allowed.join('、')}） / ${field} cannot be overridden on a ${kind} (allowed: ${allowed.join(', ')})`,
            );
          continue;
        }
        fields[field] = fillDeep(o.fields[field], scope, (p, name) => {
          if (mine)
            reportMissingParam(
              diags,
              locateIn(pf, [...o.path, field, ...p]),
              formatPath([...o.path, field, ...p]),
              name,
              known,
              { id: self, name: ctx.unit.name },
            );
          return PER_UNIT_VALUE;
        });
      }
      normaliseOverride(kind, fields, o, ctx, mine);
      if (kind === 'node' && fields.role !== undefined && processOfNode) {
        const nodes = processOfNode.nodes.map((n) =>
          n.id === o.target
            ? { ...n, role: fields.role as string }
            : { ...n, ...(patches[n.id]?.role ? { role: patches[n.id]!.role as string } : {}) },
        );
        patch(processOfNode.id, { lanes: lanesOf(nodes as ProcessNode[]) });
      }
      patch(target, fields);
      const prior = origins[target];
      origins[target] = {
        kind: mine ? 'overridden' : 'inherited',
        definedBy: prior?.definedBy ?? 'organisation',
        overriddenBy: ops.unitId,
        ...(o.reason ? { reason: o.reason } : {}),
      };
    }
  }
}
