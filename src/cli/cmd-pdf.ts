/**
 * `guifan pdf`: only <out>/print and the staff folder are replaced (atomically); with --only the
 * other PDFs are carried over, with --only changed only the posters and cards whose content changed.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Model } from '../model/index.ts';
import type { CacheStats } from '../print/cache/store.ts';
import { defaultStaffDir, publishStaffFiles, tidyOutFolder, writeAtomically } from './atomic.ts';
import { type Io, RESTORED, requireModel } from './command-io.ts';
import { UsageError } from './errors.ts';
import { resolveOutFolder } from './out-folder.ts';

/** `guifan pdf`: the PDFs into <out>/print and the staff folder, all of them or --only some (or those changed). */
export async function cmdPdf(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: 'dist' },
      'staff-out': { type: 'string' },
      only: { type: 'string' },
      since: { type: 'string' },
      drafts: { type: 'boolean', default: false },
    },
  });
  const printDir = path.join(values.out, 'print');
  // Only <out>/print (and the staff folder) are replaced: they must be guifan's to replace (out-folder.ts).
  const folder = resolveOutFolder(printDir, { contentDir: values.content, kind: 'print' });
  const staffFolder = resolveOutFolder(values['staff-out'] ?? defaultStaffDir(values.out), {
    contentDir: values.content,
    kind: 'print',
  });
  await tidyOutFolder(folder, () => io.err(RESTORED(printDir)));
  await tidyOutFolder(staffFolder, () => io.err(RESTORED(staffFolder.shown)));
  // The revision history (for the 修订对照表), and with --only changed the posters and cards to remake.
  const { versionStep } = await import('./versions.ts');
  const step = await versionStep(await requireModel(values.content, io, 'text', { drafts: values.drafts }), {
    contentDir: values.content,
    outDir: values.out,
    ...(values.since !== undefined ? { since: values.since } : {}),
    drafts: values.drafts,
  });
  const model = step.model;
  const jobs = values.only === 'changed' ? await changedJobs(step, values.out, io) : undefined;
  // Stage only print/ (the renderer writes <root>/print/ and <root>/staff/); with --only the
  // other PDFs are carried over. Quiz papers and keys go to the staff folder, never print/.
  const staffFiles: string[] = [];
  const notes: string[] = [];
  const { pdfCacheDir, reportCache } = await import('./pdf-cache.ts');
  const cacheDir = pdfCacheDir(values.out);
  let cache: CacheStats | undefined;
  const files = await writeAtomically(
    folder,
    async (staging, scratch) => {
      const root = path.join(scratch, 'root');
      await mkdir(root, { recursive: true });
      await rename(staging, path.join(root, 'print'));
      try {
        const written = jobs
          ? await (await import('../print/index.ts')).buildPrint(model, root, {
              jobs,
              ...(cacheDir !== undefined ? { cache: { dir: cacheDir } } : {}),
            })
          : await renderPrint(model, root, values.only, cacheDir, scratch);
        notes.push(...written.notes);
        cache = written.cache;
        staffFiles.push(...(await publishStaffFiles(path.join(root, 'staff'), staffFolder, Boolean(values.only))));
        return written.files.filter((f) => path.dirname(f) === path.join(root, 'print'));
      } finally {
        await rename(path.join(root, 'print'), staging);
      }
    },
    { seedFromExisting: Boolean(values.only) },
  );
  // A site already built in --out shows the PDFs' sizes: they are those of the files just made.
  (await import('../print/file-sizes.ts')).fillPdfSizes(values.out, model);
  for (const note of notes) io.out(note);
  if (cacheDir !== undefined && cache) reportCache(cacheDir, cache, io.out);
  for (const f of [...files.map((f) => path.resolve(printDir, path.basename(f))), ...staffFiles]) {
    const abs = f;
    const rel = path.relative(process.cwd(), abs);
    io.out(rel.startsWith('..') ? abs : rel);
  }
  return 0;
}

/** With --only changed: the posters and cards whose content changed since the previous version. */
async function changedJobs(step: import('./versions.ts').VersionStep, out: string, io: Io): Promise<string[]> {
  if (!step.revision)
    throw new UsageError(
      `--only changed 需要上一版可比较（${path.join(out, 'model.json')} 或 --since） / --only changed needs a previous version to compare with (${path.join(out, 'model.json')} or --since)`,
    );
  const files = await (await import('./versions.ts')).reprintFileNamer();
  const jobs = step.reprints.flatMap(files);
  if (jobs.length === 0) io.out('无需重印公示牌和服务卡 / no poster or card to reprint');
  return jobs;
}

async function renderPrint(
  model: Model,
  outDir: string,
  only: string | undefined,
  cacheDir: string | undefined,
  scratch: string,
): Promise<{ files: string[]; notes: string[]; cache: CacheStats }> {
  // Several PDFs are shared out to worker processes; a single one is made in this thread.
  const { printInWorkers } = await import('./print-pool.ts');
  const { contentBytes, heapCeilingMb } = await import('./heap-ceiling.ts');
  const heapMb = heapCeilingMb('print', contentBytes(model.contentDir));
  // The model's JSON in a file, as `guifan build` hands it over: given as a string, it stayed in
  // this thread (for workers started later) and in every worker's data for the whole run.
  const modelFile = path.join(scratch, 'model.json');
  await writeFile(modelFile, JSON.stringify(model));
  return printInWorkers(model, outDir, {
    modelFile,
    ...(only ? { only } : {}),
    ...(cacheDir !== undefined ? { cacheDir } : {}),
    ...(heapMb !== undefined ? { heapMb } : {}),
  });
}
