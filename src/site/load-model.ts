/**
 * Loads and checks a content directory for the site when nobody handed it a model (`guifan dev`,
 * astro.config.mjs's integrations, a buildSite call without one). Apart from data.ts so that the
 * server bundle of a build, which is always handed its model, can leave the loader out
 * (src/site/build.ts's modelLoaderLeftOut): about 80 modules Vite and Rollup need not process.
 */
import type { Model } from '../model/types.ts';
import { formatDiagnostics } from '../model/diagnostics.ts';
import { loadModel } from '../model/index.ts';

export async function loadCheckedModel(dir: string): Promise<Model> {
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
