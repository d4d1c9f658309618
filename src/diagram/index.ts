/** Process charts: layout (renderer-independent) and the SVG writer. */
export { layoutProcess } from './layout/index.ts';
export type { Box, EdgeLayout, LaneLayout, LayoutOptions, NodeLayout, Point, ProcessLayout } from './layout/types.ts';
export { describeProcess, escapeXml, PALETTE, processToSvg } from './svg.ts';
export type { SvgOptions } from './svg.ts';
export { estimateTextWidth, wrapText } from './text.ts';
export type { TextMeasurer } from './text.ts';
