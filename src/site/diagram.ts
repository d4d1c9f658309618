/** Process charts for the site: src/diagram's ELK layout drawn as inline SVG at build time. */
import { layoutProcess, processToSvg } from '../diagram/index.ts';
import type { Model, Process } from '../model/types.ts';

/** One SVG per process and model: the zh and en pages show the same chart, so it is laid out once. */
export function processSvg(process: Process, model: Model): Promise<string> {
  let perModel = svgCache.get(model);
  if (!perModel) svgCache.set(model, (perModel = new Map()));
  let svg = perModel.get(process.id);
  if (!svg) {
    svg = layoutProcess(process, model.roles).then((layout) =>
      processToSvg(layout, { title: process.title, idPrefix: `pc-${process.id}-`, lang: 'zh-CN' }),
    );
    perModel.set(process.id, svg);
  }
  return svg;
}

const svgCache = new WeakMap<Model, Map<string, Promise<string>>>();
