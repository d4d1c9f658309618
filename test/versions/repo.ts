/**
 * A content repository in a temporary folder with two commits: the content as it is, then the
 * same content after a scripted revision. The version step of `guifan build --since HEAD~1`
 * is run on it, so the tests read the model with its revision as the site, the PDFs and the
 * study banks get it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadModel } from '../../src/model/index.ts';
import type { Model } from '../../src/model/types.ts';
import { versionStep, type VersionStep } from '../../src/cli/versions.ts';

export interface RevisedRepo {
  dir: string;
  /** The version step against HEAD~1 (the model with its history in step.model). */
  step: VersionStep;
  model: Model;
}

const git = (dir: string, ...args: string[]): string =>
  execFileSync(
    'git',
    ['-c', 'user.name=guifan-test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd: dir, encoding: 'utf8' },
  );

export async function revisedRepo(source: string, dir: string, revise: (dir: string) => void): Promise<RevisedRepo> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.cpSync(source, dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'published version');
  revise(dir);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'revision');
  const { model, diagnostics } = await loadModel(dir);
  if (!model) throw new Error(`revised content does not load:\n${diagnostics.map((d) => d.message).join('\n')}`);
  const step = await versionStep(model, { contentDir: dir, outDir: path.join(dir, '.no-output'), since: 'HEAD~1' });
  return { dir, step, model: step.model };
}
