/**
 * A unit's etiquette, processes, assessment rules, service guides, question banks and pages:
 * which of the organisation's files and items are in its view (written for it,
 * not excluded on its line), and per item the fields that differ — its params
 * filled with the unit's values, and the rewordings of the units on its line.
 * Stored compactly (ids left out, fields changed); view.ts puts the view together. The items come
 * from item-entries.ts, the unit's params from item-params.ts, the rewordings from item-overrides.ts.
 */
import { appliesToUnit, writtenFor } from '../applies.ts';
import type { Assembled } from '../assemble.ts';
import { at } from '../build/context.ts';
import { citedOtherwise } from '../cited.ts';
import { formatPath } from '../source.ts';
import type { ItemOrigin, ItemPatch } from '../types.ts';
import type { NormDocument } from '../types/documents.ts';
import { inScopeOrder, listedOf, unitRanks } from '../scope-order.ts';
import { reportNotInherited } from './not-inherited.ts';
import { entries, type Entries, processRestriction } from './item-entries.ts';
import { applyOverrides } from './item-overrides.ts';
import { refillParams } from './item-params.ts';
import type { UnitStep } from './step.ts';

/** What scope-order.ts reads of a process, assessment file or service guide, and its id. */
type Listable = Parameters<typeof listedOf>[0] & { id: string };

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

/** `documents`: the unit's own (resolve/documents.ts), whose wording of a clause its process steps and violations cite. */
export function resolveItems(ctx: UnitStep, documents: readonly NormDocument[]): ItemsResult {
  const { a, place } = ctx;
  const self = ctx.unit.id;
  const all = entries(a);
  const patches: Record<string, ItemPatch> = {};
  const origins: Record<string, ItemOrigin> = {};
  const omitted = new Set<string>();
  const patch = (id: string, fields: ItemPatch): void => void (patches[id] = { ...patches[id], ...fields });

  const excluded = lineageExclusions(ctx, all);

  const line = { all, excluded, place };
  // Asked once per item and again for each item inside it (a situation per phrase): each answer kept.
  const answers = new Map<string, boolean>();
  const inView = (id: string): boolean => {
    let v = answers.get(id);
    if (v === undefined) answers.set(id, (v = visible(line, id)));
    return v;
  };

  // From the group's general etiquette to what is written for this unit (scope-order.ts).
  const etiquette = inScopeOrder(
    a.etiquette.filter((s) => appliesToUnit(place, s.restrict) && !excluded.has(s.id)),
    unitRanks(place),
    listedOf,
  ).map((s) => s.id);
  // Processes, assessment rules and service guides in the same order.
  const inOrder = (xs: Listable[]): string[] => inScopeOrder(xs, unitRanks(place), listedOf).map((x) => x.id);
  const processes = inOrder(
    a.processes.filter((p) => appliesToUnit(place, processRestriction(p)) && !excluded.has(p.id)),
  );
  const assessments = inOrder(a.assessments.filter((s) => appliesToUnit(place, s.restrict) && !excluded.has(s.id)));
  const quizzes = a.quizzes.filter((s) => appliesToUnit(place, s.restrict) && !excluded.has(s.id)).map((s) => s.id);
  const services = inOrder(a.services.filter((s) => appliesToUnit(place, s.restrict) && !excluded.has(s.id)));
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

  const { etiquette: etiquetteItems, assessment: assessmentItems } = sectionItems(a);
  const touched = (ids: string[]): boolean => ids.some((id) => omitted.has(id) || patches[id] !== undefined);
  const differs = {
    etiquette: etiquette.join('\n') !== a.etiquette.map((s) => s.id).join('\n') || touched(etiquetteItems),
    assessment:
      assessments.length !== a.assessments.length ||
      touched(assessmentItems) ||
      violationsCiteOtherwise(a, assessments, omitted, documents),
    processes: processesDiffering(a, processes, patches, documents),
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

const sectionItemsCache = new WeakMap<Assembled, { etiquette: string[]; assessment: string[] }>();
/** The ids of the etiquette and assessment items, the same for every unit. */
function sectionItems(a: Assembled): { etiquette: string[]; assessment: string[] } {
  let s = sectionItemsCache.get(a);
  if (!s) {
    const all = [...entries(a).values()];
    s = {
      etiquette: all.filter((e) => e.section === 'etiquette').map((e) => e.id),
      assessment: all.filter((e) => e.section === 'assessment').map((e) => e.id),
    };
    sectionItemsCache.set(a, s);
  }
  return s;
}

/**
 * Whether an item is in the unit's view: neither it nor its file excluded on the unit's line, its
 * parent (a phrase's situation) in view, and written for the unit. `seen`: the items met on the way
 * up (made only when there is a way up); an item met again (content that slipped past the id
 * checks) is out of view, never asked about for ever.
 */
function visible(
  line: { all: Entries; excluded: ReadonlySet<string>; place: UnitStep['place'] },
  id: string,
  seen?: Set<string>,
): boolean {
  const e = line.all.get(id);
  if (!e || seen?.has(id)) return false;
  return (
    !line.excluded.has(id) &&
    !line.excluded.has(e.container) &&
    !(e.parent !== undefined && !visible(line, e.parent, (seen ?? new Set()).add(id))) &&
    appliesToUnit(line.place, ...e.restrictions)
  );
}

/**
 * The unit's processes that read otherwise than the organisation's, so need a page of their own:
 * reworded or filled with its params (patches), or with a step citing a clause the unit words
 * otherwise than the organisation's index (its value for a 〔按单位规定〕, a rewording).
 */
function processesDiffering(
  a: Assembled,
  processes: readonly string[],
  patches: Record<string, ItemPatch>,
  documents: readonly NormDocument[],
): string[] {
  const citedBy = new Map<string, string[]>();
  const out = new Set<string>();
  for (const id of processes)
    for (const n of a.processes.find((x) => x.id === id)!.nodes) {
      if (patches[id] !== undefined || patches[n.id] !== undefined) out.add(id);
      for (const c of n.clauses) citedBy.set(c, [...(citedBy.get(c) ?? []), id]);
    }
  for (const c of citedOtherwise(a.ids.entries, documents, new Set(citedBy.keys())))
    for (const p of citedBy.get(c)!) out.add(p);
  return processes.filter((p) => out.has(p));
}

/**
 * Whether a violation in the unit's view cites a clause the unit words otherwise (its value, a
 * rewording): the assessment page words each violation's 依据, so the unit needs its own. Score
 * items are not counted: their sheets are the unit's anyway and give only its clause numbers.
 */
function violationsCiteOtherwise(
  a: Assembled,
  assessments: readonly string[],
  omitted: ReadonlySet<string>,
  documents: readonly NormDocument[],
): boolean {
  const cited = new Set(
    a.assessments
      .filter((x) => assessments.includes(x.id))
      .flatMap((x) => x.violations.filter((v) => !omitted.has(v.id)).flatMap((v) => v.clauses)),
  );
  return citedOtherwise(a.ids.entries, documents, cited).size > 0;
}

/** The ids excluded on the unit's line, top first (containers by id); a unit's own exclusion of what it does not have is reported. */
function lineageExclusions(ctx: UnitStep, all: Entries): Set<string> {
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
