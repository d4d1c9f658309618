/**
 * Print outputs: posters, handbooks and pocket cards as PDFs, made in-process with pdf-lib
 * from the resolved model and the templates in templates/.
 *
 *   buildPrint(model, 'dist')                          → dist/print/*.pdf
 *   buildPrint(model, 'dist', { only: 'poster:east' })  → just that poster
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/types.ts';
import { buildCard, cardFileName } from './card.ts';
import { FontCache } from './fonts.ts';
import { buildHandbook, handbookScopes } from './handbook.ts';
import { buildPoster, posterFileName } from './poster.ts';
import { defaultTemplatesDir, loadTemplates, type Template } from './templates.ts';

export { PosterOverflowError } from './poster.ts';
export { CardOverflowError } from './card.ts';
export { MissingGlyphError } from './render.ts';
export { TemplateError } from './templates.ts';

export interface BuildPrintOptions {
  /** KIND or KIND:UNIT (or KIND:ROLE / KIND:all for handbooks); KIND is a template's output name, e.g. poster, handbook, card. */
  only?: string;
  templatesDir?: string;
  /** Share parsed fonts between several builds (tests, watch mode). */
  fonts?: FontCache;
}

interface Job {
  file: string;
  run: () => Promise<Uint8Array>;
}

function jobsFor(model: Model, template: Template, fonts: FontCache, scope: string | undefined): Job[] {
  switch (template.kind) {
    case 'poster':
      return model.units
        .filter((u) => scope === undefined || u.id === scope)
        .map((unit) => ({ file: posterFileName(template, unit), run: () => buildPoster(model, unit, template, fonts) }));
    case 'card':
      return model.units
        .filter((u) => scope === undefined || u.id === scope)
        .map((unit) => ({ file: cardFileName(template, unit), run: () => buildCard(model, unit, template, fonts) }));
    case 'handbook':
      return handbookScopes(model, template)
        .filter((s) => scope === undefined || s.id === scope)
        .map((s) => ({ file: `${template.output}-${s.id}.pdf`, run: () => buildHandbook(model, s, template, fonts) }));
  }
}

export async function buildPrint(model: Model, outDir: string, options: BuildPrintOptions = {}): Promise<{ files: string[] }> {
  const templates = loadTemplates(options.templatesDir ?? defaultTemplatesDir());
  const fonts = options.fonts ?? new FontCache();
  const [kind, scope] = options.only === undefined ? [undefined, undefined] : (options.only.split(':', 2) as [string, string | undefined]);
  const selected = templates.filter((t) => kind === undefined || t.output === kind);
  if (kind !== undefined && selected.length === 0) {
    throw new Error(`--only ${options.only}: no print template has output "${kind}" (known: ${templates.map((t) => t.output).join(', ')})`);
  }
  const jobs = selected.flatMap((t) => jobsFor(model, t, fonts, scope));
  if (scope !== undefined && jobs.length === 0) throw new Error(`--only ${options.only}: nothing called "${scope}" to print`);
  const dir = join(outDir, 'print');
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const job of jobs) {
    const bytes = await job.run();
    const path = join(dir, job.file);
    writeFileSync(path, bytes);
    files.push(path);
  }
  return { files };
}
