/** Process charts for the site: src/diagram's ELK layout drawn as inline SVG at build time. */
import { layoutProcess, processToSvg } from '../diagram/index.ts';
import type { Model, Process } from '../model/types.ts';

export async function processSvg(process: Process, model: Model): Promise<string> {
  const layout = await layoutProcess(process, model.roles);
  return processToSvg(layout, { title: process.title, idPrefix: `pc-${process.id}-`, lang: 'zh-CN' });
}
