/**
 * Atomic output: build into a staging directory beside the target and swap it
 * in only when everything succeeded, so a failed build (bad content, a poster
 * that overflows, a crash) leaves yesterday's output exactly as it was.
 */
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const exists = (p: string) => stat(p).then(() => true, () => false);

export async function writeAtomically<T>(
  target: string,
  build: (staging: string) => Promise<T>,
  opts: { seedFromExisting?: boolean } = {},
): Promise<T> {
  const abs = path.resolve(target);
  const parent = path.dirname(abs);
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const staging = path.join(parent, `.guifan-staging-${path.basename(abs)}-${tag}`);
  const old = path.join(parent, `.guifan-old-${path.basename(abs)}-${tag}`);
  await rm(staging, { recursive: true, force: true });
  try {
    if (opts.seedFromExisting && (await exists(abs))) await cp(abs, staging, { recursive: true });
    else await mkdir(staging, { recursive: true });
    const result = await build(staging);
    const hadTarget = await exists(abs);
    if (hadTarget) await rename(abs, old);
    try {
      await rename(staging, abs);
    } catch (e) {
      if (hadTarget) await rename(old, abs);
      throw e;
    }
    if (hadTarget) await rm(old, { recursive: true, force: true });
    return result;
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The staff folder (quiz papers and keys) is written like the output: files of `from` replace
 * theirs in `target`, all at once; with `keepOthers` (a partial --only build) the other files stay.
 */
export async function publishStaffFiles(from: string, target: string, keepOthers: boolean): Promise<string[]> {
  if (!(await exists(from))) return [];
  const { readdir } = await import('node:fs/promises');
  const names = await readdir(from);
  if (names.length === 0) return [];
  return writeAtomically(
    target,
    async (staging) => {
      for (const name of names) await rename(path.join(from, name), path.join(staging, name));
      return names.map((n) => path.join(path.resolve(target), n));
    },
    { seedFromExisting: keepOthers },
  );
}

/** The staff folder's default: beside the output, `<out>-staff`. */
export function defaultStaffDir(outDir: string): string {
  const abs = path.resolve(outDir);
  return path.join(path.dirname(abs), `${path.basename(abs)}-staff`);
}
