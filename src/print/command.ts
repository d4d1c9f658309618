/**
 * `guifan pdf` for the CLI to call: load the content, build the PDFs, report what was written
 * or why not (overflowing poster, missing glyph, bad template) without a stack trace.
 */
import { relative } from 'node:path';
import { loadModel } from '../model/index.ts';
import { buildPrint, MissingGlyphError, PosterOverflowError, TemplateError } from './index.ts';
import { CardOverflowError } from './card.ts';

export interface PdfCommandOptions {
  content: string;
  out: string;
  /** KIND or KIND:UNIT, e.g. poster, poster:power-city-hall, handbook:all. */
  only?: string;
  templatesDir?: string;
  log?: (line: string) => void;
}

/** Returns the process exit code: 0 when every PDF was written. */
export async function runPdf(options: PdfCommandOptions): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const { model, diagnostics } = await loadModel(options.content);
  if (!model) {
    for (const d of diagnostics.filter((x) => x.severity === 'error')) log(`${d.file}:${d.line}:${d.column}: ${d.message}`);
    return 1;
  }
  try {
    const { files, notes } = await buildPrint(model, options.out, {
      ...(options.only !== undefined ? { only: options.only } : {}),
      ...(options.templatesDir !== undefined ? { templatesDir: options.templatesDir } : {}),
    });
    for (const note of notes) log(note);
    for (const f of files) log(relative(process.cwd(), f));
    log(`${files.length} PDF(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (e) {
    if (e instanceof PosterOverflowError || e instanceof CardOverflowError || e instanceof MissingGlyphError || e instanceof TemplateError) {
      log(e.message);
      return 1;
    }
    if (e instanceof Error && e.message.startsWith('--only')) {
      log(e.message);
      return 2;
    }
    throw e;
  }
}
