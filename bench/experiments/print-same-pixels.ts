/**
 * Renders every page of two directories of PDFs with poppler (pdftoppm) and compares the
 * images pixel for pixel: for engine changes that alter the bytes (resource names, operators)
 * but must not alter what is printed. Exit code 1 on any difference.
 *
 *   npx tsx bench/experiments/print-same-pixels.ts BEFORE_DIR AFTER_DIR [DPI]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [before, after, dpi = '40'] = process.argv.slice(2) as [string, string, string?];
function pages(file: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'print-pixels-'));
  try {
    execFileSync('pdftoppm', ['-r', dpi, file, path.join(dir, 'p')]);
    return readdirSync(dir)
      .sort()
      .map((f) =>
        createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex'),
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
let differences = 0;
let total = 0;
const files = readdirSync(before)
  .filter((f) => f.endsWith('.pdf'))
  .sort();
for (const file of files) {
  const a = pages(path.join(before, file));
  const b = pages(path.join(after, file));
  total += a.length;
  const differing = a.map((h, i) => (h === b[i] ? -1 : i + 1)).filter((i) => i > 0);
  if (a.length !== b.length || differing.length > 0) {
    differences++;
    console.log(`${file}: ${a.length} vs ${b.length} pages; differing pages ${differing.slice(0, 10).join(', ')}`);
  }
}
console.log(`${files.length - differences} of ${files.length} files (${total} pages at ${dpi} dpi) render identically`);
process.exitCode = differences > 0 ? 1 : 0;
