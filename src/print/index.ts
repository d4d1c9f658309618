/**
 * Print outputs: posters, handbooks and pocket cards as PDFs, made in-process with pdf-lib
 * from the resolved model and the templates in templates/.
 *
 *   buildPrint(model, 'root')                          → root/print/*.pdf (published) and
 *                                                         root/staff/*.pdf (quiz papers and keys)
 *   buildPrint(model, 'root', { only: 'poster:east' })  → just that poster
 *   buildPrint(model, 'root', { only: 'quiz:all' })      → staff/quiz-all-A.pdf, -B.pdf, -key.pdf
 *   plannedPrintFiles(model)                            → the names, without building
 *
 * Quiz papers and their keys are staff material: they never go where the site is published
 * (the CLI moves root/staff/ to the staff folder, `<out>-staff/` by default).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/types.ts';
import { inSlice, type Slice } from '../model/shard.ts';
import { buildCard, buildCardSheet } from './card.ts';
import { FontCache } from './fonts.ts';
import { buildPoster } from './poster.ts';
import { buildQuizPapers } from './quiz.ts';
import { guideFiles } from './guide-plan.ts';
import { cardFileName, cardSheetFileName, handbookFileName, handbookScopes, plannedPrintFiles, posterFileName, PRINT_FOLDER, quizFileNames, quizScopes, revisionFileName, type PlannedFile } from './plan.ts';
import { revisionTables } from '../model/changes/revision.ts';

export { PRINT_FOLDER } from './plan.ts';
import { defaultTemplatesDir, loadTemplates, type Template } from './templates.ts';

export { PosterOverflowError } from './poster.ts';
export { CardOverflowError } from './card.ts';
export { MissingGlyphError } from './render.ts';
export { TemplateError, loadTemplates, defaultTemplatesDir } from './templates.ts';

export interface BuildPrintOptions {
  /** KIND or KIND:UNIT (or KIND:ROLE / KIND:all for handbooks and quiz papers); KIND is a template's output name, e.g. poster, handbook, card, quiz. */
  only?: string;
  templatesDir?: string;
  /** Share parsed fonts between several builds (tests, watch mode, a print worker). */
  fonts?: FontCache;
  /** Build only these jobs (ids from `planPrintJobs`), e.g. the share of one worker thread. */
  jobs?: readonly string[];
  /** Only the files of this slice of the group (guifan build --shard; src/model/shard.ts). */
  slice?: Slice;
  /** Templates already loaded (a print worker loads them once for all its jobs). */
  templates?: Template[];
}

/** One build step: one PDF, or for quiz papers every version and the key of one scope. */
interface Job {
  files: string[];
  /** Where the files go: print/ (published) or staff/. */
  audience: 'public' | 'staff';
  /** Rough relative cost, to hand the largest jobs out first when jobs run in parallel. */
  weight: () => number;
  /** `note` reports what was done differently from the template's plan (a poster's texts moved to its QR page). */
  run: (note: (message: string) => void) => Promise<Uint8Array[]>;
}

/** A print job as a scheduler sees it: `id` (its first file) selects it in `BuildPrintOptions.jobs`. */
export interface PrintJob {
  id: string;
  files: string[];
  weight: number;
}

function countClauses(list: readonly { children: readonly unknown[] }[]): number {
  let n = 0;
  for (const c of list) n += 1 + countClauses(c.children as readonly { children: readonly unknown[] }[]);
  return n;
}

