/**
 * The model a build makes its outputs from: loaded, checked as `guifan check` checks it
 * (preflight.ts), and given its revision history (versions.ts).
 */
import type { Diagnostic, Model } from '../model/index.ts';
import { sortDiagnostics } from '../model/diagnostics.ts';
import type { BuildOptions } from './build.ts';
import { preflight } from './preflight.ts';
import path from 'node:path';
import type { ParsedCache } from '../model/parsed-cache.ts';
import { codeVersion } from '../print/cache/code.ts';
import { pdfCacheDir } from './pdf-cache.ts';

/**
 * The model loaded (unless given), checked, and given its revision history, so the site, the PDFs
 * and model.json carry it; no model when the content has errors. Only the versioned model leaves
 * this function: the loaded one, with what the checks cached on it (every unit's view), and the
 * previous version's model, parsed to compare with, are garbage from here on, for the first
 * collection to take instead of lasting the whole build (at 100× the main process of a rebuild
 * held 150–200 MB less while the site and the PDFs were made; single runs, sampled every 3 s).
 */
export async function loadedAndVersioned(
  options: BuildOptions,
  phase: NonNullable<BuildOptions['onPhase']>,
  loadedAt: () => void,
): Promise<{ built?: Model; diagnostics: Diagnostic[] }> {
  let model = options.model;
  let diagnostics: Diagnostic[] = [];
  if (!model) {
    const loaded = await loadChecked(options, phase, loadedAt);
    diagnostics = loaded.diagnostics;
    if (!loaded.model) return { diagnostics };
    model = loaded.model;
  }
  const step = await (await import('./versions.ts')).versionStep(model, {
    contentDir: options.contentDir,
    outDir: options.outDir,
    ...(options.since !== undefined ? { since: options.since } : {}),
    drafts: options.drafts === true,
  });
  await options.onVersions?.(step);
  return { built: step.model, diagnostics };
}

/**
 * Where the content files' parses are kept for the next build of this out folder: beside its PDF
 * cache (`<parent>/.guifan-cache/<out>/parsed`), and like it off with GUIFAN_NO_CACHE=1.
 */
async function parsedCacheOf(options: BuildOptions): Promise<ParsedCache | undefined> {
  const print = options.pdfCache === false ? undefined : pdfCacheDir(options.outDir);
  if (print === undefined) return undefined;
  const { ParsedCache } = await import('../model/parsed-cache.ts');
  // 'all': the site's key reads the same sources in this process (kept-site.ts), so it costs nothing more.
  return new ParsedCache(path.join(path.dirname(print), 'parsed'), await codeVersion('all'));
}

/** Loads the model and runs the checks the build would otherwise fail on later (fonts, posters, MDX pages); no model when there are errors. */
async function loadChecked(
  options: BuildOptions,
  phase: NonNullable<BuildOptions['onPhase']>,
  loadedAt: () => void,
): Promise<{ model?: Model; diagnostics: Diagnostic[] }> {
  phase('load', 'start');
  const parsedCache = await parsedCacheOf(options);
  const loaded = await (await import('../model/index.ts')).loadModel(options.contentDir, {
    drafts: options.drafts === true,
    ...(parsedCache ? { parsedCache } : {}),
  });
  // Written while the build goes on; nothing waits for it.
  void parsedCache?.settle();
  loadedAt();
  phase('load', 'end');
  const early = loaded.model ? await preflight(options.contentDir, loaded.model) : [];
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...early]);
  await options.onDiagnostics?.(diagnostics);
  if (!loaded.model || early.some((d) => d.severity === 'error')) return { diagnostics };
  return { model: loaded.model, diagnostics };
}
