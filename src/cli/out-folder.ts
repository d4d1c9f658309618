/**
 * Which folder `--out` may be. A build replaces its out folder as a whole, so the folder must
 * never hold the user's data: it may not be, contain or lie inside the content folder or
 * guifan's own files, and an existing folder must be empty or one guifan wrote (it carries a
 * marker file). A symbolic link is followed, so the output lands where the link points and the
 * link stays. A mount point is noted: its contents are swapped, not the folder (atomic.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSystemError, Refusal, ReportedError, type SystemError } from './errors.ts';

/** Written into every output folder guifan makes; its presence makes the folder guifan's to replace. */
export const OUTPUT_MARKER = '.guifan-output';
export const MARKER_TEXT =
  '此文件夹由 guifan 生成，每次构建会整体替换，请勿在此存放自己的文件。\n' +
  'Written by guifan: every build replaces this folder as a whole; do not keep your own files here.\n';

/** Entries inside an out folder that belong to a run in progress, not to the output. */
export const isRunEntry = (name: string): boolean =>
  name.startsWith('.guifan-run-') || name.startsWith('.guifan-lock-') || name === 'lost+found';

const INSTALL_ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** guifan's own files and folders: an out folder inside one of them would overwrite the program. */
const INSTALL_ENTRIES = new Set([
  'src',
  'node_modules',
  'templates',
  'public',
  'content',
  'test',
  'bench',
  'patches',
  'seeds',
  '.git',
  '.guifan-cli',
  '.astro',
  '.vscode',
  '.ci',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'astro.config.mjs',
  'vitest.config.ts',
  'README.md',
  'BENCHMARKS.md',
]);

export interface OutFolder {
  /** The real folder to write (symbolic links followed). */
  path: string;
  /** As the user wrote it, for messages. */
  shown: string;
  exists: boolean;
  /** A mount point: its contents are swapped instead of the folder. */
  mountPoint: boolean;
}

const inside = (child: string, parent: string): boolean =>
  child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/** The real path of p, following symbolic links, also one that points at a folder not made yet. */
export function realPathOf(p: string, shown = p, hops = 0): string {
  const abs = path.resolve(p);
  try {
    return fs.realpathSync(abs);
  } catch (e) {
    const code = (e as SystemError).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      throw new ReportedError(describeSystemError(e as SystemError, shown), code);
  }
  // Not all there yet: the parent's real path, then this name, followed if it is a link to nowhere yet.
  const parent = path.dirname(abs);
  if (parent === abs) return abs;
  const here = path.join(realPathOf(parent, shown, hops), path.basename(abs));
  let link = false;
  try {
    link = fs.lstatSync(here).isSymbolicLink();
  } catch {
    // Not there (or below a file): the checks that follow say which.
  }
  if (!link) return here;
  if (hops >= 40)
    throw new ReportedError(describeSystemError({ name: 'Error', message: '', code: 'ELOOP' }, shown), 'ELOOP');
  return realPathOf(path.resolve(path.dirname(here), fs.readlinkSync(here)), shown, hops + 1);
}

/** Mount points of this process (Linux /proc), else undefined. */
function mountPoints(): Set<string> | undefined {
  let text: string;
  try {
    text = fs.readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return undefined;
  }
  const unescapeOctal = (s: string) =>
    s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(Number.parseInt(o, 8)));
  return new Set(
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => unescapeOctal(line.split(' ')[4] ?? '')),
  );
}

export function isMountPoint(real: string): boolean {
  const points = mountPoints();
  if (points) return points.has(real);
  try {
    return fs.statSync(real).dev !== fs.statSync(path.dirname(real)).dev;
  } catch {
    return false;
  }
}