function jobsFor(model: Model, template: Template, fonts: FontCache, planned: PlannedFile[]): Job[] {
  const wanted = new Set(planned.map((p) => p.file));
  const one = (file: string, weight: number | (() => number), run: (note: (message: string) => void) => Promise<Uint8Array>): Job => ({
    audience: 'public',
    files: [file],
    weight: typeof weight === 'number' ? () => weight : weight,
    run: async (note) => [await run(note)],
  });
  switch (template.kind) {
    case 'poster':
      return model.units.filter((u) => wanted.has(posterFileName(template, u))).map((unit) => one(posterFileName(template, unit), 2, (note) => buildPoster(model, unit, template, fonts, note)));
    case 'card':
      return model.units
        .filter((u) => wanted.has(cardFileName(template, u)))
        .map((unit) =>
          template.sheet
            ? {
                audience: 'public' as const,
                files: [cardFileName(template, unit), cardSheetFileName(template, unit)],
                weight: () => 2,
                run: async () => {
                  const card = await buildCard(model, unit, template, fonts);
                  return [card, await buildCardSheet(model, unit, template, fonts, card)];
                },
              }
            : one(cardFileName(template, unit), 1, () => buildCard(model, unit, template, fonts)),
        );
    case 'handbook': {
      // A handbook grows with the group's clauses and charts; a role's is a part of the complete one.
      const size = (): number => model.documents.reduce((n, d) => n + countClauses(d.clauses), 0) + 20 * model.processes.length;
      return handbookScopes(model, template)
        .filter((s) => wanted.has(handbookFileName(template, s)))
        .map((s) =>
          one(handbookFileName(template, s), s.roleId === undefined ? size : () => size() / 2, async () =>
            (await import('./handbook.ts')).buildHandbook(model, s, template, fonts),
          ),
        );
    }
    case 'revision':
      return revisionTables(model, template.scopes)
        .filter((table) => wanted.has(revisionFileName(template, table.id)))
        .map((table) => one(revisionFileName(template, table.id), () => table.changes.length / 10, async () => (await import('./revision.ts')).buildRevisionTable(model, table, template, fonts)));
    case 'quiz':
      return quizScopes(model, template)
        .filter((s) => wanted.has(quizFileNames(template, s).key))
        .map((s) => {
          const names = quizFileNames(template, s);
          return {
            audience: 'staff' as const,
            files: [...names.papers, names.key],
            weight: () => 4 * names.papers.length,
            run: async () => {
              const { papers, key } = await buildQuizPapers(model, s, template, fonts);
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
          one(f.file, template.kind === 'guide' && template.per === 'unit' ? 3 : 1, async () => {
            if (template.kind === 'slip') return (await import('./slip.ts')).buildSlip(model, f.unit, f.itemId!, template, fonts);
            if (template.kind === 'scoresheet') return (await import('./scoresheet.ts')).buildScoreSheet(model, f.unit, f.itemId!, template, fonts);
            return (await import('./guide.ts')).buildGuide(model, f.unit, f.itemId, template, fonts);
          }),
        );
  }
}

/** The files `buildPrint` writes (names in out/print/, kind, scope label), from the templates alone. */
export { plannedPrintFiles, type PlannedFile } from './plan.ts';

function selectJobs(model: Model, options: BuildPrintOptions, fonts: FontCache): Job[] {
  const templates = options.templates ?? loadTemplates(options.templatesDir ?? defaultTemplatesDir());
  const planned = plannedPrintFiles(model, { templates, ...(options.only !== undefined ? { only: options.only } : {}) });
  const all = templates.flatMap((t) => jobsFor(model, t, fonts, planned.filter((p) => p.output === t.output)));
  // A job's files are of one unit (or of the group): its first file says whose it is.
  const unitOf = new Map(planned.map((p) => [p.file, p.unitId]));
  const jobs = options.slice ? all.filter((j) => inSlice(options.slice, unitOf.get(j.files[0]!))) : all;
  if (options.jobs === undefined) return jobs;
  const ids = new Set(options.jobs);
  return jobs.filter((j) => ids.has(j.files[0]!));
}

/** The jobs `buildPrint(model, out, options)` runs, in its order, without building anything. */
export function planPrintJobs(model: Model, options: Omit<BuildPrintOptions, 'fonts'> = {}): PrintJob[] {
  return selectJobs(model, options, new FontCache()).map((j) => ({ id: j.files[0]!, files: j.files, weight: j.weight() }));
}

/** Files written, and build messages (what was laid out otherwise than planned, and why). */
export async function buildPrint(model: Model, outDir: string, options: BuildPrintOptions = {}): Promise<{ files: string[]; notes: string[] }> {
  const fonts = options.fonts ?? new FontCache();
  const jobs = selectJobs(model, options, fonts);
  const files: string[] = [];
  const notes: string[] = [];
  for (const job of jobs) {
    const outputs = await job.run((message) => notes.push(message));
    const dir = join(outDir, PRINT_FOLDER[job.audience]);
    mkdirSync(dir, { recursive: true });
    job.files.forEach((file, i) => {
      const path = join(dir, file);
      writeFileSync(path, outputs[i]!);
      files.push(path);
    });
  }
  return { files, notes };
}
