/**
 * The site's only source of data: the model, loaded once per build from the
 * content directory named by GUIFAN_CONTENT (default "content").
 */
import path from 'node:path';
import { loadModel } from '../model/index.ts';
import { formatDiagnostics } from '../model/diagnostics.ts';
import type { Model } from '../model/types.ts';

export const CONTENT_ENV = 'GUIFAN_CONTENT';

export function contentDir(): string {
  return path.resolve(process.env[CONTENT_ENV] ?? 'content');
}

const cache = new Map<string, Promise<Model>>();

/** Loads (once per content directory) and throws when the content has errors. */
export function getModel(dir: string = contentDir()): Promise<Model> {
  let pending = cache.get(dir);
  if (!pending) {
    pending = load(dir);
    cache.set(dir, pending);
  }
  return pending;
}

/** Hands over a model loaded elsewhere (by the CLI) so it is not loaded twice. */
export function primeModel(dir: string, model: Model): void {
  cache.set(path.resolve(dir), Promise.resolve(model));
}

async function load(dir: string): Promise<Model> {
  const { model, diagnostics } = await loadModel(dir);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!model || errors.length > 0) {
    throw new Error(
      `guifan: the content in ${dir} has ${errors.length} error(s); the site was not built.\n` +
        `内容有错误，网站未生成：\n${formatDiagnostics(diagnostics)}`,
    );
  }
  return model;
}