/** An output written before the marker existed: a site with its model.json, or a folder of PDFs. */
function isEarlierOutput(dir: string, entries: string[], kind: 'site' | 'print'): boolean {
  if (kind === 'print')
    return (
      entries.length > 0 &&
      entries.every((n) => n.endsWith('.pdf') && fs.statSync(path.join(dir, n), { throwIfNoEntry: false })?.isFile())
    );
  try {
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'model.json'), 'utf8')) as Record<string, unknown>;
    return typeof model === 'object' && model !== null && 'organisation' in model;
  } catch {
    return false;
  }
}

function refuse(shown: string, zh: string, en: string): never {
  throw new Refusal(`拒绝写入输出文件夹 ${shown}：${zh} / refusing to write the out folder ${shown}: ${en}`);
}

/**
 * Checks `out` against the rules above and returns the real folder to write.
 * `kind` 'print' is `guifan pdf`'s <out>/print folder.
 */
export function resolveOutFolder(
  out: string,
  options: { contentDir: string; kind: 'site' | 'print'; shown?: string },
): OutFolder {
  const shown = options.shown ?? out;
  const real = realPathOf(out, shown);
  const content = realPathOf(options.contentDir);
  const install = realPathOf(INSTALL_ROOT);
  const fix = '请用 --out 指定一个新的或专用的文件夹，如 dist / Choose a new or dedicated folder with --out, e.g. dist';
  const [fixZh, fixEn] = fix.split(' / ') as [string, string];
  if (real === content)
    refuse(
      shown,
      `它就是内容文件夹，构建会删除其中所有文件。${fixZh}`,
      `it is the content folder; a build would delete every file in it. ${fixEn}`,
    );
  if (inside(real, content))
    refuse(
      shown,
      `它位于内容文件夹 ${options.contentDir} 之中。${fixZh}`,
      `it lies inside the content folder ${options.contentDir}. ${fixEn}`,
    );
  if (inside(content, real))
    refuse(
      shown,
      `它包含内容文件夹 ${options.contentDir}，构建会删除内容。${fixZh}`,
      `it contains the content folder ${options.contentDir}, which a build would delete. ${fixEn}`,
    );
  if (inside(install, real))
    refuse(shown, `它包含 guifan 程序本身（${install}）。${fixZh}`, `it contains guifan itself (${install}). ${fixEn}`);
  if (inside(real, install)) {
    const first = path.relative(install, real).split(path.sep)[0]!;
    if (INSTALL_ENTRIES.has(first))
      refuse(shown, `它位于 guifan 自己的 ${first} 之中。${fixZh}`, `it lies inside guifan's own ${first}. ${fixEn}`);
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(real);
  } catch (e) {
    const code = (e as SystemError).code;
    if (code === 'ENOTDIR')
      refuse(shown, '路径中有一部分是文件，不是文件夹', 'a part of the path is a file, not a folder');
    if (code !== 'ENOENT') throw new ReportedError(describeSystemError(e as SystemError, shown), code);
  }
  if (st && !st.isDirectory()) refuse(shown, '这是一个文件，不是文件夹', 'it is a file, not a folder');
  if (st) {
    let entries: string[];
    try {
      entries = fs.readdirSync(real).filter((n) => !isRunEntry(n));
    } catch (e) {
      throw new ReportedError(describeSystemError(e as SystemError, shown), (e as SystemError).code);
    }
    if (entries.length > 0 && !entries.includes(OUTPUT_MARKER) && !isEarlierOutput(real, entries, options.kind)) {
      refuse(
        shown,
        `文件夹不是空的，也不是 guifan 生成的（没有 ${OUTPUT_MARKER} 标记文件），构建会替换其中的 ${entries.length} 项。请换一个新文件夹，或确认无用后先清空它`,
        `the folder is not empty and was not written by guifan (no ${OUTPUT_MARKER} marker); a build would replace its ${entries.length} entries. Choose a new folder, or empty this one first if nothing in it is needed`,
      );
    }
  }
  return { path: real, shown, exists: st !== undefined, mountPoint: st !== undefined && isMountPoint(real) };
}
