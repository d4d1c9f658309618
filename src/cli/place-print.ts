/**
 * The PDFs of `guifan build`, made in the run's scratch folder, put where they are published:
 * the public ones into the staged site, the quiz papers and keys into the staff folder.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PRINT_FOLDER } from '../print/plan.ts';
import { publishStaffFiles } from './atomic.ts';
import { MARKER_TEXT, OUTPUT_MARKER } from './out-folder.ts';

/** Moves the public PDFs into the staged site (print/, with its marker) and the staff PDFs into the staff folder; returns where each file ends up. */
export async function placePrint(
  printRoot: string,
  files: readonly string[],
  staging: string,
  outPath: string,
  staff: Parameters<typeof publishStaffFiles>[1],
): Promise<{ pdfFiles: string[]; staffFiles: string[] }> {
  const printed = path.join(printRoot, PRINT_FOLDER.public);
  await mkdir(printed, { recursive: true });
  await rename(printed, path.join(staging, 'print'));
  await writeFile(path.join(staging, 'print', OUTPUT_MARKER), MARKER_TEXT);
  const pdfFiles = files
    .filter((f) => f.startsWith(printed + path.sep))
    .map((f) => path.join(outPath, 'print', path.relative(printed, f)));
  const staffFiles = await publishStaffFiles(path.join(printRoot, PRINT_FOLDER.staff), staff, false);
  return { pdfFiles, staffFiles };
}
