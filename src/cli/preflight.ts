/**
 * What `guifan build` would fail on besides the content's own rules, checked without building:
 * characters the print fonts lack, posters and cards that cannot fit, MDX pages that do not
 * compile or throw. Run by `guifan check` (so that a check that passes means a build that
 * passes) and by `guifan build` before it starts the site, with the same diagnostics.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { Model } from '../model/types.ts';

let sharedFonts: import('../print/fonts.ts').FontCache | undefined;

/** `model`: the loaded model, or the partial one of content with errors (posters are still laid out). */
export async function preflight(contentDir: string, model: Model | undefined): Promise<Diagnostic[]> {
  const [{ defaultTemplatesDir, loadTemplates }, { FontCache }, { checkGlyphs }, { checkFit }] = await Promise.all([
    import('../print/templates.ts'),
    import('../print/fonts.ts'),
    import('../print/glyph-check.ts'),
    import('../print/fit-check.ts'),
  ]);
  const templates = loadTemplates(defaultTemplatesDir());
  // Parsed once per process: a `guifan dev` session or a test run checks many times.
  const fonts = (sharedFonts ??= new FontCache());
  const diagnostics = checkGlyphs(path.resolve(contentDir), templates, fonts);
  // A character without a glyph stops a layout before it can overflow: those are reported above.
  if (model) diagnostics.push(...checkFit(model, templates, fonts));
  diagnostics.push(...(await checkPages(path.resolve(contentDir))));
  return diagnostics;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

async function checkPages(contentDir: string): Promise<Diagnostic[]> {
  const dir = path.join(contentDir, 'pages');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.mdx') && !n.startsWith('.')).sort();
  } catch {
    return [];
  }
  const diagnostics: Diagnostic[] = [];
  const { checkMdxPage } = await import('./mdx-check.ts');
  for (const name of names) {
    const file = path.join(dir, name);
    let text: string;
    let data: unknown;
    let lines: number;
    try {
      text = await readFile(file, 'utf8');
      const match = FRONT_MATTER.exec(text);
      // No front matter or unreadable: the loader reports it.
      if (!match) continue;
      data = parse(match[1]!);
      // Lines the front matter takes, its closing --- included.
      lines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
    } catch {
      continue;
    }
    for (const p of await checkMdxPage(file, text, lines, data)) {
      diagnostics.push({
        severity: 'error',
        file: `pages/${name}`,
        line: p.line,
        column: p.column,
        path: '',
        code: p.code,
        message: p.message,
      });
    }
  }
  return diagnostics;
}
