/**
 * The print jobs of one template: one case per template kind, each listing that kind's files and
 * what each job reads to make them. index.ts selects, caches and runs them.
 */
import type { Model, ResolvedUnit } from '../model/types.ts';
import { revisionTables } from '../model/changes/revision.ts';
import type { Derived } from './cache/derived.ts';
import { buildCard, buildCardSheet } from './card.ts';
import type { FontCache } from './fonts.ts';
import { guideFiles } from './guide-plan.ts';
import { buildPoster } from './poster.ts';
import { buildQuizPapers } from './quiz.ts';
import {
  cardFileName,
  cardSheetFileName,
  handbookFileName,
  handbookScopes,
  posterFileName,
  quizFileNames,
  quizScopes,
  revisionFileName,
  type PlannedFile,
} from './plan.ts';
import type { Template } from './templates.ts';

/** One build step: one PDF, or for quiz papers every version and the key of one scope. */
export interface Job {
  files: string[];
  /** Where the files go: print/ (published) or staff/. */
  audience: 'public' | 'staff';
  /** Rough relative cost, to hand the largest jobs out first when jobs run in parallel. */
  weight: () => number;
  /** What the job takes besides the model and its template (a scope, an item): part of its cache key. */
  inputs: unknown;
  /**
   * Builds from `model` alone (the cache hands it a model that notes what it reads): the unit
   * or table is looked up in it again, never taken from the planning model. `derived`, when
   * given, holds what is derived from the whole model (cache/derived.ts), read through the same
   * tracer; without it the job derives what it needs itself.
   * `note` reports what was done differently from the template's plan (a poster's texts moved to its QR page).
   */
  run: (model: Model, note: (message: string) => void, derived?: Derived) => Promise<Uint8Array[]>;
  template: Template;
}

function countClauses(list: readonly { children: readonly unknown[] }[]): number {
  let n = 0;
  for (const c of list) n += 1 + countClauses(c.children as readonly { children: readonly unknown[] }[]);
  return n;
}

/** The unit `id` of the model a job runs on. */
function unitIn(model: Model, id: string): ResolvedUnit {
  const unit = model.units.find((u) => u.id === id);
  if (!unit) throw new Error(`unit ${id} is not in the model`);
  return unit;
}

// Long: one case per template kind, each listing that kind's files with what each job reads.
export function jobsFor(model: Model, template: Template, fonts: FontCache, planned: PlannedFile[]): Job[] {
  const wanted = new Set(planned.map((p) => p.file));
  const one = (
    file: string,
    weight: number | (() => number),
    inputs: unknown,
    run: (m: Model, note: (message: string) => void) => Promise<Uint8Array>,
  ): Job => ({
    audience: 'public',
    files: [file],
    weight: typeof weight === 'number' ? () => weight : weight,
    inputs,
    template,
    run: async (m, note) => [await run(m, note)],
  });
  switch (template.kind) {
    case 'poster':
      return model.units
        .filter((u) => wanted.has(posterFileName(template, u)))
        .map((unit) =>
          one(posterFileName(template, unit), 2, { unit: unit.id }, (m, note) =>
            buildPoster(m, unitIn(m, unit.id), template, fonts, note),
          ),
        );
    case 'card':
      return model.units
        .filter((u) => wanted.has(cardFileName(template, u)))
        .map((unit) =>
          template.sheet
            ? {
                audience: 'public' as const,
                files: [cardFileName(template, unit), cardSheetFileName(template, unit)],
                weight: () => 2,
                inputs: { unit: unit.id },
                template,
                run: async (m: Model) => {
                  const u = unitIn(m, unit.id);
                  const card = await buildCard(m, u, template, fonts);
                  return [card, await buildCardSheet(m, u, template, fonts, card)];
                },
              }
            : one(cardFileName(template, unit), 1, { unit: unit.id }, (m) =>
                buildCard(m, unitIn(m, unit.id), template, fonts),
              ),
        );
    case 'handbook': {
      // A handbook grows with the group's clauses and charts; a role's is a part of the complete one.
      const size = (): number =>
        model.documents.reduce((n, d) => n + countClauses(d.clauses), 0) + 20 * model.processes.length;
      return handbookScopes(model, template)
        .filter((s) => wanted.has(handbookFileName(template, s)))
        .map((s) =>
          one(
            handbookFileName(template, s),
            s.roleId === undefined ? size : () => size() / 2,
            { scope: s },
            async (m) => (await import('./handbook.ts')).buildHandbook(m, s, template, fonts),
          ),
        );
    }
    case 'revision':
      return revisionTables(model, template.scopes)
        .filter((table) => wanted.has(revisionFileName(template, table.id)))
        .map((table) =>
          one(
            revisionFileName(template, table.id),
            () => table.changes.length / 10,
            { table: table.id },
            async (m) => {
              const own = revisionTables(m, template.scopes).find((t) => t.id === table.id);
              if (!own) throw new Error(`revision table ${table.id} is not in the model`);
              return (await import('./revision.ts')).buildRevisionTable(m, own, template, fonts);
            },
          ),
        );
    case 'quiz':
      return quizScopes(model, template)
        .filter((s) => wanted.has(quizFileNames(template, s).key))
        .map((s) => {
          const names = quizFileNames(template, s);
          return {
            audience: 'staff' as const,
            files: [...names.papers, names.key],
            weight: () => 4 * names.papers.length,
            inputs: { scope: s },
            template,
            run: async (m: Model, _note: unknown, derived?: Derived) => {
              const { papers, key } = await buildQuizPapers(
                m,
                s,
                template,
                fonts,
                derived?.quiz[template.output]?.[s.id],
              );
              return [...papers, key];
            },
          };
        });
    case 'guide':
    case 'slip':
    case 'scoresheet':
      return guideFiles(model, template)
        .filter((f) => wanted.has(f.file))
        .map((f) =>
          one(
            f.file,
            template.kind === 'guide' && template.per === 'unit' ? 3 : 1,
            { unit: f.unit.id, item: f.itemId ?? null },
            async (m) => {
              const unit = unitIn(m, f.unit.id);
              if (template.kind === 'slip')
                return (await import('./slip.ts')).buildSlip(m, unit, f.itemId!, template, fonts);
              if (template.kind === 'scoresheet')
                return (await import('./scoresheet.ts')).buildScoreSheet(m, unit, f.itemId!, template, fonts);
              return (await import('./guide.ts')).buildGuide(m, unit, f.itemId, template, fonts);
            },
          ),
        );
  }
}
