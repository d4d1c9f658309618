/**
 * Bridge to src/diagram (owned by the diagram helper). Looked up with
 * import.meta.glob so the site builds before that module lands.
 */
import type { Model, Process } from '../model/types.ts';

type DiagramModule = Record<string, unknown>;
const modules = import.meta.glob<DiagramModule>('../diagram/index.ts');

export async function processSvg(process: Process, model: Model): Promise<string | undefined> {
  const load = modules['../diagram/index.ts'];
  if (!load) return undefined;
  const mod = await load();
  const layoutProcess = mod.layoutProcess as ((p: Process, m: Model) => Promise<unknown>) | undefined;
  const processToSvg = mod.processToSvg as ((layout: unknown, opts: object) => string) | undefined;
  if (!layoutProcess || !processToSvg) return undefined;
  return processToSvg(await layoutProcess(process, model), {});
}
