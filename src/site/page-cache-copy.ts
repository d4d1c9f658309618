/**
 * A page the page cache takes (page-cache.ts), copied from the last output as it was rendered: the
 * PDF sizes written into it once the PDFs were made are emptied, as a page rendered now has them
 * (the PDFs are placed after the site), and the build fills them again from this build's PDFs
 * (print/file-sizes.ts). Done on the bytes: at 100× the pages taken are ~470 MB of HTML, and
 * decoding each to a string to look for marks, then the regular expression over the 1,378 pages
 * with marks (~310 MB), cost ~10 s of a one-clause rebuild.
 */
import fs from 'node:fs';
import { SIZE_ATTR } from '../print/file-sizes.ts';

const OPEN = Buffer.from(`<span class="file-size" ${SIZE_ATTR}="`);
const CLOSE = Buffer.from('</span>');
const QUOTE = 0x22;
const GT = 0x3e;
const LT = 0x3c;

/**
 * `html` with every size mark's text taken out, exactly as fillSizesInHtml(text, () => undefined)
 * does (file-sizes.ts: `(<span class="file-size" data-pdf-size="([^"]+)">)([^<]*)(</span>)`,
 * replaced globally), or undefined when it has no mark to change. The pattern has one way to
 * match at a place (the value runs to the first quote, the text to the first `<`), so a place
 * where it fails is passed over, as the expression passes it.
 */
export function emptiedMarks(html: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let from = 0;
  let at = html.indexOf(OPEN);
  while (at >= 0) {
    const value = at + OPEN.length;
    const quote = html.indexOf(QUOTE, value);
    const text = quote + 2;
    const lt = quote > value && html[quote + 1] === GT ? html.indexOf(LT, text) : -1;
    if (lt >= 0 && html.subarray(lt, lt + CLOSE.length).equals(CLOSE)) {
      if (lt > text) {
        parts.push(html.subarray(from, text));
        from = lt;
      }
      at = html.indexOf(OPEN, lt + CLOSE.length);
    } else at = html.indexOf(OPEN, at + 1);
  }
  if (parts.length === 0) return undefined;
  parts.push(html.subarray(from));
  return Buffer.concat(parts);
}

/** Copies the page at `from` to `to` with its size marks emptied (a copy of the file when it has none). */
export function copyAsRendered(from: string, to: string): void {
  if (from.endsWith('.html')) {
    const emptied = emptiedMarks(fs.readFileSync(from));
    if (emptied) {
      fs.writeFileSync(to, emptied);
      return;
    }
  }
  fs.copyFileSync(from, to, fs.constants.COPYFILE_FICLONE);
}
