/**
 * The previous version of the content, to compare a build with: a git revision of the content
 * (`--since HEAD~1`; the content folder may be a subfolder of the repository), read with
 * `git ls-tree` and `git cat-file` into a temporary folder (nothing is checked out, the work
 * tree is not touched), or a model.json of an earlier build (`--since old/model.json`), or —
 * without --since — the model.json of the output about to be replaced.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { RevisionBase } from '../model/changes/types.ts';
import { formatDiagnostics } from '../model/diagnostics.ts';
import type { Model } from '../model/types.ts';
import { UsageError } from './errors.ts';

const run = promisify(execFile);

export interface Previous {
  model: Model;
  base: RevisionBase;
}

/** The previous version could not be read: the message says why, in both languages. */
export class PreviousError extends Error {}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT')
      throw new PreviousError(
        '找不到 git 命令，无法读取 --since 指定的版本 / git is not installed: cannot read the version --since names',
      );
    throw new PreviousError(`git ${args.join(' ')}: ${(err.stderr ?? err.message).trim()}`);
  }
}

/** Every blob of `commit` under `prefix`, written below `into` (paths relative to the prefix). */
async function extract(top: string, commit: string, prefix: string, into: string): Promise<number> {
  const listing = await git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix]);
  const blobs: { hash: string; rel: string }[] = [];
  for (const entry of listing.split('\0')) {
    if (entry === '') continue;
    const tab = entry.indexOf('\t');
    const [mode, type, hash] = entry.slice(0, tab).split(' ') as [string, string, string];
    // Submodules and symbolic links are not content files.
    if (type !== 'blob' || mode === '120000') continue;
    blobs.push({
      hash,
      rel: path.posix.relative(prefix === '' ? '.' : prefix.replace(/\/$/, ''), entry.slice(tab + 1)),
    });
  }
  if (blobs.length === 0) return 0;
  // One `git cat-file --batch` for all files: "<hash> blob <size>\n<bytes>\n" per request.
  const contents = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: top, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks))
        : reject(new PreviousError(`git cat-file --batch exited with ${code}`)),
    );
    child.stdin.end(blobs.map((b) => `${b.hash}\n`).join(''));
  });
  let at = 0;
  for (const b of blobs) {
    const eol = contents.indexOf(0x0a, at);
    const size = Number(contents.subarray(at, eol).toString('utf8').split(' ')[2]);
    const body = contents.subarray(eol + 1, eol + 1 + size);
    at = eol + 1 + size + 1;
    const file = path.join(into, ...b.rel.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, body);
  }
  return blobs.length;
}

/** The content folder as it was at a git revision, loaded (drafts handled as now). */
async function fromGit(ref: string, contentDir: string, drafts: boolean): Promise<Previous> {
  const abs = path.resolve(contentDir);
  if (!existsSync(abs))
    throw new PreviousError(`找不到内容目录 ${contentDir} / content directory not found: ${contentDir}`);
  let top: string;
  try {
    top = (await git(abs, ['rev-parse', '--show-toplevel'])).trim();
  } catch {
    throw new PreviousError(
      `内容目录 ${contentDir} 不在 git 仓库中，--since 只能给出 git 版本或 model.json / ${contentDir} is not in a git repository: --since takes a git revision or a model.json`,
    );
  }
  const prefix = (await git(abs, ['rev-parse', '--show-prefix'])).trim();
  let commit: string;
  try {
    commit = (await git(abs, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).trim();
  } catch {
    throw new PreviousError(
      `git 中没有版本 "${ref}"（可用提交号、分支、标签或 HEAD~1） / no git revision "${ref}" (give a commit, branch, tag or HEAD~1)`,
    );
  }
  const tmp = await mkdtemp(path.join(tmpdir(), 'guifan-since-'));
  try {
    const files = await extract(top, commit, prefix, tmp);
    if (files === 0)
      throw new PreviousError(
        `版本 ${ref} 中没有 ${prefix || '仓库根目录'} 下的内容 / revision ${ref} has no content under ${prefix || 'the repository root'}`,
      );
    const { loadModel } = await import('../model/index.ts');
    const { model, diagnostics } = await loadModel(tmp, { drafts });
    if (!model) {
      const errors = diagnostics.filter((d) => d.severity === 'error');
      throw new PreviousError(
        `版本 ${ref} 的内容有 ${errors.length} 个错误，无法比较 / the content at ${ref} has ${errors.length} error(s) and cannot be compared:\n${formatDiagnostics(errors.slice(0, 5))}`,
      );
    }
    return { model, base: { kind: 'git', ref, commit } };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A model.json written by an earlier build. */
export async function readModelJson(file: string): Promise<Model> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new PreviousError(`无法读取 ${file}：${(e as Error).message} / cannot read ${file}: ${(e as Error).message}`);
  }
  const m = data as Partial<Model>;
  if (!m || typeof m !== 'object' || !m.organisation || !Array.isArray(m.documents) || !Array.isArray(m.units)) {
    throw new PreviousError(
      `${file} 不是 guifan build 写出的 model.json / ${file} is not a model.json written by guifan build`,
    );
  }
  // model.json leaves out the content path (it would differ between machines).
  return { ...(m as Model), contentDir: '' };
}

const isModelJson = (ref: string): boolean => ref.endsWith('.json') || (existsSync(ref) && statSync(ref).isFile());

/**
 * The version to compare with: --since (a git revision or a model.json), else the output's own
 * model.json, else none (a first build).
 */
export async function previousVersion(options: {
  since?: string;
  contentDir: string;
  outDir: string;
  drafts?: boolean;
}): Promise<Previous | undefined> {
  const { since } = options;
  if (since !== undefined) {
    if (since.trim() === '')
      throw new UsageError('--since 需要一个 git 版本或 model.json / --since needs a git revision or a model.json');
    if (isModelJson(since)) return { model: await readModelJson(since), base: { kind: 'model', ref: since } };
    return fromGit(since, options.contentDir, options.drafts === true);
  }
  const own = path.join(options.outDir, 'model.json');
  if (!existsSync(own)) return undefined;
  return { model: await readModelJson(own), base: { kind: 'output', ref: 'model.json' } };
}
