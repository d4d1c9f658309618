/**
 * The print plan of one model, template set, font cache and `only`, made once. A print worker
 * builds one job per call (`jobs: [id]`); planning the whole build again at every call cost 45 ms
 * a call at 10× (445 jobs: ~20 s of CPU, growing with the square of the jobs). Keyed by identity:
 * the worker's model, templates and fonts are the same objects for all its calls; a caller with a
 * new model or templates gets a new plan.
 */
const plans = new WeakMap<object, WeakMap<object, WeakMap<object, Map<string, unknown>>>>();

export function planOnce<T>(
  model: object,
  templates: object,
  fonts: object,
  only: string | undefined,
  make: () => T,
): T {
  let byTemplates = plans.get(model);
  if (!byTemplates) plans.set(model, (byTemplates = new WeakMap()));
  let byFonts = byTemplates.get(templates);
  if (!byFonts) byTemplates.set(templates, (byFonts = new WeakMap()));
  let byOnly = byFonts.get(fonts);
  if (!byOnly) byFonts.set(fonts, (byOnly = new Map()));
  const key = only ?? '\u0000all';
  if (!byOnly.has(key)) byOnly.set(key, make());
  return byOnly.get(key) as T;
}
