/** Process charts: layout (renderer-independent) and the SVG writer. */
export { layoutProcess } from './layout/index.ts';
export type { ProcessLayout } from './layout/types.ts';
export { PALETTE, processToSvg } from './svg.ts';
