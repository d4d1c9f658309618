/**
 * The published PDFs' file sizes, as the site shows them beside its PDF links. `guifan build` makes the site and the PDFs at
 * the same time (src/cli/build.ts), so when a page is rendered its PDFs usually
 * do not exist yet: the page then leaves an empty size mark, and once both are
 * done the build fills every mark from the files on disk (fillPdfSizes). A
 * page rendered when the PDFs already exist (dev server, a site built beside an
 * existing print/) reads the size at once. `guifan pdf` fills the marks again,
 * so a size is never older than its file; a mark whose file is missing is
 * emptied — no size rather than a wrong one.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Model } from '../model/types.ts';
import { paths } from '../model/routes.ts';
// Here rather than in src/site: the command (bundled, src/cli/bundle.mjs) calls fillPdfSizes after
// making PDFs, and src/site stays outside the bundle.

/** The attribute naming the file whose size the element shows. */
export const SIZE_ATTR = 'data-pdf-size';

/** 356 KB, 1.2 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** What a size mark holds for a file of this many bytes (nothing when unknown). */
export function sizeMarkText(bytes: number | undefined): string {
  return bytes === undefined ? '' : ` · ${formatSize(bytes)}`;
}

/** The size of <out>/print/<file>, if it is there. */
export function printedSize(outDir: string | undefined, file: string): number | undefined {
  if (outDir === undefined) return undefined;
  const stat = fs.statSync(path.join(outDir, paths.print(file)), { throwIfNoEntry: false });
  return stat?.isFile() ? stat.size : undefined;
}

/** The pages that carry size marks (both languages): downloads, unit pages, role pages. */
export function pagesWithSizes(model: Model): string[] {
  const sitePaths = [
    paths.downloads(),
    ...model.units.map((u) => paths.unit(u.id)),
    ...model.roles.map((r) => paths.role(r.id)),
    ...model.units.flatMap((u) => u.roles.map((r) => paths.unitRole(u.id, r))),
  ];
  return sitePaths.flatMap((p) => [p, `en/${p}`]);
}

const MARK = new RegExp(`(<span class="file-size" ${SIZE_ATTR}="([^"]+)">)([^<]*)(</span>)`, 'g');

/** Fills the size marks of a page's HTML from the files under printDir. */
export function fillSizesInHtml(html: string, sizeOf: (file: string) => number | undefined): string {
  return html.replace(
    MARK,
    (_m, open: string, file: string, _old: string, close: string) => `${open}${sizeMarkText(sizeOf(file))}${close}`,
  );
}

/**
 * Rewrites the size marks of the built site in outDir from outDir/print/; returns the pages changed.
 * `shown`, when given, is told what every mark of each file named now says.
 */
export function fillPdfSizes(outDir: string, model: Model, shown?: Record<string, string>): string[] {
  const sizes = new Map<string, number | undefined>();
  const sizeOf = (file: string): number | undefined => {
    if (!sizes.has(file)) sizes.set(file, printedSize(outDir, file));
    return sizes.get(file);
  };
  const changed: string[] = [];
  for (const page of pagesWithSizes(model)) {
    const file = path.join(outDir, page, 'index.html');
    let html: string;
    try {
      html = fs.readFileSync(file, 'utf8');
    } catch {
      continue; // not built (PDFs only, or a page the site leaves out)
    }
    const next = fillSizesInHtml(html, sizeOf);
    if (next === html) continue;
    // Beside the page, then over it: a reader never gets half a page.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, next);
    fs.renameSync(tmp, file);
    changed.push(page);
  }
  if (shown) for (const [file, bytes] of sizes) shown[file] = sizeMarkText(bytes);
  return changed;
}

/**
 * Whether filling the marks would change nothing, given what they said after the last fill (the
 * pages unchanged since: kept-site.ts) — every file they named shows the same size under outDir.
 */
export function sizesShownStill(outDir: string, shown: Readonly<Record<string, string>>): boolean {
  return Object.entries(shown).every(([file, text]) => sizeMarkText(printedSize(outDir, file)) === text);
}
